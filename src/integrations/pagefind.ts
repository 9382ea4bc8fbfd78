import { readFile, rm } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import * as pagefind from 'pagefind';
import { BRIEF_RECORDS_FILE, parseSearchRecords } from '../lib/search.ts';

/**
 * Builds the Pagefind search index at the end of every production build, so no one has to
 * remember a separate step: every page's `data-pagefind-body` (article pages), plus the
 * briefs as custom records. The index and Pagefind's browser script land in `<outDir>/pagefind/`.
 */
export function pagefindIndex(): AstroIntegration {
  return {
    name: 'newsroom:pagefind',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const outDir = fileURLToPath(dir);
        const recordsFile = path.join(outDir, BRIEF_RECORDS_FILE);
        const started = performance.now();
        try {
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
          logger.info(`indexed ${pages.page_count} article pages and ${records.length} briefs in ${seconds} s into ${path.relative(process.cwd(), written.outputPath)}`);
        } catch (error) {
          throw new Error(`[pagefind] building the search index failed: ${error instanceof Error ? error.message : String(error)}`, { cause: error });
        } finally {
          await pagefind.close();
          // The records were only a hand-off from the build to the indexer.
          await rm(recordsFile, { force: true });
        }
      },
    },
  };
}
