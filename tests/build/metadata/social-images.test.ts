import { readdirSync } from 'node:fs';
import path from 'node:path';
import sharp from 'sharp';
import { describe, expect, inject, it } from 'vitest';
import { SITE } from '../../../src/site.config.ts';
import { readPage } from '../../helpers/site.ts';

// src/metadata/social-images.ts makes the pictures a shared link and a search result show: the
// 1200×630 card, and the 16:9, 4:3 and 1:1 crops of NewsArticle structured data. A social
// network or crawler fetches them by URL and trusts the declared size, so on every page of the
// demo site each one must be a real file of exactly that size and type.
const demo = inject('demoDir');

/** Every page of a built site, as the URL path it is served at. */
function pagesOf(dir: string, sub = ''): string[] {
  return readdirSync(path.join(dir, sub), { withFileTypes: true }).flatMap((e) => {
    if (e.isDirectory()) return e.name === '_astro' || e.name === 'pagefind' || e.name === 'admin' ? [] : pagesOf(dir, path.posix.join(sub, e.name));
    return e.name === 'index.html' ? [`/${sub}${sub ? '/' : ''}`] : [];
  });
}

const meta = (doc: Document, key: string) => doc.querySelector(`meta[property="${key}"], meta[name="${key}"]`)?.getAttribute('content') ?? undefined;

/** The file behind an absolute URL on the site's origin, with its real format and size. */
async function fileOf(url: string): Promise<{ format: string | undefined; width: number | undefined; height: number | undefined }> {
  expect(url.startsWith(`${SITE.url}/`), url).toBe(true);
  const { format, width, height } = await sharp(path.join(demo, decodeURIComponent(new URL(url).pathname))).metadata();
  return { format, width, height };
}

const ratio = (s: { width?: number | undefined; height?: number | undefined }) => +(s.width! / s.height!).toFixed(3);

describe('social images', () => {
  const pages = pagesOf(demo);

  it('reads every page of the demo site', () => {
    expect(pages.length).toBeGreaterThan(40);
    expect(pages).toContain('/');
  });

  it('gives every page a card image that exists at the size and type the page declares', async () => {
    for (const url of pages) {
      const doc = readPage(demo, url);
      // A frame that is never shared or indexed on its own (the breaking-news strip) has no card.
      if (meta(doc, 'robots')?.includes('noindex')) continue;
      const image = meta(doc, 'og:image');
      expect(image, url).toBeDefined();
      const file = await fileOf(image!);
      expect([file.width, file.height], `${url}: ${image}`).toEqual([Number(meta(doc, 'og:image:width')), Number(meta(doc, 'og:image:height'))]);
      expect(`image/${file.format === 'jpeg' ? 'jpeg' : file.format}`, `${url}: ${image}`).toBe(meta(doc, 'og:image:type'));
      expect(meta(doc, 'twitter:image'), url).toBe(image);
    }
  });

  it('crops each article picture to a 1200×630 JPEG card and 16:9, 4:3 and 1:1 JPEGs for search engines', async () => {
    let pictured = 0;
    for (const url of pages.filter((p) => p.startsWith('/articles/'))) {
      const doc = readPage(demo, url);
      if (!doc.querySelector('.story__image img')) continue;
      pictured++;
      expect(await fileOf(meta(doc, 'og:image')!), url).toEqual({ format: 'jpeg', width: 1200, height: 630 });
      const article = [...doc.querySelectorAll('script[type="application/ld+json"]')]
        .map((s) => JSON.parse(s.textContent ?? '') as { '@type'?: string; image?: string[] })
        .find((d) => d['@type'] === 'NewsArticle')!;
      const crops = await Promise.all(article.image!.map(fileOf));
      expect(crops.map((c) => c.format), url).toEqual(['jpeg', 'jpeg', 'jpeg']);
      expect(crops.map(ratio), url).toEqual([+(16 / 9).toFixed(3), +(4 / 3).toFixed(3), 1]);
    }
    expect(pictured).toBeGreaterThan(3);
  });
});
