import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, rm, stat, utimes, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { manifestOutputFiles, removeStaleSeeds, removeUnusedImages, seedImages, seedPages, untouchedSeeds } from '../../../../src/build/reuse/seed-pages.ts';

// Astro's incremental-build cache as it lays it out: a manifest of reusable pages and a copy of
// each page under dist/. scripts/build.mjs seeds a new output folder from it before `astro build`.
let cacheDir: string;
let outDir: string;

async function writeCache(pages: Record<string, string>, extraPaths: Record<string, unknown> = {}) {
  const paths: Record<string, unknown> = { ...extraPaths };
  for (const [file, html] of Object.entries(pages)) {
    // Astro records the output file URL-encoded and keeps the cached copy under the plain name.
    paths[`/${file.replace(/index\.html$/, '')}`] = { cacheKey: 'k', outputFile: encodeURI(file) };
    await mkdir(path.dirname(path.join(cacheDir, 'dist', file)), { recursive: true });
    await writeFile(path.join(cacheDir, 'dist', file), html);
  }
  const manifest = { version: 1, configHash: 'c', lockfileHash: 'l', keyDigest: 'd', routes: { 'src/pages/articles/[slug].astro': { dependencyHash: 'h', paths } } };
  await writeFile(path.join(cacheDir, 'incremental-build.json'), JSON.stringify(manifest));
}

/** Marks a file as written `seconds` from now, as Astro's writes come seconds after the seeding. */
async function touchLater(file: string, seconds = 5) {
  const later = new Date(Date.now() + seconds * 1000);
  await utimes(file, later, later);
}

beforeEach(async () => {
  const root = await mkdtemp(path.join(os.tmpdir(), 'seed-pages-'));
  cacheDir = path.join(root, 'cache');
  outDir = path.join(root, 'out');
  await mkdir(cacheDir, { recursive: true });
  await mkdir(outDir, { recursive: true });
});
afterEach(() => rm(path.dirname(cacheDir), { recursive: true, force: true }));

describe('seedPages', () => {
  it('copies every page the manifest records into the output folder', async () => {
    await writeCache({ 'articles/a/index.html': '<p>a</p>', 'tag/x/2/index.html': '<p>x2</p>' });
    const seeds = await seedPages(outDir, cacheDir);
    expect([...seeds.files.keys()].sort()).toEqual(['articles/a/index.html', 'tag/x/2/index.html']);
    expect(await readFile(path.join(outDir, 'articles/a/index.html'), 'utf8')).toBe('<p>a</p>');
    expect(await readFile(path.join(outDir, 'tag/x/2/index.html'), 'utf8')).toBe('<p>x2</p>');
  });

  it('finds the cached copy of a page whose address is not ASCII (a tag in Arabic or with accents)', async () => {
    await writeCache({ 'tag/économie/index.html': '<p>é</p>', 'tag/اقتصاد/index.html': '<p>ا</p>' });
    const seeds = await seedPages(outDir, cacheDir);
    expect([...seeds.files.keys()].sort()).toEqual(['tag/اقتصاد/index.html', 'tag/économie/index.html'].sort());
    expect(await readFile(path.join(outDir, 'tag/économie/index.html'), 'utf8')).toBe('<p>é</p>');
  });

  it('skips a page whose cached copy is gone and any path that leaves the output folder', async () => {
    await writeCache({ 'articles/a/index.html': '<p>a</p>' }, {
      '/gone/': { cacheKey: 'k', outputFile: 'gone/index.html' },
      '/evil/': { cacheKey: 'k', outputFile: '../evil.html' },
      '/abs/': { cacheKey: 'k', outputFile: '/etc/passwd' },
    });
    expect(await manifestOutputFiles(cacheDir)).toEqual(new Set(['articles/a/index.html', 'gone/index.html']));
    const seeds = await seedPages(outDir, cacheDir);
    expect([...seeds.files.keys()]).toEqual(['articles/a/index.html']);
    expect(existsSync(path.join(outDir, 'gone/index.html'))).toBe(false);
    // Not even its folder: a cold build has no empty `gone/`, and the output must be the same.
    expect(existsSync(path.join(outDir, 'gone'))).toBe(false);
    expect(existsSync(path.join(path.dirname(outDir), 'evil.html'))).toBe(false);
  });

  it('seeds nothing without a readable manifest (a first build, or a cache from elsewhere)', async () => {
    expect((await seedPages(outDir, cacheDir)).files.size).toBe(0);
    await writeFile(path.join(cacheDir, 'incremental-build.json'), '{ not json');
    expect((await seedPages(outDir, cacheDir)).files.size).toBe(0);
  });
});

