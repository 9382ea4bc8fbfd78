import os from 'node:os';
import { seedImages, seedPages } from './seed-pages.ts';
import { writeSeedsRecord } from './seeding.ts';

/**
 * The seeding (src/build/reuse/seed-pages.ts) in a process of its own, started by scripts/build.mjs
 * (src/build/reuse/seeding.ts) before `astro build`. In Astro's process, its 19,000 file operations
 * queued in the same four I/O threads as Vite's and the content loader's reads, and its
 * promises ran on Astro's main thread.
 *
 * Arguments: the output folder, Astro's cache folder, the assets folder (`_astro`) and the record
 * to write (`SeedsRecord`), written whole, also when the seeding fails (`{ error }`, exit code 1).
 */
const [outDir, cacheDir, assetsDir, record] = process.argv.slice(2);
try {
  // Below Astro's priority: Astro's own start and content sync are the longer road.
  try {
    os.setPriority(10);
  } catch {
    // Not allowed here: seed at the same priority.
  }
  if (!outDir || !cacheDir || !assetsDir || !record) throw new Error('usage: seed-process.ts <outDir> <cacheDir> <assetsDir> <record.json>');
  const started = performance.now();
  const [seeds, images] = await Promise.all([seedPages(outDir, cacheDir), seedImages(outDir, cacheDir, assetsDir)]);
  const seconds = (performance.now() - started) / 1000;
  await writeSeedsRecord(record, { files: [...seeds.files].map(([file, { time, origin }]) => [file, time, origin]), manifestTime: seeds.manifestTime, images, assetsDir, seconds });
} catch (error) {
  const why = error instanceof Error ? error.message : String(error);
  console.error(`[newsroom:seed-pages] could not put the cached pages in place: ${why}`);
  if (record) await writeSeedsRecord(record, { error: why }).catch(() => {});
  process.exitCode = 1;
}
