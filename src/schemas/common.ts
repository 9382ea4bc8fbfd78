import { z } from 'astro/zod';

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

/** Identifier used in URLs and cross-references: lowercase letters, digits and single hyphens. */
export const Id = z
  .string({ error: (i) => `expected an id (lowercase letters, digits, hyphens), found ${describe(i.input)}` })
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, {
    error: (i) => `expected lowercase letters, digits and hyphens, found ${describe(i.input)}`,
  });

/** A required, non-blank line of text; surrounding white space is trimmed. */
export const Text = z
  .string({ error: (i) => `expected text, found ${describe(i.input)}` })
  .trim()
  .min(1, { error: 'must not be empty' });

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
