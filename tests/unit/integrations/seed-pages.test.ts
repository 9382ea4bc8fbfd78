import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Plugin } from 'vite';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startSeeding } from '../../../src/build/reuse/seeding.ts';
import { seedCachedPages } from '../../../src/integrations/seed-pages.ts';

// scripts/build.mjs starts the seeding (Astro's cached pages copied and its processed images
// linked into the output folder, in a process of its own) before Astro; the integration's Vite
// plugin holds page generation until the seeding's record is there, and at the end it removes
// the seeded images Astro did not use.
let root: string;
const logged: string[] = [];

beforeEach(async () => {
  root = await mkdtemp(path.join(os.tmpdir(), 'seed-integration-'));
  const page = 'articles/a/index.html';
  await mkdir(path.join(root, 'cache/dist/articles/a'), { recursive: true });
  await writeFile(path.join(root, 'cache/dist', page), '<p>cached</p>');
  const manifest = { routes: { 'src/pages/articles/[slug].astro': { paths: { '/articles/a/': { outputFile: page } } } } };
  await writeFile(path.join(root, 'cache/incremental-build.json'), JSON.stringify(manifest));
  // Two processed images in Astro's image cache, each with its note.
  await mkdir(path.join(root, 'cache/assets'), { recursive: true });
  for (const name of ['kept.abc_1.webp', 'gone.def_2.webp']) {
    await writeFile(path.join(root, 'cache/assets', name), `bytes of ${name}`);
    await writeFile(path.join(root, 'cache/assets', `${name}.json`), '{}');
  }
  await mkdir(path.join(root, 'out'));
  logged.length = 0;
});
afterEach(async () => {
  delete process.env['NEWSROOM_SEEDS_FILE'];
  delete (globalThis as { astroAsset?: unknown }).astroAsset;
  await rm(root, { recursive: true, force: true });
});

let integration: ReturnType<typeof seedCachedPages>;

/** Starts the seeding as scripts/build.mjs does. */
const seed = () => startSeeding(path.join(root, 'out'), path.join(root, 'cache'), '_astro', path.join(root, 'seeds.json'));

/** Runs the integration's config hook as Astro would, for `command`; returns the Vite plugins it added. */
function setUp(command: 'build' | 'dev' | 'preview' | 'sync'): Plugin[] {
  const plugins: Plugin[] = [];
  integration = seedCachedPages();
  const hook = integration.hooks['astro:config:setup']!;
  const config = { outDir: pathToFileURL(`${root}/out/`), cacheDir: pathToFileURL(`${root}/cache/`), build: { assets: '_astro' } };
  const logger = { info: (m: string) => logged.push(m) };
  void hook({ command, config, logger, updateConfig: (c: { vite: { plugins: Plugin[] } }) => plugins.push(...c.vite.plugins) } as never);
  return plugins;
}

async function waitOn(plugin: Plugin): Promise<void> {
  const buildApp = plugin.buildApp as { order: string; handler: () => Promise<void> };
  await buildApp.handler();
}

