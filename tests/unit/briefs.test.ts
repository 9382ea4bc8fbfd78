import { describe, expect, it } from 'vitest';
import { briefPermalink } from '../../src/lib/briefs.ts';

describe('briefPermalink', () => {
  it('points at the brief in the archive of its day in the site zone', () => {
    // 23:30 UTC on the 14th is already the 15th in Casablanca (UTC+1).
    expect(briefPermalink({ id: '20250114-2330-abc', time: new Date('2025-01-14T23:30:00Z') }, 'Africa/Casablanca')).toBe('/latest/2025-01-15/#brief-20250114-2330-abc');
    expect(briefPermalink({ id: 'x', time: new Date('2025-01-14T23:30:00Z') }, 'UTC')).toBe('/latest/2025-01-14/#brief-x');
  });
});
