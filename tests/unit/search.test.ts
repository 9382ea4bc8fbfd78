import { describe, expect, it } from 'vitest';
import { briefSearchRecord, parseSearchRecords, searchDate } from '../../src/lib/search.ts';

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
