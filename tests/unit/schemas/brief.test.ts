import { describe, expect, it } from 'vitest';
import { schemaRunner } from '../../helpers/schema-problems.ts';
import { BriefFileSchema, isHttpsUrl } from '../../../src/schemas/brief.ts';

// The schema alone, on a briefs file as a writer types it (content/briefs/<day>.yaml).
const Schema = BriefFileSchema;
const { data, problems } = schemaRunner(Schema, 'b.yaml');
const TIME = '2025-01-14T15:20:00+01:00';

describe('BriefFileSchema', () => {
  it('reads a list of briefs, each a time and a line, with an optional id, section and link', () => {
    expect(Schema.parse(data(`- time: ${TIME}\n  text: Quake felt in Marrakesh\n- id: q-2\n  time: ${TIME}\n  text: More\n  category: news\n  link: "  a-story  "\n- time: ${TIME}\n  text: Live\n  link: https://news.example/live\n`))).toEqual([
      { time: new Date('2025-01-14T14:20:00Z'), text: 'Quake felt in Marrakesh' },
      { id: 'q-2', time: new Date('2025-01-14T14:20:00Z'), text: 'More', category: 'news', link: 'a-story' },
      { time: new Date('2025-01-14T14:20:00Z'), text: 'Live', link: 'https://news.example/live' },
    ]);
  });

  it('names the brief (counted from 1) and the field of each problem', () => {
    expect(problems(`- time: ${TIME}\n  text: Q\n  link: http://x.example/a\n- time: 2025-01-14\n  text: "${'x'.repeat(501)}"\n- Just a line\n- time: ${TIME}\n  text: Q\n  url: https://x.example/\n`)).toEqual([
      '#1.link: expected an article slug or an absolute https:// URL, found string "http://x.example/a"',
      '#2.time: expected an ISO 8601 date-time with offset such as 2025-01-14T15:20:00+01:00, found string "2025-01-14" (no time-zone offset)',
      '#2.text: must be at most 500 characters, found 501',
      '#3: expected a brief { time, text, category?, link?, id? }, found string "Just a line"',
      '#4.url: unknown field; allowed fields are id, time, text, category, link',
    ]);
  });

  it('refuses a link a browser would not open as an https page, and one too long for a URL', () => {
    expect(problems(`- time: ${TIME}\n  text: Q\n  link: "https://javascript:alert(1)"\n- time: ${TIME}\n  text: Q\n  link: "https://x.example/${'a'.repeat(2000)}"\n`)).toEqual([
      '#1.link: expected an article slug or an absolute https:// URL, found string "https://javascript:alert(1)"',
      '#2.link: must be at most 2000 characters',
    ]);
  });

  it('wants the file to be a list', () => {
    expect(problems(`time: ${TIME}\ntext: Q\n`)).toEqual(['expected a list of briefs, found a mapping']);
  });
});

describe('isHttpsUrl', () => {
  it('is true only for an https address with a host, as a browser reads it', () => {
    expect(['https://news.example/a', 'http://news.example/a', 'https://javascript:alert(1)', 'https:\\\\evil.example', '/articles/a/'].map(isHttpsUrl)).toEqual([true, false, false, false, false]);
  });
});
