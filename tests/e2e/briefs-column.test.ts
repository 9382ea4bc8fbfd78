import { describe, expect, inject, it } from 'vitest';
import { servedSite } from '../helpers/served-site.ts';

// The briefs column as a reader sees it in a real browser, on the demo site.
describe('latest news column in Chromium', () => {
  const site = servedSite(inject('demoDir'));

  it('shows briefs newest first and follows a brief link to its article', async () => {
    const page = await site.browser.newPage();
    await page.goto(`${site.origin}/`);
    const column = page.getByRole('complementary', { name: 'Latest news' });
    await expect(column.isVisible()).resolves.toBe(true);
    const times = await column.locator('.briefs__item time').evaluateAll((els) => els.map((e) => Date.parse(e.getAttribute('datetime')!)));
    expect(times.length).toBeGreaterThan(5);
    expect([...times].sort((a, b) => b - a)).toEqual(times);
    const link = column.locator('a.briefs__text[href^="/articles/"]').first();
    const href = await link.getAttribute('href');
    await link.click();
    await page.waitForURL(`**${href}`);
    await expect(page.locator('h1').count()).resolves.toBe(1);
    await page.close();
  });

  it('shows the same briefs beside an article, in a frame whose links open in the whole window', async () => {
    const page = await site.browser.newPage();
    await page.goto(`${site.origin}/`);
    const frontTexts = await page.locator('.briefs .briefs__text').allTextContents();
    const article = await page.locator('.front__lead a[href^="/articles/"]').first().getAttribute('href');
    await page.goto(`${site.origin}${article}`);
    const frame = page.frameLocator('iframe[title="Latest news"]');
    const column = frame.getByRole('complementary', { name: 'Latest news' });
    await column.waitFor();
    await expect(column.locator('.briefs__text').allTextContents()).resolves.toEqual(frontTexts);
    const link = column.locator('a.briefs__text[href^="/articles/"]').first();
    const href = await link.getAttribute('href');
    await link.click();
    // The whole page navigates (base target="_top"), not just the frame.
    await page.waitForURL(`**${href}`);
    await expect(page.locator('h1.story__title').count()).resolves.toBe(1);
    await page.close();
  });

  it('underlines linked briefs without a hover, and only those', async () => {
    const context = await site.browser.newContext({ hasTouch: true, isMobile: true, viewport: { width: 390, height: 844 } });
    const page = await context.newPage();
    await page.goto(`${site.origin}/`);
    const styles = await page.locator('.briefs .briefs__text').evaluateAll((els) => els.map((e) => [e.tagName, getComputedStyle(e).textDecorationLine]));
    expect(styles.filter(([tag]) => tag === 'A').every(([, line]) => line === 'underline')).toBe(true);
    expect(styles.filter(([tag]) => tag === 'SPAN').every(([, line]) => line === 'none')).toBe(true);
    expect(styles.some(([tag]) => tag === 'A') && styles.some(([tag]) => tag === 'SPAN')).toBe(true);
    await context.close();
  });

  for (const viewport of [{ width: 1280, height: 900 }, { width: 1280, height: 700 }, { width: 390, height: 844 }]) {
    it(`fits its frame beside an article at ${viewport.width}×${viewport.height}: whole briefs under their day labels, "All latest news" in view, no scroll box`, async () => {
      const context = await site.browser.newContext({ viewport });
      const page = await context.newPage();
      await page.goto(`${site.origin}/articles/port-of-tanger-med-record/`);
      const iframe = page.locator('iframe[title="Latest news"]');
      await iframe.scrollIntoViewIfNeeded();
      const frame = page.frameLocator('iframe[title="Latest news"]');
      await frame.locator('.briefs__more a').waitFor();
      const fit = await frame.locator('html').evaluate(() => {
        const inView = (r: DOMRect) => r.top >= 0 && r.left >= 0 && r.bottom <= innerHeight + 0.5 && r.right <= innerWidth + 0.5;
        const items = [...document.querySelectorAll('.briefs__item')].map((li) => ({ li, r: li.getBoundingClientRect() }));
        const shown = items.filter(({ r }) => r.left < innerWidth && r.right > 0);
        const last = shown.at(-1)!;
        const area = document.querySelector('.briefs__days')!.getBoundingClientRect();
        return {
          shown: shown.length,
          allShownWhole: shown.every(({ r }) => inView(r) && r.bottom <= area.bottom + 0.5),
          lastBottom: last.r.bottom,
          areaBottom: area.bottom,
          labelsForShownDays: shown.every(({ li }) => inView(li.closest('.briefs__day')!.querySelector('.briefs__day-label')!.getBoundingClientRect())),
          more: inView(document.querySelector('.briefs__more a')!.getBoundingClientRect()),
          scrollable: document.documentElement.scrollHeight > innerHeight + 1 || getComputedStyle(document.documentElement).overflowY !== 'hidden',
        };
      });
      // The frame itself is wholly on screen once scrolled to, so what it shows is what the reader sees.
      const box = (await iframe.boundingBox())!;
      await context.close();
      expect(box.height).toBeLessThanOrEqual(viewport.height);
      expect(fit.shown).toBeGreaterThanOrEqual(3);
      expect(fit.allShownWhole, JSON.stringify(fit)).toBe(true);
      expect(fit.lastBottom).toBeLessThanOrEqual(fit.areaBottom + 0.5);
      expect(fit.labelsForShownDays).toBe(true);
      expect(fit.more).toBe(true);
      expect(fit.scrollable).toBe(false);
    });
  }
});
