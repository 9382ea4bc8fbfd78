import { createReadStream, createWriteStream } from 'node:fs';
import { mkdir, rename, rm } from 'node:fs/promises';
import { once } from 'node:events';
import { createInterface } from 'node:readline';
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
const FILE = 'newsroom-page-facts.ndjson';
/** The one-JSON-document form of earlier versions: at 100,000 articles it passed V8's 512 MB cap on one string. */
const OLD_FILE = 'newsroom-page-facts.json';

type Stored = [file: string, digest: string, facts: Omit<PageFacts, 'ids'> & { ids: string[] }];

/**
 * Identifies the code that turns HTML into facts: src/lib/output-checks.ts with everything it
 * imports, and the locked dependency versions (parse5, hast) in the project at `root`. Facts
 * saved under another fingerprint are not used.
 */
export async function factsFingerprint(root = fileURLToPath(new URL('../../', import.meta.url))): Promise<string> {
  return filesDigest(root, [...importClosure(root, ['src/lib/output-checks.ts']), 'package-lock.json']);
}

/**
 * The facts the last build saved under `fingerprint`; an empty map when there are none (or they
 * are unreadable, cut short, or saved by other code). The file is one JSON line for the
 * fingerprint, then one line per page, read line by line: at 100,000 articles the facts take
 * ~750 MB, more than one JavaScript string can hold.
 */
export async function loadPageFacts(cacheDir: string, fingerprint: string): Promise<Map<string, BuiltPage<PageFacts>>> {
  const pages = new Map<string, BuiltPage<PageFacts>>();
  const lines = createInterface({ input: createReadStream(path.join(cacheDir, FILE), 'utf8'), crlfDelay: Infinity });
  // How many pages the header line says follow; undefined until it has been read.
  let expected: unknown;
  try {
    for await (const line of lines) {
      if (expected === undefined) {
        const header = JSON.parse(line) as { fingerprint?: unknown; pages?: unknown } | null;
        if (header?.fingerprint !== fingerprint || typeof header.pages !== 'number') return new Map();
        expected = header.pages;
        continue;
      }
      const [file, digest, facts] = JSON.parse(line) as Stored;
      pages.set(file, { digest, facts: { ...facts, ids: new Set(facts.ids) } });
    }
  } catch {
    return new Map();
  } finally {
    lines.close();
  }
  // The header says how many pages follow: a file cut short is not used.
  return expected === pages.size ? pages : new Map();
}

/**
 * Saves every page's facts for the next build, one line per page, written whole under a name of
 * its own and then renamed into place; creates `cacheDir` if need be.
 */
export async function savePageFacts(cacheDir: string, fingerprint: string, pages: ReadonlyMap<string, BuiltPage<PageFacts>>): Promise<void> {
  const target = path.join(cacheDir, FILE);
  await mkdir(cacheDir, { recursive: true });
  // A name of its own, so two builds sharing a cache folder never write into one file.
  const scratch = `${target}.${process.pid}.tmp`;
  const out = createWriteStream(scratch, 'utf8');
  const closed = once(out, 'close');
  // A failed write is reported by the stream's 'error', which `once` turns into a rejection.
  const failed = once(out, 'error').then(([error]) => Promise.reject(error as Error));
  failed.catch(() => {});
  const write = async (line: string) => {
    if (!out.write(`${line}\n`)) await Promise.race([once(out, 'drain'), failed]);
  };
  await write(JSON.stringify({ fingerprint, pages: pages.size }));
  for (const [file, { digest, facts }] of pages) {
    const stored: Stored = [file, digest, { ...facts, ids: [...facts.ids] }];
    await write(JSON.stringify(stored));
  }
  out.end();
  await Promise.race([closed, failed]);
  await rename(scratch, target);
  await rm(path.join(cacheDir, OLD_FILE), { force: true });
}
