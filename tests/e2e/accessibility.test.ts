import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { AxeResults } from 'axe-core';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { budgetPages, writeReport } from '../helpers/quality.ts';
import { servedSite } from '../helpers/served-site.ts';

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

// axe-core's full default rule set, run in Chromium on each budget page in both colour schemes
// (dark mode has its own colours, so contrast is checked twice).
describe('axe-core on the demo site', () => {
  const dir = inject('demoDir');
  const site = servedSite(dir);
  const report: Record<string, number> = {};
  afterAll(() => {
    writeReport('axe', report);
  });

  // The budget pages include the right-to-left article (mirrored layout, Arabic labels) and a static page.
  const pages = budgetPages(dir);
  for (const page of pages) {
    for (const scheme of ['light', 'dark'] as const) {
      it.skipIf(!page.exists)(
        page.exists ? `${page.name} page (${page.path}) has no violations in the ${scheme} theme` : `${page.path} (${scheme}): skipped, this build has no such page yet`,
        async () => {
          // bypassCSP: the site's own Content-Security-Policy must not stop the test's injected checker.
          const context = await site.browser.newContext({ colorScheme: scheme, bypassCSP: true });
          const tab = await context.newPage();
          await tab.goto(`${site.origin}${page.path}`, { waitUntil: 'load' });
          expect(await tab.evaluate(() => matchMedia('(prefers-color-scheme: dark)').matches)).toBe(scheme === 'dark');
          await tab.evaluate(axeSource);
          const results = (await tab.evaluate(() => (window as unknown as { axe: { run: () => Promise<unknown> } }).axe.run())) as AxeResults;
          await context.close();
          report[`${page.name}-${scheme}`] = results.violations.length;
          const summary = results.violations.map((v) => `${v.id} (${v.impact}): ${v.help}\n  ${v.nodes.map((n) => n.target.join(' ')).join('\n  ')}`);
          expect(summary, `axe violations on ${page.path} (${scheme})`).toEqual([]);
          // The checker really ran: it passed rules on this page.
          expect(results.passes.length).toBeGreaterThan(10);
        },
      );
    }
  }
});
