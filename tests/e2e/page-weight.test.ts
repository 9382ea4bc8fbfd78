import { readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { ARABIC_ARTICLE, ARTICLE_WITH_IMAGE, budgetPages, writeReport } from '../helpers/quality.ts';
import { servedSite } from '../helpers/served-site.ts';
import { readPage } from '../helpers/site.ts';

const ARTICLE_BUDGET = 40 * 1024;

/** Gzipped bytes of a page's HTML and every stylesheet it links, read from the build. */
function htmlAndCssGzip(dir: string, urlPath: string): { html: number; css: number; total: number } {
  const html = readFileSync(path.join(dir, urlPath, 'index.html'));
  const sheets = [...readPage(dir, urlPath).querySelectorAll('link[rel="stylesheet"]')].map((l) => l.getAttribute('href')!);
  const css = sheets.reduce((sum, href) => sum + gzipSync(readFileSync(path.join(dir, href))).length, 0);
  const htmlGz = gzipSync(html).length;
  return { html: htmlGz, css, total: htmlGz + css };
}

/** Loads a page, scrolls to the bottom so lazy images load, and returns every URL it requested. */
async function requestsOnLoad(tab: Page, url: string): Promise<Array<{ url: string; type: string }>> {
  const seen: Array<{ url: string; type: string }> = [];
  tab.on('request', (r) => seen.push({ url: r.url(), type: r.resourceType() }));
  await tab.goto(url, { waitUntil: 'networkidle' });
  await tab.evaluate(async () => {
    for (let y = 0; y <= document.documentElement.scrollHeight; y += innerHeight / 2) {
      scrollTo(0, y);
      await new Promise((r) => setTimeout(r, 50));
    }
  });
  await tab.waitForLoadState('networkidle');
  return seen;
}

describe('page weight and requests on the demo site', () => {
  const dir = inject('demoDir');
  const site = servedSite(dir);

  it(`keeps an article's HTML and CSS within ${ARTICLE_BUDGET / 1024} KB gzipped`, () => {
    const weights = Object.fromEntries(budgetPages(dir).filter((p) => p.exists).map((p) => [p.name, htmlAndCssGzip(dir, p.path)]));
    writeReport('page-weight', weights);
    for (const name of ['article', 'arabic-article']) {
      expect(weights[name]!.css, name).toBeGreaterThan(0);
      expect(weights[name]!.total, name).toBeLessThanOrEqual(ARTICLE_BUDGET);
    }
  });

  it('ships no JavaScript with the Arabic article either', () => {
    const doc = readPage(dir, ARABIC_ARTICLE);
    expect([...doc.querySelectorAll('script')].filter((s) => s.getAttribute('type') !== 'application/ld+json')).toEqual([]);
  });

  it('ships no JavaScript with an article page', async () => {
    const doc = readPage(dir, ARTICLE_WITH_IMAGE);
    const scripts = [...doc.querySelectorAll('script')].filter((s) => s.getAttribute('type') !== 'application/ld+json');
    expect(scripts.map((s) => s.outerHTML.slice(0, 120))).toEqual([]);
    expect(doc.querySelectorAll('link[rel="modulepreload"], [onclick], [onload]')).toHaveLength(0);
    const tab = await site.browser.newPage();
    const requests = await requestsOnLoad(tab, `${site.origin}${ARTICLE_WITH_IMAGE}`);
    // Every picture, lazy ones below the story included, was fetched: the whole page was seen.
    const images = await tab.evaluate(() => [...document.images].map((i) => i.complete && i.naturalWidth > 0));
    await tab.close();
    expect(images.length).toBeGreaterThan(1);
    expect(images.every(Boolean)).toBe(true);
    expect(requests.filter((r) => r.type === 'script').map((r) => r.url)).toEqual([]);
  });

  for (const page of budgetPages(dir)) {
    for (const width of [375, 1280]) {
      it.skipIf(!page.exists)(
        page.exists ? `requests nothing outside its own origin on the ${page.name} page at ${width} px` : `${page.path}: skipped, this build has no such page yet`,
        async () => {
          const context = await site.browser.newContext({ viewport: { width, height: 900 } });
          const requests = await requestsOnLoad(await context.newPage(), `${site.origin}${page.path}`);
          await context.close();
          expect(requests.length).toBeGreaterThan(1);
          expect(requests.map((r) => r.url).filter((u) => !u.startsWith(`${site.origin}/`) && !u.startsWith('data:'))).toEqual([]);
        },
      );
    }
  }
});
