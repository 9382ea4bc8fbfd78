import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { SHARDS_MANIFEST, parseShardsManifest } from '../../src/search/shards.ts';
import { readPage } from '../helpers/site.ts';

// The search index the build writes through Pagefind's Node API (src/search/pagefind-index.ts).
describe.each([
  ['fixture site', inject('siteDir')],
  ['demo site', inject('demoDir')],
])('Pagefind index of the %s', (_, dir) => {
  const { shards } = parseShardsManifest(JSON.parse(readFileSync(path.join(dir, SHARDS_MANIFEST), 'utf8')));
  const entry = (shard: { path: string }) => JSON.parse(readFileSync(path.join(dir, shard.path, 'pagefind-entry.json'), 'utf8'));
  const published = (slug: string) => readPage(dir, `/articles/${slug}/`).querySelector('[data-published]')!.getAttribute('data-published')!;

  it('holds the live briefs in the briefs shard and each published article in its month’s shard', () => {
    const slugs = readdirSync(path.join(dir, 'articles')).filter((slug) => existsSync(path.join(dir, 'articles', slug, 'index.html')));
    const briefs = readdirSync(path.join(dir, 'latest'))
      .filter((d) => /^\d{4}-\d{2}-\d{2}$/.test(d))
      .reduce((n, day) => n + readPage(dir, `/latest/${day}/`).querySelectorAll('.briefs__item').length, 0);
    const months = new Map<string, number>();
    for (const slug of slugs) months.set(published(slug).slice(0, 7), (months.get(published(slug).slice(0, 7)) ?? 0) + 1);
    expect(shards.map((s) => s.name)).toEqual(['briefs', ...[...months.keys()].sort()]);
    for (const shard of shards) {
      expect(Object.keys(entry(shard).languages), shard.name).toEqual(['en']);
      expect(entry(shard).languages.en.page_count, shard.name).toBe(shard.name === 'briefs' ? briefs : months.get(shard.name));
      // No result of a shard is newer than the manifest says (the search page's date merge relies on it).
      if (shard.name !== 'briefs') expect(shard.newest).toBe(slugs.map(published).filter((p) => p.startsWith(shard.name)).sort().at(-1));
    }
  });

  it('ships the browser script once, in the primary (first) shard, and leaves no hand-off file behind', () => {
    expect(existsSync(path.join(dir, shards[0]!.path, 'pagefind.js'))).toBe(true);
    for (const shard of shards.slice(1)) expect(existsSync(path.join(dir, shard.path, 'pagefind.js')), shard.name).toBe(false);
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
