import { describe, expect, it } from 'vitest';
import { neighboursFinder, relatedFinder, type RelatedStory } from '../../../src/publishing/related.ts';

const story = (slug: string, day: number, category: string, tags: string[] = []): RelatedStory => ({
  slug,
  data: { published: new Date(Date.UTC(2026, 10, day, 9)), tags },
  category: { id: category },
});

// Deliberately not in date order: the finders must not rely on their input's order.
const a = story('a', 10, 'economy', ['Ports', 'trade']);
const b = story('b', 12, 'politics', ['trade']);
const c = story('c', 11, 'economy');
const d = story('d', 14, 'sports', ['football']);
const e = story('e', 13, 'world', ['ports']);
const f = story('f', 9, 'economy', ['trade']);
const all = [a, b, c, d, e, f];

describe('relatedFinder', () => {
  const related = relatedFinder(all);

  it('lists articles in the same category or sharing a tag, shown newest first, never the article itself', () => {
    // e shares "ports" (case and spelling as in the tag URL), b shares "trade", c and f the category.
    expect(related(a).map((s) => s.slug)).toEqual(['e', 'b', 'c', 'f']);
  });

  it('lists each article once even when it matches several ways', () => {
    expect(related(f).map((s) => s.slug)).toEqual(['b', 'c', 'a']);
  });

  it('prefers earlier coverage, and fills up with the nearest later stories only when there is not enough', () => {
    // a (10 Nov) has one earlier match, f (9 Nov); the nearest later one is c (11 Nov), not e (13 Nov).
    expect(relatedFinder(all, { count: 2 })(a).map((s) => s.slug)).toEqual(['c', 'f']);
    const older = story('older', 1, 'economy');
    expect(relatedFinder([...all, older], { count: 2 })(a).map((s) => s.slug)).toEqual(['f', 'older']);
  });

  it('keeps a full related list when a newer story is published, so that page need not be rebuilt', () => {
    const scoop = story('scoop', 20, 'economy', ['trade', 'ports']);
    const before = relatedFinder(all, { count: 2 });
    const after = relatedFinder([...all, scoop], { count: 2 });
    const full = all.filter((s) => before(s).length === 2);
    expect(full.map((s) => s.slug)).toEqual(['a', 'b', 'c', 'f']);
    for (const s of full) expect(after(s), s.slug).toEqual(before(s));
    // A list with room left takes the new story.
    expect(after(d)).toEqual([]);
  });

  it('stops at the requested count and returns nothing for an article with no neighbours', () => {
    expect(relatedFinder(all, { count: 1 })(b).map((s) => s.slug)).toEqual(['a']);
    expect(related(d)).toEqual([]);
  });
});

describe('neighboursFinder', () => {
  const neighbours = neighboursFinder(all);

  it('gives the next older article as previous and the next newer one as next', () => {
    expect(neighbours(c)).toEqual({ previous: a, next: b });
  });

  it('has no next for the newest article and no previous for the oldest', () => {
    expect(neighbours(d)).toEqual({ previous: e, next: undefined });
    expect(neighbours(f)).toEqual({ previous: undefined, next: a });
  });
});
