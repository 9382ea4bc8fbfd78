import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { deployDiff, diffTrees, hashTree, sameTree, treeSize } from '../../../scripts/bench/tree-hash.ts';

let scratch: string;
beforeAll(async () => {
  scratch = await mkdtemp(path.join(os.tmpdir(), 'tree-hash-'));
});
afterAll(async () => {
  await rm(scratch, { recursive: true, force: true });
});

/** Writes `files` (relative path → bytes) into a new folder named `name` under the scratch folder. */
async function tree(name: string, files: Record<string, string | Uint8Array>): Promise<string> {
  const dir = path.join(scratch, name);
  for (const [file, bytes] of Object.entries(files)) {
    await mkdir(path.dirname(path.join(dir, file)), { recursive: true });
    await writeFile(path.join(dir, file), bytes);
  }
  return dir;
}

/** A small built site: pages in folders, a feed, hashed assets, an empty file. */
const site: Record<string, string> = {
  'index.html': '<h1>The Atlas Courier</h1>',
  'news/port-record/index.html': '<p>Record year</p>',
  'news/index.html': '<ul></ul>',
  'rss.xml': '<rss/>',
  '_astro/site.abc123.css': 'body{}',
  '_astro/search.def456.js': 'export{}',
  '.nojekyll': '',
};

describe('hashTree', () => {
  it('keys every file, nested and hidden ones too, by its path with forward slashes, in sorted order', async () => {
    const hashes = await hashTree(await tree('keys', site));
    expect([...hashes.keys()]).toEqual(Object.keys(site).sort());
    expect(hashes.get('.nojekyll')).toBe('e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855');
    for (const hash of hashes.values()) expect(hash).toMatch(/^[0-9a-f]{64}$/);
  });

  it('hashes every file of a tree larger than its pool of readers', async () => {
    const many = Object.fromEntries(Array.from({ length: 100 }, (_, i) => [`p/${i}/index.html`, `page ${i}`]));
    const hashes = await hashTree(await tree('many', many));
    expect(hashes.size).toBe(100);
    expect(new Set(hashes.values()).size).toBe(100);
  });

  it('is empty for an empty folder', async () => {
    const dir = path.join(scratch, 'empty');
    await mkdir(dir);
    expect((await hashTree(dir)).size).toBe(0);
  });
});

describe('diffTrees and sameTree: the proof that a rebuild equals a cold build', () => {
  let cold: Map<string, string>;
  beforeAll(async () => {
    cold = await hashTree(await tree('cold', site));
  });

  it('calls two separately written, identical trees identical', async () => {
    const rebuilt = await hashTree(await tree('same', site));
    const diff = diffTrees(cold, rebuilt);
    expect(diff).toEqual({ added: [], removed: [], changed: [] });
    expect(sameTree(diff)).toBe(true);
  });

  it('notices one changed byte', async () => {
    const rebuilt = await hashTree(await tree('one-byte', { ...site, 'news/port-record/index.html': '<p>Record yeaR</p>' }));
    const diff = diffTrees(cold, rebuilt);
    expect(diff).toEqual({ added: [], removed: [], changed: ['news/port-record/index.html'] });
    expect(sameTree(diff)).toBe(false);
  });

  it('notices one changed byte in a binary file of the same size', async () => {
    const a = new Uint8Array(4096).fill(7);
    const b = a.slice();
    b[2048] = 8;
    const diff = diffTrees(await hashTree(await tree('bin-a', { 'img.png': a })), await hashTree(await tree('bin-b', { 'img.png': b })));
    expect(diff.changed).toEqual(['img.png']);
  });

  it('notices an extra file', async () => {
    const rebuilt = await hashTree(await tree('extra', { ...site, 'news/stale/index.html': '<p>old</p>' }));
    const diff = diffTrees(cold, rebuilt);
    expect(diff).toEqual({ added: ['news/stale/index.html'], removed: [], changed: [] });
    expect(sameTree(diff)).toBe(false);
  });

  it('notices a missing file', async () => {
    const { 'rss.xml': _dropped, ...rest } = site;
    const diff = diffTrees(cold, await hashTree(await tree('missing', rest)));
    expect(diff).toEqual({ added: [], removed: ['rss.xml'], changed: [] });
    expect(sameTree(diff)).toBe(false);
  });

  it('notices a file that moved to another folder', async () => {
    const { 'rss.xml': feed, ...rest } = site;
    const diff = diffTrees(cold, await hashTree(await tree('moved', { ...rest, 'feeds/rss.xml': feed! })));
    expect(diff).toEqual({ added: ['feeds/rss.xml'], removed: ['rss.xml'], changed: [] });
  });
});

