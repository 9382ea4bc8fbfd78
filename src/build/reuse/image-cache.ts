import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { readFile, readdir, rm, writeFile, mkdir } from 'node:fs/promises';
import path from 'node:path';

/**
 * Astro keeps every processed image in `<cacheDir>/assets/`, named like the output file
 * (`photo.<source hash>_<transform hash>.avif`). The transform hash covers the width and format
 * but not the encoder settings (AVIF/WebP effort in astro.config.mjs) nor the sharp version, so
 * after a change to either Astro would copy the old bytes under the same names. And nothing ever
 * removes the entry of a source that was replaced or deleted. scripts/build.mjs therefore calls
 * `prepareImageCache` before `astro build` (empties the cache when the settings changed, or for
 * `--force`) and `pruneImageCache` after it (drops entries the new output does not have).
 */
const SETTINGS_FILE = 'newsroom-image-settings.json';
const ASTRO_IMAGE_CACHE = 'assets';

/** The image settings (`image` of the Astro config) with the versions of the code that encodes them. */
export function imageSettingsKey(imageConfig: unknown, projectDir: string): string {
  const version = (pkg: string) => {
    try {
      return (JSON.parse(readFileSync(path.join(projectDir, 'node_modules', pkg, 'package.json'), 'utf8')) as { version?: string }).version;
    } catch {
      return 'missing';
    }
  };
  return createHash('sha256')
    .update(JSON.stringify([imageConfig, version('sharp'), version('astro')]))
    .digest('hex');
}

/**
 * Empties Astro's processed-image cache when it was made under other settings (`key`, from
 * `imageSettingsKey`) or when `force` is set, and records `key`. Resolves with why it emptied
 * the cache, or undefined when it kept it.
 */
export async function prepareImageCache(cacheDir: string, key: string, force = false): Promise<string | undefined> {
  const recorded = await readFile(path.join(cacheDir, SETTINGS_FILE), 'utf8').then((t) => (JSON.parse(t) as { key?: unknown }).key, () => undefined);
  const cached = existsSync(path.join(cacheDir, ASTRO_IMAGE_CACHE));
  let reason: string | undefined;
  if (cached && force) reason = '--force';
  else if (cached && recorded !== key) reason = 'the image settings changed';
  if (reason) await rm(path.join(cacheDir, ASTRO_IMAGE_CACHE), { recursive: true, force: true });
  await mkdir(cacheDir, { recursive: true });
  await writeFile(path.join(cacheDir, SETTINGS_FILE), `${JSON.stringify({ key })}\n`);
  return reason;
}

/**
 * Removes the cache entries (image and its `.json` note) whose image is not in `<outDir>/<assetsDir>`:
 * images of sources that were replaced, deleted or are no longer used. Resolves with how many images went.
 */
export async function pruneImageCache(cacheDir: string, outDir: string, assetsDir = '_astro'): Promise<number> {
  const dir = path.join(cacheDir, ASTRO_IMAGE_CACHE);
  const names = await readdir(dir).catch(() => [] as string[]);
  let removed = 0;
  for (const name of names) {
    const image = name.endsWith('.json') ? name.slice(0, -'.json'.length) : name;
    if (existsSync(path.join(outDir, assetsDir, image))) continue;
    await rm(path.join(dir, name), { force: true });
    if (!name.endsWith('.json')) removed++;
  }
  return removed;
}
