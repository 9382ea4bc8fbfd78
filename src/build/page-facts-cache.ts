import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { filesDigest, importClosure } from '../lib/build-fingerprint.ts';
import type { PageFacts } from '../lib/output-checks.ts';
import type { BuiltPage } from '../lib/output-files.ts';

/**
 * What the output checks read from each page (`readPageFacts`), kept in the cache folder between
 * builds. Parsing every page took ~25 s of CPU at 10,000 articles, on every build; a rebuild now
 * parses only the pages whose HTML changed (same path, same SHA-256) and reuses the rest. The
 * checks themselves (links, anchors, CSP...) still run over every page's facts on every build.
 */
const FILE = 'newsroom-page-facts.json';

type Stored = [file: string, digest: string, facts: Omit<PageFacts, 'ids'> & { ids: string[] }];

/**
 * Identifies the code that turns HTML into facts: src/lib/output-checks.ts with everything it
 * imports, and the locked dependency versions (parse5, hast) in the project at `root`. Facts
 * saved under another fingerprint are not used.
 */
export async function factsFingerprint(root = fileURLToPath(new URL('../../', import.meta.url))): Promise<string> {
  return filesDigest(root, [...importClosure(root, ['src/lib/output-checks.ts']), 'package-lock.json']);
}

/** The facts the last build saved under `fingerprint`; an empty map when there are none (or they are unreadable). */
export async function loadPageFacts(cacheDir: string, fingerprint: string): Promise<Map<string, BuiltPage<PageFacts>>> {
  const pages = new Map<string, BuiltPage<PageFacts>>();
  let saved: { fingerprint?: unknown; pages?: unknown };
  try {
    saved = JSON.parse(await readFile(path.join(cacheDir, FILE), 'utf8'));
  } catch {
    return pages;
  }
  if (saved?.fingerprint !== fingerprint || !Array.isArray(saved.pages)) return pages;
  for (const [file, digest, facts] of saved.pages as Stored[]) {
    pages.set(file, { digest, facts: { ...facts, ids: new Set(facts.ids) } });
  }
  return pages;
}

/** Saves every page's facts for the next build (written whole, then renamed into place); creates `cacheDir` if need be. */
export async function savePageFacts(cacheDir: string, fingerprint: string, pages: ReadonlyMap<string, BuiltPage<PageFacts>>): Promise<void> {
  const stored: Stored[] = [...pages].map(([file, { digest, facts }]) => [file, digest, { ...facts, ids: [...facts.ids] }]);
  const target = path.join(cacheDir, FILE);
  await mkdir(cacheDir, { recursive: true });
  // A name of its own, so two builds sharing a cache folder never write into one file.
  const scratch = `${target}.${process.pid}.tmp`;
  await writeFile(scratch, JSON.stringify({ fingerprint, pages: stored }));
  await rename(scratch, target);
}
