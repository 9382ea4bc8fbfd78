import { z } from 'astro/zod';
import { FORBIDDEN_TEXT_CHARS, LIMITS, firstCharIn } from '../content/validate/input-policy.ts';

/** ISO 8601 date-time with an explicit offset (`Z` or `±hh:mm`), e.g. `2025-01-14T15:20:00+01:00`. */
export const ISO_DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})$/;

/** A date-time string with offset, parsed to a `Date`; rejects dates without offset or impossible ones. */
export const DateTime = z
  .string({ error: (i) => `expected an ISO 8601 date-time with offset such as 2025-01-14T15:20:00+01:00, found ${describe(i.input)}` })
  .refine((s) => ISO_DATE_TIME.test(s), {
    error: (i) =>
      `expected an ISO 8601 date-time with offset such as 2025-01-14T15:20:00+01:00, found ${describe(i.input)}` +
      (/^\d{4}-\d{2}-\d{2}(T[\d:.]+)?$/.test(String(i.input)) ? ' (no time-zone offset)' : ''),
    abort: true,
  })
  .refine((s) => !Number.isNaN(Date.parse(s)) && sameCalendarDate(s), {
    error: (i) => `${describe(i.input)} is not a real date-time`,
  })
  .transform((s) => new Date(s))
  // For editors and the CMS: the JSON Schema cannot carry the refinements, so it gets the pattern.
  .meta({ pattern: ISO_DATE_TIME.source });

/** A BCP 47 language tag such as `en`, `fr` or `ar-MA`. */
export const LangTag = z
  .string({ error: (i) => `expected a BCP 47 tag such as en or ar-MA, found ${describe(i.input)}` })
  .regex(/^[a-zA-Z]{2,3}(-[a-zA-Z0-9]{2,8})*$/, { error: (i) => `expected a BCP 47 tag such as en or ar-MA, found ${describe(i.input)}` });

/** Identifier used in URLs and cross-references: lowercase letters, digits and single hyphens. */
export const Id = z
  .string({ error: (i) => `expected an id (lowercase letters, digits, hyphens), found ${describe(i.input)}` })
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, {
    error: (i) => `expected lowercase letters, digits and hyphens, found ${describe(i.input)}`,
  })
  .max(LIMITS.id, { error: (i) => `must be at most ${LIMITS.id} characters (it becomes a file name), found ${String(i.input).length}` });

/**
 * Characters no writer types on purpose: the input policy's set (XML-forbidden code points,
 * C1 controls, bidi overrides; src/content/validate/input-policy.ts). Tab and newline are fine; so are the
 * bidi marks and isolates that mixed Arabic/English text needs.
 */
export const FORBIDDEN_CHARS = FORBIDDEN_TEXT_CHARS;

/** `U+001B`-style name of the first forbidden character in `s`, for error messages. */
export function forbiddenCharIn(s: string): string | undefined {
  return firstCharIn(s);
}

/** A required, non-blank line of text; surrounding white space is trimmed; no control characters. */
export const Text = z
  .string({ error: (i) => `expected text, found ${describe(i.input)}` })
  .trim()
  .min(1, { error: 'must not be empty' })
  .refine((s) => !FORBIDDEN_CHARS.test(s), {
    error: (i) => `contains the invisible control character ${forbiddenCharIn(String(i.input))}; retype the text without it`,
  });

/** {@link Text} of at most `max` characters (the input policy's limits, src/content/validate/input-policy.ts). */
export const TextUpTo = (max: number) => Text.max(max, { error: (i) => `must be at most ${max} characters, found ${String(i.input).length}` });

const SEGMENT = '(?:[A-Za-z0-9._~-]|%[0-9A-Fa-f]{2})+';
// WordPress's plain permalinks (`/?p=123`, `/?attachment_id=9`): one numeric-or-word query parameter.
const QUERY = '(?:\\?[A-Za-z0-9_]+=[A-Za-z0-9._~-]+)?';
const SITE_PATH = new RegExp(`^/(?:${SEGMENT}(?:/${SEGMENT})*/?)?${QUERY}$`);

/**
 * An old address of this site, as a path: `/2019/05/old-story.html` or `/old/story/`, with at
 * most one `?name=value` query parameter (`/?p=123`, WordPress's plain permalinks).
 * Letters, digits, `. _ ~ -` and `%XX` escapes per segment; no `..`, spaces, `*`, `:` or `#`,
 * which the CDN redirect formats would read as patterns or comments.
 */
export const SitePath = z
  .string({ error: (i) => `expected a path on this site such as /2019/05/old-story.html, found ${describe(i.input)}` })
  .refine((s) => SITE_PATH.test(s) && !/(^|\/)\.\.?(\/|$)/.test(s) && s.length <= 300, {
    error: (i) =>
      `expected a path on this site starting with "/" (letters, digits, . _ ~ - and / only, and at most one ?name=value; no "..", spaces or URLs), found ${describe(i.input)}`,
  });

/** Short human description of a value for error messages: its type and, when short, the value itself. */
export function describe(value: unknown): string {
  if (value === undefined) return 'nothing (the field is missing)';
  if (value === null) return 'an empty value';
  if (Array.isArray(value)) return `a list of ${value.length}`;
  if (typeof value === 'object') return 'a mapping';
  const text = JSON.stringify(value);
  return `${typeof value} ${text.length > 60 ? `${text.slice(0, 57)}...` : text}`;
}

/** True when the Y-M-D written in `s` exists (Date.parse would roll 2025-02-30 over to March). */
function sameCalendarDate(s: string): boolean {
  const [y, m, d] = s.slice(0, 10).split('-').map(Number) as [number, number, number];
  const probe = new Date(Date.UTC(y, m - 1, d));
  return probe.getUTCFullYear() === y && probe.getUTCMonth() === m - 1 && probe.getUTCDate() === d;
}
