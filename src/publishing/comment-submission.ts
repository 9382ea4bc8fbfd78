import { z } from 'astro/zod';
import { CommentSchema } from '../schemas/comment.ts';
import { DateTime, Id, describe } from '../schemas/common.ts';

// An empty form field (an unanswered "In reply to") arrives as "": treat it as absent.
const blankAsMissing = (v: unknown) => (typeof v === 'string' && v.trim() === '' ? undefined : v);

/**
 * One comment as the form endpoint delivers it (docs/writers-guide.md: Reader comments). Fields beyond these
 * (a form service's own metadata) are ignored; the comment fields reuse the comment schema.
 */
export const CommentSubmissionSchema = z.object(
  {
    /** Slug of the article the comment was posted under (the form's hidden field). */
    article: Id,
    /** The reader's name. */
    author: CommentSchema.shape.author,
    /** The comment, plain text. */
    text: CommentSchema.shape.text,
    /** Id of the comment being answered; empty or absent for a new thread. */
    replyTo: z.preprocess(blankAsMissing, Id.optional()),
    /** When the endpoint received it, ISO 8601 with offset. Default: the time of the import. */
    time: z.preprocess(blankAsMissing, DateTime.optional()),
  },
  { error: (i) => `expected a comment submission { article, author, text, replyTo?, time? }, found ${describe(i.input)}` },
);

/** A validated submission. */
export type CommentSubmission = z.output<typeof CommentSubmissionSchema>;

/** The next free id in a comments file: `c<n>`, one past the highest `c<n>` there (or the count). */
export function nextCommentId(existing: readonly string[]): string {
  const numbers = existing.map((id) => /^c(\d+)$/.exec(id)?.[1]).filter((n): n is string => n !== undefined).map(Number);
  let n = Math.max(existing.length, ...numbers) + 1;
  while (existing.includes(`c${n}`)) n++;
  return `c${n}`;
}
