import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { finishBuild } from '../../../src/build/finish.ts';

// finishBuild is what `npm run build` does once Astro has exited: the search index, `_headers`,
// `_redirects`, and the checks that refuse to publish a broken site. Here it runs, with the
// real Pagefind, on a small site written by hand in the shape Astro leaves.

const SITE_URL = 'https://news.example';
let dir: string;
let out: string;
let logs: string[];

const page = (urlPath: string, title: string, body: string) =>
  `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta http-equiv="Content-Security-Policy" content="default-src 'self'"><title>${title}</title>` +
  `<link rel="canonical" href="${SITE_URL}${urlPath}"></head>` +
  `<body><main data-pagefind-body>${body}</main></body></html>`;

/** Writes the site as a new `astro build` would: into an emptied output folder. */
async function writeSite(articleBody: string): Promise<void> {
  await rm(out, { recursive: true, force: true });
  await mkdir(path.join(out, 'articles/port-record'), { recursive: true });
  await mkdir(path.join(out, 'search'), { recursive: true });
  await writeFile(path.join(out, 'index.html'), page('/', 'Home', '<h1>Home</h1><a href="/articles/port-record/">Port record</a>'));
  await writeFile(path.join(out, 'articles/port-record/index.html'), page('/articles/port-record/', 'Port record', `<h1 data-published="2026-11-24T08:00:00.000Z">Port record</h1>${articleBody}`));
  // What src/pages/search/briefs.json.ts and src/pages/aliases.json.ts leave for this step.
  const brief = { url: '/latest/#rain-in-fez', content: 'Heavy rain closes two roads near Fez', language: 'en', meta: { title: 'Rain near Fez', date: '2026-11-24T10:00:00.000Z', kind: 'Latest news' }, filters: {}, sort: { date: '2026-11-24T10:00:00.000Z' } };
  await writeFile(path.join(out, 'search/briefs.json'), JSON.stringify([brief]));
  await writeFile(path.join(out, 'aliases.json'), JSON.stringify([{ slug: 'port-record', file: 'content/articles/2026/11/port-record.md', aliases: ['/2026/11/port/'] }]));
}

const finish = (opts: { force?: boolean } = {}) => finishBuild(out, { siteUrl: SITE_URL, cacheDir: path.join(dir, 'cache'), log: (line) => logs.push(line), ...opts });

/** The records a Pagefind bundle holds, read from its fragments (gzip, then Pagefind's signature). */
async function indexedRecords(bundle: string): Promise<Array<{ url: string; content: string }>> {
  const folder = path.join(out, bundle, 'fragment');
  const names = await readdir(folder);
  return Promise.all(names.map(async (n) => JSON.parse(gunzipSync(await readFile(path.join(folder, n))).toString('utf8').replace(/^pagefind_dcd/, ''))));
}

beforeEach(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'finish-'));
  out = path.join(dir, 'out');
  logs = [];
});
afterEach(() => rm(dir, { recursive: true, force: true }));

describe('finishBuild', () => {
  it('indexes every article and brief for search, writes the CDN files, and ships no hand-over file', async () => {
    await writeSite('<p>Harbour cranes moved a record tonnage.</p>');
    await finish();
    const manifest = JSON.parse(await readFile(path.join(out, 'pagefind/manifest.json'), 'utf8')) as { shards: Array<{ name: string; path: string; newest: string }> };
    expect(manifest.shards.map((s) => [s.name, s.newest])).toEqual([
      ['briefs', '2026-11-24T10:00:00.000Z'],
      ['2026-11', '2026-11-24T08:00:00.000Z'],
    ]);
    const month = manifest.shards[1]!.path.replace(/^\/|\/$/g, '');
    expect((await indexedRecords(month)).map((r) => [r.url, r.content])).toEqual([['/articles/port-record/', 'Port record. Harbour cranes moved a record tonnage.']]);
    expect((await indexedRecords('pagefind/briefs')).map((r) => r.url)).toEqual(['/latest/#rain-in-fez']);
    // The old address answers with a redirect to the story; every page gets the security headers.
    expect(await readFile(path.join(out, '_redirects'), 'utf8')).toMatch(/^\/2026\/11\/port\/ \/articles\/port-record\/ 301$/m);
    expect(await readFile(path.join(out, '_headers'), 'utf8')).toMatch(/X-Content-Type-Options: nosniff/);
    await expect(readdir(path.join(out, 'search'))).resolves.toEqual([]);
    expect(logs.at(-1)).toMatch(/2 pages parsed, 0 unchanged since the last build/);
  });

  it('refuses to publish a site with a broken link, naming the page and the address', async () => {
    await writeSite('<p>See <a href="/articles/no-such-story/">the earlier report</a>.</p>');
    await expect(finish()).rejects.toThrow(/it was not published:\n\s+\/articles\/port-record\/: broken link: \/articles\/no-such-story\//);
  });

  it('parses only the pages that changed since the last build, and every page with force', async () => {
    await writeSite('<p>First version.</p>');
    await finish();
    await writeSite('<p>Second version.</p>');
    await finish();
    expect(logs.at(-1)).toMatch(/1 pages parsed, 1 unchanged since the last build/);
    await writeSite('<p>Second version.</p>');
    await finish({ force: true });
    expect(logs.at(-1)).toMatch(/2 pages parsed, 0 unchanged since the last build/);
  });
});
