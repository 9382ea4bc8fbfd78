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
