import matter from 'gray-matter';
import { describe, expect, it } from 'vitest';
import { BODY_PLACEHOLDER, SUMMARY_PLACEHOLDER, newArticlePath, newArticleText } from '../../../src/content/new-article.ts';

// The file `npm run new` starts a writer on: what they open in their editor must read back as
// the title, section and byline they asked for, and must not be publishable as it stands.
describe('newArticleText', () => {
  const base = { category: 'economy', authors: ['amina-idrissi'], published: '2026-11-24T09:30:00+01:00' };

  it('writes front matter that reads back as exactly what was asked, as a draft with placeholders', () => {
    const { data, content } = matter(newArticleText({ ...base, title: 'Port traffic rises' }));
    expect(data).toEqual({
      title: 'Port traffic rises',
      summary: SUMMARY_PLACEHOLDER,
      published: new Date('2026-11-24T08:30:00Z'),
      category: 'economy',
      authors: ['amina-idrissi'],
      tags: [],
      draft: true,
    });
    expect(content.trim()).toBe(BODY_PLACEHOLDER);
  });

  it('keeps a title with YAML syntax, quotes and other scripts as the writer typed it', () => {
    for (const title of ['Rabat: "a city" #1 — 50% off?', 'المغرب يفوز', "L'économie: - oui", 'yes', '2026-11-24']) {
      expect(matter(newArticleText({ ...base, title })).data['title'], title).toBe(title);
    }
  });

  it('leaves the authors out for the staff byline instead of writing an empty list', () => {
    const text = newArticleText({ ...base, authors: [], title: 'T' });
    expect(text).not.toMatch(/^authors:/m);
    expect(matter(text).data).not.toHaveProperty('authors');
  });
});

describe('newArticlePath', () => {
  it('files the article under the year and month of its publication day', () => {
    expect(newArticlePath('content', 'port-traffic-rises', '2026-11-24')).toBe('content/articles/2026/11/port-traffic-rises.md');
    expect(newArticlePath('tests/site', 'a', '2027-01-01')).toBe('tests/site/articles/2027/01/a.md');
  });
});
