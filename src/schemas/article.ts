import { z } from 'astro/zod';
import { LIMITS, fileNameProblem } from '../content/validate/input-policy.ts';
import { tagSlug } from '../publishing/paths.ts';
import { DateTime, Id, LangTag, SitePath, TextUpTo, describe } from './common.ts';

/** A tag: short text whose address (`/tag/<slug>/`) is a usable folder name. */
const Tag = TextUpTo(LIMITS.tag).refine((t) => tagSlug(t) !== '' && !fileNameProblem(tagSlug(t)), {
  error: (i) => {
    const slug = tagSlug(String(i.input));
    return slug === ''
      ? `${describe(i.input)} has no letter or digit, so it cannot have a page at /tag/<tag>/; add a word`
      : `its address /tag/${slug.length > 40 ? `${slug.slice(0, 40)}…` : slug}/ ${fileNameProblem(slug)}`;
  },
});

/**
 * Article front matter. `imageSrc` is Astro's `image()` helper in the build, which resolves
 * `image.src` to processed image metadata; elsewhere (checks, tests) a plain string.
 */
export function ArticleSchema<ImageSrc extends z.ZodType = z.ZodString>(imageSrc: () => ImageSrc = () => z.string() as never) {
  return z.strictObject(
    {
      /** Headline. Required. */
      title: TextUpTo(LIMITS.title),
      /** One or two sentences for cards, the meta description and feeds. Required. */
      summary: TextUpTo(LIMITS.summary),
      /** First publication time, ISO 8601 with offset. Articles dated after the build time stay unpublished. */
      published: DateTime,
      /** Last substantive update; shown as "Updated …". Default: none. */
      updated: DateTime.optional(),
      /** Section id from content/categories.yaml. Required. */
      category: Id,
      /** Author ids (files in content/authors/). Default: the site's staff byline. */
      authors: z.array(Id, { error: (i) => `expected a list of author ids, found ${describe(i.input)}` }).default([]),
      /** Free-form tags; each gets a page at /tag/<tag>/. Default: none. */
      tags: z
        .array(Tag, { error: (i) => `expected a list of tags, found ${describe(i.input)}` })
        .max(LIMITS.tags, { error: `at most ${LIMITS.tags} tags are allowed` })
        .default([]),
      /** Lead image; `src` is relative to the article file and `alt` is required. Default: none. */
      image: z
        .strictObject(
          {
            /** Path of the image file relative to the article. */
            src: imageSrc(),
            /** Text alternative read by screen readers; describe what the image shows. */
            alt: TextUpTo(LIMITS.note),
            /** Caption printed under the image. Default: none. */
            caption: TextUpTo(LIMITS.note).optional(),
            /** Photographer or agency. Default: the site's own credit (imageCredit in src/site.config.ts). */
            credit: TextUpTo(LIMITS.name).optional(),
          },
          { error: (i) => `expected { src, alt, caption?, credit? }, found ${describe(i.input)}` },
        )
        .optional(),
      /** BCP 47 language tag. Default: the site's language. ar, fa, he and ur render right-to-left. */
      lang: LangTag.optional(),
      /** Old addresses of this article (after a rename); each redirects here with a 301. Default: none. */
      aliases: z.array(SitePath, { error: (i) => `expected a list of old paths such as ["/2019/05/old-story.html"], found ${describe(i.input)}` }).default([]),
      /** `true` keeps the article out of every output. Default: false. */
      draft: z.boolean({ error: (i) => `expected true or false, found ${describe(i.input)}` }).default(false),
      /** Corrections printed as dated notes on the article, oldest first; the latest sets dateModified. Default: none. */
      corrections: z
        .array(
          z.strictObject(
            {
              /** When the correction was made, ISO 8601 with offset. */
              time: DateTime,
              /** What was wrong and what is right now, in a sentence or two. Plain text. */
              text: TextUpTo(LIMITS.note),
            },
            { error: (i) => (i.code === 'unrecognized_keys' ? undefined : `expected a correction { time, text }, found ${describe(i.input)}`) },
          ),
          { error: (i) => `expected a list of corrections ({ time, text }), found ${describe(i.input)}` },
        )
        .default([]),
    },
    { error: (i) => (i.code === 'unrecognized_keys' ? undefined : `expected front matter fields, found ${describe(i.input)}`) },
  );
}

/** Validated front matter of one article (with `image.src` as a path outside Astro). */
export type ArticleData = z.output<ReturnType<typeof ArticleSchema>>;
