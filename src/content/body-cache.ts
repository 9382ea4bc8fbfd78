import { existsSync } from 'node:fs';
import { readdir, readFile, rm } from 'node:fs/promises';
import path from 'node:path';
import { writeWhole } from '../utils/write-whole.ts';

// Article bodies live outside Astro's content store. Astro inlines the whole store into the build
// (every article's HTML in Vite's graph and in memory) and, from 40,000 articles, writes it with a
// chunked writer that took ~25 min at 100,000; the store now holds front matter only. The content
// loader (src/content/loader.ts) renders a body once and writes its HTML here, named by the
// store entry's digest (which covers the file's text, the rendering code and the build phase); the
// article page and the full-text feeds read it back by that digest. Bodies with repository images
// stay in the store: their `__ASTRO_IMAGE_` placeholders are resolved by Astro's `render()`.

/** The folder, inside Astro's cache folder (`cacheDir`, a path), that holds the rendered bodies. */
export function bodyCacheDir(cacheDir: string): string {
  return path.join(cacheDir, 'newsroom-bodies');
}

// The loader runs in the Astro process that later renders the pages, but in another module graph
// (Astro loads the content config on its own), so the folder is handed over on the global object.
const FOLDER = Symbol.for('newsroom.bodyCacheDir');
type WithFolder = { [FOLDER]?: string };

/** Tells the pages of this process where the loader wrote the bodies. */
export function useBodyCache(dir: string): void {
  (globalThis as WithFolder)[FOLDER] = dir;
}

function bodyFile(dir: string, digest: string): string {
  return path.join(dir, `${digest}.html`);
}

/** Whether the body of the entry with this digest is in the cache. */
export function hasBody(dir: string, digest: string): boolean {
  return existsSync(bodyFile(dir, digest));
}

/** Stores a rendered body (written whole, then renamed into place, so a crash leaves no half file). */
export async function writeBody(dir: string, digest: string, html: string): Promise<void> {
  await writeWhole(bodyFile(dir, digest), html);
}

/** Removes every body but those of `keep` (digests), so the cache holds what the store refers to. */
export async function pruneBodies(dir: string, keep: ReadonlySet<string>): Promise<number> {
  const names = await readdir(dir).catch(() => [] as string[]);
  const stale = names.filter((name) => !keep.has(name.replace(/\.html$/, '')));
  await Promise.all(stale.map((name) => rm(path.join(dir, name), { force: true })));
  return stale.length;
}

/** The rendered body of the article whose store entry has this digest; throws, naming the article, when it is missing. */
export async function readBody(digest: string, slug: string): Promise<string> {
  const dir = (globalThis as WithFolder)[FOLDER];
  if (!dir) throw new Error(`[body-cache] the body of article "${slug}" is not in the content store and the content loader has not run in this process`);
  try {
    return await readFile(bodyFile(dir, digest), 'utf8');
  } catch (cause) {
    throw new Error(`[body-cache] the rendered body of article "${slug}" is missing from ${dir} (digest ${digest}); run the build again, or with --force`, { cause });
  }
}
