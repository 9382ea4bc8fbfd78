import { spawnSync } from 'node:child_process';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';

// src/build/reuse/seed-process.ts is the seeding's own process: it writes the record the build reads.
const script = fileURLToPath(new URL('../../../../src/build/reuse/seed-process.ts', import.meta.url));
let root: string;
beforeEach(async () => {
  root = await mkdtemp(path.join(os.tmpdir(), 'seed-process-'));
});
afterEach(() => rm(root, { recursive: true, force: true }));

describe('seed-process', () => {
  it('puts the cached pages in place and records them, with the manifest time and the images', async () => {
    await mkdir(path.join(root, 'cache/dist/articles/a'), { recursive: true });
    await writeFile(path.join(root, 'cache/dist/articles/a/index.html'), '<p>a</p>');
    const manifest = { routes: { r: { paths: { '/articles/a/': { outputFile: 'articles/a/index.html' } } } } };
    await writeFile(path.join(root, 'cache/incremental-build.json'), JSON.stringify(manifest));
    const run = spawnSync(process.execPath, [script, path.join(root, 'out'), path.join(root, 'cache'), '_astro', path.join(root, 'seeds.json')], { encoding: 'utf8' });
    expect(run.status, run.stderr).toBe(0);
    expect(await readFile(path.join(root, 'out/articles/a/index.html'), 'utf8')).toBe('<p>a</p>');
    const record = JSON.parse(await readFile(path.join(root, 'seeds.json'), 'utf8'));
    expect(record.files.map(([file]: [string]) => file)).toEqual(['articles/a/index.html']);
    expect(record.manifestTime).toBeGreaterThan(0);
    expect(record.images).toEqual([]);
    expect(record.assetsDir).toBe('_astro');
    expect(typeof record.seconds).toBe('number');
  });

  it('records why it failed, so the build waiting for it fails with the reason', async () => {
    await mkdir(path.join(root, 'cache/dist/articles/a'), { recursive: true });
    await writeFile(path.join(root, 'cache/dist/articles/a/index.html'), '<p>a</p>');
    await writeFile(path.join(root, 'cache/incremental-build.json'), JSON.stringify({ routes: { r: { paths: { '/articles/a/': { outputFile: 'articles/a/index.html' } } } } }));
    await mkdir(path.join(root, 'out'));
    await writeFile(path.join(root, 'out/articles'), 'a file where a folder must go');
    const run = spawnSync(process.execPath, [script, path.join(root, 'out'), path.join(root, 'cache'), '_astro', path.join(root, 'seeds.json')], { encoding: 'utf8' });
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('could not put the cached pages in place');
    expect(JSON.parse(await readFile(path.join(root, 'seeds.json'), 'utf8')).error).toMatch(/EEXIST|ENOTDIR/);
  });

  it('exits 1 and says why when it is started without its arguments', () => {
    const run = spawnSync(process.execPath, [script], { encoding: 'utf8' });
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('usage: seed-process.ts <outDir> <cacheDir> <assetsDir> <record.json>');
  });
});
