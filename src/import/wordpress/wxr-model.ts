/**
 * Typed views of the WXR records that src/import/wordpress/wxr-reader.ts yields: posts,
 * attachments, comments, authors and terms, with WordPress's conventions decoded (dates with
 * their real offsets, percent-encoded slugs, post meta, the PHP-serialised image credit).
 */
import { childRaw, childText, childrenNamed, type XmlNode } from './wxr-reader.ts';

/** A WordPress user as listed in the export's header. */
export interface WpAuthor {
  login: string;
  displayName: string;
}

/** A category or tag from the header. */
export interface WpTerm {
  termId: string;
  /** The term's slug, percent-decoded. */
  slug: string;
  name: string;
  description: string;
  /** Parent category's slug ('' for none). */
  parent: string;
}

/** One comment on an item. */
export interface WpComment {
  id: string;
  author: string;
  /** Local wall-clock time as stored (`YYYY-MM-DD hh:mm:ss`). */
  date: string;
  /** The same moment in UTC (`0000-00-00 00:00:00` when unknown). */
  dateGmt: string;
  content: string;
  /** `1` approved, `0` pending, `spam`, `trash`. */
  approved: string;
  /** '' or `comment` for comments; `pingback`, `trackback` otherwise. */
  type: string;
  /** The comment it answers ('0' for none). */
  parent: string;
}

/** A post, page or attachment (`<item>`). */
export interface WpItem {
  id: string;
  type: string;
  status: string;
  title: string;
  /** Percent-decoded `wp:post_name` ('' for many drafts). */
  slug: string;
  /** The public address at export time. */
  link: string;
  guid: string;
  creator: string;
  content: string;
  excerpt: string;
  date: string;
  dateGmt: string;
  modified: string;
  modifiedGmt: string;
  parent: string;
  /** `<category>` elements in file order: categories, tags and co-authors. */
  terms: Array<{ domain: string; slug: string; name: string }>;
  meta: Map<string, string[]>;
  comments: WpComment[];
  attachmentUrl: string;
  /** Line of the `<item>` in the export, for messages. */
  line: number;
}

/** `%d8%a7…` → the Unicode text WordPress encoded (unchanged when it is not valid). */
export function decodeSlug(slug: string): string {
  try {
    return decodeURIComponent(slug);
  } catch {
    return slug;
  }
}

/** The author record of a `<wp:author>`. */
export function toAuthor(node: XmlNode): WpAuthor {
  const login = childText(node, 'wp:author_login');
  return { login, displayName: childText(node, 'wp:author_display_name') || login };
}

/** The term record of a `<wp:category>` or `<wp:tag>`. */
export function toTerm(node: XmlNode): WpTerm {
  const isCategory = node.name === 'wp:category';
  return {
    termId: childText(node, 'wp:term_id'),
    slug: decodeSlug(childText(node, isCategory ? 'wp:category_nicename' : 'wp:tag_slug')),
    name: childText(node, isCategory ? 'wp:cat_name' : 'wp:tag_name'),
    description: childText(node, isCategory ? 'wp:category_description' : 'wp:tag_description'),
    parent: decodeSlug(childText(node, 'wp:category_parent')),
  };
}

/** The item record of an `<item>`. */
export function toItem(node: XmlNode, line: number): WpItem {
  const meta = new Map<string, string[]>();
  for (const m of childrenNamed(node, 'wp:postmeta')) {
    const key = childText(m, 'wp:meta_key');
    meta.set(key, [...(meta.get(key) ?? []), childRaw(m, 'wp:meta_value')]);
  }
  return {
    id: childText(node, 'wp:post_id'),
    type: childText(node, 'wp:post_type') || 'post',
    status: childText(node, 'wp:status') || 'publish',
    title: childText(node, 'title'),
    slug: decodeSlug(childText(node, 'wp:post_name')),
    link: childText(node, 'link'),
    guid: childText(node, 'guid'),
    creator: childText(node, 'dc:creator'),
    content: childRaw(node, 'content:encoded'),
    excerpt: childRaw(node, 'excerpt:encoded'),
    date: childText(node, 'wp:post_date'),
    dateGmt: childText(node, 'wp:post_date_gmt'),
    modified: childText(node, 'wp:post_modified'),
    modifiedGmt: childText(node, 'wp:post_modified_gmt'),
    parent: childText(node, 'wp:post_parent') || '0',
    terms: childrenNamed(node, 'category').map((c) => ({ domain: c.attrs['domain'] ?? '', slug: decodeSlug(c.attrs['nicename'] ?? ''), name: c.text.trim() })),
    meta,
    comments: childrenNamed(node, 'wp:comment').map((c) => ({
      id: childText(c, 'wp:comment_id'),
      author: childText(c, 'wp:comment_author'),
      date: childText(c, 'wp:comment_date'),
      dateGmt: childText(c, 'wp:comment_date_gmt'),
      content: childRaw(c, 'wp:comment_content'),
      approved: childText(c, 'wp:comment_approved'),
      type: childText(c, 'wp:comment_type'),
      parent: childText(c, 'wp:comment_parent') || '0',
    })),
    attachmentUrl: childText(node, 'wp:attachment_url'),
    line,
  };
}

/** First value of a post meta key ('' when absent). */
export function metaValue(item: WpItem, key: string): string {
  return item.meta.get(key)?.[0]?.trim() ?? '';
}

const WP_TIME = /^(\d{4})-(\d{2})-(\d{2}) (\d{2}):(\d{2}):(\d{2})$/;

/**
 * ISO 8601 with the offset WordPress really used: the local time with `local − gmt` as its
 * offset. When the GMT time is missing (drafts store zeros), `fallbackOffset` gives the offset
 * for that local time. Returns undefined for an unusable local time.
 */
export function wpTime(local: string, gmt: string, fallbackOffset: (localAsUtc: Date) => string): string | undefined {
  const l = WP_TIME.exec(local);
  if (!l || l[1] === '0000') return undefined;
  const iso = `${l[1]}-${l[2]}-${l[3]}T${l[4]}:${l[5]}:${l[6]}`;
  const localMs = Date.parse(`${iso}Z`);
  const g = WP_TIME.exec(gmt);
  if (!g || g[1] === '0000') return `${iso}${fallbackOffset(new Date(localMs))}`;
  const minutes = Math.round((localMs - Date.parse(`${g[1]}-${g[2]}-${g[3]}T${g[4]}:${g[5]}:${g[6]}Z`)) / 60000);
  if (Math.abs(minutes) > 14 * 60) return `${iso}${fallbackOffset(new Date(localMs))}`;
  const sign = minutes < 0 ? '-' : '+';
  const abs = Math.abs(minutes);
  return `${iso}${sign}${String(Math.floor(abs / 60)).padStart(2, '0')}:${String(abs % 60).padStart(2, '0')}`;
}

/**
 * The image credit WordPress reads from a photo's IPTC data, from the PHP-serialised
 * `_wp_attachment_metadata` (`…s:6:"credit";s:3:"AFP";…`); '' when none.
 */
export function attachmentCredit(serialized: string): string {
  const m = /s:6:"credit";s:\d+:"(.*?)";/s.exec(serialized);
  return m?.[1]?.trim() ?? '';
}
