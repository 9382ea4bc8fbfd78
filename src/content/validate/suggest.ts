import { closest, distance } from 'fastest-levenshtein';

/**
 * The one of `allowed` that `found` is most likely a typo of (a few letters apart, or the same
 * but for case), or undefined when none is close: for "did you mean" in "unknown id" messages.
 */
export function nearestId(found: string, allowed: Iterable<string>): string | undefined {
  const candidates = [...allowed];
  if (!candidates.length) return undefined;
  const best = closest(found.toLowerCase(), candidates);
  // Up to a third of the letters wrong (at least one): "sport" → "sports", not "news" → "sports".
  return distance(found.toLowerCase(), best) <= Math.max(1, Math.floor(found.length / 3)) ? best : undefined;
}

/** `unknown category "sport"; did you mean "sports"? Allowed: news, sports` (or `; allowed: …` with no near id). */
export function unknownIdMessage(what: string, found: string, allowed: Iterable<string>, rest: string): string {
  const near = nearestId(found, allowed);
  return near ? `unknown ${what} "${found}"; did you mean "${near}"? ${rest.charAt(0).toUpperCase()}${rest.slice(1)}` : `unknown ${what} "${found}"; ${rest}`;
}
