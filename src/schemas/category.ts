import { z } from 'astro/zod';
import { LIMITS } from '../lib/input-policy.ts';
import { Id, TextUpTo, describe } from './common.ts';

/** One section of the site, listed in content/categories.yaml. */
export const CategorySchema = z.strictObject(
  {
    /** Used by articles and briefs, and in the URL /category/<id>/. */
    id: Id,
    /** Shown in navigation and headings. */
    name: TextUpTo(LIMITS.name),
    /** One line for the category page and its feed. Default: none. */
    description: TextUpTo(LIMITS.note).optional(),
  },
  { error: (i) => (i.code === 'unrecognized_keys' ? undefined : `expected { id, name, description? }, found ${describe(i.input)}`) },
);

/** content/categories.yaml: a list of categories, in navigation order. */
export const CategoryFileSchema = z.array(CategorySchema, {
  error: (i) => `expected a list of categories, found ${describe(i.input)}`,
});

/** Validated category. */
export type CategoryData = z.output<typeof CategorySchema>;