describe('deployDiff', () => {
  const h = (entries: Record<string, string>) => new Map(Object.entries(entries));
  const cold = h({ 'index.html': '1', '_astro/site.new.css': '2' });

  it('leaves out the scripts, styles and fonts the rebuild carried over unchanged from the dist/ it replaced', () => {
    const carried = { '_astro/site.old.css': 'c', '_astro/app.old.js': 'j', '_astro/chunk.old.mjs': 'm', '_astro/font.old.woff2': 'w', '_astro/font.old.ttf': 't', '_astro/x.old.wasm': 'a' };
    const rebuilt = h({ ...Object.fromEntries(cold), ...carried });
    const diff = deployDiff(cold, rebuilt, h(carried));
    expect(diff).toEqual({ added: [], removed: [], changed: [] });
    expect(sameTree(diff)).toBe(true);
  });

  it('still reports a carried-over name whose bytes are not those of the previous dist/', () => {
    const rebuilt = h({ ...Object.fromEntries(cold), '_astro/site.old.css': 'edited' });
    expect(deployDiff(cold, rebuilt, h({ '_astro/site.old.css': 'c' })).added).toEqual(['_astro/site.old.css']);
  });

  it('still reports an extra asset the previous dist/ did not have', () => {
    const rebuilt = h({ ...Object.fromEntries(cold), '_astro/site.old.css': 'c' });
    expect(deployDiff(cold, rebuilt, new Map()).added).toEqual(['_astro/site.old.css']);
  });

  it('still reports extra pages, images and files outside _astro/, even when the previous dist/ had them', () => {
    const extra = { 'old/index.html': 'p', '_astro/photo.old.webp': 'i', 'assets/site.old.css': 's' };
    const rebuilt = h({ ...Object.fromEntries(cold), ...extra });
    expect(deployDiff(cold, rebuilt, h(extra)).added).toEqual(Object.keys(extra));
  });

  it('still reports missing and changed files', () => {
    const rebuilt = h({ 'index.html': 'changed' });
    expect(deployDiff(cold, rebuilt, cold)).toEqual({ added: [], removed: ['_astro/site.new.css'], changed: ['index.html'] });
  });
});

describe('treeSize', () => {
  it('counts the files and bytes below a folder, optionally only those a filter keeps', async () => {
    const dir = await tree('size', { 'index.html': '12345', 'a/index.html': '123', 'a/b/c.css': '1234567', 'empty.txt': '' });
    expect(await treeSize(dir)).toEqual({ files: 4, bytes: 15 });
    expect(await treeSize(dir, (rel) => rel.endsWith('.html'))).toEqual({ files: 2, bytes: 8 });
  });

  it('gives the filter paths relative to the folder', async () => {
    const dir = await tree('size-rel', { 'pagefind/index.json': 'xx', 'index.html': 'y' });
    const seen: string[] = [];
    await treeSize(dir, (rel) => (seen.push(rel), true));
    expect(seen.sort()).toEqual(['index.html', path.join('pagefind', 'index.json')]);
  });

  it('is zero for a folder that does not exist', async () => {
    expect(await treeSize(path.join(scratch, 'no-such-folder'))).toEqual({ files: 0, bytes: 0 });
  });
});
