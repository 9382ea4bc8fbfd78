// The build subsystem's entry (src/build/): what runs around `astro build`.
// In: the output folder `astro build` has just written, and the cache folder.
// Out: the finished site (search index, `_headers`, `_redirects`), checked, or an error naming
//   every broken page. Around it: reuse/ (pages, images and facts kept between builds, and
//   the keys that say when they may be reused), checks/ (the output checks), live/ (the live
//   build that publishes a brief without building the archive).
// Called by: scripts/build.mjs (`npm run build`), the one command a newsroom deploys with.
import { digestPages, listFiles, readPages } from './checks/output-files.ts';
import { writeCdnFilesAndCheck } from './checks/output-checks.ts';
import { factsFingerprint, loadPageFacts, savePageFacts } from './checks/page-facts-cache.ts';
import { pageFactsReader } from './checks/page-facts-reader.ts';
import { writeSearchIndex } from '../search/pagefind-index.ts';

/**
 * Finishes a site that `astro build` has written to `outDir` and exited: the Pagefind index,
 * then `_headers`, `_redirects` and the output checks. Run by scripts/build.mjs after Astro's
 * process has ended, so its memory is free for Pagefind's (at 100,000 articles the two
 * together did not fit in 24 GB). Every page is read once for its digest, which keys the search
 * shards; pages unchanged since the last build (`cacheDir`) are not parsed again, and the others
 * are parsed, in a worker thread, while Pagefind indexes. Throws, with the
 * problems named, if any step fails.
 */
export async function finishBuild(
  outDir: string,
  opts: {
    siteUrl: string;
    cacheDir: string;
    /** Parse every page, reusing nothing (`--force`). */
    force?: boolean;
    /** The pages put in place from the cache and left as they were (src/build/reuse/seed-pages.ts, `untouchedSeeds`), with the stamp of the copy each came from. */
    seeded?: ReadonlyMap<string, string>;
    log?: (line: string) => void;
  },
): Promise<void> {
  const log = opts.log ?? ((line: string) => console.log(line));
  const started = performance.now();
  // Every page is read once for its digest and publication time, which key the search shards
  // and tell which pages changed; then, while Pagefind indexes in its own process, the pages that
  // changed since the last build are parsed for the checks (all of them on a cold build).
  const fingerprint = await factsFingerprint();
  const [files, known] = await Promise.all([listFiles(outDir), opts.force ? new Map() : loadPageFacts(opts.cacheDir, fingerprint)]);
  // A seeded page whose cached copy has the stamp it had when the last build read it holds the
  // same bytes: its digest is not computed again (~1.5 s of reading at 10,000 articles).
  const seeded = opts.seeded ?? new Map<string, string>();
  const digests = await digestPages(outDir, files, (file) => {
    const origin = seeded.get(file);
    const earlier = known.get(file);
    return origin !== undefined && earlier?.origin === origin ? { digest: earlier.digest, published: earlier.published } : undefined;
  });
  // Pages are parsed in a worker thread, so this thread stays free to feed Pagefind.
  const reader = pageFactsReader();
  try {
    const pages = readPages(outDir, files, reader.read, known, digests);
    // The facts are saved as soon as they are read, while Pagefind may still be indexing (they
    // describe each page's bytes, whatever the checks find).
    const saved = pages.then((read) => {
      for (const [file, page] of read) {
        page.published = digests.get(file)?.published;
        page.origin = seeded.get(file);
      }
      return savePageFacts(opts.cacheDir, fingerprint, read);
    });
    // If indexing fails, the read's and the save's own failures (if any) must not go unhandled.
    saved.catch(() => {});
    log(`[pagefind] ${await writeSearchIndex(outDir, { cacheDir: opts.cacheDir, force: opts.force ?? false, pages: digests })}`);
    const read = await pages;
    await saved;
    let reused = 0;
    for (const [file, page] of read) if (known.get(file)?.facts === page.facts) reused++;
    const summary = await writeCdnFilesAndCheck(outDir, { siteUrl: opts.siteUrl, pages: read });
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    log(`[output] ${summary} (${read.size - reused} pages parsed, ${reused} unchanged since the last build; finished in ${seconds} s)`);
  } finally {
    await reader.close();
  }
}
