import path from 'node:path';
import sharp from 'sharp';
import { describe, expect, inject, it } from 'vitest';
import { SITE } from '../../src/site.config.ts';
import { ARTICLE_WITH_IMAGE } from '../helpers/quality.ts';
import { readPage } from '../helpers/site.ts';

const demo = inject('demoDir');

/** `<meta property|name=key>` contents of a page. */
const meta = (doc: Document, key: string) =>
  [...doc.querySelectorAll(`meta[property="${key}"], meta[name="${key}"]`)].map((m) => m.getAttribute('content'));

/** Every JSON-LD object on a page, parsed. */
const jsonLd = (doc: Document) =>
  [...doc.querySelectorAll('script[type="application/ld+json"]')].map((s) => JSON.parse(s.textContent ?? '') as Record<string, any>);

/** Pixel size of a file the site links with an absolute URL on its public origin. */
async function sizeOf(url: string): Promise<{ width?: number | undefined; height?: number | undefined }> {
  expect(url.startsWith(`${SITE.url}/`), url).toBe(true);
  const { width, height } = await sharp(path.join(demo, new URL(url).pathname)).metadata();
  return { width, height };
}

describe('article metadata', () => {
  const doc = readPage(demo, ARTICLE_WITH_IMAGE);
  const canonical = `${SITE.url}${ARTICLE_WITH_IMAGE}`;

  it('has a canonical URL and Open Graph and Twitter tags for the story', () => {
    expect(doc.querySelector('link[rel="canonical"]')?.getAttribute('href')).toBe(canonical);
    expect(meta(doc, 'og:type')).toEqual(['article']);
    expect(meta(doc, 'og:url')).toEqual([canonical]);
    expect(meta(doc, 'og:title')).toEqual([doc.querySelector('h1')?.textContent]);
    expect(meta(doc, 'twitter:card')).toEqual(['summary_large_image']);
    expect(meta(doc, 'article:published_time')).toEqual([doc.querySelector('.story__dates time')?.getAttribute('datetime')]);
    expect(meta(doc, 'article:tag').length).toBeGreaterThan(0);
  });

  it('has a 1200×630 Open Graph image generated from the article picture', async () => {
    const [url] = meta(doc, 'og:image');
    expect(url).toMatch(/\/_astro\/port-of-tanger-med-record\.[^/]+\.jpe?g$/);
    expect(await sizeOf(url!)).toEqual({ width: 1200, height: 630 });
    expect(meta(doc, 'og:image:width')).toEqual(['1200']);
    expect(meta(doc, 'og:image:alt')).toEqual([doc.querySelector('.story__image img')?.getAttribute('alt')]);
  });

  it('describes the story as a NewsArticle with 16:9, 4:3 and 1:1 crops, authors and a publisher logo', async () => {
    const article = jsonLd(doc).find((d) => d['@type'] === 'NewsArticle')!;
    expect(article).toMatchObject({ headline: doc.querySelector('h1')?.textContent, url: canonical, datePublished: expect.stringMatching(/\+\d\d:\d\d$/) });
    expect(article['dateModified']).toBe(meta(doc, 'article:modified_time')[0]);
    const ratios = await Promise.all((article['image'] as string[]).map(async (u) => sizeOf(u).then((s) => +(s.width! / s.height!).toFixed(3))));
    expect(ratios).toEqual([+(16 / 9).toFixed(3), +(4 / 3).toFixed(3), 1]);
    expect(article['author']).toEqual([{ '@type': 'Person', name: 'Youssef Amrani', url: `${SITE.url}/author/youssef-amrani/` }]);
    expect(await sizeOf(article['publisher'].logo.url)).toEqual({ width: article['publisher'].logo.width, height: article['publisher'].logo.height });
  });

  it('has a breadcrumb trail from the home page through the section', () => {
    const trail = jsonLd(doc).find((d) => d['@type'] === 'BreadcrumbList')!;
    expect(trail['itemListElement'].map((i: { item: string }) => i.item)).toEqual([`${SITE.url}/`, `${SITE.url}/category/economy/`, canonical]);
  });
});

describe('site metadata', () => {
  it('gives the home page a WebSite with a search action and the site-wide social card', async () => {
    const doc = readPage(demo, '/');
    const site = jsonLd(doc).find((d) => d['@type'] === 'WebSite')!;
    expect(site['potentialAction']).toMatchObject({ '@type': 'SearchAction', 'query-input': 'required name=search_term_string' });
    expect(site['potentialAction'].target.urlTemplate).toBe(`${SITE.url}/search/?q={search_term_string}`);
    const [card] = meta(doc, 'og:image');
    expect(await sizeOf(card!)).toEqual({ width: 1200, height: 630 });
    expect(meta(doc, 'og:type')).toEqual(['website']);
  });

  it('falls back to the site card for an article without a picture', () => {
    const doc = readPage(demo, '/articles/5g-coverage-reaches-more-cities/');
    expect(meta(doc, 'og:image')).toEqual([`${SITE.url}/og-default.png`]);
    expect(jsonLd(doc).find((d) => d['@type'] === 'NewsArticle')).not.toHaveProperty('image');
  });

  it('keeps a headline with markup in it as data: JSON-LD parses back to the exact title', () => {
    const doc = readPage(inject('siteDir'), '/articles/escaped-title/');
    const article = jsonLd(doc).find((d) => d['@type'] === 'NewsArticle')!;
    expect(article['headline']).toBe('Fish & chips <script>alert(1)</script> "quoted"');
    expect(doc.querySelectorAll('script:not([type="application/ld+json"])')).toHaveLength(0);
  });
});
