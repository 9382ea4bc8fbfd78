// The search subsystem's entry (src/search/).
// In: the built article pages (their `data-pagefind-body`) and the briefs' records that
//   src/pages/search/briefs.json.ts left in the output (search.ts names the file and the keys).
// Out: `<outDir>/pagefind/`, one Pagefind bundle per shard (shards.ts) and the manifest the
//   search page (src/scripts/search.ts) merges the shards' results from.
// Called by: src/build/finish.ts, once `astro build` has exited.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { access, copyFile, link, mkdir, readdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import * as pagefind from 'pagefind';
import { filesDigest, importClosure } from '../build/reuse/build-fingerprint.ts';
import { mapLimited } from '../utils/map-limited.ts';
import { digestPages, listFiles, type PageDigest } from '../build/checks/output-files.ts';
import { BRIEF_RECORDS_FILE, parseSearchRecords, type SearchRecord } from './search.ts';
import { BRIEFS_SHARD, SEARCH_DIR, SHARDS_MANIFEST, articleShards, shardFolder, type ShardsManifest } from './shards.ts';

/**
 * Writes the Pagefind search index into `<outDir>/pagefind/`, one Pagefind bundle per shard
 * (src/search/shards.ts: articles by publication month, a busy month in parts of at most
 * 1,000 stories; the briefs on their own) and `pagefind/manifest.json` listing them for the
 * search page. The `data-pagefind-body` of every article page is indexed, and the briefs as
 * custom records. A shard whose input is unchanged since a build that used the same cache
 * (`cacheDir`) is copied from the cache; the others
 * are built one at a time, each in a fresh Pagefind process, so memory stays bounded by the
 * largest shard. Runs after `astro build` has exited (src/build/finish.ts). Resolves with a
 * one-line summary; rejects, naming the step, when Pagefind reports an error or its process dies.
 */
export async function writeSearchIndex(
  outDir: string,
  opts: {
    cacheDir: string;
    /** Reuse no shard (`--force`). */
    force?: boolean;
    /**
     * The output's pages as src/build/finish.ts has just read them (`digestPages`: the SHA-256 of
     * each page, base64, and its `data-published`), so they are not read a second time; without
     * it, the article pages are read here, the same way.
     */
    pages?: ReadonlyMap<string, PageDigest>;
  },
): Promise<string> {
  const recordsFile = path.join(outDir, BRIEF_RECORDS_FILE);
  const started = performance.now();
  try {
    const records = parseSearchRecords(JSON.parse(await readFile(recordsFile, 'utf8')), BRIEF_RECORDS_FILE);
    const shards = planShards(articlePagesOf(opts.pages ?? (await digestPages(outDir, await listFiles(outDir)))), records);
    // The folder is this step's alone: nothing of an earlier index may survive in it.
    await rm(path.join(outDir, SEARCH_DIR), { recursive: true, force: true });
    const store = path.join(opts.cacheDir, SHARD_CACHE);
    await mkdir(store, { recursive: true });
    const built: string[] = [];
    for (const shard of shards) {
      const cached = path.join(store, `${shard.name}.${shard.key}`);
      if (opts.force || !(await exists(path.join(cached, 'pagefind-entry.json')))) {
        await buildShard(outDir, shard, cached);
        built.push(shard.name);
      }
      await copyShard(cached, path.join(outDir, shardFolder(shard.name, shard.key)), shard === shards[0]);
    }
    await pruneShardCache(store, new Set(shards.map((s) => `${s.name}.${s.key}`)));
    const manifest: ShardsManifest = { shards: shards.map((s) => ({ name: s.name, path: `/${shardFolder(s.name, s.key)}/`, newest: s.newest })) };
    await mkdir(path.join(outDir, SEARCH_DIR), { recursive: true });
    await writeFile(path.join(outDir, SHARDS_MANIFEST), `${JSON.stringify(manifest)}\n`);
    const pages = shards.reduce((n, s) => n + s.pages.length, 0);
    // The bench reads the time from this line ("in N s"); tests read which shards were built.
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    return (
      `indexed ${pages} article pages and ${records.length} briefs in ${seconds} s into ${path.relative(process.cwd(), path.join(outDir, SEARCH_DIR))}: ` +
      `${shards.length} shards, built ${built.length} (${built.join(', ') || 'none'}), reused ${shards.length - built.length}`
    );
  } catch (error) {
    // When the API notices the death itself (a write to the dead process fails), it says only
    // "Pagefind backend closed": report that the same way as a death noticed by pagefindDeath.
    const message = error instanceof Error ? (error.message === 'Pagefind backend closed' ? PROCESS_GONE : error.message) : String(error);
    throw new Error(`[pagefind] building the search index failed: ${message}`, { cause: error });
  } finally {
    await pagefind.close();
    // The records were only a hand-off from the build to the indexer.
    await rm(recordsFile, { force: true });
  }
}

