import { z } from 'astro/zod';
import { LIMITS, profileUrlProblem } from '../content/validate/input-policy.ts';
import { TextUpTo, describe } from './common.ts';

/** An https:// or mailto: address: the pattern editors and the CMS get; the refinement then reads it as a browser would. */
export const PROFILE_URL = /^(https:\/\/|mailto:)\S+$/;

/**
 * An author file, content/authors/<id>.yaml; the file name is the id articles use.
 * `imageSrc` is Astro's `image()` helper in the build (resolving `avatar`), elsewhere a string.
 */
export function AuthorSchema<ImageSrc extends z.ZodType = z.ZodString>(imageSrc: () => ImageSrc = () => z.string() as never) {
  return z.strictObject(
    {
      /** Name as printed in bylines. Required. */
      name: TextUpTo(LIMITS.name),
      /** A sentence or two for the author page. Default: none. */
      bio: TextUpTo(LIMITS.note).optional(),
      /** Portrait, relative to the author file. Default: none. */
      avatar: imageSrc().optional(),
      /** Profile links shown on the author page. Default: none. */
      links: z
        .array(
          z.strictObject({
            /** Link text, e.g. "Email" or "Mastodon". */
            label: TextUpTo(LIMITS.name),
            /** https:// or mailto: address. */
            url: z
              .string()
              .refine((s) => PROFILE_URL.test(s) && !profileUrlProblem(s), {
                error: (i) => {
                  const why = typeof i.input === 'string' ? profileUrlProblem(i.input) : undefined;
                  return `expected an https:// or mailto: address, found ${describe(i.input)}${why ? ` (it ${why.replace(/; expected .*$/, '')})` : ''}`;
                },
              })
              .meta({ pattern: PROFILE_URL.source }),
          }),
          { error: (i) => `expected a list of { label, url }, found ${describe(i.input)}` },
        )
        .default([]),
    },
    { error: (i) => (i.code === 'unrecognized_keys' ? undefined : `expected { name, bio?, avatar?, links? }, found ${describe(i.input)}`) },
  );
}

/** Validated author (with `avatar` as a path outside Astro). */
export type AuthorData = z.output<ReturnType<typeof AuthorSchema>>;
