import { readdirSync } from 'node:fs';
import path from 'node:path';

/**
 * Above this many articles the content store is written in chunks. Astro keeps the store in one
 * JSON string, which V8 caps at about 512 MB; ours takes about 5 MB per 1,000 articles, so the
 * cap falls near 100,000. Chunked storage has no cap but its writer is slower (a few seconds per
 * 10,000 articles), so small sites keep the single file.
 */
export const CHUNKED_STORE_FROM = 40_000;

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
