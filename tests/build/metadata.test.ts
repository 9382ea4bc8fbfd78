import { readFileSync } from 'node:fs';
import path from 'node:path';
import matter from 'gray-matter';
import sharp from 'sharp';
import { parse as parseYaml } from 'yaml';
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

/**
 * What the writer put in the demo article's source, read from the file itself: every value the
 * metadata must carry is checked against these, not against another part of the same output.
 */
const source = (() => {
  const file = path.join(import.meta.dirname, '../../content/articles/2026/11/port-of-tanger-med-record.md');
  const text = readFileSync(file, 'utf8');
  const data = matter(text).data as { title: string; summary: string; tags: string[]; authors: string[]; category: string; image: { alt: string } };
  // The times as written (gray-matter would turn them into Dates and lose nothing, but the raw line is plainer).
  const raw = (field: string) => new RegExp(`^${field}: (\\S+)$`, 'm').exec(text)![1]!;
  const author = parseYaml(readFileSync(path.join(import.meta.dirname, `../../content/authors/${data.authors[0]}.yaml`), 'utf8')) as { name: string };
  const categories = parseYaml(readFileSync(path.join(import.meta.dirname, '../../content/categories.yaml'), 'utf8')) as Array<{ id: string; name: string }>;
  return { ...data, published: raw('published'), updated: raw('updated'), authorName: author.name, categoryName: categories.find((c) => c.id === data.category)!.name };
})();

/** Expects an ISO 8601 date-time with offset that names the same instant as `written`. */
function expectSameInstant(actual: string | null | undefined, written: string, what: string) {
  expect(actual, what).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}[+-]\d{2}:\d{2}$/);
  expect(Date.parse(actual!), `${what}: ${actual} vs ${written}`).toBe(Date.parse(written));
}

describe('article metadata', () => {
  const doc = readPage(demo, ARTICLE_WITH_IMAGE);
  const canonical = `${SITE.url}${ARTICLE_WITH_IMAGE}`;

  it('reads the source it checks against', () => {
    expect(source.title.length).toBeGreaterThan(10);
    expect(source.published).toMatch(/^2026-11-24T/);
    expect(source.updated).not.toBe(source.published);
  });

  it('has a canonical URL and Open Graph and Twitter tags for the story', () => {
    expect(doc.querySelector('link[rel="canonical"]')?.getAttribute('href')).toBe(canonical);
    expect(meta(doc, 'og:type')).toEqual(['article']);
    expect(meta(doc, 'og:url')).toEqual([canonical]);
    expect(meta(doc, 'og:title')).toEqual([source.title]);
    expect(meta(doc, 'twitter:title')).toEqual([source.title]);
    expect(doc.querySelector('h1')?.textContent?.trim()).toBe(source.title);
    expect(meta(doc, 'description')).toEqual([source.summary]);
    expect(meta(doc, 'og:description')).toEqual([source.summary]);
    expect(meta(doc, 'twitter:card')).toEqual(['summary_large_image']);
    expect(meta(doc, 'article:published_time')).toHaveLength(1);
    expectSameInstant(meta(doc, 'article:published_time')[0], source.published, 'article:published_time');
    expect(meta(doc, 'article:modified_time')).toHaveLength(1);
    expectSameInstant(meta(doc, 'article:modified_time')[0], source.updated, 'article:modified_time');
    expectSameInstant(doc.querySelector('.story__dates time')?.getAttribute('datetime'), source.published, 'the byline\'s <time>');
    expect(meta(doc, 'article:section')).toEqual([source.categoryName]);
    expect(meta(doc, 'article:tag')).toEqual(source.tags);
  });

  it('has a 1200×630 Open Graph image generated from the article picture', async () => {
    const [url] = meta(doc, 'og:image');
    expect(url).toMatch(/\/_astro\/port-of-tanger-med-record\.[^/]+\.jpe?g$/);
    expect(await sizeOf(url!)).toEqual({ width: 1200, height: 630 });
    expect(meta(doc, 'og:image:width')).toEqual(['1200']);
    expect(meta(doc, 'og:image:alt')).toEqual([source.image.alt]);
    expect(doc.querySelector('.story__image img')?.getAttribute('alt')).toBe(source.image.alt);
  });

  it('describes the story as a NewsArticle with 16:9, 4:3 and 1:1 crops, authors and a publisher logo', async () => {
    const article = jsonLd(doc).find((d) => d['@type'] === 'NewsArticle')!;
    expect(article).toMatchObject({ headline: source.title, url: canonical });
    expectSameInstant(article['datePublished'], source.published, 'datePublished');
    expectSameInstant(article['dateModified'], source.updated, 'dateModified');
    const ratios = await Promise.all((article['image'] as string[]).map(async (u) => sizeOf(u).then((s) => +(s.width! / s.height!).toFixed(3))));
    expect(ratios).toEqual([+(16 / 9).toFixed(3), +(4 / 3).toFixed(3), 1]);
    expect(article['author']).toEqual([{ '@type': 'Person', name: source.authorName, url: `${SITE.url}/author/${source.authors[0]}/` }]);
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
