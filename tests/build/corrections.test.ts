import { describe, expect, inject, it } from 'vitest';
import { readPage, text } from '../helpers/site.ts';

describe('corrections on an article', () => {
  const doc = readPage(inject('siteDir'), '/articles/with-image/');

  it('print as dated notes, oldest first, with the text escaped', () => {
    const notes = [...doc.querySelectorAll('.corrections .correction')];
    expect(text(doc.querySelector('.corrections h2'))).toBe('Corrections');
    expect(notes.map(text)).toEqual([
      '13 January 2025, 12:00: The caption named the wrong photographer.',
      '14 January 2025, 10:30: An earlier version said the square was <i>blue</i>.',
    ]);
    expect(notes[0]!.querySelector('time')?.getAttribute('datetime')).toBe('2025-01-13T12:00:00+01:00');
    expect(doc.querySelector('.corrections i')).toBeNull();
  });

  it('make the article "Updated" at the latest correction', () => {
    expect(text(doc.querySelector('.story__dates'))).toBe('Published 13 January 2025, 08:00 · Updated 14 January 2025, 10:30');
    expect(doc.querySelector('.story__updated time')?.getAttribute('datetime')).toBe('2025-01-14T10:30:00+01:00');
  });

  it("set the structured data's dateModified and the article:modified_time tag", () => {
    const ld = [...doc.querySelectorAll('script[type="application/ld+json"]')].flatMap((s) => [JSON.parse(s.textContent ?? '')].flat());
    const article = ld.find((x: { '@type'?: string }) => x['@type'] === 'NewsArticle') as { datePublished: string; dateModified: string };
    expect([article.datePublished, article.dateModified]).toEqual(['2025-01-13T08:00:00+01:00', '2025-01-14T10:30:00+01:00']);
    expect(doc.querySelector('meta[property="article:modified_time"]')?.getAttribute('content')).toBe('2025-01-14T10:30:00+01:00');
  });

  it('leave articles without corrections alone', () => {
    expect(readPage(inject('siteDir'), '/articles/escaped-title/').querySelector('.corrections')).toBeNull();
  });
});
