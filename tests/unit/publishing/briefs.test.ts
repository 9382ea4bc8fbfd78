import { describe, expect, it } from 'vitest';
import { briefHref, briefPermalink, groupBriefsByDay, sortBriefs } from '../../../src/publishing/briefs.ts';

const b = (id: string, iso: string, link?: string) => ({ id, time: new Date(iso), text: id, link });

describe('briefs', () => {
  it('sorts newest first, ties by id', () => {
    const sorted = sortBriefs([b('a', '2025-01-14T09:00:00Z'), b('c', '2025-01-14T10:00:00Z'), b('b', '2025-01-14T10:00:00Z')]);
    expect(sorted.map((x) => x.id)).toEqual(['b', 'c', 'a']);
  });

  it('groups by day in the given zone, newest day first', () => {
    const groups = groupBriefsByDay([b('x', '2025-01-13T12:00:00Z'), b('y', '2025-01-14T23:30:00Z'), b('z', '2025-01-14T08:00:00Z')], 'Africa/Casablanca');
    expect(groups.map((g) => [g.day, g.briefs.map((x) => x.id)])).toEqual([
      ['2025-01-15', ['y']],
      ['2025-01-14', ['z']],
      ['2025-01-13', ['x']],
    ]);
  });

  it('links to the article for a slug and to the URL for https', () => {
    expect(briefHref({ link: 'port-record' })).toBe('/articles/port-record/');
    expect(briefHref({ link: 'https://example.org/x' })).toBe('https://example.org/x');
    expect(briefHref({})).toBeUndefined();
  });
});

describe('briefPermalink', () => {
  it('points at the brief in the archive of its day in the site zone', () => {
    // 23:30 UTC on the 14th is already the 15th in Casablanca (UTC+1).
    expect(briefPermalink({ id: '20250114-2330-abc', time: new Date('2025-01-14T23:30:00Z') }, 'Africa/Casablanca')).toBe('/latest/2025-01-15/#brief-20250114-2330-abc');
    expect(briefPermalink({ id: 'x', time: new Date('2025-01-14T23:30:00Z') }, 'UTC')).toBe('/latest/2025-01-14/#brief-x');
  });
});
