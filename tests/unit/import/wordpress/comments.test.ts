import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { commentsFileText, convertComments } from '../../../../src/import/wordpress/comments.ts';
import { CommentFileSchema } from '../../../../src/schemas/comment.ts';
import type { WpComment } from '../../../../src/import/wordpress/wxr-model.ts';

const c = (id: string, over: Partial<WpComment> = {}): WpComment => ({
  id,
  author: `Reader ${id}`,
  date: `2024-05-03 1${id.slice(-1)}:00:00`,
  dateGmt: `2024-05-03 0${id.slice(-1)}:00:00`,
  content: `Comment ${id}`,
  approved: '1',
  type: 'comment',
  parent: '0',
  ...over,
});

describe('convertComments', () => {
  it('keeps approved comments, oldest first, with replies pointing at earlier ones, and valid for the schema', () => {
    const { comments, skipped, notes } = convertComments(
      [c('3', { parent: '1' }), c('1', { content: 'First <em>one</em>\n\nSecond paragraph' }), c('2', { approved: 'spam' }), c('4', { type: 'pingback' }), c('5', { parent: '2' })],
      () => '+00:00',
    );
    expect(comments).toEqual([
      { id: 'c1', author: 'Reader 1', time: '2024-05-03T11:00:00+10:00', text: 'First one\n\nSecond paragraph' },
      { id: 'c3', author: 'Reader 3', time: '2024-05-03T13:00:00+10:00', text: 'Comment 3', replyTo: 'c1' },
      { id: 'c5', author: 'Reader 5', time: '2024-05-03T15:00:00+10:00', text: 'Comment 5' },
    ]);
    expect(skipped).toBe(2);
    expect(notes).toEqual(['comment 5 answers comment 2, which is not imported; shown as a new thread']);
    expect(CommentFileSchema.safeParse(parse(commentsFileText('x', comments))).success).toBe(true);
  });

  it('shortens what the schema would refuse, and says so', () => {
    const { comments, notes } = convertComments([c('1', { author: 'N'.repeat(120), content: 'word '.repeat(1000) })], () => '+00:00');
    expect([...comments[0]!.author].length).toBeLessThanOrEqual(80);
    expect([...comments[0]!.text].length).toBeLessThanOrEqual(4000);
    expect(comments[0]!.text.endsWith('…')).toBe(true);
    expect(notes).toEqual(['comment 1 is longer than 4000 characters; shortened']);
  });
});
