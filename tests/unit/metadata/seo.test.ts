import { describe, expect, it } from 'vitest';
import { OG_CROP, STRUCTURED_DATA_CROPS, cropSize, socialMetaTags, xHandleFromUrl, type PageMeta } from '../../../src/metadata/seo.ts';

const image = { url: 'https://s.example/_astro/og.jpg', width: 1200, height: 630, alt: 'Cranes', type: 'image/jpeg' };
const base: PageMeta = { title: 'Port record', description: 'A record year.', url: 'https://s.example/articles/port/', siteName: 'Courier', type: 'website', image };
const content = (tags: ReturnType<typeof socialMetaTags>, key: string) =>
  tags.filter((t) => ('property' in t ? t.property : t.name) === key).map((t) => t.content);

describe('socialMetaTags', () => {
  it('gives Open Graph and a large-image Twitter card for any page', () => {
    const tags = socialMetaTags(base);
    expect(content(tags, 'og:title')).toEqual(['Port record']);
    expect(content(tags, 'og:image')).toEqual([image.url]);
    expect(content(tags, 'og:image:width')).toEqual(['1200']);
    expect(content(tags, 'og:image:height')).toEqual(['630']);
    expect(content(tags, 'twitter:card')).toEqual(['summary_large_image']);
    expect(content(tags, 'twitter:image:alt')).toEqual(['Cranes']);
    expect(content(tags, 'article:published_time')).toEqual([]);
    expect(tags.every((t) => 'property' in t === !('name' in t))).toBe(true);
  });

  it('adds article times, section, authors and one tag element per tag', () => {
    const tags = socialMetaTags({
      ...base,
      type: 'article',
      xHandle: '@courier',
      article: { published: '2026-11-24T09:30:00+01:00', section: 'Economy', tags: ['ports', 'trade'], authors: ['https://s.example/author/y/'] },
    });
    expect(content(tags, 'og:type')).toEqual(['article']);
    expect(content(tags, 'article:published_time')).toEqual(['2026-11-24T09:30:00+01:00']);
    expect(content(tags, 'article:modified_time')).toEqual([]);
    expect(content(tags, 'article:tag')).toEqual(['ports', 'trade']);
    expect(content(tags, 'article:author')).toEqual(['https://s.example/author/y/']);
    expect(content(tags, 'twitter:site')).toEqual(['@courier']);
  });
});

describe('xHandleFromUrl', () => {
  it('reads the handle from an X or Twitter profile URL only', () => {
    expect(xHandleFromUrl('https://x.com/atlas_courier')).toBe('@atlas_courier');
    expect(xHandleFromUrl('https://twitter.com/atlas/')).toBe('@atlas');
    expect(xHandleFromUrl('https://www.facebook.com/atlas')).toBeUndefined();
  });
});

describe('cropSize', () => {
  it('gives 1200×630 for Open Graph from a large enough image', () => {
    expect(cropSize({ width: 1600, height: 900 }, OG_CROP)).toEqual({ width: 1200, height: 630 });
  });

  it('keeps each structured-data ratio and never enlarges the source', () => {
    const sizes = STRUCTURED_DATA_CROPS.map((spec) => cropSize({ width: 1600, height: 900 }, spec));
    expect(sizes).toEqual([
      { width: 1200, height: 675 },
      { width: 1200, height: 900 },
      { width: 900, height: 900 },
    ]);
    expect(cropSize({ width: 800, height: 300 }, OG_CROP)).toEqual({ width: 571, height: 300 });
  });
});
