import { describe, expect, it } from 'vitest';
import { archiveSpan, listPages, listPaths } from '../../../src/publishing/list-pages.ts';

/** Stories 1..n, newest first (story n is the newest). */
const stories = (n: number) => Array.from({ length: n }, (_, i) => n - i);
const path = (page: number | undefined) => `/category/sport/${page === undefined ? '' : `${page}/`}`;

describe('listPages', () => {
  it('numbers archive pages from the oldest story and shows the newest on the first page', () => {
    const pages = listPages(stories(30), 10, path);
    expect(pages.map((p) => p.number)).toEqual([undefined, 2, 1]);
    expect(pages[0]!.data).toEqual([30, 29, 28, 27, 26, 25, 24, 23, 22, 21]);
    expect(pages[1]!.data).toEqual([20, 19, 18, 17, 16, 15, 14, 13, 12, 11]);
    expect(pages[2]!.data).toEqual([10, 9, 8, 7, 6, 5, 4, 3, 2, 1]);
  });

  it('shows every story exactly once, newest first, across the pages in reading order', () => {
    for (let n = 0; n <= 45; n++) {
      const seen = listPages(stories(n), 10, path).flatMap((p) => p.data);
      expect(seen, `${n} stories`).toEqual(stories(n));
    }
  });

  it('keeps between half a page and a page and a half on the first page', () => {
    for (let n = 6; n <= 60; n++) {
      const first = listPages(stories(n), 10, path)[0]!;
      expect(first.data.length, `${n} stories`).toBeGreaterThanOrEqual(5);
      expect(first.data.length, `${n} stories`).toBeLessThanOrEqual(15);
    }
    expect(listPages(stories(3), 10, path)[0]!.data).toEqual([3, 2, 1]);
    expect(listPages([], 10, path)).toEqual([{ data: [], number: undefined, url: { current: '/category/sport/', newer: undefined, older: undefined } }]);
  });

  it('leaves every archive page as it was when a story is added, except at most one new page and its older neighbour', () => {
    for (let n = 1; n <= 60; n++) {
      const before = new Map(listPages(stories(n), 10, path).map((p) => [p.url.current, JSON.stringify(p)]));
      const after = listPages(stories(n + 1), 10, path);
      const changed = after.filter((p) => p.number !== undefined && before.get(p.url.current) !== JSON.stringify(p));
      const added = changed.filter((p) => !before.has(p.url.current));
      expect(added.length, `story ${n + 1}`).toBeLessThanOrEqual(1);
      // The only existing page that may change is the one whose "Newer" link now goes to the new page.
      const touched = changed.filter((p) => before.has(p.url.current));
      expect(touched.length, `story ${n + 1}`).toBeLessThanOrEqual(added.length);
      for (const p of touched) expect(p.url.newer, `story ${n + 1}`).toBe(added[0]!.url.current);
    }
  });

  it('links each page to its neighbours, and every link goes to a page of the list', () => {
    const pages = listPages(stories(42), 10, path);
    expect(pages.map((p) => p.url)).toEqual([
      { current: '/category/sport/', newer: undefined, older: '/category/sport/3/' },
      { current: '/category/sport/3/', newer: '/category/sport/', older: '/category/sport/2/' },
      { current: '/category/sport/2/', newer: '/category/sport/3/', older: '/category/sport/1/' },
      { current: '/category/sport/1/', newer: '/category/sport/2/', older: undefined },
    ]);
    // 42 = four full pages and an open one of 2, under half a page: page 4 joins the first page.
    expect(pages[0]!.data).toHaveLength(12);
  });

  it('refuses a page size that is not a whole number of at least 1', () => {
    expect(() => listPages(stories(3), 0, path)).toThrow(/pageSize must be a whole number ≥ 1, got 0/);
    expect(() => listPages(stories(3), 2.5, path)).toThrow(/got 2.5/);
  });
});

describe('listPaths', () => {
  it('gives the archive number as the page parameter, and none on the first page', () => {
    const paths = listPaths(stories(25), 10, path, { id: 'sport' }, { category: 'Sport' });
    expect(paths.map((p) => p.params)).toEqual([{ id: 'sport', page: undefined }, { id: 'sport', page: '2' }, { id: 'sport', page: '1' }]);
    expect(paths[1]!.props.category).toBe('Sport');
    expect(paths[1]!.props.page.data).toEqual([20, 19, 18, 17, 16, 15, 14, 13, 12, 11]);
  });
});

describe('archiveSpan', () => {
  const at = (day: number) => ({ data: { published: new Date(Date.UTC(2025, 0, day, 12)) } });
  const format = (d: Date) => `${d.getUTCDate()} January 2025`;
  const page = (number: number | undefined, data: ReturnType<typeof at>[]) => ({ data, number, url: { current: '/', newer: undefined, older: undefined } });

  it('names the first and last day of an archive page, oldest first', () => {
    expect(archiveSpan(page(1, [at(14), at(9), at(3)]), format)).toBe('3 January 2025 to 14 January 2025');
    expect(archiveSpan(page(2, [at(5), at(5)]), format)).toBe('5 January 2025');
  });

  it('says nothing on the first page or an empty one', () => {
    expect(archiveSpan(page(undefined, [at(14), at(3)]), format)).toBeUndefined();
    expect(archiveSpan(page(1, []), format)).toBeUndefined();
  });
});
