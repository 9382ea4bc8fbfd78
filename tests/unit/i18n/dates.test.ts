import { describe, expect, it } from 'vitest';
import { dayKey, formatDate, formatDateTime, formatDayHeading, formatTime, isoInZone, offsetWarning, zoneOffset } from '../../../src/i18n/dates.ts';

const TZ = 'Africa/Casablanca';

describe('dates', () => {
  it('writes ISO 8601 in the site zone with its offset', () => {
    expect(isoInZone(new Date('2025-01-14T14:20:00Z'), TZ)).toBe('2025-01-14T15:20:00+01:00');
    expect(isoInZone(new Date('2025-01-14T14:20:00Z'), 'UTC')).toBe('2025-01-14T14:20:00+00:00');
    expect(isoInZone(new Date('2025-07-01T12:00:00Z'), 'America/New_York')).toBe('2025-07-01T08:00:00-04:00');
  });

  it('follows the zone through daylight-saving changes', () => {
    expect(zoneOffset(new Date('2025-01-15T12:00:00Z'), 'Europe/Paris')).toBe('+01:00');
    expect(zoneOffset(new Date('2025-07-15T12:00:00Z'), 'Europe/Paris')).toBe('+02:00');
    expect(zoneOffset(new Date('2025-01-15T12:00:00Z'), 'Asia/Kolkata')).toBe('+05:30');
  });

  it('puts a late-evening UTC time on the next day in a zone east of UTC', () => {
    const d = new Date('2025-01-14T23:30:00Z');
    expect(dayKey(d, 'UTC')).toBe('2025-01-14');
    expect(dayKey(d, TZ)).toBe('2025-01-15');
    expect(formatTime(d, TZ)).toBe('00:30');
  });

  it('formats dates for readers', () => {
    expect(formatDate(new Date('2025-01-14T14:20:00Z'), TZ)).toBe('14 January 2025');
    expect(formatDayHeading('2025-01-14')).toBe('Tuesday, 14 January 2025');
  });

  // 23:30 UTC on 14 January is already 00:30 on the 15th on Casablanca's wall clock (UTC+1 in
  // January 2025): a reader there saw the story published on the 15th.
  const LATE = new Date('2025-01-14T23:30:00Z');

  it('dates a story by the site zone\'s calendar, not UTC\'s', () => {
    expect(formatDate(LATE, TZ)).toBe('15 January 2025');
    expect(formatDate(LATE, 'UTC')).toBe('14 January 2025');
    expect(formatDateTime(LATE, TZ)).toBe('15 January 2025, 00:30');
    expect(isoInZone(LATE, TZ)).toBe('2025-01-15T00:30:00+01:00');
    // West of UTC the day can still be the previous one.
    expect(dayKey(new Date('2025-01-15T02:00:00Z'), 'America/New_York')).toBe('2025-01-14');
    expect(formatDateTime(new Date('2025-01-15T02:00:00Z'), 'America/New_York')).toBe('14 January 2025, 21:00');
  });

  it('writes dates in the page\'s language', () => {
    expect(formatDate(LATE, TZ, 'fr')).toBe('15 janvier 2025');
    expect(formatDateTime(LATE, TZ, 'fr')).toBe('15 janvier 2025 à 00:30');
    expect(formatDate(LATE, TZ, 'en')).toBe('15 January 2025');
  });

  it('follows Morocco\'s Ramadan change to UTC+0 (23 February to 6 April 2025)', () => {
    const ramadan = new Date('2025-03-10T23:30:00Z');
    expect(zoneOffset(ramadan, TZ)).toBe('+00:00');
    expect(isoInZone(ramadan, TZ)).toBe('2025-03-10T23:30:00+00:00');
    expect(formatDate(ramadan, TZ)).toBe('10 March 2025');
    expect(zoneOffset(new Date('2025-04-07T12:00:00Z'), TZ)).toBe('+01:00');
  });

  it('writes offsets west of UTC and with minutes, and keeps seconds; milliseconds are dropped', () => {
    expect(zoneOffset(new Date('2025-01-15T12:00:00Z'), 'America/St_Johns')).toBe('-03:30');
    expect(zoneOffset(new Date('2025-01-15T12:00:00Z'), 'Asia/Kathmandu')).toBe('+05:45');
    expect(isoInZone(new Date('2025-01-15T12:00:00Z'), 'America/St_Johns')).toBe('2025-01-15T08:30:00-03:30');
    expect(isoInZone(new Date('2025-01-15T12:34:56.789Z'), TZ)).toBe('2025-01-15T13:34:56+01:00');
    expect(zoneOffset(new Date('2025-01-15T12:34:56.999Z'), 'Asia/Kathmandu')).toBe('+05:45');
  });

  it('gives the same answers however many distinct instants and zones were asked before', () => {
    const base = Date.parse('2025-01-01T00:00:00Z');
    for (let i = 0; i < 50; i++) expect(dayKey(new Date(base + i * 86_400_000), 'UTC')).toBe(new Date(base + i * 86_400_000).toISOString().slice(0, 10));
    expect(formatTime(LATE, 'UTC')).toBe('23:30');
    expect(formatTime(LATE, TZ)).toBe('00:30');
    expect(formatDayHeading('2024-02-29')).toBe('Thursday, 29 February 2024');
  });
});

