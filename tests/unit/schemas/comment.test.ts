import { describe, expect, it } from 'vitest';
import { schemaRunner } from '../../helpers/schema-problems.ts';
import { CommentFileSchema } from '../../../src/schemas/comment.ts';

// The schema alone, on content/comments/<article-slug>.yaml as a moderator types it.
const Schema = CommentFileSchema;
const { data, problems } = schemaRunner(Schema, 'story.yaml');

describe('CommentFileSchema', () => {
  it('reads comments with an id, a trimmed name, a time and paragraphs of text, and replies', () => {
    expect(Schema.parse(data('- id: c1\n  author: Ann\n  time: 2025-01-14T15:20:00+01:00\n  text: "Good.\\n\\nTwo paragraphs."\n- id: c2\n  author: "  Bob  "\n  time: 2025-01-14T16:00:00Z\n  text: Agreed\n  replyTo: c1\n'))).toEqual([
      { id: 'c1', author: 'Ann', time: new Date('2025-01-14T14:20:00Z'), text: 'Good.\n\nTwo paragraphs.' },
      { id: 'c2', author: 'Bob', time: new Date('2025-01-14T16:00:00Z'), text: 'Agreed', replyTo: 'c1' },
    ]);
  });

  it('names the comment and field of each problem', () => {
    expect(problems(`- id: C1\n  author: "${'x'.repeat(81)}"\n  time: yesterday\n  text: "${'y'.repeat(4001)}"\n  replyTo: Ann\n  email: a@b.example\n- Nice!\n`)).toEqual([
      '#1.id: expected lowercase letters, digits and hyphens, found string "C1"',
      '#1.author: must be at most 80 characters',
      '#1.time: expected an ISO 8601 date-time with offset such as 2025-01-14T15:20:00+01:00, found string "yesterday"',
      '#1.text: must be at most 4000 characters',
      '#1.replyTo: expected lowercase letters, digits and hyphens, found string "Ann"',
      '#1.email: unknown field; allowed fields are id, author, time, text, replyTo',
      '#2: expected a comment { id, author, time, text, replyTo? }, found string "Nice!"',
    ]);
  });

  it('refuses a blank name and text with an invisible control character in it', () => {
    expect(problems('- id: c1\n  author: "  "\n  time: 2025-01-14T15:20:00+01:00\n  text: "a\\u0007b"\n')).toEqual([
      '#1.author: must not be empty',
      '#1.text: contains the invisible control character U+0007; retype the text without it',
    ]);
  });

  it('wants a list of comments', () => {
    expect(problems('c1: Nice\n')).toEqual(['expected a list of comments, found a mapping']);
  });
});