describe('seedCachedPages', () => {
  it('holds page generation until the seeding has recorded the pages it put in place', async () => {
    process.env['NEWSROOM_SEEDS_FILE'] = path.join(root, 'seeds.json');
    const [wait, ...others] = setUp('build');
    expect(others).toEqual([]);
    // A `post` buildApp hook without `enforce`: it runs after Vite has bundled, before Astro's own
    // generation plugin, which is `enforce: 'post'`.
    expect(wait!.enforce).toBeUndefined();
    expect((wait!.buildApp as { order: string }).order).toBe('post');
    let done = false;
    const waiting = waitOn(wait!).then(() => (done = true));
    await new Promise((r) => setTimeout(r, 150));
    expect(done).toBe(false);
    await seed();
    await waiting;
    expect(await readFile(path.join(root, 'out/articles/a/index.html'), 'utf8')).toBe('<p>cached</p>');
    const record = JSON.parse(await readFile(path.join(root, 'seeds.json'), 'utf8'));
    const { mtimeMs } = await stat(path.join(root, 'out/articles/a/index.html'));
    const cached = await stat(path.join(root, 'cache/dist/articles/a/index.html'), { bigint: true });
    expect(record.files).toEqual([['articles/a/index.html', mtimeMs, `${cached.ino}:${cached.size}:${cached.mtimeNs}`]]);
    expect(record.manifestTime).toBe((await stat(path.join(root, 'cache/incremental-build.json'))).mtimeMs);
    expect(logged.join('\n')).toMatch(/put 1 cached pages (and 2 cached images )?in place/);
  });

  it.runIf(process.platform === 'linux')('links the cached images into the output, and removes those Astro did not produce once it is done', async () => {
    process.env['NEWSROOM_SEEDS_FILE'] = path.join(root, 'seeds.json');
    await seed();
    const [wait] = setUp('build');
    await waitOn(wait!);
    const out = (name: string) => path.join(root, 'out/_astro', name);
    // Links: the output's file is the cache's (so Astro's copy onto it copies nothing).
    expect((await stat(out('kept.abc_1.webp'))).ino).toBe((await stat(path.join(root, 'cache/assets/kept.abc_1.webp'))).ino);
    expect(existsSync(out('gone.def_2.webp'))).toBe(true);
    expect(existsSync(out('kept.abc_1.webp.json'))).toBe(false);
    // Astro lists what it produced (one of the two images) before `astro:build:done`.
    const transforms = new Map([['h', { finalPath: '/_astro/kept.abc_1.webp' }]]);
    (globalThis as { astroAsset?: unknown }).astroAsset = { staticImages: new Map([['/src/kept.jpg', { transforms }]]) };
    await integration.hooks['astro:build:done']!({ dir: pathToFileURL(`${root}/out/`), logger: { info: (m: string) => logged.push(m) } } as never);
    expect(existsSync(out('gone.def_2.webp'))).toBe(false);
    expect(await readFile(out('kept.abc_1.webp'), 'utf8')).toBe('bytes of kept.abc_1.webp');
    // The cache keeps both: pruning it is scripts/build.mjs's job, after the whole build.
    expect(existsSync(path.join(root, 'cache/assets/gone.def_2.webp'))).toBe(true);
    expect(logged.join('\n')).toMatch(/removed 1 cached image\(s\) this build does not use, e\.g\. _astro\/gone\.def_2\.webp/);
  });

  it('fails the build at the wait when a page cannot be put in place, saying why', async () => {
    process.env['NEWSROOM_SEEDS_FILE'] = path.join(root, 'seeds.json');
    // A file where the page's folder must go.
    await writeFile(path.join(root, 'out/articles'), 'in the way');
    const [wait] = setUp('build');
    await seed();
    await expect(waitOn(wait!)).rejects.toThrow(/putting the cached pages in place failed: .*(EEXIST|ENOTDIR)/);
    expect(logged).toEqual([]);
  });

  it.runIf(process.platform === 'linux')('fails the build when the images were seeded into another folder than Astro writes to', async () => {
    process.env['NEWSROOM_SEEDS_FILE'] = path.join(root, 'seeds.json');
    await startSeeding(path.join(root, 'out'), path.join(root, 'cache'), 'assets', path.join(root, 'seeds.json'));
    const [wait] = setUp('build');
    await expect(waitOn(wait!)).rejects.toThrow(/put in assets\/, but Astro writes its images to _astro\//);
  });

  it('waits for nothing in a plain `astro build` (no record asked for), nor in other commands', async () => {
    expect(setUp('build')).toEqual([]);
    process.env['NEWSROOM_SEEDS_FILE'] = path.join(root, 'seeds.json');
    for (const command of ['dev', 'preview', 'sync'] as const) expect(setUp(command)).toEqual([]);
  });
});
