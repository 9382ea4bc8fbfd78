import { copyFile, mkdir, readFile, rm, rmdir, stat } from 'node:fs/promises';
import path from 'node:path';

/**
 * Astro's incremental build (experimental.incrementalBuild) copies every page it can reuse back
 * from its cache, one file at a time, into an output folder it has just emptied: 14,000 copies
 * on every rebuild at 10,000 articles. It copies nothing when the page is already in the output
 * folder. So scripts/build.mjs puts the cached pages into the new, empty output folder in one
 * pass first (`seedPages`), lets `astro build` overwrite what it renders, and afterwards removes
 * the seeded pages this build no longer has (`removeStaleSeeds`).
 *
 * The cache is Astro's: `<cacheDir>/incremental-build.json` lists each reusable page and its
 * output file, and `<cacheDir>/dist/<output file>` holds its last rendered copy.
 */
export interface Seeds {
  /** Output files copied in, relative to the output folder. */
  files: string[];
  /** When the last copy was made (ms); a page Astro writes afterwards is newer. */
  copiedAt: number;
}

const MANIFEST = 'incremental-build.json';

/** Every output file the incremental manifest in `cacheDir` records; none when there is no readable manifest. */
export async function manifestOutputFiles(cacheDir: string): Promise<Set<string>> {
  let manifest: unknown;
  try {
    manifest = JSON.parse(await readFile(path.join(cacheDir, MANIFEST), 'utf8'));
  } catch {
    return new Set();
  }
  const files = new Set<string>();
  const routes = (manifest as { routes?: Record<string, { paths?: Record<string, { outputFile?: unknown }> }> })?.routes ?? {};
  for (const route of Object.values(routes)) {
    for (const entry of Object.values(route?.paths ?? {})) {
      const file = entry?.outputFile;
      // Only plain relative paths inside the output folder.
      if (typeof file === 'string' && file !== '' && !path.isAbsolute(file) && !file.split(/[\\/]/).includes('..')) files.add(file);
    }
  }
  return files;
}

/** Copies the pages the last build cached into the empty folder `outDir`, a few dozen at a time. */
export async function seedPages(outDir: string, cacheDir: string, concurrency = 32): Promise<Seeds> {
  const files = [...(await manifestOutputFiles(cacheDir))];
  const copied: string[] = [];
  const dirs = new Set<string>();
  let next = 0;
  const worker = async () => {
    for (let i = next++; i < files.length; i = next++) {
      const file = files[i]!;
      const target = path.join(outDir, file);
      const dir = path.dirname(target);
      if (!dirs.has(dir)) {
        dirs.add(dir);
        await mkdir(dir, { recursive: true });
      }
      try {
        await copyFile(path.join(cacheDir, 'dist', file), target);
        copied.push(file);
      } catch (error) {
        // A cached copy that is gone is simply rendered again.
        if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
      }
    }
  };
  await Promise.all(Array.from({ length: Math.min(concurrency, files.length) }, worker));
  // File times have sub-millisecond parts: the last copies may carry this very millisecond. Astro
  // writes its first page seconds later (after loading content and bundling), so +1 ms is safe.
  return { files: copied.sort(), copiedAt: Date.now() + 1 };
}

/**
 * After `astro build`: removes the seeded pages that this build neither reused (they are not in
 * the new manifest) nor wrote again (they are no newer than the seeding), such as the page of an
 * article that was deleted or unpublished. Resolves with the files removed.
 */
export async function removeStaleSeeds(outDir: string, cacheDir: string, seeds: Seeds): Promise<string[]> {
  if (seeds.files.length === 0) return [];
  const kept = await manifestOutputFiles(cacheDir);
  const removed: string[] = [];
  for (const file of seeds.files) {
    if (kept.has(file)) continue;
    const target = path.join(outDir, file);
    const written = await stat(target).then((s) => s.mtimeMs > seeds.copiedAt, () => true);
    if (written) continue;
    await rm(target, { force: true });
    removed.push(file);
    await removeEmptyParents(outDir, path.dirname(target));
  }
  return removed;
}

/** Removes `dir` and its parents up to (not including) `root` while they are empty, as a cold build would not have them. */
async function removeEmptyParents(root: string, dir: string): Promise<void> {
  for (let d = dir; d.startsWith(root + path.sep); d = path.dirname(d)) {
    try {
      await rmdir(d);
    } catch {
      return;
    }
  }
}
