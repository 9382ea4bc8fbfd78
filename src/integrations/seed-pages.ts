import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import type { Plugin } from 'vite';
import { removeUnusedImages } from '../build/reuse/seed-pages.ts';
import { seedsWhenDone } from '../build/reuse/seeding.ts';

/**
 * Holds page generation back until the pages and processed images Astro may reuse are in the
 * output folder: a page Astro renders must never be overwritten by a late copy
 * (src/build/reuse/seed-pages.ts says why they are seeded at all). scripts/build.mjs starts the
 * seeding in a process of its own (src/build/reuse/seeding.ts) before Astro, so the copies run beside
 * Astro's start, content sync and bundling, which touch no page. Once Astro has written its
 * images (`astro:build:done`), the seeded images it did not use are removed.
 *
 * In: NEWSROOM_SEEDS_FILE, set by scripts/build.mjs (`npm run build`) for a build that may
 * reuse pages: the record the seeding writes when it ends (`SeedsRecord`), which scripts/build.mjs
 * reads again after Astro has exited to remove the seeded pages this build no longer has. With it
 * unset (plain `astro build`, `--force`), nothing is seeded and nothing waits.
 */
export function seedCachedPages(): AstroIntegration {
  /** The cached images linked into the output (src/build/reuse/seed-pages.ts, `seedImages`), once seeded. */
  let images: string[] | undefined;
  return {
    name: 'newsroom:seed-pages',
    hooks: {
      'astro:config:setup': ({ command, config, logger, updateConfig }) => {
        const record = process.env['NEWSROOM_SEEDS_FILE'];
        if (command !== 'build' || !record) return;
        const seeding = seedsWhenDone(record).then((seeds) => {
          if (seeds.images.length && seeds.assetsDir !== config.build.assets) {
            throw new Error(`[newsroom:seed-pages] the cached images were put in ${seeds.assetsDir}/, but Astro writes its images to ${config.build.assets}/ (build.assets); scripts/build.mjs must seed into the same folder`);
          }
          images = seeds.images;
          const what = [...(seeds.files.length ? [`${seeds.files.length} cached pages`] : []), ...(seeds.images.length ? [`${seeds.images.length} cached images`] : [])];
          if (what.length) logger.info(`put ${what.join(' and ')} in place for Astro to reuse in ${seeds.seconds.toFixed(1)} s`);
        });
        // A failed seeding fails the build at the wait below, not as an unhandled rejection before it.
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

/**
 * The images this build produced, as paths relative to the output folder: Astro lists them,
 * reused or made, in `globalThis.astroAsset.staticImages` (astro/dist/assets/build/generate.js)
 * before `astro:build:done`. Should that list ever be missing, every seeded image is removed and
 * the output checks (src/build/checks/output-checks.ts) fail the build on the pages' broken images.
 */
function generatedImages(): Set<string> {
  const list = (globalThis as { astroAsset?: { staticImages?: Map<string, { transforms: Map<string, { finalPath: string }> }> } }).astroAsset?.staticImages;
  const used = new Set<string>();
  for (const { transforms } of list?.values() ?? []) for (const { finalPath } of transforms.values()) used.add(finalPath.replace(/^\//, ''));
  return used;
}
