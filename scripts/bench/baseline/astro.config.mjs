// @ts-check
// The benchmark's yardstick: the plainest Astro site over the same articles (one page per
// article, Astro's own glob loader and Markdown, no lists, feeds, images or search).
import { defineConfig } from 'astro/config';

export default defineConfig({
  outDir: process.env.BENCH_OUT_DIR ?? './dist',
  cacheDir: process.env.BENCH_CACHE_DIR ?? './node_modules/.astro',
  build: { format: 'directory' },
  devToolbar: { enabled: false },
});
