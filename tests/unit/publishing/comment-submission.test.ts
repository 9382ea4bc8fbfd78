import { describe, expect, it } from 'vitest';
import { CommentSubmissionSchema, nextCommentId } from '../../../src/publishing/comment-submission.ts';

describe('CommentSubmissionSchema', () => {
  it('accepts the form fields, treats empty replyTo and time as absent, and drops other fields', () => {
    const parsed = CommentSubmissionSchema.parse({ article: 'story', author: ' Ann ', text: 'Hi', replyTo: '', time: '', _id: 'x' });
    expect(parsed).toEqual({ article: 'story', author: 'Ann', text: 'Hi' });
  });
  it('rejects what the comments file would reject', () => {
    const result = CommentSubmissionSchema.safeParse({ article: 'Not A Slug', author: '', text: 'x'.repeat(4001), time: 'yesterday' });
    expect(result.success).toBe(false);
    expect(result.error!.issues.map((i) => `${i.path.join('.')}: ${i.message}`)).toEqual([
      'article: expected lowercase letters, digits and hyphens, found string "Not A Slug"',
      'author: must not be empty',
      'text: must be at most 4000 characters',
      'time: expected an ISO 8601 date-time with offset such as 2025-01-14T15:20:00+01:00, found string "yesterday"',
    ]);
  });
});

describe('nextCommentId', () => {
  it('continues the c<n> numbering and never collides', () => {
    expect(nextCommentId([])).toBe('c1');
    expect(nextCommentId(['c1', 'c2'])).toBe('c3');
    expect(nextCommentId(['c7', 'x'])).toBe('c8');
    expect(nextCommentId(['a', 'b', 'c3'])).toBe('c4');
    expect(nextCommentId(['a', 'b'])).toBe('c3');
  });
});
