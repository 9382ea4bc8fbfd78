import { spawn } from 'node:child_process';
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import { gunzipSync } from 'node:zlib';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BRIEF_RECORDS_FILE } from '../../../src/search/search.ts';
import { SHARDS_MANIFEST, parseShardsManifest } from '../../../src/search/shards.ts';
import { listProcesses } from '../../../scripts/bench/measure.ts';

// src/search/pagefind-index.ts runs in scripts/build.mjs's process after Astro has exited. When the
// kernel kills Pagefind's process for lack of memory, Pagefind's Node API never answers; the
// build must then fail and say so, not hang. Run the way the build runs it: in its own Node process.
const moduleUrl = new URL('../../../src/search/pagefind-index.ts', import.meta.url).href;
let dir: string;

beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'search-index-'));
  // Enough pages that indexing takes a second or two, so it can be interrupted.
  const words = Array.from({ length: 400 }, (_, i) => `word${i % 97} term${i % 31}`).join(' ');
  for (let i = 0; i < 1000; i++) {
    await mkdir(path.join(dir, 'articles', `a${i}`), { recursive: true });
    await writeFile(
      path.join(dir, 'articles', `a${i}`, 'index.html'),
      page(i, words),
    );
  }
  await mkdir(path.join(dir, path.dirname(BRIEF_RECORDS_FILE)), { recursive: true });
});
afterAll(() => rm(dir, { recursive: true, force: true }));

/** Months of the fixture pages: story i is published in MONTHS[i % 3]. */
const MONTHS = ['2025-01', '2025-02', '2025-03'];

/** An article page as ArticleLayout writes it, as far as the indexer reads it. */
function page(i: number, words: string): string {
  const published = `${MONTHS[i % MONTHS.length]}-${String((i % 28) + 1).padStart(2, '0')}T08:00:00.000Z`;
  return `<!doctype html><html lang="en"><head><title>Story ${i}</title></head><body><main data-pagefind-body><h1>Story ${i}</h1><p data-published="${published}" data-pagefind-sort="date[data-published]">${words}</p></main></body></html>`;
}

const readersUrl = (file: string) => JSON.stringify(new URL(`../../../src/build/checks/${file}`, import.meta.url).href);

/**
 * Indexes `folder` in a Node process of its own. With `readPages`, the pages are first read as
 * src/build/finish.ts reads them (`digestPages`: digests and publication times) and handed over.
 */