/** Where cached shard bundles live in the build cache, one folder per `<shard>.<key>`. */
const SHARD_CACHE = 'search-shards';

/** Pagefind's options, the same for every shard (part of every shard's key). */
const PAGEFIND_OPTIONS = {};

/** A shard to write: its article pages (paths relative to the output folder) or brief records. */
interface Shard {
  name: string;
  key: string;
  pages: string[];
  records: SearchRecord[];
  newest: string;
}

/**
 * What shapes every shard besides its input: Pagefind's version and options and the code that
 * prepares the input and writes the shards (this file and its imports).
 */
const CODE_KEY = (() => {
  const root = fileURLToPath(new URL('../../', import.meta.url));
  const code = filesDigest(root, importClosure(root, ['src/search/pagefind-index.ts']));
  const version = (JSON.parse(readFileSync(path.join(root, 'node_modules/pagefind/package.json'), 'utf8')) as { version: string }).version;
  return `${code}\0pagefind ${version}\0${JSON.stringify(PAGEFIND_OPTIONS)}`;
})();

/** An article page: its path in the output, the SHA-256 of its text (base64) and its `data-published` time. */
interface ArticlePage {
  file: string;
  digest: string;
  published: string;
}

/** The article pages (`articles/**.html`) among the output's pages, sorted by path; each must carry its publication time. */
function articlePagesOf(pages: ReadonlyMap<string, PageDigest>): ArticlePage[] {
  return [...pages]
    .filter(([file]) => file.startsWith('articles/') && file.endsWith('.html'))
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([file, { digest, published }]) => ({ file, digest, published: publishedOf(file, published) }));
}

function publishedOf(file: string, published: string | undefined): string {
  if (!published) throw new Error(`${file}: the article page has no data-published time (ArticleLayout writes it; found none)`);
  return published;
}

/**
 * Groups the article pages and the brief records into shards, briefs first, then months (or
 * parts of months) oldest first (src/search/shards.ts), each keyed on its input's exact
 * bytes. The brief shard is the primary bundle when it has records; an empty site still gets one
 * (empty) shard.
 */
function planShards(pages: readonly ArticlePage[], records: SearchRecord[]): Shard[] {
  const byPeriod = articleShards(pages).map(({ name, pages: part }): Shard => {
    const hash = createHash('sha256').update(`${CODE_KEY}\0${name}\0`);
    for (const { file, digest } of part) hash.update(`${file}\0${digest}\0`);
    const newest = part.reduce((n, p) => (p.published > n ? p.published : n), '');
    return { name, key: hash.digest('hex').slice(0, 32), pages: part.map((p) => p.file), records: [], newest };
  });
  return records.length > 0 || byPeriod.length === 0 ? [briefsShard(records), ...byPeriod] : byPeriod;
}

