import { describe, expect, it } from 'vitest';
import { buildTime, isBannerLive, isBriefLive, isCommentLive, isPublished } from '../../../src/publishing/publish.ts';

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
  it('publishes a banner until its expiry, and drops it from the first build at or after it', () => {
    const expires = new Date('2025-01-17T08:00:00Z');
    expect(isBannerLive({ expires }, new Date('2025-01-17T07:59:59Z'))).toBe(true);
    expect(isBannerLive({ expires }, expires)).toBe(false);
  });

  it('reads the build clock from SOURCE_DATE_EPOCH', () => {
    expect(buildTime({ SOURCE_DATE_EPOCH: '1737028800' }).toISOString()).toBe('2025-01-16T12:00:00.000Z');
    expect(() => buildTime({ SOURCE_DATE_EPOCH: 'yesterday' })).toThrow(/SOURCE_DATE_EPOCH must be whole seconds/);
    const before = Date.now();
    expect(buildTime({}).getTime()).toBeGreaterThanOrEqual(before);
  });
  it('takes an empty SOURCE_DATE_EPOCH as unset, and anything but whole seconds as an error', () => {
    const before = Date.now();
    expect(buildTime({ SOURCE_DATE_EPOCH: '' }).getTime()).toBeGreaterThanOrEqual(before);
    expect(buildTime({ SOURCE_DATE_EPOCH: '0' }).toISOString()).toBe('1970-01-01T00:00:00.000Z');
    for (const bad of ['1737028800x', 'x1737028800', '-5', '1.5', ' 1']) {
      expect(() => buildTime({ SOURCE_DATE_EPOCH: bad }), bad).toThrow(`[build] SOURCE_DATE_EPOCH must be whole seconds since 1970, found "${bad}"`);
    }
  });
  it('counts a brief or comment timed exactly at the build as live', () => {
    expect(isBriefLive({ time: now }, now)).toBe(true);
    expect(isCommentLive({ time: now }, { draft: false, published: now }, now)).toBe(true);
  });
});

describe('comment rule', () => {
  const published = { draft: false, published: new Date('2025-01-10T00:00:00Z') };
  it('shows a comment under a published article once its time has come', () => {
    expect(isCommentLive({ time: new Date('2025-01-16T11:00:00Z') }, published, now)).toBe(true);
    expect(isCommentLive({ time: new Date('2025-01-16T13:00:00Z') }, published, now)).toBe(false);
  });
  it('never shows or counts comments under drafts and scheduled articles', () => {
    const comment = { time: new Date('2025-01-12T00:00:00Z') };
    expect(isCommentLive(comment, { ...published, draft: true }, now)).toBe(false);
    expect(isCommentLive(comment, { draft: false, published: new Date('2025-02-01T00:00:00Z') }, now)).toBe(false);
  });
});
