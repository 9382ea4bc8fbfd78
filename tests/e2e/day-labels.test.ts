import type { Browser } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { servedSite } from '../helpers/served-site.ts';

// src/scripts/day-labels.ts in Chromium: the static page names each day of briefs by its date;
// in the reader's browser, today and yesterday (by the reader's clock, in the site's time zone)
// are named so, with the date kept as the label's tooltip.
describe('day labels over the briefs', () => {
  const site = servedSite(inject('demoDir'));

  /** The front page's briefs column, opened at `time` by the reader's clock. */
  async function columnAt(browser: Browser, time: string) {
    const context = await browser.newContext();
    await context.clock.install({ time: Date.parse(time) });
    const page = await context.newPage();
    await page.goto(`${site.origin}/`);
    return { context, column: page.getByRole('complementary', { name: 'Latest news' }) };
  }

  it('puts a day label over each day, naming today and yesterday by the reader’s clock', async () => {
    // The reader opens the page at 20:00 Morocco time on 24 November 2026, the demo's newest day.
    const { context, column } = await columnAt(site.browser, '2026-11-24T20:00:00+01:00');
    const days = await column.locator('.briefs__item time').evaluateAll((els) => [...new Set(els.map((e) => e.getAttribute('datetime')!.slice(0, 10)))]);
    expect(days.length).toBeGreaterThan(1);
    const labels = column.locator('.briefs__day-label time');
    await expect(labels.evaluateAll((els) => els.map((e) => e.getAttribute('datetime')))).resolves.toEqual(days);
    await expect(labels.allTextContents()).resolves.toEqual(['Today', 'Yesterday', ...days.slice(2).map(() => expect.stringMatching(/^[A-Z][a-z]+day \d{1,2} [A-Z][a-z]+$/))]);
    // Every label sits above its own briefs.
    const ordered = await column.locator('.briefs__day').evaluateAll((sections) => sections.every((s) => s.querySelector('.briefs__day-label')!.getBoundingClientRect().bottom <= s.querySelector('.briefs__item')!.getBoundingClientRect().top));
    expect(ordered).toBe(true);
    await context.close();
  });


  it('keeps the date as the renamed label\'s tooltip, and renames nothing for a reader two days on', async () => {
    const today = await columnAt(site.browser, '2026-11-24T20:00:00+01:00');
    const first = today.column.locator('.briefs__day-label time').first();
    await expect(first.textContent()).resolves.toBe('Today');
    await expect(first.getAttribute('title')).resolves.toMatch(/^[A-Z][a-z]+day 24 November$/);
    await today.context.close();
    // Noon on the 26th: the demo's newest briefs (the 24th) are two days old, named by date.
    const later = await columnAt(site.browser, '2026-11-26T12:00:00Z');
    const labels = await later.column.locator('.briefs__day-label time').allTextContents();
    expect(labels.length).toBeGreaterThan(1);
    expect(labels.filter((l) => l === 'Today' || l === 'Yesterday')).toEqual([]);
    await later.context.close();
  });
});
