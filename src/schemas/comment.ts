import { z } from 'astro/zod';
import { DateTime, Id, Text, describe } from './common.ts';

/** Longest reader name we print, in characters. */
export const COMMENT_AUTHOR_MAX = 80;
/** Longest comment we print, in characters. */
export const COMMENT_TEXT_MAX = 4000;

/** One moderated reader comment, in content/comments/<article-slug>.yaml. */
export const CommentSchema = z.strictObject(
  {
    /** Unique within the file; replies refer to it. Lowercase letters, digits and hyphens. */
    id: Id,
    /** The name the reader gave, printed as written (plain text). */
    author: Text.max(COMMENT_AUTHOR_MAX, { error: `must be at most ${COMMENT_AUTHOR_MAX} characters` }),
    /** When the reader posted it, ISO 8601 with offset. Comments dated after the build time wait. */
    time: DateTime,
    /** The comment, plain text; a blank line starts a new paragraph. */
    text: Text.max(COMMENT_TEXT_MAX, { error: `must be at most ${COMMENT_TEXT_MAX} characters` }),
    /** The id of an earlier comment in the same file that this one answers. Default: none (a new thread). */
    replyTo: Id.optional(),
  },
  {
    error: (i) => (i.code === 'unrecognized_keys' ? undefined : `expected a comment { id, author, time, text, replyTo? }, found ${describe(i.input)}`),
  },
);

/** A comments file: the moderated comments of one article, oldest first. */
export const CommentFileSchema = z.array(CommentSchema, {
  error: (i) => `expected a list of comments, found ${describe(i.input)}`,
});

/** Validated comment. */
export type CommentData = z.output<typeof CommentSchema>;
