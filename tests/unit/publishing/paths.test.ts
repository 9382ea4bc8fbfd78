import { describe, expect, it } from 'vitest';
import {
  absoluteUrl,
  articlePath,
  atomPath,
  authorPath,
  bannerPath,
  briefDayPath,
  categoryPath,
  jsonFeedPath,
  latestColumnPath,
  rssPath,
  searchPath,
  staticPagePath,
  tagPath,
  tagSlug,
} from '../../../src/publishing/paths.ts';

describe('paths', () => {
  it('builds the site addresses', () => {
    expect(articlePath('port-record')).toBe('/articles/port-record/');
    expect(categoryPath('economy')).toBe('/category/economy/');
    expect(categoryPath('economy', 3)).toBe('/category/economy/3/');
    // Archive pages count from the oldest, so page 1 is an address of its own.
    expect(categoryPath('economy', 1)).toBe('/category/economy/1/');
    expect(tagPath('Open Data', 2)).toBe('/tag/open-data/2/');
    expect(briefDayPath('2025-01-14')).toBe('/latest/2025-01-14/');
  });

  it('turns tags into readable URL segments in any script', () => {
    expect(tagSlug('  Tanger Med / Ports ')).toBe('tanger-med-ports');
    expect(tagSlug('Économie')).toBe('économie');
    expect(tagSlug('الرباط')).toBe('الرباط');
    expect(tagSlug('!!!')).toBe('');
  });

  it('makes absolute URLs on the public origin', () => {
    expect(absoluteUrl('/articles/x/', 'https://news.example')).toBe('https://news.example/articles/x/');
  });

  // The addresses docs/site.md's tables of pages and feeds promise: subscribers and links elsewhere
  // hold them, so a change breaks them.
  it('gives the published addresses of feeds, search, the banner, author and static pages', () => {
    expect(rssPath()).toBe('/rss.xml');
    expect(atomPath()).toBe('/atom.xml');
    expect(jsonFeedPath()).toBe('/feed.json');
    expect(searchPath()).toBe('/search/');
    expect(bannerPath()).toBe('/banner/');
    expect(latestColumnPath()).toBe('/latest/column/');
    expect(authorPath('ann-writer')).toBe('/author/ann-writer/');
    expect(authorPath('ann-writer', 2)).toBe('/author/ann-writer/2/');
    expect(staticPagePath('about')).toBe('/about/');
  });
});
