import { describe, expect, it } from 'vitest';
import { commentAnchor, commentParagraphs, commentsLabel, threadComments, type CommentLike } from '../../../src/publishing/comments.ts';

const c = (id: string, replyTo?: string): CommentLike => ({ id, author: id, time: new Date(0), text: id, replyTo });

/** A thread tree as nested ids, easy to compare. */
const shape = (threads: ReturnType<typeof threadComments>): unknown[] => threads.map((t) => (t.replies.length ? [t.comment.id, shape(t.replies)] : t.comment.id));

describe('threadComments', () => {
  it('nests replies under what they answer, keeping posting order at every level', () => {
    expect(shape(threadComments([c('c1'), c('c2', 'c1'), c('c3'), c('c4', 'c2'), c('c5', 'c1')]))).toEqual([['c1', [['c2', ['c4']], 'c5']], 'c3']);
  });
  it('shows a reply whose parent is not in the list as a thread of its own', () => {
    expect(shape(threadComments([c('c2', 'c1'), c('c3')]))).toEqual(['c2', 'c3']);
  });
  it('returns nothing for no comments', () => {
    expect(threadComments([])).toEqual([]);
  });
});

describe('commentParagraphs', () => {
  it('splits on blank lines, keeps single line breaks, drops empty paragraphs', () => {
    expect(commentParagraphs('One\r\n\r\nTwo\nstill two\n \n\n\nThree\n')).toEqual(['One', 'Two\nstill two', 'Three']);
    expect(commentParagraphs('   ')).toEqual([]);
  });
});

describe('labels', () => {
  it('counts comments and names anchors', () => {
    expect(commentsLabel(0)).toBe('Comments (0)');
    expect(commentsLabel(12)).toBe('Comments (12)');
    expect(commentAnchor('c4')).toBe('comment-c4');
  });
});
