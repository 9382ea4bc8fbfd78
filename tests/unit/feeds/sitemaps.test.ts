import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { articlesSitemap, inPagesSitemap, newsLanguage, newsSitemap, recentForNews, robotsTxt } from '../../../src/feeds/sitemaps.ts';

const SITE = 'https://news.example';
const NOW = new Date('2025-01-16T12:00:00Z');
const parser = new XMLParser({ ignoreAttributes: false, isArray: (name) => name === 'url' });

function article(slug: string, published: string, extra: { updated?: string; title?: string; lang?: string } = {}) {
  return {
    url: `/articles/${slug}/`,
    lang: extra.lang ?? 'en',
    data: { title: extra.title ?? slug, published: new Date(published), updated: extra.updated ? new Date(extra.updated) : undefined },
  };
}

const articles = [
  article('future', '2025-01-16T12:00:01Z'),
  article('fresh', '2025-01-16T11:00:00Z', { title: 'Fish & chips <b> "q" 🐟', updated: '2025-01-16T11:30:00Z' }),
  article('arabic', '2025-01-15T09:00:00Z', { title: 'خبر', lang: 'ar-MA' }),
  article('edge', '2025-01-14T12:00:00Z'),
  article('old', '2025-01-10T09:00:00Z'),
];

describe('articlesSitemap', () => {
  it('lists every article with lastmod from its update, else its publication', () => {
    const xml = articlesSitemap(articles.slice(1), { site: SITE, timeZone: 'Africa/Casablanca' });
    expect(XMLValidator.validate(xml)).toBe(true);
    const urls = parser.parse(xml).urlset.url;
    expect(urls.map((u: { loc: string; lastmod: string }) => [u.loc, u.lastmod])).toEqual([
      [`${SITE}/articles/fresh/`, '2025-01-16T12:30:00+01:00'],
      [`${SITE}/articles/arabic/`, '2025-01-15T10:00:00+01:00'],
      [`${SITE}/articles/edge/`, '2025-01-14T13:00:00+01:00'],
      [`${SITE}/articles/old/`, '2025-01-10T10:00:00+01:00'],
    ]);
  });
});

describe('newsSitemap', () => {
  it('takes only articles of the last two days, never future ones, newest first', () => {
    expect(recentForNews(articles, NOW).map((a) => a.url)).toEqual(['/articles/fresh/', '/articles/arabic/']);
  });

  it('stops at 1,000 URLs', () => {
    const many = Array.from({ length: 1005 }, (_, i) => article(`a${i}`, new Date(NOW.getTime() - (i + 1) * 60_000).toISOString()));
    expect(recentForNews(many, NOW)).toHaveLength(1000);
  });

  it('gives publication name and language, date and title, escaped once', () => {
    const xml = newsSitemap(articles, { site: SITE, timeZone: 'Africa/Casablanca', publication: 'News & Co', now: NOW });
    expect(XMLValidator.validate(xml)).toBe(true);
    const doc = parser.parse(xml).urlset;
    expect(doc['@_xmlns:news']).toBe('http://www.google.com/schemas/sitemap-news/0.9');
    const [fresh, arabic] = doc.url;
    expect(fresh.loc).toBe(`${SITE}/articles/fresh/`);
    expect(fresh['news:news']).toEqual({
      'news:publication': { 'news:name': 'News & Co', 'news:language': 'en' },
      'news:publication_date': '2025-01-16T12:00:00+01:00',
      'news:title': 'Fish & chips <b> "q" 🐟',
    });
    expect(arabic['news:news']['news:publication']['news:language']).toBe('ar');
  });
});

describe('newsLanguage', () => {
  it('reduces BCP 47 tags to what Google News accepts', () => {
    expect(['en', 'ar-MA', 'FR', 'zh-TW', 'zh-Hans', 'zh'].map(newsLanguage)).toEqual(['en', 'ar', 'fr', 'zh-tw', 'zh-cn', 'zh-cn']);
  });
});

describe('inPagesSitemap', () => {
  it('keeps HTML pages but leaves articles, search and files to other sitemaps', () => {
    const pages = ['/', '/category/news/', '/latest/2025-01-14/', '/articles/x/', '/search/', '/rss.xml', '/feed.json'];
    expect(pages.filter((p) => inPagesSitemap(`${SITE}${p}`))).toEqual(['/', '/category/news/', '/latest/2025-01-14/']);
  });
});

describe('robotsTxt', () => {
  it('names each sitemap', () => {
    expect(robotsTxt([`${SITE}/sitemap-index.xml`, `${SITE}/sitemap-news.xml`]).split('\n')).toEqual([
      'User-agent: *',
      'Allow: /',
      '',
      `Sitemap: ${SITE}/sitemap-index.xml`,
      `Sitemap: ${SITE}/sitemap-news.xml`,
      '',
    ]);
  });
});
