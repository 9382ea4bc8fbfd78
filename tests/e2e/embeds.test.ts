import { describe, expect, inject, it } from 'vitest';
import { servedSite } from '../helpers/served-site.ts';

// A click-to-load video in Chromium: nothing reaches the provider until the reader asks.
describe('click-to-load embeds in Chromium', () => {
  const site = servedSite(inject('hostileDir'));

  it('requests nothing from another host before the click, then loads only the allowlisted frame', async () => {
    const page = await site.browser.newPage();
    const requests: string[] = [];
    page.on('request', (r) => requests.push(r.url()));
    await page.addInitScript(() => {
      document.addEventListener('securitypolicyviolation', (e) => ((window as unknown as { __v: string[] }).__v ??= []).push(e.violatedDirective));
    });
    await page.goto(`${site.origin}/articles/hostile-body/`, { waitUntil: 'networkidle' });
    const button = page.getByRole('button', { name: 'Load video from YouTube' });
    await button.scrollIntoViewIfNeeded();
    await page.waitForTimeout(300);
    expect(requests.filter((u) => !u.startsWith(site.origin))).toEqual([]);
    expect(await page.locator('iframe:not(.briefs-frame):not(.banner-frame)').count()).toBe(0);
    expect(await button.isVisible()).toBe(true);

    await button.click();
    const frame = page.locator('iframe.embed__frame');
    await frame.waitFor({ state: 'attached' });
    expect(await frame.getAttribute('src')).toBe('https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ?autoplay=1');
    expect(await frame.getAttribute('title')).toBe('Video from YouTube');
    await expect.poll(() => requests.filter((u) => !u.startsWith(site.origin))).toEqual(['https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ?autoplay=1']);
    // The frame is allowed by frame-src: no violation, even though this machine cannot reach YouTube.
    expect(await page.evaluate(() => (window as unknown as { __v?: string[] }).__v ?? [])).toEqual([]);
    await page.close();
  });

  it('without JavaScript, shows the notice and the link to the original, and no dead button', async () => {
    const context = await site.browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${site.origin}/articles/hostile-body/`);
    expect(await page.getByRole('button', { name: /Load video/ }).isVisible()).toBe(false);
    expect(await page.getByText('This video is hosted by YouTube').isVisible()).toBe(true);
    expect(await page.getByRole('link', { name: 'Watch on YouTube' }).getAttribute('href')).toBe('https://www.youtube.com/watch?v=dQw4w9WgXcQ');
    await context.close();
  });
});
