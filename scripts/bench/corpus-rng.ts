// The seeded random numbers behind the bench's generated content (scripts/bench/generate-corpus.ts,
// scripts/bench/generate-wxr.ts): the same seed gives the same numbers on every platform.

/** A source of numbers in [0, 1), as Math.random gives, but seeded. */
export type Rng = () => number;

/** mulberry32: tiny, fast, good enough for test data, and identical on every platform. */
export function createRng(seed: number): Rng {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A whole number from `min` to `max`, both included. */
export const int = (rng: Rng, min: number, max: number): number => min + Math.floor(rng() * (max - min + 1));

/** An item of `list`, each as likely as the others. */
export const pick = <T>(rng: Rng, list: readonly T[]): T => list[Math.floor(rng() * list.length)]!;

/** An item of `list`, the first ones far more often: a few items are very common, most are rare (as tags are). */
export const pickSkewed = <T>(rng: Rng, list: readonly T[]): T => list[Math.floor(list.length * rng() ** 2.5)]!;
