/** A correction note: when it was made and what it says. */
export interface CorrectionLike {
  time: Date;
  text: string;
}

/** Corrections oldest first, as they are printed under the article. */
export function sortCorrections<T extends CorrectionLike>(corrections: readonly T[]): T[] {
  return [...corrections].sort((a, b) => a.time.getTime() - b.time.getTime());
}

/**
 * When the article last changed: the later of `updated` and its newest correction, or undefined
 * when it has neither. This is the "Updated" time readers see and the structured data's dateModified.
 */
export function articleModified(data: { updated?: Date | undefined; corrections: readonly CorrectionLike[] }): Date | undefined {
  const times = [data.updated, ...data.corrections.map((c) => c.time)].filter((t): t is Date => t !== undefined);
  if (times.length === 0) return undefined;
  return new Date(Math.max(...times.map((t) => t.getTime())));
}
