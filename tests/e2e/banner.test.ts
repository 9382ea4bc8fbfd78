import { describe, expect, inject, it } from 'vitest';
import { servedSite } from '../helpers/served-site.ts';
import { readPage } from '../helpers/site.ts';

// The breaking-news banner of tests/fixtures/site/content/front-page.yaml, live at the fixture's
// build time (2025-01-16 12:00 UTC) and expiring at 2025-01-17 08:00 UTC, as readers see it.
const EXPIRES = Date.parse('2025-01-17T08:00:00Z');
const ARTICLE = '/articles/filler-03/';
const TEXT = 'Breaking: the harbour bridge is closed to traffic';

describe('breaking-news banner in Chromium', () => {
  const dir = inject('siteDir');
  const site = servedSite(dir);

  /** Opens the article with the browser's clock at `time`; returns the banner frame. */
  async function openAt(time: number) {
    const context = await site.browser.newContext({ viewport: { width: 1280, height: 900 } });
    await context.clock.install({ time });
    const tab = await context.newPage();
    await tab.goto(`${site.origin}${ARTICLE}`, { waitUntil: 'load' });
    const frame = tab.frameLocator('iframe.banner-frame');
    await frame.locator('body').waitFor();
    return { context, tab, frame };
  }

  it('shows on an article page, linking to its story, while it is live', async () => {
    const { context, tab, frame } = await openAt(EXPIRES - 60 * 60_000);
    const banner = frame.getByRole('link', { name: TEXT });
    await expect(banner.isVisible()).resolves.toBe(true);
    await expect(frame.locator('[data-latest]').isVisible()).resolves.toBe(false);
    // It sits on the first screen, above the story.
    const box = await tab.locator('iframe.banner-frame').boundingBox();
    expect(box!.y + box!.height).toBeLessThan(await tab.locator('h1').evaluate((h) => h.getBoundingClientRect().top));
    await banner.click();
    await tab.waitForURL('**/articles/escaped-title/');
    await context.close();
  });

  it('is gone after its expiry, on a page loaded later and on a page left open across it', async () => {
    const later = await openAt(EXPIRES + 60_000);
    await expect(later.frame.getByText(TEXT).isVisible()).resolves.toBe(false);
    // The strip shows the newest brief instead.
    await expect(later.frame.locator('[data-latest]').isVisible()).resolves.toBe(true);
    await later.context.close();

    const open = await openAt(EXPIRES - 30_000);
    await expect(open.frame.getByText(TEXT).isVisible()).resolves.toBe(true);
    await open.context.clock.runFor(60_000);
    await expect(open.frame.getByText(TEXT).isVisible()).resolves.toBe(false);
    await open.context.close();
  });

  it('is not in the article page itself: the page frames /banner/ and ships no script', () => {
    const doc = readPage(dir, ARTICLE);
    expect(doc.querySelector('iframe.banner-frame')?.getAttribute('src')).toBe('/banner/');
    expect(doc.body.textContent).not.toContain(TEXT);
    expect(doc.querySelectorAll('script:not([type="application/ld+json"])')).toHaveLength(0);
    // The banner's own document carries it, with its expiry for the browser to check.
    expect(readPage(dir, '/banner/').querySelector('[data-banner]')?.getAttribute('data-expires')).toBe(new Date(EXPIRES).toISOString());
  });
});
