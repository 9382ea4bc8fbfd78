import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { CHROMIUM, CHROMIUM_FLAGS } from '../helpers/browser.ts';
import { budgetPages, qualityDir, writeReport } from '../helpers/quality.ts';
import { serveStatic } from '../helpers/serve.ts';

const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
type Scores = Record<(typeof CATEGORIES)[number], number>;
// 100 in every category, as the front-page issue asks. Accessibility, best practices and SEO are
// properties of the page. Performance is simulated from the CPU time the load took here
// (Lighthouse scales the observed tasks by its 4x slowdown), so this file runs alone, after every
// other test (vitest.config.ts), and a page that misses on its first run is scored by the median
// of three runs, as Lighthouse's own guidance on variability advises.
const BUDGET: Scores = { performance: 100, accessibility: 100, 'best-practices': 100, seo: 100 };
const RUNS_WHEN_SHORT = 3;
// A page that may score below 100 in performance, with its floor: none now. (The Arabic story's web
// font held its first paint back at 98-99 until it was preloaded at low priority: ArticleLayout.astro.)
const PERFORMANCE_SHORT: Partial<Record<string, number>> = {};

// Lighthouse's own mobile defaults (emulated phone, simulated slow 4G and 4× CPU slowdown) in
// Debian's Chromium, against the built demo site on 127.0.0.1.
describe('Lighthouse on the demo site', () => {
  const dir = inject('demoDir');
  let chrome: chromeLauncher.LaunchedChrome;
  let server: Awaited<ReturnType<typeof serveStatic>>;
  const results: Record<string, Scores & { runs: number }> = {};

  beforeAll(async () => {
    mkdirSync(qualityDir, { recursive: true });
    server = await serveStatic(dir);
    chrome = await chromeLauncher.launch({ chromePath: CHROMIUM, chromeFlags: CHROMIUM_FLAGS });
  });
  afterAll(async () => {
    chrome?.kill();
    await server?.close();
    writeReport('lighthouse', results);
  });

  // Lighthouse sometimes loses its own trace of a load (NO_NAVSTART, NO_TRACING_STARTED, ...)
  // and asks to be run again. Run it again, up to three times in all; a page that really
  // cannot be measured fails every attempt and still fails the test with Lighthouse's message.
  const ATTEMPTS = 3;
  async function lighthouseRun(urlPath: string) {
    const errors: string[] = [];
    for (let attempt = 1; attempt <= ATTEMPTS; attempt++) {
      const result = await lighthouse(`${server.origin}${urlPath}`, {
        port: chrome.port,
        output: 'html',
        logLevel: 'error',
        onlyCategories: [...CATEGORIES],
      });
      if (!result) throw new Error(`Lighthouse returned nothing for ${urlPath}`);
      if (!result.lhr.runtimeError) return result;
      errors.push(`attempt ${attempt}: ${result.lhr.runtimeError.message}`);
    }
    throw new Error(`Lighthouse failed on ${urlPath} ${ATTEMPTS} times:\n${errors.join('\n')}`);
  }

  async function audit(urlPath: string, name: string): Promise<{ scores: Scores; failing: string[] }> {
    const result = await lighthouseRun(urlPath);
    const { lhr } = result;
    writeFileSync(path.join(qualityDir, `lighthouse-${name}.html`), String(result.report));
    const scores = Object.fromEntries(CATEGORIES.map((c) => [c, Math.round((lhr.categories[c]?.score ?? 0) * 100)])) as Scores;
    // What to fix when a category falls short: every weighted audit that did not pass.
    const failing = CATEGORIES.flatMap((c) =>
      (lhr.categories[c]?.auditRefs ?? [])
        .filter((ref) => ref.weight > 0 && (lhr.audits[ref.id]?.score ?? 1) < 1)
        .map((ref) => `${c}/${ref.id}: ${lhr.audits[ref.id]?.displayValue ?? lhr.audits[ref.id]?.title}`),
    );
    return { scores, failing };
  }

  for (const page of budgetPages(dir)) {
    it.skipIf(!page.exists)(
      page.exists ? `${page.name} page (${page.path}) scores ${PERFORMANCE_SHORT[page.name] ?? 100} in performance and 100 in accessibility, best practices and SEO` : `${page.path}: skipped, this build has no such page yet`,
      async () => {
        const budget: Scores = { ...BUDGET, performance: PERFORMANCE_SHORT[page.name] ?? BUDGET.performance };
        let run = await audit(page.path, page.name);
        let runs = 1;
        // The first run misses on performance alone: measure twice more and keep the median run.
        if (run.scores.performance < budget.performance && CATEGORIES.every((c) => c === 'performance' || run.scores[c] >= budget[c])) {
          const all = [run];
          while (all.length < RUNS_WHEN_SHORT) all.push(await audit(page.path, page.name));
          runs = all.length;
          run = all.sort((a, b) => a.scores.performance - b.scores.performance)[Math.floor(all.length / 2)]!;
        }
        results[page.name] = { ...run.scores, runs };
        for (const c of CATEGORIES) expect(run.scores[c], `${c} on ${page.path}; failing audits:\n${run.failing.join('\n')}`).toBeGreaterThanOrEqual(budget[c]);
      },
      240_000,
    );
  }
});
