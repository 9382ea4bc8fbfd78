import { existsSync } from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { servedSites } from '../helpers/served-site.ts';

/** Opens `url` recording CSP violations, console errors and uncaught exceptions. */
async function visit(browser: Browser, url: string) {
  const page: Page = await browser.newPage();
  const problems: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') problems.push(`console: ${m.text()}`);
  });
  page.on('pageerror', (e) => problems.push(`exception: ${e.message}`));
  page.on('dialog', (d) => {
    problems.push(`dialog: ${d.message()}`);
    void d.dismiss();
  });
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      (window as unknown as { __violations: string[] }).__violations ??= [];
      (window as unknown as { __violations: string[] }).__violations.push(`${e.violatedDirective} blocked ${e.blockedURI || 'inline'}`);
    });
  });
  const response = await page.goto(url, { waitUntil: 'load' });
  await page.waitForTimeout(100);
  const violations = await page.evaluate(() => (window as unknown as { __violations?: string[] }).__violations ?? []);
  return { page, response, problems: [...problems, ...violations.map((v) => `CSP: ${v}`)] };
}

describe('the site under its CSP, served like a CDN, in Chromium', () => {
  const sites = servedSites({ demo: inject('demoDir'), hostile: inject('hostileDir') });

  const demoPages = ['/', '/articles/port-of-tanger-med-record/', '/category/economy/', '/latest/', '/no-such-page/'];
  // The search page arrives with the Pagefind work; test it under the same policy once it exists.
  if (existsSync(path.join(inject('demoDir'), 'search/index.html'))) demoPages.push('/search/');

  it.each(demoPages)('%s loads with the CSP header and zero violations or errors', async (url) => {
    const { page, response, problems } = await visit(sites.browser, `${sites.origins.demo}${url}`);
    expect(response!.status()).toBe(url === '/no-such-page/' ? 404 : 200);
    // A page the site has gets the policy as a header; an unknown address (served 404.html)
    // matches no header rule and is held to the same policy by the page's own <meta>.
    const policy = response!.headers()['content-security-policy'] ?? (await page.locator('meta[http-equiv="content-security-policy"]').getAttribute('content'));
    expect(policy).toContain("script-src 'self'");
    expect(await page.locator('h1').count()).toBe(1);
    // Our stylesheets applied: the masthead is laid out by the site's CSS, not browser defaults.
    expect(await page.locator('link[rel="stylesheet"]').count()).toBeGreaterThan(0);
    expect(await page.evaluate(() => document.styleSheets.length)).toBeGreaterThan(0);
    // Ignore the 404 status line Chromium logs for the not-found page itself.
    expect(problems.filter((p) => !(url === '/no-such-page/' && /404/.test(p)))).toEqual([]);
    await page.close();
  });

  it.each(['/articles/hostile-body/', '/author/mallory/', '/category/news/', '/latest/', '/tag/img-src-x-onerror-alert-tag1/'])(
    'hostile page %s runs nothing: no dialog, no violation, no error',
    async (url) => {
      const { page, problems } = await visit(sites.browser, `${sites.origins.hostile}${url}`);
      // Hover everything a handler could have been hidden on (a dialog would be recorded).
      for (const el of await page.locator('main a, main p, main img, main details, main span').all()) await el.hover({ timeout: 500 }).catch(() => {});
      expect(problems).toEqual([]);
      expect(page.url()).toBe(`${sites.origins.hostile}${url}`);
      await page.close();
    },
  );

  it('follows a renamed article\'s old address to its page with a permanent redirect', async () => {
    const page = await sites.browser.newPage();
    const response = await page.goto(`${sites.origins.hostile}/2019/05/old-story.html`);
    expect(page.url()).toBe(`${sites.origins.hostile}/articles/renamed-story/`);
    expect(response!.request().redirectedFrom()?.url()).toBe(`${sites.origins.hostile}/2019/05/old-story.html`);
    expect(await page.locator('h1').textContent()).toBe('A renamed story');
    await page.close();
  });
});
