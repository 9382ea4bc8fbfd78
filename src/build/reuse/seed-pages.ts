// Reuse between builds (src/build/reuse/). This file puts the cached pages in place;
// seeding.ts and seed-process.ts run it beside Astro; image-cache.ts keeps processed images;
// cache-keys.ts and build-fingerprint.ts say what must change for a cached thing to be redone.
import { statSync } from 'node:fs';
import { copyFile, link, mkdir, readdir, readFile, rm, rmdir, stat } from 'node:fs/promises';
import path from 'node:path';
import { mapLimited } from '../../utils/map-limited.ts';

/**
 * Astro's incremental build (experimental.incrementalBuild) copies every page it can reuse back
 * from its cache, one file at a time, into an output folder it has just emptied: 14,000 copies
 * on every rebuild at 10,000 articles. It copies nothing when the page is already in the output
 * folder. So scripts/build.mjs puts the cached pages into the new, empty output folder in one
 * pass first (`seedPages`), lets `astro build` overwrite what it renders, and afterwards removes
 * the seeded pages this build no longer has (`removeStaleSeeds`).
 *
 * The cache is Astro's: `<cacheDir>/incremental-build.json` lists each reusable page and its
 * output file (URL-encoded), and `<cacheDir>/dist/<output file>` holds its last rendered copy.
 */
export interface Seeds {
  /** Output files copied in, relative to the output folder. */
  files: Map<string, SeededPage>;
  /** The manifest's modification time when the pages were seeded (0: none), to tell whether the build wrote a new one. */
  manifestTime: number;
}

/** One page put in place. */
export interface SeededPage {
  /** The modification time the copy got: a page Astro writes again gets another. */
  time: number;
  /** The stamp of the cached copy it came from (`cacheStamp`). */
  origin: string;
}

const MANIFEST = 'incremental-build.json';

/**
 * Every output file the incremental manifest in `cacheDir` records, as a path relative to the
 * output folder (decoded: Astro records `tag/%C3%A9t%C3%A9/index.html` for `tag/été/`). None when
 * there is no readable manifest; paths that would leave the output folder are dropped.
 */
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
      const file = decoded(entry?.outputFile);
      if (file !== undefined && file !== '' && !path.isAbsolute(file) && !file.split(/[\\/]/).includes('..')) files.add(file);
    }
  }
  return files;
}

function decoded(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  try {
    return decodeURIComponent(value);
  } catch {
    return undefined;
  }
}

/** Copies the pages the last build cached into the empty folder `outDir`, a few dozen at a time. */
export async function seedPages(outDir: string, cacheDir: string, concurrency = 32): Promise<Seeds> {
  const manifestTime = await manifestModified(cacheDir);
  const files = [...(await manifestOutputFiles(cacheDir))];
  const copied = new Map<string, SeededPage>();
  const folders = new Map<string, Promise<unknown>>();
  await mapLimited(files, concurrency, async (file) => {
    const source = path.join(cacheDir, 'dist', file);
    const target = path.join(outDir, file);
    const dir = path.dirname(target);
    // A cached copy that is gone is simply rendered again; its folder is not made either.
    const found = await stat(source, { bigint: true }).catch(() => undefined);
    if (!found?.isFile()) return;
    if (!folders.has(dir)) folders.set(dir, mkdir(dir, { recursive: true }));
    await folders.get(dir);
    try {
      await copyFile(source, target);
      // The file system's own time for this copy: a page Astro writes again gets a different one.
      copied.set(file, { time: (await stat(target)).mtimeMs, origin: cacheStamp(found) });
    } catch (error) {
      // Gone between the check and the copy: rendered again too.
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    }
  });
  return { files: copied, manifestTime };
}

/**
 * Names one state of a cached page's file: its inode, size and modification time (to the
 * nanosecond). Astro writes a cached copy only when it renders the page again, which gives it a
 * new time, so two equal stamps mean the same bytes: src/build/finish.ts then takes the page's
 * digest from the last build instead of reading it (`untouchedSeeds`).
 */
export function cacheStamp(s: { ino: bigint; size: bigint; mtimeNs: bigint }): string {
  return `${s.ino}:${s.size}:${s.mtimeNs}`;
}

