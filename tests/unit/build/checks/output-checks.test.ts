import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { writeCdnFilesAndCheck } from '../../../../src/build/checks/output-checks.ts';
import { readPageFacts } from '../../../../src/build/checks/page-checks.ts';

// The last step of a build, on a two-page output folder: it writes the hosts' files and
// refuses to publish a site with a broken link, a page it never read, or no alias list.
const siteUrl = 'https://atlascourier.example';
const dirs: string[] = [];
afterAll(() => Promise.all(dirs.map((d) => rm(d, { recursive: true, force: true }))));

const html = (title: string, canonical: string, body: string) =>
  `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta http-equiv="content-security-policy" content="default-src 'self'"><title>${title}</title><link rel="canonical" href="${siteUrl}${canonical}"></head><body>${body}</body></html>`;

async function output(pages: Record<string, string>, aliases: unknown | null = [{ slug: 'story', file: 'content/articles/2026/story.md', aliases: ['/old/story'] }]) {
  const dir = await mkdtemp(path.join(tmpdir(), 'output-checks-'));
  dirs.push(dir);
  for (const [file, text] of Object.entries(pages)) {
    await mkdir(path.dirname(path.join(dir, file)), { recursive: true });
    await writeFile(path.join(dir, file), text);
  }
  if (aliases !== null) await writeFile(path.join(dir, 'aliases.json'), JSON.stringify(aliases));
  return dir;
}
const read = (dir: string, files: string[]) => Promise.all(files.map(async (f) => [f, { digest: f, facts: readPageFacts(await readFile(path.join(dir, f), 'utf8')) }] as const)).then((e) => new Map(e));

const good = {
  'index.html': html('Home', '/', '<a href="/articles/story/">Story</a>'),
  'articles/story/index.html': html('Story', '/articles/story/', '<a href="/">Home</a> <a href="/old/story">old address</a>'),
};

describe('writeCdnFilesAndCheck', () => {
  it('writes _headers and _redirects, ships no alias list, and sums up a site with nothing wrong', async () => {
    const dir = await output(good);
    const summary = await writeCdnFilesAndCheck(dir, { siteUrl, pages: await read(dir, Object.keys(good)) });
    expect(summary).toMatch(/^_headers: \d+ rules; _redirects: 2 redirects; 2 pages and 2 files checked: no broken links, anchors or images$/);
    expect(existsSync(path.join(dir, 'aliases.json'))).toBe(false);
    expect(await readFile(path.join(dir, '_redirects'), 'utf8')).toMatch(/^\/old\/story \/articles\/story\/ 301$/m);
    expect(await readFile(path.join(dir, '_headers'), 'utf8')).toMatch(/Content-Security-Policy: default-src 'self'/);
  });

  it('refuses to publish a page with a broken link, naming the page and every problem', async () => {
    const pages = { ...good, 'index.html': html('Home', '/', '<a href="/articles/gone/">Gone</a> <a href="/articles/story/#nowhere">x</a>') };
    const dir = await output(pages);
    const error = await writeCdnFilesAndCheck(dir, { siteUrl, pages: await read(dir, Object.keys(pages)) }).catch((e: Error) => e);
    expect(error).toBeInstanceOf(Error);
    const [head, ...lines] = (error as Error).message.split('\n');
    expect(head).toBe('[output] 2 problem(s) in the built site; it was not published:');
    expect(lines).toEqual([expect.stringMatching(/^ {2}\/: broken link: \/articles\/gone\//), expect.stringMatching(/^ {2}\/: broken anchor: \/articles\/story\/#nowhere/)]);
  });

  it('refuses an alias that would hide a live page', async () => {
    const dir = await output(good, [{ slug: 'story', file: 'content/articles/2026/story.md', aliases: ['/'] }]);
    await expect(writeCdnFilesAndCheck(dir, { siteUrl, pages: await read(dir, Object.keys(good)) })).rejects.toThrow(/content\/articles\/2026\/story\.md: aliases: alias "\/" is the address of a live page/);
  });

  it('refuses a page that appeared after the pages were read', async () => {
    const dir = await output(good);
    await expect(writeCdnFilesAndCheck(dir, { siteUrl, pages: await read(dir, ['index.html']) })).rejects.toThrow('[output] 1 page(s) appeared after the pages were read, e.g. articles/story/index.html');
  });

  it('refuses a build without the alias list, saying where it comes from', async () => {
    const dir = await output(good, null);
    await expect(writeCdnFilesAndCheck(dir, { siteUrl, pages: await read(dir, Object.keys(good)) })).rejects.toThrow(/aliases\.json is missing from the build.*src\/pages\/aliases\.json\.ts/);
  });
});
