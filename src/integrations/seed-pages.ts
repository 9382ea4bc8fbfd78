import { spawn } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import type { Plugin } from 'vite';
import { removeUnusedImages } from '../build/seed-pages.ts';

/**
 * Puts the pages and processed images Astro may reuse into the output folder while Astro syncs
 * the content and bundles the code, which touch no page, and holds page generation back until
 * every copy is done: a page Astro renders must never be overwritten by a late copy
 * (src/build/seed-pages.ts says why they are seeded at all). At 10,000 articles the copy took
 * ~4 s before Astro started; now it runs beside Astro's first ~7 s. Once Astro has written its
 * images (`astro:build:done`), the seeded images it did not use are removed.
 *
 * The copying runs in a process of its own (src/build/seed-process.ts): in Astro's, its file
 * operations held back Vite's and the content loader's reads, which share four I/O threads.
 *
 * In: NEWSROOM_SEEDS_FILE, set by scripts/build.mjs (`npm run build`) for a build that may
 * reuse pages; with it unset (plain `astro build`, `--force`), nothing is seeded. Out: that file,
 * the seeds as JSON (`{ files: [[path, mtimeMs], …], manifestTime, images, seconds }`), which
 * scripts/build.mjs reads after Astro has exited to remove the seeded pages this build no longer has.
 */
export function seedCachedPages(): AstroIntegration {
  /** The cached images linked into the output (src/build/seed-pages.ts, `seedImages`), once seeded. */
  let images: string[] | undefined;
  return {
    name: 'newsroom:seed-pages',
    hooks: {
      'astro:config:setup': ({ command, config, logger, updateConfig }) => {
        const record = process.env['NEWSROOM_SEEDS_FILE'];
        if (command !== 'build' || !record) return;
        const child = spawn(process.execPath, [SEED_PROCESS, fileURLToPath(config.outDir), fileURLToPath(config.cacheDir), config.build.assets, record], {
          stdio: ['ignore', 'inherit', 'inherit'],
        });
        const seeding = new Promise<void>((resolve, reject) => {
          child.on('error', reject);
          child.on('close', (status, signal) => (status === 0 ? resolve() : reject(new Error(`[newsroom:seed-pages] seeding the cached pages failed (${signal ?? `exit code ${status}`})`))));
        }).then(async () => {
          const seeds = JSON.parse(await readFile(record, 'utf8')) as { files: unknown[]; images: string[]; seconds: number };
          images = seeds.images;
          const what = [...(seeds.files.length ? [`${seeds.files.length} cached pages`] : []), ...(seeds.images.length ? [`${seeds.images.length} cached images`] : [])];
          if (what.length) logger.info(`put ${what.join(' and ')} in place for Astro to reuse in ${seeds.seconds.toFixed(1)} s`);
        });
        // A failed copy fails the build at the wait below, not as an unhandled rejection before it.
        seeding.catch(() => {});
        // Vite runs the `post` buildApp hooks in plugin order, after bundling: this plugin (normal
        // order) before Astro's own page generation (`astro:build-generate`, enforce: post).
        const waitForSeeds: Plugin = { name: 'newsroom:wait-for-seeds', buildApp: { order: 'post', handler: () => seeding } };
        updateConfig({ vite: { plugins: [waitForSeeds] } });
      },
      'astro:build:done': async ({ dir, logger }) => {
        if (!images) return;
        const removed = await removeUnusedImages(fileURLToPath(dir), images, generatedImages());
        if (removed.length) logger.info(`removed ${removed.length} cached image(s) this build does not use, e.g. ${removed[0]}`);
      },
    },
  };
}

/** The seeding's own process. */
const SEED_PROCESS = fileURLToPath(new URL('../build/seed-process.ts', import.meta.url));

/**
 * The images this build produced, as paths relative to the output folder: Astro lists them,
 * reused or made, in `globalThis.astroAsset.staticImages` (astro/dist/assets/build/generate.js)
 * before `astro:build:done`. Should that list ever be missing, every seeded image is removed and
 * the output checks (src/build/output-checks.ts) fail the build on the pages' broken images.
 */
function generatedImages(): Set<string> {
  const list = (globalThis as { astroAsset?: { staticImages?: Map<string, { transforms: Map<string, { finalPath: string }> }> } }).astroAsset?.staticImages;
  const used = new Set<string>();
  for (const { transforms } of list?.values() ?? []) for (const { finalPath } of transforms.values()) used.add(finalPath.replace(/^\//, ''));
  return used;
}
