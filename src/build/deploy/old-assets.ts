import { existsSync } from 'node:fs';
import { copyFile, mkdir, stat, utimes } from 'node:fs/promises';
import path from 'node:path';
import { cacheClassOf } from '../../cdn/headers.ts';
import { listFiles } from '../checks/output-files.ts';

/** Old content-hashed files stay this long, so pages still in a cache keep their CSS, JS and images. */
export const KEEP_OLD_ASSETS_DAYS = 7;
/** The carried-over kinds of hashed file: code and type, never content (see carryOverOldAssets). */
const CODE_ASSET = /^_astro\/.+\.(?:css|js|mjs|woff2?|ttf|otf|wasm)$/;

/**
 * Copies the live site's hashed scripts, stylesheets and fonts that the new build no longer has,
 * so a page that a browser or CDN still holds (HTML is cached briefly, served stale while
 * revalidating) keeps its styles and scripts. They expire after KEEP_OLD_ASSETS_DAYS, counted
 * back from `now` (ms). Images and Pagefind's chunks are never carried over: they hold stories'
 * pictures and text, and a story taken down (or a picture replaced) for legal reasons must leave
 * the output in this same build. Called by scripts/build.mjs before the swap; resolves with the
 * number of files copied.
 */
export async function carryOverOldAssets(from: string, to: string, now = Date.now()): Promise<number> {
  const cutoff = now - KEEP_OLD_ASSETS_DAYS * 86_400_000;
  let count = 0;
  // Only `_astro/` holds such files: the rest of the old site (its pages, Pagefind's chunks) is not listed.
  const assets = existsSync(path.join(from, '_astro')) ? (await listFiles(path.join(from, '_astro'))).map((f) => `_astro/${f}`) : [];
  for (const file of assets) {
    if (!CODE_ASSET.test(file) || cacheClassOf(file) !== 'immutable' || existsSync(path.join(to, file))) continue;
    const source = path.join(from, file);
    const { mtime, atime } = await stat(source);
    if (mtime.getTime() < cutoff) continue;
    await mkdir(path.dirname(path.join(to, file)), { recursive: true });
    await copyFile(source, path.join(to, file));
    // Keep the original time, so the file still expires a week after it was first built.
    await utimes(path.join(to, file), atime, mtime);
    count++;
  }
  return count;
}
