import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { seedsWhenDone, startSeeding, writeSeedsRecord } from '../../../../src/build/reuse/seeding.ts';

// src/build/reuse/seeding.ts: scripts/build.mjs starts the seeding before Astro; the integration waits
// for its record. The wait must end however the seeding ends.
let root: string;
beforeEach(async () => {
  root = await mkdtemp(path.join(os.tmpdir(), 'seeding-'));
});
afterEach(() => rm(root, { recursive: true, force: true }));

describe('startSeeding', () => {
  it('resolves once the pages are in place, their record written', async () => {
    await mkdir(path.join(root, 'cache/dist/a'), { recursive: true });
    await writeFile(path.join(root, 'cache/dist/a/index.html'), '<p>a</p>');
    await writeFile(path.join(root, 'cache/incremental-build.json'), JSON.stringify({ routes: { r: { paths: { '/a/': { outputFile: 'a/index.html' } } } } }));
    const record = path.join(root, 'seeds.json');
    await startSeeding(path.join(root, 'out'), path.join(root, 'cache'), '_astro', record);
    expect(await readFile(path.join(root, 'out/a/index.html'), 'utf8')).toBe('<p>a</p>');
    const seeds = await seedsWhenDone(record);
    expect(seeds.files.map(([file]) => file)).toEqual(['a/index.html']);
  });

  it('resolves when the seeding fails too, its record saying why', async () => {
    await mkdir(path.join(root, 'cache/dist/a'), { recursive: true });
    await writeFile(path.join(root, 'cache/dist/a/index.html'), '<p>a</p>');
    await writeFile(path.join(root, 'cache/incremental-build.json'), JSON.stringify({ routes: { r: { paths: { '/a/': { outputFile: 'a/index.html' } } } } }));
    // A file where the output folder must go.
    await writeFile(path.join(root, 'out'), 'in the way');
    const record = path.join(root, 'seeds.json');
    await startSeeding(path.join(root, 'out'), path.join(root, 'cache'), '_astro', record);
    await expect(seedsWhenDone(record)).rejects.toThrow(/putting the cached pages in place failed: .*(ENOTDIR|EEXIST)/);
  });
});

describe('seedsWhenDone', () => {
  it('waits until the record is there', async () => {
    const record = path.join(root, 'seeds.json');
    let seen = false;
    const waiting = seedsWhenDone(record, 5).then((seeds) => ((seen = true), seeds));
    await new Promise((r) => setTimeout(r, 60));
    expect(seen).toBe(false);
    await writeSeedsRecord(record, { files: [['a/index.html', 1, '7:8:9']], manifestTime: 2, images: [], assetsDir: '_astro', seconds: 0.1 });
    expect((await waiting).manifestTime).toBe(2);
  });

  it('rejects with the seeding failure the record holds', async () => {
    const record = path.join(root, 'seeds.json');
    await writeSeedsRecord(record, { error: 'disk full' });
    await expect(seedsWhenDone(record)).rejects.toThrow('putting the cached pages in place failed: disk full');
  });
});
