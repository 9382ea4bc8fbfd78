import { writeFile } from 'node:fs/promises';
import os from 'node:os';
import { seedImages, seedPages } from './seed-pages.ts';

/**
 * The seeding (src/build/seed-pages.ts) in a process of its own, started by
 * src/integrations/seed-pages.ts while Astro syncs content and bundles. In Astro's process, its
 * 19,000 file operations queued in the same four I/O threads as Vite's and the content
 * loader's reads, and its promises ran on Astro's main thread.
 *
 * Arguments: the output folder, Astro's cache folder, the assets folder (`_astro`) and the record
 * to write: `{ files: [[path, mtimeMs], …], manifestTime, images: [path, …], seconds }`. Exits 1,
 * with the reason on stderr, when a page cannot be put in place.
 */
const [outDir, cacheDir, assetsDir, record] = process.argv.slice(2);
try {
  // Below Astro's priority: its content sync is the longer road to page generation, which waits for both.
  try {
    os.setPriority(10);
  } catch {
    // Not allowed here: seed at the same priority.
  }
  if (!outDir || !cacheDir || !assetsDir || !record) throw new Error('usage: seed-process.ts <outDir> <cacheDir> <assetsDir> <record.json>');
  const started = performance.now();
  const [seeds, images] = await Promise.all([seedPages(outDir, cacheDir), seedImages(outDir, cacheDir, assetsDir)]);
  const seconds = (performance.now() - started) / 1000;
  await writeFile(record, JSON.stringify({ files: [...seeds.files], manifestTime: seeds.manifestTime, images, seconds }));
} catch (error) {
  console.error(`[newsroom:seed-pages] could not put the cached pages in place: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
}
