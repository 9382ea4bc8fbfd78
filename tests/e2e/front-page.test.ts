import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { servedSites } from '../helpers/served-site.ts';
import { readPage, text } from '../helpers/site.ts';

/** Article headlines (card titles) whose whole box is inside the first screen, top to bottom. */
async function headlinesAboveFold(tab: Page): Promise<string[]> {
  return tab.evaluate(() =>
    [...document.querySelectorAll('main .card__title')]
      .map((el) => ({ el, box: el.getBoundingClientRect() }))
      .filter(({ el, box }) => el.checkVisibility() && box.height > 0 && box.top >= 0 && box.bottom <= innerHeight && box.left >= 0 && box.right <= innerWidth)
      .sort((a, b) => a.box.top - b.box.top)
      .map(({ el }) => (el.textContent ?? '').trim()),
  );
}

// The demo front page as a reader first sees it: how much news the first screen holds, and that
// the editors' choices and every section are there.
describe('front page in Chromium', () => {
  const demo = inject('demoDir');
  const site = inject('siteDir');
  const served = servedSites({ demo, site });

  it('shows at least 8 article headlines above the fold at 1280×900', async () => {
    const context = await served.browser.newContext({ viewport: { width: 1280, height: 900 } });
    const tab = await context.newPage();
    await tab.goto(`${served.origins.demo}/`, { waitUntil: 'networkidle' });
    const headlines = await headlinesAboveFold(tab);
    await context.close();
    expect(headlines.length, headlines.join('\n')).toBeGreaterThanOrEqual(8);
    expect(new Set(headlines).size).toBe(headlines.length);
  });

  it('puts the lead with its picture and at least 3 more headlines before the briefs on a 390×844 phone', async () => {
    const context = await served.browser.newContext({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
    const tab = await context.newPage();
    await tab.goto(`${served.origins.demo}/`, { waitUntil: 'networkidle' });
    const layout = await tab.evaluate(() => {
      const briefsTop = document.querySelector('main .briefs')!.getBoundingClientRect().top;
      const lead = document.querySelector('.card--lead')!;
      const titles = [...document.querySelectorAll('main .card__title')].map((el) => el.getBoundingClientRect());
      return {
        leadTop: lead.getBoundingClientRect().top,
        leadImageVisible: !!lead.querySelector('img')?.checkVisibility(),
        leadTitleBottom: lead.querySelector('.card__title')!.getBoundingClientRect().bottom,
        before: titles.filter((b) => b.bottom <= briefsTop).length,
        briefsTop,
      };
    });
    await context.close();
    expect(layout.leadImageVisible).toBe(true);
    // The lead's headline is on the first screen, and the lead plus three more come before the briefs.
    expect(layout.leadTitleBottom).toBeLessThanOrEqual(844);
    expect(layout.before).toBeGreaterThanOrEqual(4);
    expect(layout.leadTop).toBeLessThan(layout.briefsTop);
  });

  it('gives every section a block with its own picture and 3 to 5 headlines, even when its stories appear above', async () => {
    const doc = readPage(demo, '/');
    const sections = [...doc.querySelectorAll('nav.sections a[href^="/category/"]')].map((a) => a.getAttribute('href')!);
    expect(sections.length).toBeGreaterThanOrEqual(7);
    for (const href of sections) {
      const id = href.split('/')[2]!;
      const block = doc.querySelector(`.front__section[data-section="${id}"]`);
      expect(block, `block for ${href}`).not.toBeNull();
      expect(block!.querySelector('h2 a')?.getAttribute('href')).toBe(href);
      expect(block!.querySelector('.card img'), `picture in the ${id} block`).not.toBeNull();
      const headlines = block!.querySelectorAll('.card__title').length;
      expect(headlines, `headlines in the ${id} block`).toBeGreaterThanOrEqual(3);
      expect(headlines).toBeLessThanOrEqual(5);
    }
    // The lead story also leads its own section's block: front pages repeat.
    const leadHref = doc.querySelector('.front__lead .card--lead .card__title a')!.getAttribute('href');
    expect(doc.querySelector(`.front__sections a[href="${leadHref}"]`)).not.toBeNull();
  });

  for (const viewport of [{ width: 390, height: 844 }, { width: 1280, height: 900 }]) {
    it(`shows every section's block on screen at ${viewport.width} px, with its picture and headlines visible`, async () => {
      const context = await served.browser.newContext({ viewport });
      const tab = await context.newPage();
      await tab.goto(`${served.origins.demo}/`, { waitUntil: 'networkidle' });
      const blocks = await tab.evaluate(() =>
        [...document.querySelectorAll('.front__section')].map((b) => ({
          id: b.getAttribute('data-section'),
          visible: b.checkVisibility() && b.getBoundingClientRect().height > 100,
          picture: [...b.querySelectorAll('.card img')].some((i) => i.checkVisibility() && i.getBoundingClientRect().width > 50),
          headlines: [...b.querySelectorAll('.card__title')].filter((h) => h.checkVisibility() && h.getBoundingClientRect().height > 0).length,
        })),
      );
      const nav = [...readPage(demo, '/').querySelectorAll('nav.sections a[href^="/category/"]')].map((a) => a.getAttribute('href')!.split('/')[2]);
      await context.close();
      expect(blocks.map((b) => b.id)).toEqual(nav);
      for (const b of blocks) expect(b, b.id!).toMatchObject({ visible: true, picture: true, headlines: expect.any(Number) });
      for (const b of blocks) expect(b.headlines, b.id!).toBeGreaterThanOrEqual(3);
    });
  }

  it("shows the editors' pinned lead first, above newer stories with pictures, then their top story", async () => {
    // The fixture's content/front-page.yaml pins "Filler story 05" (5 January, no picture) and then "Filler story 02".
    const context = await served.browser.newContext({ viewport: { width: 1280, height: 900 } });
    const tab = await context.newPage();
    await tab.goto(`${served.origins.site}/`, { waitUntil: 'networkidle' });
    const order = await headlinesAboveFold(tab);
    const reading = await tab.evaluate(() => [...document.querySelectorAll('main .card__title')].slice(0, 2).map((h) => h.textContent!.trim()));
    // The lead is the biggest headline, at the top of the page's first column.
    const lead = await tab.evaluate(() => {
      const cards = [...document.querySelectorAll('main .card')].map((c) => ({ c, r: c.getBoundingClientRect(), size: parseFloat(getComputedStyle(c.querySelector('.card__title')!).fontSize) }));
      const first = cards[0]!;
      return {
        title: first.c.querySelector('.card__title')!.textContent!.trim(),
        topmost: cards.every(({ r }) => first.r.top <= r.top + 0.5),
        leftmost: cards.every(({ r }) => first.r.left <= r.left + 0.5),
        biggest: cards.slice(1).every(({ size }) => size < first.size),
      };
    });
    await context.close();
    expect(reading).toEqual(['Filler story 05', 'Filler story 02']);
    expect(lead).toEqual({ title: 'Filler story 05', topmost: true, leftmost: true, biggest: true });
    expect(order).toContain('Filler story 05');
    expect(order).toContain('Picture story');
    // The demo's pinned lead too.
    expect(text(readPage(demo, '/').querySelector('.card--lead .card__title'))).toBe('Tanger Med passes 11 million containers with five weeks of the year to go');
  });

  it('marks a story in another language with its language, on the English front page', () => {
    const doc = readPage(demo, '/');
    const arabic = [...doc.querySelectorAll('main .card')].find((c) => c.getAttribute('lang') === 'ar');
    expect(arabic?.getAttribute('dir')).toBe('rtl');
    expect(text(arabic!.querySelector('.card__lang'))).toBe('العربية');
    expect([...doc.querySelectorAll('main .card[lang="en"] .card__lang')]).toHaveLength(0);
  });
});
