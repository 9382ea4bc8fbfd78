/**
 * Approved WordPress comments → the site's comments file for the article
 * (content/comments/<slug>.yaml): oldest first, replies pointing at earlier comments, plain
 * text, within the schema's limits. Pingbacks, trackbacks and unapproved comments stay behind.
 */
import { stringify } from 'yaml';
import { COMMENT_AUTHOR_MAX, COMMENT_TEXT_MAX, type CommentData } from '../../schemas/comment.ts';
import { paragraphsText } from './html-to-markdown.ts';
import { wpTime, type WpComment } from './wxr-model.ts';

/** A comment as written to the YAML file (times as ISO strings). */
export type CommentRecord = Omit<CommentData, 'time'> & { time: string };

/** Result of converting one post's comments. */
export interface ConvertedComments {
  comments: CommentRecord[];
  /** Comments left out or changed, with why. */
  notes: string[];
  /** Unapproved, spam, pingbacks: how many were not imported. */
  skipped: number;
}

/** Cuts text to `max` characters at a word boundary, marking the cut. */
function cut(text: string, max: number): string {
  if ([...text].length <= max) return text;
  const head = [...text].slice(0, max - 1).join('');
  return `${head.replace(/\s+\S*$/, '')}…`;
}

/** The approved comments of a post, ready for the comments file. */
export function convertComments(list: readonly WpComment[], fallbackOffset: (localAsUtc: Date) => string): ConvertedComments {
  const notes: string[] = [];
  const approved = list.filter((c) => c.approved === '1' && (c.type === '' || c.type === 'comment'));
  const skipped = list.length - approved.length;
  const timed = approved
    .map((c) => ({ c, time: wpTime(c.date, c.dateGmt, fallbackOffset) }))
    .filter((x): x is { c: WpComment; time: string } => {
      if (!x.time) notes.push(`comment ${x.c.id} has no usable date ("${x.c.date}"); left out`);
      return x.time !== undefined;
    })
    .sort((a, b) => Date.parse(a.time) - Date.parse(b.time) || Number(a.c.id) - Number(b.c.id));
  const written = new Set<string>();
  const comments: CommentRecord[] = [];
  for (const { c, time } of timed) {
    const text = paragraphsText(c.content);
    if (!text) {
      notes.push(`comment ${c.id} is empty; left out`);
      continue;
    }
    const author = cut(c.author.replace(/\s+/g, ' ').trim() || 'Anonymous', COMMENT_AUTHOR_MAX);
    const parent = c.parent !== '0' ? `c${c.parent}` : undefined;
    if (parent && !written.has(parent)) notes.push(`comment ${c.id} answers comment ${c.parent}, which is not imported; shown as a new thread`);
    if ([...text].length > COMMENT_TEXT_MAX) notes.push(`comment ${c.id} is longer than ${COMMENT_TEXT_MAX} characters; shortened`);
    comments.push({ id: `c${c.id}`, author, time, text: cut(text, COMMENT_TEXT_MAX), ...(parent && written.has(parent) ? { replyTo: parent } : {}) });
    written.add(`c${c.id}`);
  }
  return { comments, notes, skipped };
}

/** The comments file's text. */
export function commentsFileText(slug: string, comments: readonly CommentRecord[]): string {
  return `# Reader comments on ${slug} imported from WordPress, oldest first (docs/writers-guide.md: Reader comments).\n${stringify(comments, { lineWidth: 0 })}`;
}
