import { z } from 'astro/zod';
import { DateTime, Id, SitePath, Text, describe } from './common.ts';

/**
 * Article front matter. `imageSrc` is Astro's `image()` helper in the build, which resolves
 * `image.src` to processed image metadata; elsewhere (checks, tests) a plain string.
 */
export function ArticleSchema<ImageSrc extends z.ZodType = z.ZodString>(imageSrc: () => ImageSrc = () => z.string() as never) {
  return z.strictObject(
    {
      /** Headline. Required. */
      title: Text,
      /** One or two sentences for cards, the meta description and feeds. Required. */
      summary: Text,
      /** First publication time, ISO 8601 with offset. Articles dated after the build time stay unpublished. */
      published: DateTime,
      /** Last substantive update; shown as "Updated …". Default: none. */
      updated: DateTime.optional(),
      /** Section id from content/categories.yaml. Required. */
      category: Id,
      /** Author ids (files in content/authors/). Default: the site's staff byline. */
      authors: z.array(Id, { error: (i) => `expected a list of author ids, found ${describe(i.input)}` }).default([]),
      /** Free-form tags; each gets a page at /tag/<tag>/. Default: none. */
      tags: z.array(Text, { error: (i) => `expected a list of tags, found ${describe(i.input)}` }).default([]),
      /** Lead image; `src` is relative to the article file and `alt` is required. Default: none. */
      image: z
        .strictObject(
          {
            /** Path of the image file relative to the article. */
            src: imageSrc(),
            /** Text alternative read by screen readers; describe what the image shows. */
            alt: Text,
            /** Caption printed under the image. Default: none. */
            caption: Text.optional(),
            /** Photographer or agency. Default: the site's own credit (imageCredit in src/site.config.ts). */
            credit: Text.optional(),
          },
          { error: (i) => `expected { src, alt, caption?, credit? }, found ${describe(i.input)}` },
        )
        .optional(),
      /** BCP 47 language tag. Default: the site's language. ar, fa, he and ur render right-to-left. */
      lang: z
        .string()
        .regex(/^[a-zA-Z]{2,3}(-[a-zA-Z0-9]{2,8})*$/, { error: (i) => `expected a BCP 47 tag such as en or ar-MA, found ${describe(i.input)}` })
        .optional(),
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
              text: Text,
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
