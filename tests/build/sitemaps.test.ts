import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { describe, expect, inject, it } from 'vitest';
import { SITE } from '../../src/site.config.ts';
import { FIXTURE_EPOCH, readPage } from '../helpers/site.ts';

// Sitemaps and robots.txt of the fixture site, built at 2025-01-16T12:00Z.
const dir = inject('siteDir');
const parser = new XMLParser({ ignoreAttributes: false, isArray: (name) => name === 'url' || name === 'sitemap' });

/** A sitemap file, checked to be well-formed XML, then parsed. */
function sitemap(file: string) {
  const xml = readFileSync(path.join(dir, file), 'utf8');
  expect(XMLValidator.validate(xml), file).toBe(true);
  return parser.parse(xml);
}

/** The built file behind a URL of the site. */
function fileFor(url: string): string {
  expect(url.startsWith(`${SITE.url}/`), url).toBe(true);
  const p = new URL(url).pathname;
  return path.join(dir, p, p.endsWith('/') ? 'index.html' : '');
}

const articleUrls = readdirSync(path.join(dir, 'articles')).map((slug) => `${SITE.url}/articles/${slug}/`);

describe('robots.txt', () => {
  it('names the sitemap index and the news sitemap, both of which exist', () => {
    const lines = readFileSync(path.join(dir, 'robots.txt'), 'utf8').split('\n');
    const sitemaps = lines.filter((l) => l.startsWith('Sitemap: ')).map((l) => l.slice('Sitemap: '.length));
    expect(sitemaps).toEqual([`${SITE.url}/sitemap-index.xml`, `${SITE.url}/sitemap-news.xml`]);
    for (const s of sitemaps) expect(existsSync(fileFor(s)), s).toBe(true);
    expect(lines).toContain('User-agent: *');
  });
});

describe('sitemap index', () => {
  const index = sitemap('sitemap-index.xml').sitemapindex;

  it('lists the page, article and news sitemaps, each of which exists', () => {
    const locs: string[] = index.sitemap.map((s: { loc: string }) => s.loc);
    expect(locs).toEqual(expect.arrayContaining([`${SITE.url}/sitemap-articles.xml`, `${SITE.url}/sitemap-news.xml`, `${SITE.url}/sitemap-0.xml`]));
    for (const loc of locs) expect(existsSync(fileFor(loc)), loc).toBe(true);
    expect(index['@_xmlns']).toBe('http://www.sitemaps.org/schemas/sitemap/0.9');
  });

  it('covers every page once: lists in sitemap-0, articles in sitemap-articles, no search page', () => {
    const pages: string[] = sitemap('sitemap-0.xml').urlset.url.map((u: { loc: string }) => u.loc);
    for (const loc of pages) expect(existsSync(fileFor(loc)), loc).toBe(true);
    expect(pages).toEqual(expect.arrayContaining([`${SITE.url}/`, `${SITE.url}/category/sport/1/`, `${SITE.url}/latest/2025-01-14/`]));
    expect(pages.filter((p) => p.includes('/articles/') || p.endsWith('/search/') || /\.(xml|json|txt)$/.test(p))).toEqual([]);
  });
});

describe('article sitemap', () => {
  const urls: Array<{ loc: string; lastmod: string }> = sitemap('sitemap-articles.xml').urlset.url;

  it('lists exactly the published articles', () => {
    expect(urls.map((u) => u.loc).sort()).toEqual([...articleUrls].sort());
  });

  it('gives lastmod from the update time, else the publication time', () => {
    const byLoc = new Map(urls.map((u) => [u.loc, u.lastmod]));
    expect(byLoc.get(`${SITE.url}/articles/escaped-title/`)).toBe('2025-01-15T10:00:00+01:00');
    expect(byLoc.get(`${SITE.url}/articles/with-image/`)).toBe('2025-01-13T08:00:00+01:00');
    for (const { loc, lastmod } of urls) {
      const published = readPage(dir, new URL(loc).pathname).querySelector('.story__dates time')!.getAttribute('datetime')!;
      expect(Date.parse(lastmod), loc).toBeGreaterThanOrEqual(Date.parse(published));
    }
  });
});

describe('Google News sitemap', () => {
  const doc = sitemap('sitemap-news.xml').urlset;
  const urls = doc.url ?? [];
  const buildTime = FIXTURE_EPOCH * 1000;

  it('lists only articles published in the two days before the build, at most 1,000', () => {
    // escaped-title (14 Jan 14:20Z) is within 48 hours of the build; with-image (13 Jan) is not.
    expect(urls.map((u: { loc: string }) => u.loc)).toEqual([`${SITE.url}/articles/escaped-title/`]);
    expect(urls.length).toBeLessThanOrEqual(1000);
    for (const u of urls) {
      const published = Date.parse(u['news:news']['news:publication_date']);
      expect(buildTime - published).toBeLessThanOrEqual(2 * 24 * 3600 * 1000);
      expect(published).toBeLessThanOrEqual(buildTime);
    }
  });

  it('names the publication and language and gives the date and the title, escaped once', () => {
    expect(doc['@_xmlns']).toBe('http://www.sitemaps.org/schemas/sitemap/0.9');
    expect(doc['@_xmlns:news']).toBe('http://www.google.com/schemas/sitemap-news/0.9');
    expect(urls[0]['news:news']).toEqual({
      'news:publication': { 'news:name': SITE.name, 'news:language': 'en' },
      'news:publication_date': '2025-01-14T15:20:00+01:00',
      'news:title': 'Fish & chips <script>alert(1)</script> "quoted"',
    });
  });
});

describe('drafts and scheduled articles', () => {
  it('appear in no sitemap', () => {
    for (const file of readdirSync(dir).filter((f) => /^sitemap.*\.xml$/.test(f))) {
      expect(readFileSync(path.join(dir, file), 'utf8'), file).not.toMatch(/draft-story|scheduled-story/);
    }
  });
});
