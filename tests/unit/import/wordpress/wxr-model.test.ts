import { describe, expect, it } from 'vitest';
import { attachmentCredit, decodeSlug, wpTime } from '../../../../src/import/wordpress/wxr-model.ts';

describe('wpTime', () => {
  const fallback = () => '+01:00';
  it('gives the local time with the offset WordPress used (local − GMT)', () => {
    expect(wpTime('2024-06-01 20:00:00', '2024-06-01 18:00:00', fallback)).toBe('2024-06-01T20:00:00+02:00');
    expect(wpTime('2024-01-01 00:30:00', '2024-01-01 05:30:00', fallback)).toBe('2024-01-01T00:30:00-05:00');
    expect(wpTime('2024-01-01 12:00:00', '2024-01-01 06:30:00', fallback)).toBe('2024-01-01T12:00:00+05:30');
  });
  it('falls back to the site zone when the GMT time is zeros (drafts), and refuses no date', () => {
    expect(wpTime('2024-07-01 10:00:00', '0000-00-00 00:00:00', fallback)).toBe('2024-07-01T10:00:00+01:00');
    expect(wpTime('0000-00-00 00:00:00', '0000-00-00 00:00:00', fallback)).toBeUndefined();
    expect(wpTime('', '', fallback)).toBeUndefined();
  });
});

describe('decodeSlug and attachmentCredit', () => {
  it('decodes percent-encoded slugs and leaves broken ones alone', () => {
    expect(decodeSlug('%d8%a7%d9%84%d9%85%d8%ba%d8%b1%d8%a8')).toBe('المغرب');
    expect(decodeSlug('100%-sure')).toBe('100%-sure');
  });
  it('reads the IPTC credit from PHP-serialised metadata', () => {
    expect(attachmentCredit('a:1:{s:10:"image_meta";a:2:{s:6:"credit";s:3:"AFP";s:5:"title";s:0:"";}}')).toBe('AFP');
    expect(attachmentCredit('a:1:{s:10:"image_meta";a:1:{s:6:"credit";s:0:"";}}')).toBe('');
    expect(attachmentCredit('')).toBe('');
  });
});
