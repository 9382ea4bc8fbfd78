import { createHash } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { mapLimited } from '../../utils/map-limited.ts';

/**
 * Every file under `dir`, relative to it, with `/`, sorted. The folders are read side by side:
 * Node's own recursive readdir reads them one after another, 2-3 times slower on a 34,000-file
 * build.
 */
export async function listFiles(dir: string): Promise<string[]> {
  const walk = async (rel: string): Promise<string[]> => {
    const entries = await readdir(rel ? path.join(dir, rel) : dir, { withFileTypes: true });
    const nested = await Promise.all(entries.map((e) => (e.isDirectory() ? walk(rel ? `${rel}/${e.name}` : e.name) : [])));
    return [...entries.filter((e) => e.isFile()).map((e) => (rel ? `${rel}/${e.name}` : e.name)), ...nested.flat()];
  };
  return (await walk('')).sort();
}

/**
 * A built page: a hash of its HTML and what was read from it. Not the HTML itself: holding
 * every page's text (twice, with the early read) took about 1 GB at 10,000 articles.
 */
export interface BuiltPage<T> {
  digest: string;
  facts: T;
  /** The page's first `data-published` time (`PageDigest`), kept with it for the next build. */
  published?: string | undefined;
  /** Where a seeded page's bytes came from (src/build/reuse/seed-pages.ts, `cacheStamp`); undefined for a page this build rendered. */
  origin?: string | undefined;
}

/** A built page's digest (SHA-256 of its bytes, base64) and its first `data-published` time (article pages have one). */
export interface PageDigest {
  digest: string;
  published: string | undefined;
}

/**
 * Reads every `.html` file in `files` (relative to `dir`) once, a few at a time, for its digest
 * and publication time: what the search index keys its shards on, and what tells `readPages`
 * which pages changed since the last build. Fast (no parse): ~1.5 s for 14,000 pages. A page
 * for which `known` has the answer (one whose bytes are those of a page read before) is not read.
 */
export async function digestPages(dir: string, files: readonly string[], known?: (file: string) => PageDigest | undefined, concurrency = 16): Promise<Map<string, PageDigest>> {
  const html = files.filter((f) => f.endsWith('.html'));
  const digests = await mapLimited(html, concurrency, async (file): Promise<PageDigest> => {
    const given = known?.(file);
    if (given) return given;
    const bytes = await readFile(path.join(dir, file));
    return { digest: createHash('sha256').update(bytes).digest('base64'), published: publishedIn(bytes) };
  });
  return new Map(html.map((f, i) => [f, digests[i]!]));
}

const PUBLISHED = Buffer.from(' data-published="');

/** The value of the first ` data-published="…"` attribute in a page's bytes (searched as bytes: no string is made of the page). */
function publishedIn(bytes: Buffer): string | undefined {
  const at = bytes.indexOf(PUBLISHED);
  if (at < 0) return undefined;
  const start = at + PUBLISHED.length;
  const end = bytes.indexOf(0x22, start);
  return end > start ? bytes.toString('latin1', start, end) : undefined;
}

/**
 * Reads every `.html` file in `files` (relative to `dir`) and `read`s each as it arrives (`read`
 * may answer later, e.g. from a worker thread). A
 * page whose text is the same as in `known` (an earlier read) keeps its facts without a new
 * `read`; with `digests` (from `digestPages`), such a page is not even opened. A few files at a
 * time: other work (Pagefind's replies) gets its turn between pages, and a large site never
 * opens every file at once.
 */
export async function readPages<T>(
  dir: string,
  files: readonly string[],
  read: (html: string) => T | Promise<T>,
  known?: ReadonlyMap<string, BuiltPage<T>>,
  digests?: ReadonlyMap<string, PageDigest>,
  concurrency = 16,
): Promise<Map<string, BuiltPage<T>>> {
  const html = files.filter((f) => f.endsWith('.html'));
  const pages = await mapLimited(html, concurrency, async (file): Promise<BuiltPage<T>> => {
    const earlier = known?.get(file);
    const given = digests?.get(file)?.digest;
    if (earlier && given !== undefined && earlier.digest === given) return earlier;
    const bytes = await readFile(path.join(dir, file));
    const digest = given ?? createHash('sha256').update(bytes).digest('base64');
    return { digest, facts: earlier?.digest === digest ? earlier.facts : await read(bytes.toString('utf8')) };
  });
  return new Map(html.map((f, i) => [f, pages[i]!]));
}

/**
 * The `from to` pairs of a `_redirects` file (comments and blank lines skipped). A query rule
 * (`/ p=123 /articles/x/ 301!`) reads as from `/?p=123`.
 */
export function parseRedirectLines(text: string): Array<{ from: string; to: string }> {
  return text
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l && !l.startsWith('#'))
    .map((l) => {
      const [from = '', ...rest] = l.split(/\s+/);
      const query = rest.filter((part, i) => i < rest.findIndex((p) => p.startsWith('/') || /^https?:/.test(p)) && part.includes('='));
      const to = rest.find((p) => p.startsWith('/') || /^https?:/.test(p)) ?? '';
      return { from: query.length ? `${from}?${query.join('&')}` : from, to };
    });
}
