import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { readPage } from '../helpers/site.ts';

// The search index the build writes through Pagefind's Node API (src/build/search-index.ts).
describe.each([
  ['fixture site', inject('siteDir')],
  ['demo site', inject('demoDir')],
])('Pagefind index of the %s', (_, dir) => {
  it('holds one record per published article and per live brief', () => {
    const entry = JSON.parse(readFileSync(path.join(dir, 'pagefind/pagefind-entry.json'), 'utf8'));
    const articles = readdirSync(path.join(dir, 'articles')).length;
    const briefs = readdirSync(path.join(dir, 'latest'))
      .filter((d) => /^\d{4}-\d{2}-\d{2}$/.test(d))
      .reduce((n, day) => n + readPage(dir, `/latest/${day}/`).querySelectorAll('.briefs__item').length, 0);
    expect(Object.keys(entry.languages)).toEqual(['en']);
    expect(entry.languages.en.page_count).toBe(articles + briefs);
  });

  it('ships the browser script and leaves no hand-off file behind', () => {
    expect(existsSync(path.join(dir, 'pagefind/pagefind.js'))).toBe(true);
    expect(existsSync(path.join(dir, 'search/briefs.json'))).toBe(false);
  });

  it('marks only the article as searchable, with section, authors and date for filters and sorting', () => {
    const slug = readdirSync(path.join(dir, 'articles'))[0]!;
    const doc = readPage(dir, `/articles/${slug}/`);
    const body = doc.querySelectorAll('[data-pagefind-body]');
    expect(body).toHaveLength(1);
    expect(body[0]!.matches('article.story')).toBe(true);
    // The filter takes the section's one name from an attribute, whatever language the label shows.
    expect(doc.querySelector('[data-pagefind-filter="category[data-section]"]')?.getAttribute('data-section')?.trim()).toBeTruthy();
    expect(doc.querySelectorAll('[data-pagefind-filter="author"]').length).toBeGreaterThan(0);
    expect(doc.querySelector('[data-pagefind-sort="date[data-published]"]')?.getAttribute('data-published')).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.000Z$/);
    // Navigation, briefs column and footer sit outside the indexed element.
    for (const chrome of doc.querySelectorAll('.masthead, .briefs, .site-footer')) expect(chrome.closest('[data-pagefind-body]')).toBeNull();
  });
});
