import { z } from 'astro/zod';
import { LIMITS } from '../content/validate/input-policy.ts';
import { Id, LangTag, TextUpTo, describe } from './common.ts';

/** One section of the site, listed in content/categories.yaml. */
export const CategorySchema = z.strictObject(
  {
    /** Used by articles and briefs, and in the URL /category/<id>/. */
    id: Id,
    /** Shown in navigation and headings. */
    name: TextUpTo(LIMITS.name),
    /** One line for the category page and its feed. Default: none. */
    description: TextUpTo(LIMITS.note).optional(),
    /** The name in other languages, for pages and cards in that language (an Arabic article's section label). Default: none, `name` everywhere. */
    translations: z
      .array(
        z.strictObject(
          {
            /** Language of this name, a tag such as ar or fr (ar also covers ar-MA). */
            lang: LangTag,
            /** The section's name in that language. */
            label: TextUpTo(LIMITS.name),
          },
          { error: (i) => (i.code === 'unrecognized_keys' ? undefined : `expected { lang, label }, found ${describe(i.input)}`) },
        ),
        { error: (i) => `expected a list of { lang, label }, found ${describe(i.input)}` },
      )
      .superRefine((list, ctx) => {
        const seen = new Set<string>();
        list.forEach((t, i) => {
          const lang = t.lang.toLowerCase();
          if (seen.has(lang)) ctx.addIssue({ code: 'custom', path: [i, 'lang'], input: t.lang, message: `"${t.lang}" is given twice; allowed: one name per language` });
          seen.add(lang);
        });
      })
      .default([]),
  },
  { error: (i) => (i.code === 'unrecognized_keys' ? undefined : `expected { id, name, description?, translations? }, found ${describe(i.input)}`) },
);

/** content/categories.yaml: a list of categories, in navigation order. */
export const CategoryFileSchema = z.array(CategorySchema, {
  error: (i) => `expected a list of categories, found ${describe(i.input)}`,
});

/** Validated category. */
export type CategoryData = z.output<typeof CategorySchema>;
