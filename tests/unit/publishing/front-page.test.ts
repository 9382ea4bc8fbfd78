import { describe, expect, it } from 'vitest';
import { frontPage } from '../../../src/publishing/front-page.ts';

const story = (slug: string, day: number, category: string, image = false) => ({
  slug,
  data: { published: new Date(Date.UTC(2025, 0, day)), ...(image ? { image: {} } : {}) },
  category: { id: category },
});

describe('frontPage', () => {
  // Newest first, as getArticles() returns them.
  const articles = [
    story('a', 9, 'news'),
    story('b', 8, 'sport', true),
    story('c', 7, 'news'),
    story('d', 6, 'sport'),
    story('e', 5, 'news', true),
    story('f', 4, 'culture'),
  ];
  const categories = [{ id: 'news' }, { id: 'sport' }, { id: 'culture' }, { id: 'empty' }];
  const ids = (list: Array<{ slug: string }>) => list.map((a) => a.slug);

  it('leads with the newest of the top three that has an image when the editors pick none', () => {
    expect(frontPage(articles, categories).lead?.slug).toBe('b');
    expect(frontPage(articles.filter((a) => a.slug !== 'b'), categories).lead?.slug).toBe('a');
  });

  it("leads with the editors' pick, however old, even after newer stories are published", () => {
    const newer = [story('z', 10, 'news', true), ...articles];
    expect(frontPage(newer, categories, { lead: 'f' }).lead?.slug).toBe('f');
  });

  it("fills the top stories with the editors' picks in their order, then the newest, never the lead twice", () => {
    const { lead, top } = frontPage(articles, categories, { lead: 'c', top: ['f', 'e'] }, { topCount: 4 });
    expect(lead?.slug).toBe('c');
    expect(ids(top)).toEqual(['f', 'e', 'a', 'b']);
  });

  it('fills every slot with the newest stories when no file names any', () => {
    expect(ids(frontPage(articles, categories, {}, { topCount: 3 }).top)).toEqual(['a', 'c', 'd']);
  });

  it('ignores a pick that is not among the published articles', () => {
    const { lead, top } = frontPage(articles, categories, { lead: 'gone', top: ['gone', 'd'] }, { topCount: 2 });
    expect(lead?.slug).toBe('b');
    expect(ids(top)).toEqual(['d', 'a']);
  });

  it('gives every section with a story a block that opens on a picture, repeating stories shown above', () => {
    const { sections, lead } = frontPage(articles, categories, {}, { perSection: 3 });
    expect(sections.map((s) => [s.category.id, s.lead.slug, ids(s.more)])).toEqual([
      ['news', 'e', ['a', 'c']],
      ['sport', 'b', ['d']],
      ['culture', 'f', []],
    ]);
    // The lead story is in its section's block too.
    expect(sections.find((s) => s.category.id === 'sport')?.lead).toBe(lead);
  });

  it('handles a site with no articles', () => {
    expect(frontPage([], categories)).toEqual({ lead: undefined, top: [], sections: [] });
  });
});
