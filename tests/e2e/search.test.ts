import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { SHARDS_MANIFEST, parseShardsManifest } from '../../src/search/shards.ts';
import { servedSite } from '../helpers/served-site.ts';
import { readPage, text } from '../helpers/site.ts';

// The search page as a reader uses it, in Chromium, over the demo site's real Pagefind index.
const demo = inject('demoDir');

/** A word in one article's body only, and one in one brief only (both checked below, not assumed). */
const ARTICLE_WORD = 'Melloussa';
const BRIEF_WORD = 'speedboats';
/** A word only in the newest brief, which the "Latest news" column shows on every page. */
const TICKER_WORD = 'hamstring';
/** A word in one brief and in one story of an older month (so in two shards). */
const SHARDS_WORD = 'trawlers';
/** A word in articles of several sections. */
const COMMON_WORD = 'minister';

/** Article pages whose indexed text contains `word`. */
function articlesContaining(word: string): string[] {
  return readdirSync(path.join(demo, 'articles'))
    .map((slug) => `/articles/${slug}/`)
    .filter((url) => text(readPage(demo, url).querySelector('[data-pagefind-body]')).toLowerCase().includes(word.toLowerCase()));
}

/** Brief lines of the archive whose text contains `word`, as `/latest/<day>/#brief-<id>`. */
function briefsContaining(word: string): string[] {
  return readdirSync(path.join(demo, 'latest'))
    .filter((d) => /^\d{4}-\d{2}-\d{2}$/.test(d))
    .flatMap((day) =>
      [...readPage(demo, `/latest/${day}/`).querySelectorAll('.briefs__item')]
        .filter((li) => text(li).toLowerCase().includes(word.toLowerCase()))
        .map((li) => `/latest/${day}/#${li.id}`),
    );
}

