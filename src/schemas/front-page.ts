import { z } from 'astro/zod';
import { DateTime, Id, Text, describe } from './common.ts';
import { isHttpsUrl } from './brief.ts';

/** The breaking-news banner shown at the top of every page until it expires. */
export const BannerSchema = z.strictObject(
  {
    /** The one line readers see, e.g. "Earthquake felt in Al Haouz". Plain text, at most 120 characters. */
    text: Text.refine((s) => s.length <= 120, { error: (i) => `must be at most 120 characters, found ${String(i.input).length}` }),
    /** A published article's slug, or an absolute https:// URL. Default: no link. */
    link: z
      .string({ error: (i) => `expected an article slug or an https:// URL, found ${describe(i.input)}` })
      .trim()
      .refine((s) => /^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(s) || isHttpsUrl(s), {
        error: (i) => `expected an article slug or an absolute https:// URL, found ${describe(i.input)}`,
      })
      .meta({ pattern: '^(?:[a-z0-9]+(?:-[a-z0-9]+)*|https://[^\\s/?#]+\\S*)$' })
      .optional(),
    /** When the banner comes down: a date and time with its offset from UTC. Readers stop seeing it then, and the next build drops it. */
    expires: DateTime,
  },
  { error: (i) => (i.code === 'unrecognized_keys' ? undefined : `expected a banner { text, link?, expires }, found ${describe(i.input)}`) },
);

/** content/front-page.yaml: the editors' choices for the front page; newest stories fill the rest. */
export const FrontPageSchema = z.strictObject(
  {
    /** Slug of the lead story (a published article). Default: the newest story with an image. */
    lead: Id.optional(),
    /** Slugs of the top stories under the lead, in order. Default: none; the newest stories fill the slots. */
    top: z.array(Id, { error: (i) => `expected a list of article slugs, found ${describe(i.input)}` }).default([]),
    /** Breaking-news banner { text, link?, expires }. Default: none. */
    banner: BannerSchema.optional(),
  },
  { error: (i) => (i.code === 'unrecognized_keys' ? undefined : `expected { lead?, top?, banner? }, found ${describe(i.input)}`) },
);

/** Validated front-page settings. */
export type FrontPageData = z.output<typeof FrontPageSchema>;
