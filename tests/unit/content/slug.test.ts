import { describe, expect, it } from 'vitest';
import { slugify, uniqueSlug } from '../../../src/content/slug.ts';

describe('slugify', () => {
  it.each([
    ['Tanger Med passes 11 million containers', 'tanger-med-passes-11-million-containers'],
    ["L'économie marocaine résiste à la sécheresse", 'l-economie-marocaine-resiste-a-la-secheresse'],
    ["Qu'il pleuve ou non, d'Agadir à Oujda", 'qu-il-pleuve-ou-non-d-agadir-a-oujda'],
    ["Morocco's exports rise 3.2% & imports fall", 'moroccos-exports-rise-3-2-and-imports-fall'],
    ['Straße, Œuvre, Ærø, Łódź', 'strasse-oeuvre-aero-lodz'],
    ['  --Spaces   and -- dashes--  ', 'spaces-and-dashes'],
    ['المغرب يفوز على إسبانيا', 'almghrb-yfwz-ala-asbanya'],
    ['الرَّبَاط', 'alrabaat'],
    ['مباراة ٢٠٢٦', 'mbaraa-2026'],
    ['ⵜⴰⵎⴰⵣⵉⵖⵜ ⴷ ⵜⵓⵙⵙⵏⴰ', 'tamazight-d-tussna'],
    ['Rabat 中文 news', 'rabat-news'],
  ])('%s → %s', (headline, slug) => {
    expect(slugify(headline)).toBe(slug);
  });

  it("returns '' when nothing can be written in ASCII, so the caller can choose a fallback", () => {
    expect(slugify('中文新闻')).toBe('');
    expect(slugify('!!!')).toBe('');
  });

  it('cuts long headlines at a word boundary', () => {
    const slug = slugify('The finance committee approves the amended budget after a long night of negotiations in Rabat', 40);
    expect(slug).toBe('the-finance-committee-approves-the');
    expect(slug.length).toBeLessThanOrEqual(40);
    expect(slugify('x'.repeat(100), 40)).toBe('x'.repeat(40));
  });

  it('always gives a valid file-name slug', () => {
    for (const text of ['À bientôt !', 'Ünïcödé — dash', 'حدث', 'A/B test: 50/50']) {
      expect(slugify(text)).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
    }
  });
});

describe('uniqueSlug', () => {
  it('keeps a free slug and numbers a taken one from 2', () => {
    expect(uniqueSlug('story', new Set(['other']))).toBe('story');
    expect(uniqueSlug('story', new Set(['story']))).toBe('story-2');
    expect(uniqueSlug('story', new Set(['story', 'story-2', 'story-3']))).toBe('story-4');
  });
});