describe('search page in Chromium', () => {
  const site = servedSite(demo);

  /** Waits until the status line reports a finished search and returns the results' links and meta lines. */
  async function results(page: Page): Promise<Array<{ href: string; meta: string; time: string | null }>> {
    await page.locator('[data-search-status]').filter({ hasText: /results?( |\.)|No results/ }).waitFor();
    return page.locator('.search-result').evaluateAll((items) =>
      items.map((li) => ({
        href: li.querySelector('a')!.getAttribute('href')!,
        meta: li.querySelector('.search-result__meta')!.textContent!,
        time: li.querySelector('time')?.getAttribute('datetime') ?? null,
      })),
    );
  }

  it('finds the one article whose body has a word, first, with the query kept in the URL, all by keyboard', async () => {
    const [expected, ...others] = articlesContaining(ARTICLE_WORD);
    expect(others, 'the word must be in exactly one article').toEqual([]);
    const page = await site.browser.newPage();
    await page.goto(`${site.origin}/search/`);
    await page.getByRole('searchbox', { name: 'Search articles and news briefs' }).focus();
    await page.keyboard.type(ARTICLE_WORD);
    await page.keyboard.press('Enter');
    const found = await results(page);
    expect(found[0]?.href).toBe(expected);
    expect(found[0]?.meta).toMatch(/Economy · \d{1,2} \w+ \d{4}/);
    await expect(page.locator('.search-result__excerpt mark').first().textContent()).resolves.toMatch(new RegExp(ARTICLE_WORD, 'i'));
    expect(new URL(page.url()).searchParams.get('q')).toBe(ARTICLE_WORD);
    // Tab from the search box to the first result and open it.
    for (let i = 0; i < 10 && !(await page.evaluate(() => document.activeElement?.closest('.search-result') !== null)); i++) await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await page.waitForURL(`**${expected}`);
    await page.close();
  });

  it('opens a shared search address with the same results', async () => {
    const page = await site.browser.newPage();
    await page.goto(`${site.origin}/search/?q=${ARTICLE_WORD}`);
    await expect(page.getByRole('searchbox', { name: 'Search articles and news briefs' }).inputValue()).resolves.toBe(ARTICLE_WORD);
    expect((await results(page))[0]?.href).toBe(articlesContaining(ARTICLE_WORD)[0]);
    await page.close();
  });

  it('narrows the results to one section with the category filter', async () => {
    const page = await site.browser.newPage();
    await page.goto(`${site.origin}/search/?q=${COMMON_WORD}`);
    const all = await results(page);
    const sections = new Set(all.map((r) => r.meta.split(' · ').find((part) => part !== 'Latest news')));
    expect(sections.size, 'the word must be in several sections').toBeGreaterThan(1);
    const section = [...sections][0]!;
    const select = page.getByLabel('Section', { exact: true });
    await select.selectOption({ label: section });
    await page.locator('[data-search-status]').filter({ hasText: ` in ${section}.` }).waitFor();
    const narrowed = await results(page);
    expect(narrowed.length).toBeGreaterThan(0);
    expect(narrowed.length).toBeLessThan(all.length);
    for (const r of narrowed) expect(r.meta).toContain(section);
    expect(new URL(page.url()).searchParams.get('category')).toBe(await select.inputValue());
    await page.close();
  });

  it('sorts newest first on request', async () => {
    const page = await site.browser.newPage();
    await page.goto(`${site.origin}/search/?q=${COMMON_WORD}&sort=newest`);
    const times = (await results(page)).map((r) => Date.parse(r.time!));
    expect(times.length).toBeGreaterThan(2);
    expect([...times].sort((a, b) => b - a)).toEqual(times);
    await page.close();
  });

  it('searches every shard: a story from an older month and a brief, newest first, and filters across them', async () => {
    // The demo's index has several shards (the briefs, and one per month of stories).
    const { shards } = parseShardsManifest(JSON.parse(readFileSync(path.join(demo, SHARDS_MANIFEST), 'utf8')));
    expect(shards.length).toBeGreaterThanOrEqual(3);
    const [story, ...otherStories] = articlesContaining(SHARDS_WORD);
    const [brief, ...otherBriefs] = briefsContaining(SHARDS_WORD);
    expect([otherStories, otherBriefs], 'the word must be in one article and one brief').toEqual([[], []]);
    const shardOf = (url: string) => readPage(demo, url).querySelector('[data-published]')!.getAttribute('data-published')!.slice(0, 7);
    expect(shardOf(story!), 'the story must be in an older month than the newest').not.toBe(shards.at(-1)!.name);
    const page = await site.browser.newPage();
    await page.goto(`${site.origin}/search/?q=${SHARDS_WORD}&sort=newest`);
    const newest = await results(page);
    // The brief (November) before the story (October): ordered by date across the shards.
    expect(newest.map((r) => r.href)).toEqual([brief, story]);
    expect(Date.parse(newest[0]!.time!)).toBeGreaterThan(Date.parse(newest[1]!.time!));
    // Best match finds both too; the section filter keeps only the story (the brief is World news).
    await page.getByLabel('Order').selectOption({ label: 'Best match' });
    await page.locator('[data-search-status]').filter({ hasText: '2 results' }).waitFor();
    expect((await results(page)).map((r) => r.href).sort()).toEqual([brief, story].sort());
    await page.getByLabel('Section', { exact: true }).selectOption({ label: 'Economy' });
    await page.locator('[data-search-status]').filter({ hasText: ' in Economy.' }).waitFor();
    expect((await results(page)).map((r) => r.href)).toEqual([story]);
    // The briefs' shard has no author filter at all: an author still keeps only their stories.
    await page.getByLabel('Section', { exact: true }).selectOption({ label: 'All sections' });
    await page.getByLabel('Author', { exact: true }).selectOption({ label: 'Youssef Amrani' });
    await page.locator('[data-search-status]').filter({ hasText: ' in Youssef Amrani.' }).waitFor();
    expect((await results(page)).map((r) => r.href)).toEqual([story]);
    await page.close();
  });

  it('finds briefs as results of their own, leading to their line in the archive', async () => {
    expect(articlesContaining(BRIEF_WORD), 'the word must be in no article').toEqual([]);
    const [line, ...others] = briefsContaining(BRIEF_WORD);
    expect(others, 'the word must be in exactly one brief').toEqual([]);
    const page = await site.browser.newPage();
    await page.goto(`${site.origin}/search/?q=${BRIEF_WORD}`);
    const [first] = await results(page);
    expect(first?.href).toBe(line);
    expect(first?.meta.startsWith('Latest news')).toBe(true);
    await page.close();
  });

  it('does not index the briefs column that every article page carries', async () => {
    // The newest brief is in the column on every article page; only its own record may match.
    const newest = readPage(demo, '/latest/').querySelector('.briefs__item')!;
    const word = TICKER_WORD;
    expect(text(newest), 'the word must be in the newest brief').toContain(word);
    expect(articlesContaining(word)).toEqual([]);
    const page = await site.browser.newPage();
    await page.goto(`${site.origin}/search/?q=${word}`);
    expect((await results(page)).map((r) => r.href)).toEqual(briefsContaining(word));
    await page.close();
  });

  it('is reached from the search box in every page header', async () => {
    const page = await site.browser.newPage();
    await page.goto(`${site.origin}/`);
    await page.getByRole('searchbox', { name: 'Search the site' }).fill(ARTICLE_WORD);
    await page.keyboard.press('Enter');
    await page.waitForURL(`**/search/?q=${ARTICLE_WORD}`);
    expect((await results(page))[0]?.href).toBe(articlesContaining(ARTICLE_WORD)[0]);
    await page.close();
  });

  it('without JavaScript, says search needs it and links the sections', async () => {
    const context = await site.browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${site.origin}/search/?q=${ARTICLE_WORD}`);
    const notice = page.locator('.search__notice');
    await expect(notice.isVisible()).resolves.toBe(true);
    await expect(notice.textContent()).resolves.toContain('needs JavaScript');
    const sections = await page.locator('.search__sections a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    const nav = [...readPage(demo, '/').querySelectorAll('nav.sections a')].map((a) => a.getAttribute('href')).filter((h) => h?.startsWith('/category/'));
    expect(sections).toEqual(nav);
    await expect(page.locator('form.search').isVisible()).resolves.toBe(false);
    await context.close();
  });
});
