import { describe, expect, it } from 'vitest';
import { articleKeyPart, cacheKey, withListKeys, type KeyedArticle } from '../../../../src/build/reuse/cache-keys.ts';

const article = (over: Partial<KeyedArticle> & { data?: Record<string, unknown> } = {}): KeyedArticle => ({
  slug: 'port-expands',
  data: { title: 'Port expands', summary: 'Two new berths.', published: new Date('2026-11-20T10:00:00Z'), tags: ['ports'], image: { src: '/_astro/a.Ab12.jpg', width: 800, height: 600 } },
  category: { id: 'economy', name: 'Economy', url: '/category/economy/' },
  authors: [{ id: 'sara', name: 'Sara Tazi', url: '/author/sara/' }],
  lang: 'en',
  dir: 'ltr',
  status: 'published',
  comments: [],
  ...over,
});

describe('cacheKey', () => {
  it('is the same for the same content, built again from new objects', () => {
    expect(cacheKey(articleKeyPart(article()), '<p>Body</p>')).toBe(cacheKey(articleKeyPart(article()), '<p>Body</p>'));
  });

  it('changes with anything a reader would see change', () => {
    const base = cacheKey(articleKeyPart(article()), '<p>Body</p>');
    const variants = [
      cacheKey(articleKeyPart(article()), '<p>Body, corrected</p>'),
      cacheKey(articleKeyPart(article({ data: { ...(article().data as object), title: 'Port expands again' } })), '<p>Body</p>'),
      // A replaced picture keeps its path but gets a new hashed URL.
      cacheKey(articleKeyPart(article({ data: { ...(article().data as object), image: { src: '/_astro/a.Zz99.jpg', width: 800, height: 600 } } })), '<p>Body</p>'),
      cacheKey(articleKeyPart(article({ category: { id: 'economy', name: 'Business', url: '/category/economy/' } })), '<p>Body</p>'),
      cacheKey(articleKeyPart(article({ authors: [{ id: 'sara', name: 'Sara El Tazi', url: '/author/sara/' }] })), '<p>Body</p>'),
      cacheKey(articleKeyPart(article({ comments: [{ id: 'c1', text: 'Good news' }] })), '<p>Body</p>'),
    ];
    for (const v of variants) expect(v).not.toBe(base);
    expect(new Set(variants).size).toBe(variants.length);
  });
});

describe('withListKeys', () => {
  const list = (cards: KeyedArticle[], currentPage = 1) => ({
    params: { id: 'economy', page: currentPage === 1 ? undefined : String(currentPage) },
    props: { category: { id: 'economy', name: 'Economy' }, page: { data: cards, currentPage, lastPage: 2, url: { current: '/category/economy/' } } },
  });

  it('keys every page, differently per page, and keeps the paths as they were', () => {
    const paths = withListKeys([list([article()]), list([article({ slug: 'older' })], 2)], ['nav']);
    expect(paths.map((p) => p.params.page)).toEqual([undefined, '2']);
    expect(paths[0]!.cacheKey).not.toBe(paths[1]!.cacheKey);
    expect(paths[0]!.props.page.data[0]!.slug).toBe('port-expands');
  });

  it('changes a page\'s key when a card on it, the list itself or the navigation changes, and only then', () => {
    const [before] = withListKeys([list([article()])], ['nav']);
    const [same] = withListKeys([list([article()])], ['nav']);
    const [card] = withListKeys([list([article({ data: { ...(article().data as object), summary: 'Three new berths.' } })])], ['nav']);
    const [nav] = withListKeys([list([article()])], ['nav', 'new section']);
    const renamed = list([article()]);
    renamed.props.category.name = 'Business';
    const [heading] = withListKeys([renamed], ['nav']);
    expect(same!.cacheKey).toBe(before!.cacheKey);
    for (const changed of [card, nav, heading]) expect(changed!.cacheKey).not.toBe(before!.cacheKey);
  });
});