describe('day names for readers', () => {
  it('names the reader’s today and yesterday, across a month end, and nothing else', async () => {
    const { relativeDayName, formatShortDay, formatDayHeading } = await import('../../../src/i18n/dates.ts');
    expect(relativeDayName('2026-12-01', '2026-12-01')).toBe('Today');
    expect(relativeDayName('2026-11-30', '2026-12-01')).toBe('Yesterday');
    expect(relativeDayName('2026-11-29', '2026-12-01')).toBeUndefined();
    expect(relativeDayName('2026-12-02', '2026-12-01')).toBeUndefined();
    expect(formatShortDay('2026-11-24')).toBe('Tuesday 24 November');
    expect(formatDayHeading('2026-11-24', 'fr')).toBe('mardi 24 novembre 2026');
  });

  it('writes dates in the article’s language with its own separator', async () => {
    const { formatDateTime } = await import('../../../src/i18n/dates.ts');
    const at = new Date('2026-11-24T16:20:00Z');
    expect(formatDateTime(at, 'UTC', 'en')).toBe('24 November 2026, 16:20');
    expect(formatDateTime(at, 'UTC', 'ar')).toBe('24 نونبر 2026، 16:20');
    expect(formatDateTime(at, 'UTC', 'fr')).toBe('24 novembre 2026 à 16:20');
  });
});

// Casablanca was at UTC+1 in January 2025 (as above); other offsets are another zone's.
describe('offsetWarning', () => {
  const zone = 'Africa/Casablanca';

  it('says nothing for the zone\'s own offset, a time in UTC (Z), or anything that is not a date-time', () => {
    expect(offsetWarning('2025-01-14T10:00:00+01:00', zone)).toBeUndefined();
    expect(offsetWarning('2025-01-14T10:00+01:00', zone)).toBeUndefined();
    expect(offsetWarning('2025-01-14T10:00:00Z', zone)).toBeUndefined();
    expect(offsetWarning('2025-01-14', zone)).toBeUndefined();
    expect(offsetWarning('tomorrow', zone)).toBeUndefined();
  });

  it('says what readers will see and what to write, keeping the seconds as written', () => {
    expect(offsetWarning('2025-01-14T10:00:00+05:00', zone)).toBe(
      '2025-01-14T10:00:00+05:00 has the offset +05:00, but Africa/Casablanca is at +01:00 at that moment, so readers will see 06:00; if 10:00 (Africa/Casablanca time) is meant, write 2025-01-14T10:00:00+01:00',
    );
    expect(offsetWarning('2025-01-14T10:00+05:00', zone)).toMatch(/so readers will see 06:00; if 10:00 \(Africa\/Casablanca time\) is meant, write 2025-01-14T10:00\+01:00$/);
    expect(offsetWarning('2025-01-14T10:00:00.250-03:00', zone)).toMatch(/so readers will see 14:00; .* write 2025-01-14T10:00:00\.250\+01:00$/);
  });

  // Only the whole text, exactly in the form front matter uses, is checked: the advice quotes the
  // written text and rewrites it, so text with more before or after (an ECMAScript expanded year,
  // which ISO 8601 allows only by agreement; a NUL byte, where Date stops reading) gets none.
  it('says nothing for a date-time with more text before or after it, even one Date can read', () => {
    expect(new Date('+002025-01-14T10:00:00+05:00').getTime()).toBe(Date.UTC(2025, 0, 14, 5));
    expect(offsetWarning('+002025-01-14T10:00:00+05:00', zone)).toBeUndefined();
    expect(new Date('2025-01-14T10:00:00+05:00\0x').getTime()).toBe(Date.UTC(2025, 0, 14, 5));
    expect(offsetWarning('2025-01-14T10:00:00+05:00\0x', zone)).toBeUndefined();
  });

  it('gives the date too when readers would see another day', () => {
    expect(offsetWarning('2025-01-14T01:00:00+05:00', zone)).toMatch(/so readers will see 13 January 2025, 21:00;/);
  });
});
