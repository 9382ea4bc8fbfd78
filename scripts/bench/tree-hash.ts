// Compares two output trees file by file: the bench's proof that an incremental build wrote
// exactly what a cold build of the same content writes.
import { createHash } from 'node:crypto';
import { readFile, readdir, stat } from 'node:fs/promises';
import path from 'node:path';

/** Relative path (with `/`) → SHA-256 of the file's bytes, for every file under `dir`. */
export async function hashTree(dir: string): Promise<Map<string, string>> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  const files = entries.filter((e) => e.isFile()).map((e) => path.join(e.parentPath, e.name));
  const hashes = new Map<string, string>();
  const queue = [...files];
  const worker = async () => {
    for (let f = queue.shift(); f; f = queue.shift()) {
      hashes.set(path.relative(dir, f).split(path.sep).join('/'), createHash('sha256').update(await readFile(f)).digest('hex'));
    }
  };
  await Promise.all(Array.from({ length: 16 }, worker));
  return new Map([...hashes].sort(([a], [b]) => (a < b ? -1 : 1)));
}

/** The difference between two hashed trees. */
export interface TreeDiff {
  /** Files only in `b`. */
  added: string[];
  /** Files only in `a`. */
  removed: string[];
  /** Files in both whose bytes differ. */
  changed: string[];
}

/** What differs between tree `a` and tree `b`. */
export function diffTrees(a: ReadonlyMap<string, string>, b: ReadonlyMap<string, string>): TreeDiff {
  const added = [...b.keys()].filter((k) => !a.has(k));
  const removed = [...a.keys()].filter((k) => !b.has(k));
  const changed = [...a].filter(([k, h]) => b.has(k) && b.get(k) !== h).map(([k]) => k);
  return { added, removed, changed };
}

/** Hashed files the deploy build keeps from the last dist/ for pages still in caches (scripts/build.mjs). */
const CARRIED_OVER = /^_astro\/.+\.(?:css|js|mjs|woff2?|ttf|otf|wasm)$/;

/**
 * What differs between a cold build (`cold`) and a deploy rebuild (`rebuilt`), leaving out the
 * scripts, styles and fonts the rebuild carried over from the dist/ it replaced (`previous`),
 * which a cold build cannot have.
 */
export function deployDiff(cold: ReadonlyMap<string, string>, rebuilt: ReadonlyMap<string, string>, previous: ReadonlyMap<string, string>): TreeDiff {
  const diff = diffTrees(cold, rebuilt);
  return { ...diff, added: diff.added.filter((f) => !(CARRIED_OVER.test(f) && previous.get(f) === rebuilt.get(f))) };
}

/** True when two trees hold the same files with the same bytes. */
export function sameTree(diff: TreeDiff): boolean {
  return diff.added.length === 0 && diff.removed.length === 0 && diff.changed.length === 0;
}

/** Number of files and total bytes under `dir` (0 when it does not exist), optionally only those matching `filter`. */
export async function treeSize(dir: string, filter: (rel: string) => boolean = () => true): Promise<{ files: number; bytes: number }> {
  let entries;
  try {
    entries = await readdir(dir, { recursive: true, withFileTypes: true });
  } catch {
    return { files: 0, bytes: 0 };
  }
  let files = 0;
  let bytes = 0;
  for (const e of entries) {
    if (!e.isFile()) continue;
    const full = path.join(e.parentPath, e.name);
    if (!filter(path.relative(dir, full))) continue;
    files++;
    bytes += (await stat(full)).size;
  }
  return { files, bytes };
}
