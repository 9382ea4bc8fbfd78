import { describe, expect, it } from 'vitest';
import { buildTime, isBriefLive, isPublished } from '../../src/lib/publish.ts';

const now = new Date('2025-01-16T12:00:00Z');

describe('publish rule', () => {
  it('publishes a non-draft whose time has come, including exactly now', () => {
    expect(isPublished({ draft: false, published: new Date('2025-01-16T12:00:00Z') }, now)).toBe(true);
    expect(isPublished({ draft: false, published: new Date('2025-01-10T00:00:00Z') }, now)).toBe(true);
  });
  it('holds back drafts and scheduled articles', () => {
    expect(isPublished({ draft: true, published: new Date('2025-01-10T00:00:00Z') }, now)).toBe(false);
    expect(isPublished({ draft: false, published: new Date('2025-01-16T12:00:01Z') }, now)).toBe(false);
  });
  it('holds back briefs timed later than the build', () => {
    expect(isBriefLive({ time: new Date('2025-01-16T11:59:00Z') }, now)).toBe(true);
    expect(isBriefLive({ time: new Date('2025-01-16T12:01:00Z') }, now)).toBe(false);
  });
  it('reads the build clock from SOURCE_DATE_EPOCH', () => {
    expect(buildTime({ SOURCE_DATE_EPOCH: '1737028800' }).toISOString()).toBe('2025-01-16T12:00:00.000Z');
    expect(() => buildTime({ SOURCE_DATE_EPOCH: 'yesterday' })).toThrow(/SOURCE_DATE_EPOCH must be whole seconds/);
    const before = Date.now();
    expect(buildTime({}).getTime()).toBeGreaterThanOrEqual(before);
  });
});
