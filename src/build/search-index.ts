import { readFile, rm } from 'node:fs/promises';
import path from 'node:path';
import * as pagefind from 'pagefind';
import { BRIEF_RECORDS_FILE, parseSearchRecords } from '../lib/search.ts';

/**
 * Writes the Pagefind search index into `<outDir>/pagefind/` (with Pagefind's browser script):
 * the `data-pagefind-body` of every article page, plus the briefs as custom records. Runs after
 * `astro build` has exited (src/build/finish.ts), so Pagefind's process never shares the
 * machine's memory with Astro's. Resolves with a one-line summary; rejects, naming the step,
 * when Pagefind reports an error or its process dies.
 */
export async function writeSearchIndex(outDir: string): Promise<string> {
  const recordsFile = path.join(outDir, BRIEF_RECORDS_FILE);
  const started = performance.now();
  const died = pagefindDeath();
  try {
    return await Promise.race([died.promise, index()]);
  } catch (error) {
    // When the API notices the death itself (a write to the dead process fails), it says only
    // "Pagefind backend closed": report that the same way as a death noticed by pagefindDeath.
    const message = error instanceof Error ? (error.message === 'Pagefind backend closed' ? PROCESS_GONE : error.message) : String(error);
    throw new Error(`[pagefind] building the search index failed: ${message}`, { cause: error });
  } finally {
    died.stop();
    await pagefind.close();
    // The records were only a hand-off from the build to the indexer.
    await rm(recordsFile, { force: true });
  }

  async function index(): Promise<string> {
    const { index, errors } = await pagefind.createIndex({});
    if (!index) throw new Error(errors.join('\n'));
    // Only article pages carry data-pagefind-body (ArticleLayout); Pagefind would read and
    // parse every other page only to skip it. The index is the same either way.
    const pages = await index.addDirectory({ path: outDir, glob: 'articles/**/*.html' });
    if (pages.errors.length > 0) throw new Error(pages.errors.join('\n'));
    const records = parseSearchRecords(JSON.parse(await readFile(recordsFile, 'utf8')), BRIEF_RECORDS_FILE);
    // All at once: a round trip to the indexer per brief, one after the other, took over a
    // second at 1,000 articles. The written index is byte-for-byte the same either way.
    const added = await Promise.all(records.map((record) => index.addCustomRecord(record)));
    const failed = added.findIndex((a) => a.errors.length > 0);
    if (failed >= 0) throw new Error(`brief ${records[failed]!.url}: ${added[failed]!.errors.join('\n')}`);
    const written = await index.writeFiles({ outputPath: path.join(outDir, 'pagefind') });
    if (written.errors.length > 0) throw new Error(written.errors.join('\n'));
    // The bench reads the time from this line.
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    return `indexed ${pages.page_count} article pages and ${records.length} briefs in ${seconds} s into ${path.relative(process.cwd(), written.outputPath)}`;
  }
}

const PROCESS_GONE = "Pagefind's process ended before the index was written (was it killed for lack of memory? `dmesg` says)";

/**
 * Pagefind's Node API talks to its own process and never answers if that process dies (the
 * kernel kills it when memory runs out): the build would wait forever, or Node would quit with
 * the promise unsettled. This rejects instead, when the process is gone and nothing else is
 * left to run.
 */
function pagefindDeath(): { promise: Promise<never>; stop: () => void } {
  let reject: (error: Error) => void = () => {};
  const promise = new Promise<never>((_, r) => (reject = r));
  // Rejections are read through Promise.race; one that loses the race must not be "unhandled".
  promise.catch(() => {});
  const onIdle = () => reject(new Error(PROCESS_GONE));
  // 'beforeExit' fires when the event loop is empty: with the indexer alive, its pipes keep it busy.
  process.on('beforeExit', onIdle);
  return { promise, stop: () => process.off('beforeExit', onIdle) };
}
