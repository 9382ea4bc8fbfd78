import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchBrowser } from '../helpers/browser.ts';
import { serveStatic } from '../helpers/serve.ts';

// The briefs column as a reader sees it in a real browser, on the demo site.
describe('latest news column in Chromium', () => {
  let browser: Browser;
  let server: Awaited<ReturnType<typeof serveStatic>>;
  beforeAll(async () => {
    server = await serveStatic(inject('demoDir'));
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('shows briefs newest first and follows a brief link to its article', async () => {
    const page = await browser.newPage();
    await page.goto(`${server.origin}/`);
    const column = page.getByRole('complementary', { name: 'Latest news' });
    await expect(column.isVisible()).resolves.toBe(true);
    const times = await column.locator('time').evaluateAll((els) => els.map((e) => Date.parse(e.getAttribute('datetime')!)));
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
    const page = await browser.newPage();
    await page.goto(`${server.origin}/`);
    const frontTexts = await page.locator('.briefs .briefs__text').allTextContents();
    const article = await page.locator('.front__lead a[href^="/articles/"]').first().getAttribute('href');
    await page.goto(`${server.origin}${article}`);
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
});
