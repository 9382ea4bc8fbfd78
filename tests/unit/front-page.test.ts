import { describe, expect, it } from 'vitest';
import { frontPage } from '../../src/lib/front-page.ts';

const story = (id: string, day: number, category: string, image = false) => ({
  id,
  data: { published: new Date(Date.UTC(2025, 0, day)), ...(image ? { image: {} } : {}) },
  category: { id: category },
});

describe('frontPage', () => {
  const articles = [story('a', 9, 'news'), story('b', 8, 'sport', true), story('c', 7, 'news'), story('d', 6, 'sport'), story('e', 5, 'news')];
  const categories = [{ id: 'news' }, { id: 'sport' }, { id: 'empty' }];

  it('leads with the newest of the top three that has an image', () => {
    expect(frontPage(articles, categories).lead?.id).toBe('b');
    expect(frontPage(articles.filter((a) => a.id !== 'b'), categories).lead?.id).toBe('a');
  });

  it('never shows a story twice and drops empty sections', () => {
    const { lead, latest, sections } = frontPage(articles, categories, { latestCount: 2, perSection: 4 });
    expect(latest.map((a) => a.id)).toEqual(['a', 'c']);
    expect(sections.map((s) => [s.category.id, s.articles.map((a) => a.id)])).toEqual([
      ['news', ['e']],
      ['sport', ['d']],
    ]);
    const shown = [lead!, ...latest, ...sections.flatMap((s) => s.articles)].map((a) => a.id);
    expect(new Set(shown).size).toBe(shown.length);
  });

  it('handles a site with no articles', () => {
    expect(frontPage([], categories)).toEqual({ lead: undefined, latest: [], sections: [] });
  });
});