function indexIn(folder: string, opts: { cacheDir?: string; force?: boolean; readPages?: boolean } = {}) {
  const options = JSON.stringify({ cacheDir: opts.cacheDir ?? path.join(folder, '.cache'), force: opts.force ?? false });
  const script = opts.readPages
    ? `import { writeSearchIndex } from ${JSON.stringify(moduleUrl)}; import { digestPages, listFiles } from ${readersUrl('output-files.ts')};
       const dir = ${JSON.stringify(folder)}; const pages = await digestPages(dir, await listFiles(dir));
       console.log(await writeSearchIndex(dir, { ...${options}, pages }));`
    : `import { writeSearchIndex } from ${JSON.stringify(moduleUrl)}; console.log(await writeSearchIndex(${JSON.stringify(folder)}, ${options}));`;
  const child = spawn(process.execPath, ['--input-type=module', '-e', script], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout.on('data', (d) => (output += d));
  child.stderr.on('data', (d) => (output += d));
  const done = new Promise<{ code: number | null; output: string }>((resolve) => child.on('close', (code) => resolve({ code, output })));
  return { child, done };
}

/** The pid of a running process whose parent is `parent` and whose command names Pagefind. */
async function pagefindChild(parent: number): Promise<number | undefined> {
  return (await listProcesses()).find((p) => p.ppid === parent && /pagefind/.test(p.name))?.pid;
}

describe('writeSearchIndex', () => {
  it('writes one shard per publication month, lists them, and removes the brief records it was handed', async () => {
    await writeFile(path.join(dir, BRIEF_RECORDS_FILE), '[]');
    const { code, output } = await indexIn(dir).done;
    expect(output).toMatch(/indexed 1000 article pages and 0 briefs in \d+\.\d s/);
    expect(output).toContain('3 shards, built 3 (2025-01, 2025-02, 2025-03), reused 0');
    expect(code).toBe(0);
    const { shards } = parseShardsManifest(JSON.parse(await readFile(path.join(dir, SHARDS_MANIFEST), 'utf8')));
    expect(shards.map((s) => s.name)).toEqual(MONTHS);
    expect(shards.map((s) => s.newest)).toEqual(MONTHS.map((m) => `${m}-28T08:00:00.000Z`));
    // With no brief, the oldest month is the primary bundle: it alone ships Pagefind's script.
    const files = (s: { path: string }) => readdir(path.join(dir, s.path));
    expect(await files(shards[0]!)).toContain('pagefind.js');
    expect(await files(shards[1]!)).not.toContain('pagefind.js');
    for (const s of shards) {
      const entry = JSON.parse(await readFile(path.join(dir, s.path, 'pagefind-entry.json'), 'utf8'));
      expect(entry.languages.en.page_count, s.name).toBe(s.name === '2025-01' ? 334 : 333);
    }
    await expect(readFile(path.join(dir, BRIEF_RECORDS_FILE))).rejects.toThrow(/ENOENT/);
  }, 60_000);

  it('writes the same bytes on every run, with far more pages in a shard than are sent to Pagefind at once', async () => {
    const runs = [];
    for (const cache of ['.cache-a', '.cache-b']) {
      await writeFile(path.join(dir, BRIEF_RECORDS_FILE), '[]');
      const { code, output } = await indexIn(dir, { cacheDir: path.join(dir, cache) }).done;
      expect(code, output).toBe(0);
      expect(output).toContain('indexed 1000 article pages');
      runs.push(await tree(path.join(dir, 'pagefind')));
    }
    expect(runs[1]).toEqual(runs[0]);
    // Every page is in the index: each month's metadata names as many pages as it holds (333 or 334).
    expect([...runs[0]!.keys()].filter((f) => f.endsWith('pagefind-entry.json'))).toHaveLength(3);
    const entries = [...runs[0]!].filter(([f]) => f.endsWith('pagefind-entry.json')).map(([, b]) => JSON.parse(b.toString()) as { languages: Record<string, { page_count: number }> });
    expect(entries.map((e) => Object.values(e.languages).reduce((n, l) => n + l.page_count, 0)).sort()).toEqual([333, 333, 334]);
  }, 60_000);

  it.skipIf(process.platform !== 'linux')('fails with a clear message, instead of waiting forever, when Pagefind\'s process is killed', async () => {
    await rm(path.join(dir, 'pagefind'), { recursive: true, force: true });
    await writeFile(path.join(dir, BRIEF_RECORDS_FILE), '[]');
    const { child, done } = indexIn(dir, { force: true });
    let killed = false;
    let exited = false;
    void done.then(() => (exited = true));
    while (!killed && !exited) {
      const pid = await pagefindChild(child.pid!);
      if (pid) {
        process.kill(pid, 'SIGKILL');
        killed = true;
      } else await new Promise((r) => setTimeout(r, 5));
    }
    const { code, output } = await done;
    expect(killed, `Pagefind finished before it could be killed:\n${output}`).toBe(true);
    expect(output).toContain("[pagefind] building the search index failed: Pagefind's process ended before the index was written");
    expect(code).not.toBe(0);
  }, 60_000);
});

describe('writeSearchIndex over a busy month', () => {
  let site: string;
  // 1,200 stories in May 2025, 100 a day over 12 days: more than one shard may hold (SHARD_PAGES).
  const story = (i: number, extra = '') => {
    const day = String(Math.floor(i / 100) + 1).padStart(2, '0');
    return `<!doctype html><html lang="en"><head><title>Story ${i}</title></head><body><main data-pagefind-body><h1>Story ${i}</h1><p data-published="2025-05-${day}T${String(i % 24).padStart(2, '0')}:00:00.000Z">story ${i} ${extra}</p></main></body></html>`;
  };
  beforeAll(async () => {
    site = await mkdtemp(path.join(os.tmpdir(), 'search-busy-'));
    for (let i = 0; i < 1200; i++) {
      await mkdir(path.join(site, 'articles', `s${i}`), { recursive: true });
      await writeFile(path.join(site, 'articles', `s${i}`, 'index.html'), story(i));
    }
    await mkdir(path.join(site, path.dirname(BRIEF_RECORDS_FILE)), { recursive: true });
  });
  afterAll(() => rm(site, { recursive: true, force: true }));

  it('cuts the month into runs of whole days of at most 1,000 stories, and an edit rebuilds only its own part', async () => {
    await writeFile(path.join(site, BRIEF_RECORDS_FILE), '[]');
    const cold = await indexIn(site).done;
    expect(cold.code, cold.output).toBe(0);
    expect(cold.output).toContain('2 shards, built 2 (2025-05-01, 2025-05-11), reused 0');
    const { shards } = parseShardsManifest(JSON.parse(await readFile(path.join(site, SHARDS_MANIFEST), 'utf8')));
    expect(shards.map((s) => s.name)).toEqual(['2025-05-01', '2025-05-11']);
    expect(shards.map((s) => s.newest)).toEqual(['2025-05-10T23:00:00.000Z', '2025-05-12T23:00:00.000Z']);
    const count = async (s: { path: string }) => JSON.parse(await readFile(path.join(site, s.path, 'pagefind-entry.json'), 'utf8')).languages.en.page_count;
    expect(await Promise.all(shards.map(count))).toEqual([1000, 200]);
    // A correction to a story of the 12th: its part alone is indexed again, and holds the new text.
    await writeFile(path.join(site, 'articles', 's1150', 'index.html'), story(1150, 'corrected'));
    await writeFile(path.join(site, BRIEF_RECORDS_FILE), '[]');
    const edited = await indexIn(site).done;
    expect(edited.code, edited.output).toBe(0);
    expect(edited.output).toContain('2 shards, built 1 (2025-05-11), reused 1');
    const words = [...(await tree(path.join(site, 'pagefind'))).values()].some((b) => b.includes('corrected'));
    expect(words).toBe(true);
  }, 60_000);
});

/** Every file under `root` (relative path → bytes, gzip unpacked), to compare outputs and search them. */
async function tree(root: string): Promise<Map<string, Buffer>> {
  const out = new Map<string, Buffer>();
  for (const f of (await readdir(root, { recursive: true, withFileTypes: true })).filter((e) => e.isFile())) {
    const file = path.join(f.parentPath, f.name);
    const bytes = await readFile(file);
    out.set(path.relative(root, file), bytes[0] === 0x1f && bytes[1] === 0x8b ? gunzipSync(bytes) : bytes);
  }
  return out;
}

describe('writeSearchIndex with a cache', () => {
  let site: string;
  const brief = (i: number, text: string) => ({
    url: `/latest/2025-03-0${i}/#brief-${i}`,
    content: text,
    language: 'en',
    meta: { title: text, date: `2025-03-0${i}T10:00:00.000Z`, kind: 'Latest news' },
    filters: {},
    sort: { date: `2025-03-0${i}T10:00:00.000Z` },
  });
  const writeBriefs = (records: unknown[]) => writeFile(path.join(site, BRIEF_RECORDS_FILE), JSON.stringify(records));
  beforeAll(async () => {
    site = await mkdtemp(path.join(os.tmpdir(), 'search-shards-'));
    for (let i = 0; i < 12; i++) {
      await mkdir(path.join(site, 'articles', `s${i}`), { recursive: true });
      await writeFile(path.join(site, 'articles', `s${i}`, 'index.html'), page(i, i === 4 ? 'the zanzibarite affair' : `ordinary story ${i}`));
    }
    await mkdir(path.join(site, path.dirname(BRIEF_RECORDS_FILE)), { recursive: true });
  });
  afterAll(() => rm(site, { recursive: true, force: true }));

  it('rebuilds only the shard whose input changed, and its output equals a cold build', async () => {
    const cache = path.join(site, '.cache');
    await writeBriefs([brief(1, 'Ferry services resume')]);
    const cold = await indexIn(site, { cacheDir: cache }).done;
    expect(cold.output).toContain('4 shards, built 4 (briefs, 2025-01, 2025-02, 2025-03), reused 0');

    // One more brief: only the briefs shard is indexed again.
    await writeBriefs([brief(1, 'Ferry services resume'), brief(2, 'Harbour cranes idle')]);
    const warm = await indexIn(site, { cacheDir: cache }).done;
    expect(warm.code, warm.output).toBe(0);
    expect(warm.output).toContain('4 shards, built 1 (briefs), reused 3');
    const rebuilt = await tree(path.join(site, 'pagefind'));

    // The same input from nothing gives the same bytes.
    await writeBriefs([brief(1, 'Ferry services resume'), brief(2, 'Harbour cranes idle')]);
    const fresh = await indexIn(site, { cacheDir: path.join(site, '.cache-cold') }).done;
    expect(fresh.output).toContain('built 4');
    expect(await tree(path.join(site, 'pagefind'))).toEqual(rebuilt);

    // The old briefs shard is no longer needed: pruned from the cache.
    expect((await readdir(cache)).length).toBe(1);
    expect((await readdir(path.join(cache, 'search-shards'))).filter((e) => e.startsWith('briefs.'))).toHaveLength(1);
  }, 60_000);

  it('keys the shards alike whether it reads the pages itself or is handed the pages the build has read', async () => {
    const cache = path.join(site, '.cache-handed');
    await writeBriefs([brief(1, 'Ferry services resume')]);
    const itself = await indexIn(site, { cacheDir: cache }).done;
    expect(itself.output).toContain('4 shards, built 4');
    const before = await tree(path.join(site, 'pagefind'));
    await writeBriefs([brief(1, 'Ferry services resume')]);
    const handed = await indexIn(site, { cacheDir: cache, readPages: true }).done;
    expect(handed.code, handed.output).toBe(0);
    expect(handed.output).toContain('4 shards, built 0 (none), reused 4');
    expect(await tree(path.join(site, 'pagefind'))).toEqual(before);
    // On the handed path too, a changed page changes its month's key, and only that shard is built.
    const story = path.join(site, 'articles', 's7', 'index.html');
    const text = await readFile(story, 'utf8');
    await writeFile(story, text.replace('ordinary story 7', 'ordinary story seven'));
    await writeBriefs([brief(1, 'Ferry services resume')]);
    const changed = await indexIn(site, { cacheDir: cache, readPages: true }).done;
    expect(changed.output).toContain('built 1 (2025-02), reused 3');
    await writeFile(story, text);
  }, 60_000);

  it('leaves a removed page out of every shard in the same build', async () => {
    const cache = path.join(site, '.cache');
    await writeBriefs([brief(1, 'Ferry services resume')]);
    await indexIn(site, { cacheDir: cache }).done;
    const holds = async (word: string) => [...(await tree(path.join(site, 'pagefind')))].filter(([, bytes]) => bytes.includes(word)).map(([f]) => f);
    expect(await holds('zanzibarite')).not.toEqual([]);
    expect(await holds('articles/s4/')).not.toEqual([]);
    // Story 4 (published in February) is taken down: its page is gone from the output.
    await rm(path.join(site, 'articles', 's4'), { recursive: true });
    await writeBriefs([brief(1, 'Ferry services resume')]);
    const after = await indexIn(site, { cacheDir: cache }).done;
    expect(after.output).toContain('4 shards, built 1 (2025-02), reused 3');
    expect(await holds('zanzibarite')).toEqual([]);
    expect(await holds('articles/s4/')).toEqual([]);
    const cached = await tree(cache);
    expect([...cached].filter(([, bytes]) => bytes.includes('zanzibarite'))).toEqual([]);
  }, 60_000);

  it('reuses nothing with force', async () => {
    await writeBriefs([brief(1, 'Ferry services resume')]);
    const forced = await indexIn(site, { cacheDir: path.join(site, '.cache'), force: true }).done;
    expect(forced.output).toContain('built 4 (briefs, 2025-01, 2025-02, 2025-03), reused 0');
  }, 60_000);
});
