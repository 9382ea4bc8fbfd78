import { z } from 'astro/zod';
import { LIMITS, isWebUrl } from '../content/validate/input-policy.ts';
import { DateTime, Id, TextUpTo, describe } from './common.ts';

/** One brief: a time-stamped one-line item in the "Latest news" column. */
export const BriefSchema = z.strictObject(
  {
    /** Permanent id for its feed entry and its /latest/<day>/#brief-<id> link. Default: its UTC minute (20261124-0605; -2, -3… for later ones in the same minute). */
    id: Id.optional(),
    /** When it happened or was filed, ISO 8601 with offset. Briefs dated after the build time wait. */
    time: DateTime,
    /** The one line readers see. Plain text. */
    text: TextUpTo(LIMITS.brief),
    /** Section id from content/categories.yaml. Default: none. */
    category: Id.optional(),
    /** A published article's slug, or an absolute https:// URL. Default: no link. */
    link: z
      .string({ error: (i) => `expected an article slug or an https:// URL, found ${describe(i.input)}` })
      .trim()
      .max(LIMITS.url, { error: `must be at most ${LIMITS.url} characters` })
      .refine((s) => /^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(s) || isHttpsUrl(s), {
        error: (i) => `expected an article slug or an absolute https:// URL, found ${describe(i.input)}`,
      })
      // The same rule as a pattern, for editors and the CMS (JSON Schema cannot carry the refinement).
      .meta({ pattern: '^(?:[a-z0-9]+(?:-[a-z0-9]+)*|https://[^\\s/?#]+\\S*)$' })
      .optional(),
  },
  { error: (i) => (i.code === 'unrecognized_keys' ? undefined : `expected a brief { time, text, category?, link?, id? }, found ${describe(i.input)}`) },
);

/** A briefs file: a YAML list of briefs. */
export const BriefFileSchema = z.array(BriefSchema, {
  error: (i) => `expected a list of briefs, found ${describe(i.input)}`,
});

/** Validated brief. */
export type BriefData = z.output<typeof BriefSchema>;

/** True for an absolute https URL with a host. */
export function isHttpsUrl(s: string): boolean {
  // Read as a browser reads it, so `https://javascript:alert(1)` or a backslash trick is no URL.
  return isWebUrl(s);
}