/** The briefs' shard, keyed on its records' exact JSON. */
function briefsShard(records: SearchRecord[]): Shard {
  return {
    name: BRIEFS_SHARD,
    key: createHash('sha256').update(`${CODE_KEY}\0${BRIEFS_SHARD}\0${JSON.stringify(records)}`).digest('hex').slice(0, 32),
    pages: [],
    records,
    newest: records.reduce((n, r) => ((r.sort['date'] ?? '') > n ? r.sort['date']! : n), ''),
  };
}

/**
 * The live build's part of the search index (src/build/live/live-build.ts): only the briefs' shard,
 * from the records the live build handed over (`<outDir>/search/briefs.json`, then deleted), into
 * `<outDir>/pagefind/briefs/` as the primary bundle, built or taken from the cache like every
 * shard. Resolves with its manifest entry; the month shards of the live site stay as they are.
 */
export async function writeBriefsShard(outDir: string, cacheDir: string): Promise<ShardsManifest['shards'][number]> {
  const recordsFile = path.join(outDir, BRIEF_RECORDS_FILE);
  try {
    const shard = briefsShard(parseSearchRecords(JSON.parse(await readFile(recordsFile, 'utf8')), BRIEF_RECORDS_FILE));
    const store = path.join(cacheDir, SHARD_CACHE);
    await mkdir(store, { recursive: true });
    const cached = path.join(store, `${shard.name}.${shard.key}`);
    if (!(await exists(path.join(cached, 'pagefind-entry.json')))) await buildShard(outDir, shard, cached);
    await rm(path.join(outDir, SEARCH_DIR), { recursive: true, force: true });
    await copyShard(cached, path.join(outDir, shardFolder(shard.name, shard.key)), true);
    // The briefs' earlier versions are of no more use; the month shards are the live site's.
    for (const entry of await readdir(store)) if (entry.startsWith(`${BRIEFS_SHARD}.`) && entry !== `${shard.name}.${shard.key}`) await rm(path.join(store, entry), { recursive: true, force: true });
    return { name: shard.name, path: `/${shardFolder(shard.name, shard.key)}/`, newest: shard.newest };
  } catch (error) {
    const message = error instanceof Error ? (error.message === 'Pagefind backend closed' ? PROCESS_GONE : error.message) : String(error);
    throw new Error(`[pagefind] building the briefs' search shard failed: ${message}`, { cause: error });
  } finally {
    await pagefind.close();
    await rm(recordsFile, { force: true });
  }
}

/** Pages or brief records sent to Pagefind and not yet answered, at most. */
const SEND_WINDOW = 64;
/** Pages read ahead of the one being sent. */
const READ_AHEAD = 8;

/** Builds one shard in a fresh Pagefind process into the cache folder `cached` (written whole, then renamed). */
async function buildShard(outDir: string, shard: Shard, cached: string): Promise<void> {
  const died = pagefindDeath();
  const partial = `${cached}.partial`;
  try {
    await rm(partial, { recursive: true, force: true });
    await Promise.race([died.promise, index()]);
    await rm(cached, { recursive: true, force: true });
    await rename(partial, cached);
  } finally {
    died.stop();
    // A new process per shard: Pagefind's memory is given back between shards.
    await pagefind.close();
  }

  async function index(): Promise<void> {
    const { index, errors } = await pagefind.createIndex(PAGEFIND_OPTIONS);
    if (!index) throw new Error(errors.join('\n'));
    // Pagefind numbers pages in the order they arrive, so they are sent in the shard's order,
    // each as soon as it is read (a few read ahead); answers are awaited only to keep at most
    // SEND_WINDOW in flight. A round trip per page took over a second per 1,000; the whole shard
    // at once held every page three times over (text, JSON, base64) until Pagefind caught up
    // (cold build, 10,000 articles: this process held 985 MB at the finishing step's peak; now 581–619 MB).
    const reads = new Map<number, Promise<string>>();
    const read = (i: number) => {
      if (i < shard.pages.length && !reads.has(i)) reads.set(i, readFile(path.join(outDir, shard.pages[i]!), 'utf8'));
    };
    const sent: Promise<{ what: string; result: { errors: string[] } }>[] = [];
    const send = (what: string, answer: Promise<{ errors: string[] }>) => {
      const settled = answer.then((result) => ({ what, result }));
      // Awaited below, all together; one that fails first must not count as unhandled meanwhile.
      settled.catch(() => {});
      sent.push(settled);
      return sent.length > SEND_WINDOW ? sent[sent.length - 1 - SEND_WINDOW] : undefined;
    };
    for (let i = 0; i < shard.pages.length; i++) {
      for (let ahead = i; ahead < i + READ_AHEAD; ahead++) read(ahead);
      const content = await reads.get(i)!;
      reads.delete(i);
      await send(shard.pages[i]!, index.addHTMLFile({ sourcePath: shard.pages[i]!, content }));
    }
    for (const record of shard.records) await send(`brief ${record.url}`, index.addCustomRecord(record));
    const added = await Promise.all(sent);
    const failed = added.find((a) => a.result.errors.length > 0);
    if (failed) throw new Error(`shard ${shard.name}, ${failed.what}: ${failed.result.errors.join('\n')}`);
    const written = await index.writeFiles({ outputPath: partial });
    if (written.errors.length > 0) throw new Error(`shard ${shard.name}: ${written.errors.join('\n')}`);
  }
}

