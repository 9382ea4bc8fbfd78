import { describe, expect, it } from 'vitest';
import { formatReport, type BenchResult } from '../../../scripts/bench/report.ts';

const result: BenchResult = {
  articles: 1000,
  briefs: 3601,
  briefDays: 30,
  images: 50,
  environment: { node: '24.0.0', astro: '7.0.0', cpus: 2, memoryGiB: 24 },
  site: [
    { id: 'cold', wallMs: 20_000, pages: 2000, peakRssBytes: 1000 * 2 ** 20 },
    { id: 'warm', wallMs: 2_000, pages: 2000, peakRssBytes: 500 * 2 ** 20, sameAsCold: true, rendered: 12, reused: 1988, writtenFiles: 40, writtenBytes: 1.5 * 2 ** 20 },
    { id: 'add-brief', wallMs: 3_000, pages: 2000, peakRssBytes: 600 * 2 ** 20, sameAsCold: false, differingFiles: 3 },
  ],
  baseline: [
    { id: 'cold', wallMs: 10_000, pages: 1000, peakRssBytes: 800 * 2 ** 20 },
    { id: 'warm', wallMs: 4_000, pages: 1000, peakRssBytes: 800 * 2 ** 20 },
  ],
  pagefind: { ms: 1500, bytes: 3 * 2 ** 20, files: 120, source: 'bench' },
  dist: { bytes: 40 * 2 ** 20, files: 2500 },
};

describe('report', () => {
  it('prints one row per scenario run, with ratios to the baseline and to the cold build', () => {
    expect(formatReport(result)).toMatchInlineSnapshot(`
      "Bench: 1,000 articles (50 with images), 3,601 briefs over 30 days; Node 24.0.0, Astro 7.0.0, 2 CPUs, 24 GiB

      | scenario | wall s | × base | % of cold | pages | rendered | reused | files written | MB written | peak MB | × base | output = cold build |
      | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- |
      | cold build | 20.0 | 2.00 | 100% | 2,000 | – | – | – | – | 1000 | 1.25 | (reference) |
      | warm, nothing changed | 2.0 | 0.50 | 10% | 2,000 | 12 | 1,988 | 40 | 1.5 | 500 | 0.63 | yes |
      | one brief added | 3.0 | – | 15% | 2,000 | – | – | – | – | 600 | – | NO (3 files differ) |

      Baseline (minimal Astro, one page per article): cold build 10.0 s / 800 MB; warm, nothing changed 4.0 s / 800 MB; 1,000 pages.
      Pagefind index: 1.5 s, 3.0 MB in 120 files (run by the bench on the cold output; the site has no Pagefind step).
      Output (dist/): 40.0 MB in 2,500 files.
      "× base": divided by the minimal Astro site built in the same run for the same change; "files written": created or changed in dist/ (what a deploy uploads)."
    `);
  });
});
