import { readdirSync } from 'node:fs';
import path from 'node:path';

/**
 * Above this many articles the content store is written in chunks. Astro keeps the store in one
 * JSON string, which V8 caps at about 512 MB. Since article bodies left the store
 * (src/content/body-cache.ts) it takes about 0.7 MB per 1,000 articles (7.1 MB at 10,000 in the
 * bench), so the cap falls near 700,000 articles, or lower for longer front matter. Chunked
 * storage has no cap, but Astro's chunked writer measures every character's UTF-8 length on its
 * own: at 100,000 articles it ran for over 25 minutes, where one file is written in seconds.
 */
export const CHUNKED_STORE_FROM = 250_000;

/** Astro's `experimental.collectionStorage` for an archive of `articles` articles. */
export function storageFor(articles: number): 'single-file' | 'chunked' {
  return articles >= CHUNKED_STORE_FROM ? 'chunked' : 'single-file';
}

/** How many Markdown articles `dir` holds, at any depth (0 when it does not exist). */
export function countArticles(dir: string): number {
  try {
    return readdirSync(dir, { recursive: true, withFileTypes: true }).filter((e) => e.isFile() && path.extname(e.name) === '.md').length;
  } catch {
    return 0;
  }
}
