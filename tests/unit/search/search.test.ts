import { describe, expect, it } from 'vitest';
import { briefSearchRecord, parseSearchRecords, readableExcerpt, searchDate } from '../../../src/search/search.ts';

describe('briefSearchRecord', () => {
  const brief = { text: 'Rain & wind in the north', time: new Date('2025-01-14T08:05:00Z') };

  it('makes a brief a record with its text, time, section and archive address', () => {
    expect(briefSearchRecord(brief, { permalink: '/latest/2025-01-14/#brief-1', lang: 'en-GB', categoryName: 'News' })).toEqual({
      url: '/latest/2025-01-14/#brief-1',
      content: 'Rain & wind in the north',
      language: 'en',
      meta: { title: 'Rain & wind in the north', date: '2025-01-14T08:05:00.000Z', kind: 'Latest news', category: 'News' },
      filters: { category: ['News'] },
      sort: { date: '2025-01-14T08:05:00.000Z' },
    });
  });

  it('has no section filter when the brief has no section', () => {
    const record = briefSearchRecord(brief, { permalink: '/x', lang: 'en' });
    expect(record.filters).toEqual({});
    expect(record.meta['category']).toBeUndefined();
  });
});

describe('searchDate', () => {
  it('sorts as text in time order across offsets', () => {
    const dates = ['2025-03-30T01:30:00+01:00', '2025-03-30T01:10:00+00:00', '2024-12-31T23:59:00-05:00'].map((s) => searchDate(new Date(s)));
    expect([...dates].sort()).toEqual([...dates].sort((a, b) => Date.parse(a) - Date.parse(b)));
  });
});

describe('parseSearchRecords', () => {
  it('accepts records and names the first bad one', () => {
    const good = briefSearchRecord({ text: 't', time: new Date(0) }, { permalink: '/x', lang: 'en' });
    expect(parseSearchRecords([good], 'f.json')).toEqual([good]);
    expect(() => parseSearchRecords([good, { url: '/y' }], 'f.json')).toThrow('[pagefind] f.json: record 1 is not { url, content, language, meta, filters, sort }');
    expect(() => parseSearchRecords({}, 'f.json')).toThrow('expected a list of search records, found object');
  });
});

describe('readableExcerpt', () => {
  const show = (parts: Array<{ text: string; mark: boolean }>) => parts.map((p) => (p.mark ? `[${p.text}]` : p.text)).join('');
  const content = 'Port record. The port complex has beaten last year’s total of containers, helped by new routes to West Africa and a busier car terminal.';

  it('drops the headline the result already shows, and adds an ellipsis where the text goes on', () => {
    const excerpt = 'Port record. The port complex has beaten last year’s total of <mark>containers</mark>, helped by new';
    expect(show(readableExcerpt(excerpt, { title: 'Port record.', content }))).toBe('The port complex has beaten last year’s total of [containers], helped by new …');
  });

  it('starts and ends on whole words, with an ellipsis at each cut', () => {
    const excerpt = 'mplex has beaten last year’s total of <mark>containers</mark>, helped by new rou';
    expect(show(readableExcerpt(excerpt, { title: 'Port record.', content }))).toBe('… has beaten last year’s total of [containers], helped by new …');
  });

  it('unescapes entities and keeps the end of the story without an ellipsis', () => {
    const excerpt = 'routes to West Africa &amp; a <mark>busier</mark> car terminal.';
    const story = 'Start. Helped by new routes to West Africa & a busier car terminal.';
    expect(show(readableExcerpt(excerpt, { content: story }))).toBe('… routes to West Africa & a [busier] car terminal.');
  });

  it('returns nothing when the excerpt was only the headline', () => {
    expect(readableExcerpt('<mark>Rain</mark> in the north', { title: 'Rain in the north', content: 'Rain in the north' })).toEqual([]);
  });
});