/**
 * The seeded pages that are still as they were copied in (Astro reused them: their modification
 * time is the one the copy got), each with the stamp of the cached copy it came from. A page
 * Astro rendered again is not among them.
 */
export function untouchedSeeds(outDir: string, seeds: Pick<Seeds, 'files'>): Map<string, string> {
  const untouched = new Map<string, string>();
  for (const [file, { time: copiedTime, origin }] of seeds.files) {
    // Synchronous: ~14,000 stats of files the kernel has just written take ~50 ms this way, several times that through the thread pool.
    const now = statSync(path.join(outDir, file), { throwIfNoEntry: false });
    if (now?.mtimeMs === copiedTime) untouched.set(file, origin);
  }
  return untouched;
}

/**
 * After `astro build`: removes the seeded pages that this build neither reused (they are not in
 * the manifest it wrote) nor wrote again (their modification time is the one the copy got), such
 * as the page of an article that was deleted or unpublished. If the build wrote no manifest
 * (incremental builds switched off), no seeded page counts as reused. Resolves with the files
 * removed, sorted.
 */
export async function removeStaleSeeds(outDir: string, cacheDir: string, seeds: Seeds): Promise<string[]> {
  if (seeds.files.size === 0) return [];
  const rewritten = (await manifestModified(cacheDir)) !== seeds.manifestTime;
  const kept = rewritten ? await manifestOutputFiles(cacheDir) : new Set<string>();
  const removed: string[] = [];
  for (const [file, { time: copiedTime }] of seeds.files) {
    if (kept.has(file)) continue;
    const target = path.join(outDir, file);
    const untouched = await stat(target).then((s) => s.mtimeMs === copiedTime, () => false);
    if (!untouched) continue;
    await rm(target, { force: true });
    removed.push(file);
    await removeEmptyParents(outDir, path.dirname(target));
  }
  return removed.sort();
}

/** The manifest's modification time, or 0 when there is none. */
function manifestModified(cacheDir: string): Promise<number> {
  return stat(path.join(cacheDir, MANIFEST)).then((s) => s.mtimeMs, () => 0);
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

/**
 * Astro copies every processed image it reuses from its cache (`<cacheDir>/assets/<name>`) into
 * `<outDir>/_astro/<name>`, two at a time: 5,418 copies, ~3 s of a rebuild at 10,000 articles.
 * A copy onto a hard link of its own source is no copy at all (libuv finds the two names are one
 * file and stops), so the cached images are linked into the output first, beside the pages;
 * once Astro has said which images this build has (`removeUnusedImages`), the others go.
 * Linux only, where that behaviour of libuv is known; elsewhere, and across file systems, Astro
 * copies as before. Nothing writes into these files afterwards: Astro writes an image it makes
 * anew under a name that was not cached, and the cache only adds and removes whole files.
 * Resolves with the images linked, as paths relative to `outDir`.
 */
export async function seedImages(outDir: string, cacheDir: string, assetsDir = '_astro', concurrency = 32): Promise<string[]> {
  if (process.platform !== 'linux') return [];
  const cached = path.join(cacheDir, 'assets');
  const names = (await readdir(cached).catch(() => [] as string[])).filter((name) => !name.endsWith('.json'));
  if (names.length === 0) return [];
  await mkdir(path.join(outDir, assetsDir), { recursive: true });
  const linked: string[] = [];
  await mapLimited(names, concurrency, async (name) => {
    try {
      await link(path.join(cached, name), path.join(outDir, assetsDir, name));
      linked.push(`${assetsDir}/${name}`);
    } catch {
      // Another file system, or the entry is gone: Astro copies it, or makes it anew.
    }
  });
  return linked.sort();
}

/**
 * After Astro has written its images: removes the seeded images (`seedImages`) that this build
 * did not produce (`used`: Astro's final paths, relative to the output folder), such as those
 * of a story taken down. Resolves with the files removed, sorted.
 */
export async function removeUnusedImages(outDir: string, seeded: readonly string[], used: ReadonlySet<string>): Promise<string[]> {
  const removed = seeded.filter((file) => !used.has(file));
  await mapLimited(removed, 32, (file) => rm(path.join(outDir, file), { force: true }));
  return removed;
}
