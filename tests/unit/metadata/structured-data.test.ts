import { describe, expect, it } from 'vitest';
import { breadcrumbLd, newsArticleLd, serializeJsonLd, webSiteLd, type Publisher } from '../../../src/metadata/structured-data.ts';

const publisher: Publisher = { name: 'Courier', url: 'https://s.example/', logo: { url: 'https://s.example/logo.png', width: 512, height: 512 } };
const article = {
  url: 'https://s.example/articles/port/',
  headline: 'Port record',
  description: 'A record year.',
  images: ['https://s.example/a-16x9.jpg', 'https://s.example/a-4x3.jpg', 'https://s.example/a-1x1.jpg'],
  published: '2026-11-24T09:30:00+01:00',
  authors: [{ name: 'Youssef Amrani', url: 'https://s.example/author/youssef-amrani/' }],
  publisher,
  section: 'Economy',
  keywords: ['ports'],
  lang: 'en',
};

describe('newsArticleLd', () => {
  it('describes the article with its crops, times, authors and publisher logo', () => {
    const ld = newsArticleLd(article);
    expect(ld).toMatchObject({
      '@type': 'NewsArticle',
      headline: 'Port record',
      image: article.images,
      datePublished: '2026-11-24T09:30:00+01:00',
      // No update: modified is the publication time.
      dateModified: '2026-11-24T09:30:00+01:00',
      author: [{ '@type': 'Person', name: 'Youssef Amrani', url: 'https://s.example/author/youssef-amrani/' }],
      publisher: { '@type': 'NewsMediaOrganization', logo: { url: 'https://s.example/logo.png' } },
      mainEntityOfPage: { '@id': 'https://s.example/articles/port/' },
    });
  });

  it('credits the publisher when no author is named, and leaves out missing images', () => {
    const ld = newsArticleLd({ ...article, authors: [], images: [], modified: '2026-11-25T10:00:00+01:00' });
    expect(ld['author']).toEqual([{ '@type': 'Organization', name: 'Courier', url: 'https://s.example/' }]);
    expect(ld).not.toHaveProperty('image');
    expect(ld['dateModified']).toBe('2026-11-25T10:00:00+01:00');
  });
});

describe('breadcrumbLd', () => {
  it('numbers the trail from 1', () => {
    expect(breadcrumbLd([{ name: 'Home', url: 'https://s.example/' }, { name: 'Economy', url: 'https://s.example/category/economy/' }])).toEqual({
      '@context': 'https://schema.org',
      '@type': 'BreadcrumbList',
      itemListElement: [
        { '@type': 'ListItem', position: 1, name: 'Home', item: 'https://s.example/' },
        { '@type': 'ListItem', position: 2, name: 'Economy', item: 'https://s.example/category/economy/' },
      ],
    });
  });
});

describe('webSiteLd', () => {
  it('declares a search action on the search page’s q parameter', () => {
    const ld = webSiteLd({ name: 'Courier', url: 'https://s.example/', description: 'News', lang: 'en', searchUrl: 'https://s.example/search/', publisher });
    expect(ld['potentialAction']).toEqual({
      '@type': 'SearchAction',
      target: { '@type': 'EntryPoint', urlTemplate: 'https://s.example/search/?q={search_term_string}' },
      'query-input': 'required name=search_term_string',
    });
  });
});

describe('serializeJsonLd', () => {
  it('cannot be closed early by a headline containing </script>, and parses back to the same data', () => {
    const data = { headline: 'Fish & chips </script><script>alert(1)</script>' };
    const text = serializeJsonLd(data);
    expect(text).not.toMatch(/<|>|&/);
    expect(JSON.parse(text)).toEqual(data);
  });
});
