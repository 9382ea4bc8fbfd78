import { describe, expect, inject, it } from 'vitest';
import { servedSite } from '../helpers/served-site.ts';

// Issue 14: the build reads link and image addresses as a browser does (WHATWG URL). Here the
// browser itself reads the hostile article: what Chromium resolves each address to must be what
// the build decided (the href as written, the rel for other hosts), and no image or other
// request may leave the page's origin.
describe('hostile addresses as Chromium reads them', () => {
  const hostile = servedSite(inject('hostileDir'));

  it('resolves every link in the article as the build wrote it, and marks each one that leaves the site', async () => {
    const page = await hostile.browser.newPage();
    const offsite: string[] = [];
    page.on('request', (r) => {
      if (!r.url().startsWith(hostile.origin) && !r.url().startsWith('data:')) offsite.push(r.url());
    });
    await page.goto(`${hostile.origin}/articles/hostile-body/`, { waitUntil: 'load' });
    const links = await page.$$eval('.story__body a[href]', (as) => as.map((a) => ({ attr: a.getAttribute('href')!, resolved: (a as HTMLAnchorElement).href, rel: a.getAttribute('rel') ?? '', text: a.textContent ?? '' })));
    const images = await page.$$eval('img', (imgs) => imgs.map((i) => (i as HTMLImageElement).currentSrc || (i as HTMLImageElement).src).filter(Boolean));
    await page.close();

    const hidden = links.filter((l) => l.text.startsWith('hidden host'));
    expect(hidden.map((l) => l.resolved)).toEqual(['https://evil.example/B31', 'https://evil.example/B32', 'https://evil.example/B33', 'https://evil.example/B34']);
    for (const link of links) {
      // Node's WHATWG parser (the feeds' absolutizer) reads the written href as Chromium does.
      expect(new URL(link.attr, `${hostile.origin}/articles/hostile-body/`).href, link.attr).toBe(link.resolved);
      const url = new URL(link.resolved);
      if (/^https?:$/.test(url.protocol) && url.origin !== hostile.origin) expect(link.rel.split(/\s+/), link.attr).toEqual(expect.arrayContaining(['noopener', 'noreferrer']));
    }
    for (const src of images) expect(new URL(src).origin, src).toBe(hostile.origin);
    expect(offsite).toEqual([]);
  });
});