describe('untouchedSeeds', () => {
  it('names each seeded page Astro left as copied with its cached copy\'s stamp, and no page Astro wrote again', async () => {
    await writeCache({ 'articles/a/index.html': '<p>a</p>', 'articles/b/index.html': '<p>b</p>' });
    const seeds = await seedPages(outDir, cacheDir);
    // Astro renders b again: a new modification time.
    await writeFile(path.join(outDir, 'articles/b/index.html'), '<p>b, corrected</p>');
    await touchLater(path.join(outDir, 'articles/b/index.html'));
    const untouched = untouchedSeeds(outDir, seeds);
    expect([...untouched.keys()]).toEqual(['articles/a/index.html']);
    const cached = await stat(path.join(cacheDir, 'dist/articles/a/index.html'), { bigint: true });
    expect(untouched.get('articles/a/index.html')).toBe(`${cached.ino}:${cached.size}:${cached.mtimeNs}`);
  });

  it('gives the cached copy a new stamp once Astro writes it again, even with the same length', async () => {
    await writeCache({ 'articles/a/index.html': '<p>a</p>' });
    const before = untouchedSeeds(outDir, await seedPages(outDir, cacheDir)).get('articles/a/index.html');
    await rm(outDir, { recursive: true });
    await writeFile(path.join(cacheDir, 'dist/articles/a/index.html'), '<p>A</p>');
    await touchLater(path.join(cacheDir, 'dist/articles/a/index.html'));
    const after = untouchedSeeds(outDir, await seedPages(outDir, cacheDir)).get('articles/a/index.html');
    expect(after).toBeDefined();
    expect(after).not.toBe(before);
  });
});

describe('removeStaleSeeds', () => {
  it('removes seeded pages the new build neither kept nor wrote, and folders left empty', async () => {
    await writeCache({ 'articles/kept/index.html': 'kept', 'articles/deleted/index.html': 'old', 'archive/index.html': 'old' });
    const seeds = await seedPages(outDir, cacheDir);
    // The next build: "kept" is reused, "deleted" no longer exists, "archive" lost its cache key
    // and was rendered again.
    await writeCache({ 'articles/kept/index.html': 'kept' });
    await touchLater(path.join(cacheDir, 'incremental-build.json'));
    await writeFile(path.join(outDir, 'archive/index.html'), 'new');
    await touchLater(path.join(outDir, 'archive/index.html'));

    expect(await removeStaleSeeds(outDir, cacheDir, seeds)).toEqual(['articles/deleted/index.html']);
    expect(existsSync(path.join(outDir, 'articles/deleted'))).toBe(false);
    expect(await readFile(path.join(outDir, 'articles/kept/index.html'), 'utf8')).toBe('kept');
    expect(await readFile(path.join(outDir, 'archive/index.html'), 'utf8')).toBe('new');
  });

  it('keeps no seeded page on the old manifest\'s word when the build wrote none (incremental builds switched off)', async () => {
    await writeCache({ 'articles/a/index.html': 'a', 'articles/b/index.html': 'b' });
    const seeds = await seedPages(outDir, cacheDir);
    // Astro rendered "a" again; "b" was deleted from the content; the manifest was left as it was.
    await writeFile(path.join(outDir, 'articles/a/index.html'), 'a again');
    await touchLater(path.join(outDir, 'articles/a/index.html'));
    expect(await removeStaleSeeds(outDir, cacheDir, seeds)).toEqual(['articles/b/index.html']);
    expect(await readFile(path.join(outDir, 'articles/a/index.html'), 'utf8')).toBe('a again');
  });

  it('removes nothing and names nothing when nothing was seeded', async () => {
    await writeCache({});
    expect(await removeStaleSeeds(outDir, cacheDir, { files: new Map(), manifestTime: 0 })).toEqual([]);
  });

  it('does not name a seeded page that is already gone from the output folder', async () => {
    await writeCache({ 'articles/a/index.html': 'a', 'articles/b/index.html': 'b' });
    const seeds = await seedPages(outDir, cacheDir);
    // Neither is in the next manifest; "a" was removed from the output folder by someone else.
    await writeCache({});
    await touchLater(path.join(cacheDir, 'incremental-build.json'));
    await rm(path.join(outDir, 'articles/a/index.html'));
    expect(await removeStaleSeeds(outDir, cacheDir, seeds)).toEqual(['articles/b/index.html']);
  });
});

describe.runIf(process.platform === 'linux')('seedImages and removeUnusedImages', () => {
  it('links every cached image (not the notes) into the assets folder, and removes only the unused ones', async () => {
    await mkdir(path.join(cacheDir, 'assets'), { recursive: true });
    for (const name of ['a.x_1.avif', 'b.y_2.jpg']) {
      await writeFile(path.join(cacheDir, 'assets', name), name);
      await writeFile(path.join(cacheDir, 'assets', `${name}.json`), '{}');
    }
    const linked = await seedImages(outDir, cacheDir, '_astro');
    expect(linked).toEqual(['_astro/a.x_1.avif', '_astro/b.y_2.jpg']);
    for (const file of linked) expect((await stat(path.join(outDir, file))).nlink).toBe(2);
    expect(await removeUnusedImages(outDir, linked, new Set(['_astro/b.y_2.jpg']))).toEqual(['_astro/a.x_1.avif']);
    expect(existsSync(path.join(outDir, '_astro/a.x_1.avif'))).toBe(false);
    expect(await readFile(path.join(outDir, '_astro/b.y_2.jpg'), 'utf8')).toBe('b.y_2.jpg');
    // The cache is left whole.
    expect(existsSync(path.join(cacheDir, 'assets/a.x_1.avif'))).toBe(true);
  });

  it('links nothing when there is no image cache', async () => {
    expect(await seedImages(outDir, cacheDir, '_astro')).toEqual([]);
    expect(existsSync(path.join(outDir, '_astro'))).toBe(false);
  });
});
