/** The fields of a reader comment that pages need. */
export interface CommentLike {
  /** Unique within its article. */
  id: string;
  author: string;
  time: Date;
  text: string;
  replyTo?: string | undefined;
}

/** A comment with the replies to it, each with theirs, in posting order. */
export interface CommentThread<T extends CommentLike = CommentLike> {
  comment: T;
  replies: Array<CommentThread<T>>;
}

/**
 * Nests comments under the ones they answer, keeping file (posting) order at every level.
 * A reply whose parent is missing from the list is shown as a new thread rather than lost.
 */
export function threadComments<T extends CommentLike>(comments: readonly T[]): Array<CommentThread<T>> {
  const nodes = new Map<string, CommentThread<T>>();
  const roots: Array<CommentThread<T>> = [];
  for (const comment of comments) {
    const node: CommentThread<T> = { comment, replies: [] };
    nodes.set(comment.id, node);
    const parent = comment.replyTo === undefined ? undefined : nodes.get(comment.replyTo);
    (parent ? parent.replies : roots).push(node);
  }
  return roots;
}

/** Paragraphs of a plain-text comment: blank lines separate them; other line breaks stay. */
export function commentParagraphs(text: string): string[] {
  return text
    .replace(/\r\n?/g, '\n')
    .split(/\n[ \t]*\n+/)
    .map((p) => p.trim())
    .filter((p) => p.length > 0);
}

/** `Comments (3)`: the label readers see in the article header and over the list. */
export function commentsLabel(count: number): string {
  return `Comments (${count})`;
}

/** `comment-<id>`: the fragment a comment can be linked at. */
export function commentAnchor(id: string): string {
  return `comment-${id}`;
}