/**
 * Files a merged (non-primary) shard needs: its entry, metadata and chunks. Pagefind's script,
 * worker, WebAssembly and UI files are the same in every bundle and load from the primary's.
 */
const INDEX_FILE = /^(pagefind-entry\.json|[^/]+\.pf_meta|(index|filter|fragment)(\/.*)?)$/;

/**
 * Puts a cached shard into the output, the primary bundle whole, others without the shared
 * script files: hard links where the cache and the output share a file system (thousands of
 * small files; nothing writes into them afterwards: a later build replaces the output, and the
 * cache only adds and removes whole shards), copies otherwise.
 */
async function copyShard(cached: string, to: string, primary: boolean): Promise<void> {
  const files = (await listFiles(cached)).filter((rel) => primary || INDEX_FILE.test(rel));
  await mkdir(to, { recursive: true });
  for (const dir of new Set(files.map((f) => path.posix.dirname(f)))) await mkdir(path.join(to, dir), { recursive: true });
  // A few dozen at a time: one after another, 14,000 links took 1.4 s at 10,000 articles.
  await mapLimited(files, 32, (rel) => link(path.join(cached, rel), path.join(to, rel)).catch(() => copyFile(path.join(cached, rel), path.join(to, rel))));
}

/** Removes cached shards this build did not use (an old month's previous versions, removed shards). */
async function pruneShardCache(store: string, used: ReadonlySet<string>): Promise<void> {
  for (const entry of await readdir(store)) if (!used.has(entry)) await rm(path.join(store, entry), { recursive: true, force: true });
}

const exists = (file: string): Promise<boolean> => access(file).then(() => true, () => false);

const PROCESS_GONE = "Pagefind's process ended before the index was written (was it killed for lack of memory? `dmesg` says)";

/**
 * Pagefind's Node API talks to its own process and never answers if that process dies (the
 * kernel kills it when memory runs out): the build would wait forever, or Node would quit with
 * the promise unsettled. This rejects instead, when the process is gone and nothing else is
 * left to run.
 */
function pagefindDeath(): { promise: Promise<never>; stop: () => void } {
  let reject: (error: Error) => void = () => {};
  const promise = new Promise<never>((_, r) => (reject = r));
  // Rejections are read through Promise.race; one that loses the race must not be "unhandled".
  promise.catch(() => {});
  const onIdle = () => reject(new Error(PROCESS_GONE));
  // 'beforeExit' fires when the event loop is empty: with the indexer alive, its pipes keep it busy.
  process.on('beforeExit', onIdle);
  return { promise, stop: () => process.off('beforeExit', onIdle) };
}
