import type { z } from 'astro/zod';
import { describe, expect, it } from 'vitest';
import { DateTime, Id, LangTag, SitePath, Text, TextUpTo, describe as describeValue } from '../../../src/schemas/common.ts';

/** The parsed value, or the messages a writer would read after the field name. */
function check(schema: z.ZodType, value: unknown): { ok: unknown } | string[] {
  const result = schema.safeParse(value);
  return result.success ? { ok: result.data } : result.error.issues.map((i) => i.message);
}

const EXPECTED_TIME = 'expected an ISO 8601 date-time with offset such as 2025-01-14T15:20:00+01:00, found';
const EXPECTED_PATH = 'expected a path on this site starting with "/" (letters, digits, . _ ~ - and / only, and at most one ?name=value; no "..", spaces or URLs), found';

describe('DateTime', () => {
  it('reads a date-time with an offset as the instant it names', () => {
    expect(check(DateTime, '2025-01-14T15:20:00+01:00')).toEqual({ ok: new Date('2025-01-14T14:20:00Z') });
    expect(check(DateTime, '2025-01-14T15:20Z')).toEqual({ ok: new Date('2025-01-14T15:20:00Z') });
    expect(check(DateTime, '2024-02-29T10:00:00.5-03:30')).toEqual({ ok: new Date('2024-02-29T13:30:00.500Z') });
  });

  it('refuses a date or time with no offset, and says the offset is what is missing', () => {
    expect(check(DateTime, '2025-01-14')).toEqual([`${EXPECTED_TIME} string "2025-01-14" (no time-zone offset)`]);
    expect(check(DateTime, '2025-01-14T15:20:00')).toEqual([`${EXPECTED_TIME} string "2025-01-14T15:20:00" (no time-zone offset)`]);
  });

  it('refuses other text, other types and a missing value, naming what it found', () => {
    expect(check(DateTime, '2025-01-14 15:20:00+01:00')).toEqual([`${EXPECTED_TIME} string "2025-01-14 15:20:00+01:00"`]);
    expect(check(DateTime, 20250114)).toEqual([`${EXPECTED_TIME} number 20250114`]);
    expect(check(DateTime, undefined)).toEqual([`${EXPECTED_TIME} nothing (the field is missing)`]);
  });

  it('refuses a day or hour that does not exist, rather than rolling it over', () => {
    expect(check(DateTime, '2025-02-29T10:00:00Z')).toEqual(['string "2025-02-29T10:00:00Z" is not a real date-time']);
    expect(check(DateTime, '2025-01-14T25:00:00Z')).toEqual(['string "2025-01-14T25:00:00Z" is not a real date-time']);
  });
});

describe('LangTag', () => {
  it('accepts language tags and refuses names and locale spellings that are not BCP 47', () => {
    for (const tag of ['en', 'ar-MA', 'zh-Hant-TW']) expect(check(LangTag, tag)).toEqual({ ok: tag });
    expect(check(LangTag, 'english')).toEqual(['expected a BCP 47 tag such as en or ar-MA, found string "english"']);
    expect(check(LangTag, 'en_US')).toEqual(['expected a BCP 47 tag such as en or ar-MA, found string "en_US"']);
  });
});

describe('Id', () => {
  it('accepts lowercase letters, digits and single hyphens, up to 64 characters', () => {
    expect(check(Id, 'news-2025')).toEqual({ ok: 'news-2025' });
    expect(check(Id, 'x'.repeat(64))).toEqual({ ok: 'x'.repeat(64) });
  });

  it('refuses anything else, saying what an id may hold', () => {
    for (const id of ['News', 'a--b', '-a', 'a_b']) expect(check(Id, id)).toEqual([`expected lowercase letters, digits and hyphens, found string "${id}"`]);
    expect(check(Id, 'x'.repeat(65))).toEqual(['must be at most 64 characters (it becomes a file name), found 65']);
    expect(check(Id, 5)).toEqual(['expected an id (lowercase letters, digits, hyphens), found number 5']);
  });
});

describe('Text and TextUpTo', () => {
  it('trim the text, and refuse it blank or of another type', () => {
    expect(check(Text, '  Hello ')).toEqual({ ok: 'Hello' });
    expect(check(Text, '   ')).toEqual(['must not be empty']);
    expect(check(Text, ['x'])).toEqual(['expected text, found a list of 1']);
  });

  it('refuse invisible control characters by code point, but keep tabs, newlines and the marks Arabic needs', () => {
    expect(check(Text, 'a\u001Bb')).toEqual(['contains the invisible control character U+001B; retype the text without it']);
    expect(check(Text, 'a\u202Eb')).toEqual(['contains the invisible control character U+202E; retype the text without it']);
    expect(check(Text, 'a\tb\nc')).toEqual({ ok: 'a\tb\nc' });
    expect(check(Text, 'مرحبا\u200F')).toEqual({ ok: 'مرحبا\u200F' });
  });

  it('count the limit after trimming', () => {
    expect(check(TextUpTo(5), '  abcde  ')).toEqual({ ok: 'abcde' });
    expect(check(TextUpTo(5), '  abcdef  ')).toEqual(['must be at most 5 characters, found 6']);
  });
});

describe('SitePath', () => {
  it('accepts old addresses of the site, %-escapes and one WordPress query parameter', () => {
    for (const p of ['/2019/05/old-story.html', '/old/story/', '/', '/caf%C3%A9/', '/?p=123']) expect(check(SitePath, p)).toEqual({ ok: p });
  });

  it('refuses what a redirect file would misread or a browser would resolve elsewhere', () => {
    for (const p of ['old/story', 'https://x.example/a', '/a/../b', '/a/./b', '/a b', '/a*', '/a:b', '/a#b', '/%zz', '/?p=1&q=2', `/${'a'.repeat(300)}`]) {
      expect(check(SitePath, p), p).toEqual([`${EXPECTED_PATH} ${describeValue(p)}`]);
    }
  });
});

describe('describe', () => {
  it('names a value by type, and quotes it only when short', () => {
    expect([undefined, null, [1, 2], { a: 1 }, 3, true].map(describeValue)).toEqual([
      'nothing (the field is missing)', 'an empty value', 'a list of 2', 'a mapping', 'number 3', 'boolean true',
    ]);
    expect(describeValue('x'.repeat(70))).toBe(`string "${'x'.repeat(56)}...`);
  });
});
