import { existsSync } from 'node:fs';
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bodyCacheDir, hasBody, pruneBodies, readBody, useBodyCache, writeBody } from '../../../src/content/body-cache.ts';

// Real files in a fresh folder: the cache is a folder of `<digest>.html` files that the content
// loader writes and the pages of the same process read back.
// The folder is announced on the global object; put back whatever was there for other test files.
const FOLDER = Symbol.for('newsroom.bodyCacheDir');
const announced = (globalThis as Record<symbol, unknown>)[FOLDER];
let root: string;
beforeAll(async () => {
  root = await mkdtemp(path.join(tmpdir(), 'body-cache-'));
});
afterAll(async () => {
  (globalThis as Record<symbol, unknown>)[FOLDER] = announced;
  await rm(root, { recursive: true, force: true });
});

const BODY = '<p>Fish &amp; chips: <em>خبر</em> 🐟</p>\n';

describe('the body cache folder', () => {
  it('sits inside the cache folder it is given, under its own name', () => {
    expect(bodyCacheDir('/srv/site/.astro')).toBe(path.join('/srv/site/.astro', 'newsroom-bodies'));
  });
});

describe('writing and finding bodies', () => {
  it('creates missing folders, and a written body is found and read back as written', async () => {
    // Two levels that do not exist yet: the first build of a clean clone.
    const dir = path.join(root, 'fresh', 'newsroom-bodies');
    expect(hasBody(dir, 'abc123')).toBe(false);
    await writeBody(dir, 'abc123', BODY);
    expect(hasBody(dir, 'abc123')).toBe(true);
    expect(hasBody(dir, 'abc124')).toBe(false);
    expect(await readFile(path.join(dir, 'abc123.html'), 'utf8')).toBe(BODY);
  });

  it('leaves only the body file behind (no temporary file), and a rewrite replaces it', async () => {
    const dir = path.join(root, 'rewrite');
    await writeBody(dir, 'd1', '<p>first</p>');
    await writeBody(dir, 'd1', '<p>second</p>');
    expect(await readdir(dir)).toEqual(['d1.html']);
    expect(await readFile(path.join(dir, 'd1.html'), 'utf8')).toBe('<p>second</p>');
  });
});

describe('pruning', () => {
  it('removes the bodies the store no longer refers to, keeps the others, and says how many went', async () => {
    const dir = path.join(root, 'prune');
    for (const d of ['keep1', 'keep2', 'old1', 'old2']) await writeBody(dir, d, `<p>${d}</p>`);
    // A stray file from a crashed write is not a body anyone keeps.
    await writeFile(path.join(dir, 'keep1.html.999.tmp'), 'half');
    expect(await pruneBodies(dir, new Set(['keep1', 'keep2']))).toBe(3);
    expect((await readdir(dir)).sort()).toEqual(['keep1.html', 'keep2.html']);
    expect(await readFile(path.join(dir, 'keep2.html'), 'utf8')).toBe('<p>keep2</p>');
  });

  it('matches a digest only by the whole file name, not a part of it', async () => {
    const dir = path.join(root, 'prune-names');
    await writeBody(dir, 'x', '<p>x</p>');
    // Neither `x.htmlz` nor `.htmlx` is the body of `x`: a digest followed by `.html` and nothing else is.
    await writeFile(path.join(dir, 'x.htmlz'), 'other');
    await writeFile(path.join(dir, '.htmlx'), 'other');
    expect(await pruneBodies(dir, new Set(['x']))).toBe(2);
    expect(await readdir(dir)).toEqual(['x.html']);
  });

  it('counts nothing to prune when the folder does not exist yet', async () => {
    const dir = path.join(root, 'never-written');
    expect(await pruneBodies(dir, new Set())).toBe(0);
    expect(existsSync(dir)).toBe(false);
  });
});

describe('reading bodies from a page', () => {
  it('reads the body by digest from the folder the loader announced', async () => {
    const dir = path.join(root, 'announced');
    await writeBody(dir, 'feed1', BODY);
    useBodyCache(dir);
    expect(await readBody('feed1', 'fish-and-chips')).toBe(BODY);
  });

  it('names the article and the folder when its body is missing', async () => {
    const dir = path.join(root, 'announced-empty');
    useBodyCache(dir);
    const error = await readBody('nothere', 'lost-story').catch((e: Error) => e);
    expect(error).toBeInstanceOf(Error);
    expect((error as Error).message).toContain('"lost-story"');
    expect((error as Error).message).toContain(dir);
    expect((error as Error).message).toContain('nothere');
    // The file system's own error stays attached, for whoever debugs it.
    expect(((error as Error).cause as NodeJS.ErrnoException).code).toBe('ENOENT');
  });

  it('says the loader has not run when no folder was announced in this process', async () => {
    delete (globalThis as Record<symbol, unknown>)[FOLDER];
    await expect(readBody('feed1', 'fish-and-chips')).rejects.toThrow(/"fish-and-chips".*content loader has not run/);
  });
});
