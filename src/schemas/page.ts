import { z } from 'astro/zod';
import { Text, describe } from './common.ts';

/** Front matter of a static page (content/pages/<slug>.md: About, Contact, policies). */
export const PageSchema = z.strictObject(
  {
    /** The page heading and title, e.g. "Corrections policy". */
    title: Text,
    /** One sentence for search engines and link previews. */
    summary: Text,
    /** Position in the footer's list of pages, smallest first. Default: 100. */
    order: z.number({ error: (i) => `expected a number, found ${describe(i.input)}` }).int().default(100),
  },
  { error: (i) => (i.code === 'unrecognized_keys' ? undefined : `expected { title, summary, order? }, found ${describe(i.input)}`) },
);

/** Validated page front matter. */
export type PageData = z.output<typeof PageSchema>;
