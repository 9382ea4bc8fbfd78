import { mkdirSync, statSync } from 'node:fs';
import path from 'node:path';
import type { BrowserContext } from 'playwright-core';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { ARTICLE_WITH_IMAGE, budgetPages } from '../helpers/quality.ts';
import { servedSite } from '../helpers/served-site.ts';
import { projectDir } from '../helpers/site.ts';

const RTL_ARTICLE = '/articles/rabat-calligraphy-exhibition/';
const screenshotDir = path.join(projectDir, 'tests/.output/screenshots');

// How the demo site looks and reflows in Chromium: phone to desktop, light and dark, print, RTL.
describe('layout in Chromium', () => {
  const dir = inject('demoDir');
  const site = servedSite(dir);
  beforeAll(() => {
    mkdirSync(screenshotDir, { recursive: true });
  });

  /** Opens a page and scrolls through it so that lazy images are in before a screenshot. */
  async function open(context: BrowserContext, urlPath: string) {
    const tab = await context.newPage();
    await tab.goto(`${site.origin}${urlPath}`, { waitUntil: 'networkidle' });
    await tab.evaluate(async () => {
      for (let y = 0; y <= document.documentElement.scrollHeight; y += innerHeight / 2) {
        scrollTo(0, y);
        await new Promise((r) => setTimeout(r, 40));
      }
      scrollTo(0, 0);
    });
    await tab.waitForFunction(() => [...document.images].every((i) => i.complete));
    return tab;
  }

  it('takes screenshots of the home page and an article at phone and desktop widths, light and dark', async () => {
    const backgrounds: Record<string, string> = {};
    for (const [name, urlPath] of [['home', '/'], ['article', ARTICLE_WITH_IMAGE]] as const) {
      for (const width of [375, 1280]) {
        for (const scheme of ['light', 'dark'] as const) {
          const context = await site.browser.newContext({ viewport: { width, height: width < 500 ? 812 : 900 }, colorScheme: scheme });
          const tab = await open(context, urlPath);
          backgrounds[scheme] = await tab.evaluate(() => getComputedStyle(document.body).backgroundColor);
          const file = path.join(screenshotDir, `${name}-${width}-${scheme}.png`);
          await tab.screenshot({ path: file, fullPage: true });
          await context.close();
          expect(statSync(file).size).toBeGreaterThan(20_000);
        }
      }
    }
    // The dark theme really is dark: the page background follows prefers-color-scheme.
    expect(backgrounds['light']).not.toBe(backgrounds['dark']);
  }, 120_000);

  const pages = [...budgetPages(dir).filter((p) => p.exists).map((p) => p.path), RTL_ARTICLE, '/latest/'];
  it('fits a 320 px wide screen without sideways scrolling on every budget page', async () => {
    const context = await site.browser.newContext({ viewport: { width: 320, height: 640 } });
    for (const urlPath of pages) {
      const tab = await context.newPage();
      await tab.goto(`${site.origin}${urlPath}`);
      const overflow = await tab.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow, urlPath).toBeLessThanOrEqual(0);
      await tab.close();
    }
    await context.close();
  });

  it('sets right-to-left articles from the right, and left-to-right ones from the left', async () => {
    const context = await site.browser.newContext({ viewport: { width: 1280, height: 900 } });
    const edges = async (urlPath: string) => {
      const tab = await context.newPage();
      await tab.goto(`${site.origin}${urlPath}`);
      const result = await tab.evaluate(() => {
        const p = document.querySelector('.story__body p')!;
        const range = document.createRange();
        range.selectNodeContents(p);
        const text = range.getClientRects()[0]!;
        const box = p.getBoundingClientRect();
        return { left: text.left - box.left, right: box.right - text.right };
      });
      await tab.close();
      return result;
    };
    const rtl = await edges(RTL_ARTICLE);
    expect(rtl.right).toBeLessThan(2);
    expect(rtl.left).toBeGreaterThan(2);
    const ltr = await edges(ARTICLE_WITH_IMAGE);
    expect(ltr.left).toBeLessThan(2);
    await context.close();
  });

  it('aligns everything around a right-to-left story on its right edge: section, byline, dates, tags, sharing, comments, pager', async () => {
    const context = await site.browser.newContext({ viewport: { width: 1280, height: 900 } });
    const tab = await context.newPage();
    await tab.goto(`${site.origin}${RTL_ARTICLE}`);
    const parts = ['.story__category', '.story__byline', '.story__dates', '.tags', '.share__heading', '.share li', '.comments__heading', '.pager__link--previous'];
    const gaps = await tab.evaluate((selectors) => {
      const column = document.querySelector('.story-column')!;
      const right = column.getBoundingClientRect().right - parseFloat(getComputedStyle(column).paddingRight);
      return Object.fromEntries(selectors.map((sel) => {
        const el = document.querySelector(sel);
        if (!el) return [sel, null];
        // A right-to-left line starts at its right end: the rightmost point of the part's text
        // (the pager's link box instead, whose arrow is drawn by CSS, outside the text).
        const range = document.createRange();
        range.selectNodeContents(el);
        const rects = sel.startsWith('.pager') ? [el.getBoundingClientRect()] : [...range.getClientRects()].filter((r) => r.width > 0);
        return [sel, Math.round(right - Math.max(...rects.map((r) => r.right)))];
      }));
    }, parts);
    await context.close();
    for (const sel of parts) {
      expect(gaps[sel], `${sel} is on the page`).not.toBeNull();
      expect(gaps[sel], `${sel} starts at the column's right edge`).toBeLessThanOrEqual(2);
    }
  });

  it("draws the Arabic story in the site's own Noto Naskh Arabic, fetching only the Arabic-block file", async () => {
    const context = await site.browser.newContext({ viewport: { width: 390, height: 844 } });
    const tab = await context.newPage();
    const fonts: string[] = [];
    tab.on('request', (r) => { if (r.resourceType() === 'font') fonts.push(new URL(r.url()).pathname); });
    await tab.goto(`${site.origin}${RTL_ARTICLE}`, { waitUntil: 'networkidle' });
    const drawn = await tab.evaluate(async () => {
      await document.fonts.ready;
      const loaded = [...document.fonts].filter((f) => f.status === 'loaded').map((f) => f.family.replace(/"/g, ''));
      // Chromium's own account of the faces it used for the first paragraph's glyphs.
      return { loaded, family: getComputedStyle(document.querySelector('.story__body p')!).fontFamily };
    });
    const cdp = await context.newCDPSession(tab);
    await cdp.send('DOM.enable');
    await cdp.send('CSS.enable');
    const { root } = await cdp.send('DOM.getDocument');
    const { nodeId } = await cdp.send('DOM.querySelector', { nodeId: root.nodeId, selector: '.story__body p' });
    const { fonts: used } = await cdp.send('CSS.getPlatformFontsForNode', { nodeId });
    await context.close();
    expect(drawn.loaded).toContain('Noto Naskh Arabic Variable');
    expect(drawn.family).toMatch(/^"?Noto Naskh Arabic Variable/);
    expect(used.map((f) => f.familyName)).toContain('Noto Naskh Arabic');
    expect(used.find((f) => f.familyName === 'Noto Naskh Arabic')?.isCustomFont).toBe(true);
    // One file, the core (the banner's frame may ask for it too; the browser's cache answers).
    expect([...new Set(fonts)], fonts.join(', ')).toHaveLength(1);
    expect(fonts[0]).toMatch(/\/noto-naskh-arabic-core\.[\w-]+\.woff2$/);
  });

  it("asks for the Arabic story's font early and at low priority, so the stylesheet goes first; an English story asks for none", async () => {
    const requested = async (path: string) => {
      const context = await site.browser.newContext({ viewport: { width: 390, height: 844 } });
      const tab = await context.newPage();
      const cdp = await context.newCDPSession(tab);
      const seen: { path: string; type: string; priority: string }[] = [];
      cdp.on('Network.requestWillBeSent', (e) => {
        seen.push({ path: new URL(e.request.url).pathname, type: e.type ?? '', priority: e.request.initialPriority });
      });
      await cdp.send('Network.enable');
      await tab.goto(`${site.origin}${path}`, { waitUntil: 'networkidle' });
      await context.close();
      return seen;
    };
    const arabic = await requested(RTL_ARTICLE);
    const font = arabic.find((r) => /noto-naskh-arabic-core\.[\w-]+\.woff2$/.test(r.path));
    const stylesheet = arabic.find((r) => r.type === 'Stylesheet');
    expect(font, arabic.map((r) => r.path).join(', ')).toBeDefined();
    expect(stylesheet).toBeDefined();
    // Fonts found through CSS get the highest priority, and the first paint then waited for this one.
    expect(font!.priority).toBe('Low');
    expect(stylesheet!.priority).toBe('VeryHigh');
    const english = await requested(ARTICLE_WITH_IMAGE);
    expect(english.filter((r) => r.path.includes('noto-naskh')).map((r) => r.path)).toEqual([]);
  });

  it('prints an article without the navigation, briefs, sharing and related links', async () => {
    const context = await site.browser.newContext();
    const tab = await context.newPage();
    await tab.goto(`${site.origin}${ARTICLE_WITH_IMAGE}`);
    await tab.emulateMedia({ media: 'print' });
    const shown = await tab.evaluate(() =>
      Object.fromEntries(['.sections', '.briefs-frame', '.share', '.related', '.pager', '.site-footer', '.story__body', '.story__title'].map((s) => [s, document.querySelector(s)!.checkVisibility()])),
    );
    expect(shown).toEqual({
      '.sections': false, '.briefs-frame': false, '.share': false, '.related': false, '.pager': false, '.site-footer': false,
      '.story__body': true, '.story__title': true,
    });
    await context.close();
  });
});
