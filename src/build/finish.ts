import { readPageFacts } from '../lib/output-checks.ts';
import { listFiles, readPages } from '../lib/output-files.ts';
import { checkOutput } from './output-checks.ts';
import { writeSearchIndex } from './search-index.ts';

/**
 * Finishes a site that `astro build` has written to `outDir` and exited: the Pagefind index,
 * then `_headers`, `_redirects` and the output checks. Run by scripts/build.mjs after Astro's
 * process has ended, so its memory is free for Pagefind's (at 100,000 articles the two
 * together did not fit in 24 GB). Every page is read and parsed while Pagefind indexes in its
 * own process. Throws, with the problems named, if any step fails.
 */
export async function finishBuild(outDir: string, opts: { siteUrl: string; log?: (line: string) => void }): Promise<void> {
  const log = opts.log ?? ((line: string) => console.log(line));
  const started = performance.now();
  // Pagefind writes no pages, so the pages read now are the final ones.
  const pages = listFiles(outDir).then((files) => readPages(outDir, files, readPageFacts));
  // If indexing fails, the read's own failure (if any) must not go unhandled.
  pages.catch(() => {});
  log(`[pagefind] ${await writeSearchIndex(outDir)}`);
  const summary = await checkOutput(outDir, { siteUrl: opts.siteUrl, pages: await pages });
  log(`[output] ${summary} (finished in ${((performance.now() - started) / 1000).toFixed(1)} s)`);
}
