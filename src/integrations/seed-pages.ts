import { writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import type { Plugin } from 'vite';
import { seedPages } from '../build/seed-pages.ts';

/**
 * Puts the pages Astro may reuse into the output folder while Astro syncs the content and
 * bundles the code, which touch no page, and holds page generation back until every copy is
 * done: a page Astro renders must never be overwritten by a late copy (src/build/seed-pages.ts
 * says why the pages are seeded at all). At 10,000 articles the copy took ~4 s before Astro
 * started; now it runs beside Astro's first ~7 s.
 *
 * In: NEWSROOM_SEEDS_FILE, set by scripts/build.mjs (`npm run build`) for a build that may
 * reuse pages; with it unset (plain `astro build`, `--force`), nothing is seeded. Out: that file,
 * the seeds as JSON (`{ files: [[path, mtimeMs], …], manifestTime }`), which scripts/build.mjs
 * reads after Astro has exited to remove the seeded pages this build no longer has.
 */
export function seedCachedPages(): AstroIntegration {
  return {
    name: 'newsroom:seed-pages',
    hooks: {
      'astro:config:setup': ({ command, config, logger, updateConfig }) => {
        const record = process.env['NEWSROOM_SEEDS_FILE'];
        if (command !== 'build' || !record) return;
        const started = performance.now();
        const seeding = seedPages(fileURLToPath(config.outDir), fileURLToPath(config.cacheDir)).then(async (seeds) => {
          await writeFile(record, JSON.stringify({ files: [...seeds.files], manifestTime: seeds.manifestTime }));
          if (seeds.files.size) logger.info(`put ${seeds.files.size} cached pages in place for Astro to reuse in ${((performance.now() - started) / 1000).toFixed(1)} s`);
        });
        // A failed copy fails the build at the wait below, not as an unhandled rejection before it.
        seeding.catch(() => {});
        // Vite runs the `post` buildApp hooks in plugin order, after bundling: this plugin (normal
        // order) before Astro's own page generation (`astro:build-generate`, enforce: post).
        const waitForSeeds: Plugin = { name: 'newsroom:wait-for-seeds', buildApp: { order: 'post', handler: () => seeding } };
        updateConfig({ vite: { plugins: [waitForSeeds] } });
      },
    },
  };
}
