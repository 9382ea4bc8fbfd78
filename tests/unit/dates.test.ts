import { describe, expect, it } from 'vitest';
import { dayKey, formatDate, formatDayHeading, formatTime, isoInZone, zoneOffset } from '../../src/lib/dates.ts';

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
});

describe('day names for readers', () => {
  it('names the reader’s today and yesterday, across a month end, and nothing else', async () => {
    const { relativeDayName, formatShortDay, formatDayHeading } = await import('../../src/lib/dates.ts');
    expect(relativeDayName('2026-12-01', '2026-12-01')).toBe('Today');
    expect(relativeDayName('2026-11-30', '2026-12-01')).toBe('Yesterday');
    expect(relativeDayName('2026-11-29', '2026-12-01')).toBeUndefined();
    expect(relativeDayName('2026-12-02', '2026-12-01')).toBeUndefined();
    expect(formatShortDay('2026-11-24')).toBe('Tuesday 24 November');
    expect(formatDayHeading('2026-11-24', 'fr')).toBe('mardi 24 novembre 2026');
  });

  it('writes dates in the article’s language with its own separator', async () => {
    const { formatDateTime } = await import('../../src/lib/dates.ts');
    const at = new Date('2026-11-24T16:20:00Z');
    expect(formatDateTime(at, 'UTC', 'en')).toBe('24 November 2026, 16:20');
    expect(formatDateTime(at, 'UTC', 'ar')).toBe('24 نونبر 2026، 16:20');
    expect(formatDateTime(at, 'UTC', 'fr')).toBe('24 novembre 2026 à 16:20');
  });
});
