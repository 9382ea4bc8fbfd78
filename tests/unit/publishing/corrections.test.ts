import { describe, expect, it } from 'vitest';
import { articleModified, sortCorrections } from '../../../src/publishing/corrections.ts';

const at = (iso: string) => new Date(iso);

describe('articleModified', () => {
  it('is the latest of updated and the corrections', () => {
    expect(articleModified({ updated: at('2025-01-15T09:00:00Z'), corrections: [{ time: at('2025-01-15T10:00:00Z'), text: 'x' }] })).toEqual(at('2025-01-15T10:00:00Z'));
    expect(articleModified({ updated: at('2025-01-16T09:00:00Z'), corrections: [{ time: at('2025-01-15T10:00:00Z'), text: 'x' }] })).toEqual(at('2025-01-16T09:00:00Z'));
    expect(articleModified({ corrections: [{ time: at('2025-01-15T10:00:00Z'), text: 'a' }, { time: at('2025-01-14T10:00:00Z'), text: 'b' }] })).toEqual(at('2025-01-15T10:00:00Z'));
  });
  it('is undefined for an article never changed', () => {
    expect(articleModified({ corrections: [] })).toBeUndefined();
  });
});

describe('sortCorrections', () => {
  it('orders oldest first without touching the input', () => {
    const input = [{ time: at('2025-01-15T10:00:00Z'), text: 'later' }, { time: at('2025-01-14T10:00:00Z'), text: 'earlier' }];
    expect(sortCorrections(input).map((c) => c.text)).toEqual(['earlier', 'later']);
    expect(input[0]!.text).toBe('later');
  });
});
