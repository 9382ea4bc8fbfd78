/**
 * One WordPress post → one article file: front matter in the content format (title, summary,
 * published/updated with WordPress's own offsets, category, authors, tags, lead image, aliases,
 * draft state) and the body converted to Markdown. Pure apart from the lookups it is given;
 * src/import/wordpress/import.ts writes what it returns.
 */
import path from 'node:path';
import { stringify } from 'yaml';
import { bodyHtml } from './blocks.ts';
import { htmlToMarkdown, plainText } from './html-to-markdown.ts';
import { postAliases } from './permalinks.ts';
import type { AttachmentInfo } from './shortcodes.ts';
import { attachmentCredit, metaValue, wpTime, type WpItem } from './wxr-model.ts';
import { articlePath } from '../../publishing/paths.ts';

/** An image attachment from the export. */
export interface Attachment extends AttachmentInfo {
  title: string;
  credit: string;
  /** Attachment page address. */
  link: string;
  parent: string;
}

/** The attachment record of an `attachment` item. */
export function toAttachment(item: WpItem): Attachment {
  return {
    id: item.id,
    url: item.attachmentUrl || item.guid,
    alt: metaValue(item, '_wp_attachment_image_alt'),
    caption: plainText(item.excerpt),
    title: plainText(item.title),
    credit: attachmentCredit(metaValue(item, '_wp_attachment_metadata')),
    link: item.link,
    parent: item.parent,
  };
}

/** Lookups the conversion needs. */
export interface ArticleContext {
  siteUrl: string;
  /** Offset to use when WordPress stored no GMT time (drafts), for a local time. */
  fallbackOffset: (localAsUtc: Date) => string;
  /** The site category id for a WordPress category slug. */
  categoryId: (wpSlug: string) => string | undefined;
  /** The category id for a term id (Yoast's primary category). */
  categoryIdByTerm: (termId: string) => string | undefined;
  /** The author id for a WordPress login. */
  authorId: (login: string) => string | undefined;
  attachment: (id: string) => Attachment | undefined;
  attachmentsOf: (postId: string) => Attachment[];
  /** The file in the uploads folder for an upload URL, or undefined. */
  findUpload: (url: string) => string | undefined;
}

/** A file the import should copy next to the article. */
export interface ImageCopy {
  /** File name next to the article. */
  name: string;
  /** Absolute path in the uploads folder. */
  source: string;
}

/** What one post becomes. */
export interface ConvertedArticle {
  /** Path below the content root: `articles/YYYY/MM/<slug>.md`. */
  file: string;
  text: string;
  copies: ImageCopy[];
  notes: string[];
  state: 'published' | 'draft' | 'scheduled';
  /** The category id it was filed under. */
  category: string;
  /** Its author ids. */
  authors: string[];
}

/** Statuses that are imported, and as what. */
export const IMPORTED_STATUSES: Record<string, 'published' | 'draft'> = { publish: 'published', future: 'published', draft: 'draft', pending: 'draft', private: 'draft' };

/** File name for an uploaded image next to its article: `<slug>-<original name>`, safe characters only. */
function imageName(slug: string, source: string): string {
  const base = path.basename(source).toLowerCase().replace(/[^a-z0-9._-]+/g, '-').replace(/^-+/, '');
  return `${slug}-${base}`;
}

/** Share of Arabic-script letters in a text, to mark Arabic articles `lang: ar`. */
function arabicShare(text: string): number {
  const letters = text.match(/\p{L}/gu) ?? [];
  return letters.length ? letters.filter((l) => /\p{Script=Arabic}/u.test(l)).length / letters.length : 0;
}

/** One or two sentences for the summary, at most ~240 characters, cut at a word. */
export function summaryFrom(text: string): string {
  const sentences = text.replace(/\s+/g, ' ').trim().split(/(?<=[.!?؟…])\s+/u);
  let out = '';
  let taken = 0;
  for (const s of sentences) {
    if (out && (taken === 2 || out.length >= 80 || out.length + s.length > 240)) break;
    out = out ? `${out} ${s}` : s;
    taken++;
  }
  if (out.length > 240) out = `${out.slice(0, 239).replace(/\s+\S*$/, '')}…`;
  return out;
}

/** Converts a post. `slug` is the article's (unique) slug, `now` the import's clock. */
export function convertPost(item: WpItem, slug: string, ctx: ArticleContext, now: Date): ConvertedArticle {
  const notes: string[] = [];
  const copies = new Map<string, ImageCopy>();
  const local = (url: string): string | undefined => {
    const source = ctx.findUpload(url);
    if (!source) return undefined;
    const name = imageName(slug, source);
    copies.set(name, { name, source });
    return `./${name}`;
  };
  const published = wpTime(item.date, item.dateGmt, ctx.fallbackOffset) ?? wpTime(item.modified, item.modifiedGmt, ctx.fallbackOffset);
  const publishedIso = published ?? now.toISOString().replace(/\.\d+Z$/, 'Z');
  if (!published) notes.push(`no usable date ("${item.date}"); dated at the time of the import`);
  const modified = wpTime(item.modified, item.modifiedGmt, ctx.fallbackOffset);
  const status = IMPORTED_STATUSES[item.status] ?? 'draft';
  if (item.status === 'private') notes.push('private post imported as a draft');
  const password = metaValue(item, '_post_password');
  const isDraft = status === 'draft' || password !== '';

  // Body.
  const shortcodeCtx = {
    attachment: (id: string) => ctx.attachment(id),
    attachedImages: () => ctx.attachmentsOf(item.id),
    note: (m: string) => notes.push(m),
  };
  const body = htmlToMarkdown(bodyHtml(item.content.replace(/\r\n?/g, '\n'), shortcodeCtx), { localImage: local, note: (m) => notes.push(m) });

  // Category: Yoast's primary one, else the first; the others become tags.
  const cats = item.terms.filter((t) => t.domain === 'category');
  const primaryTerm = metaValue(item, '_yoast_wpseo_primary_category');
  const primary = (primaryTerm && ctx.categoryIdByTerm(primaryTerm)) || (cats[0] && ctx.categoryId(cats[0].slug)) || ctx.categoryId('uncategorized') || 'uncategorized';
  const tags = [...new Set([
    ...cats.filter((c) => ctx.categoryId(c.slug) !== primary).map((c) => plainText(c.name)),
    ...item.terms.filter((t) => t.domain === 'post_tag').map((t) => plainText(t.name)),
  ].filter(Boolean))];

  // Authors: Co-Authors Plus terms when present, else the post's creator.
  const coauthors = item.terms.filter((t) => t.domain === 'author').map((t) => t.slug.replace(/^cap-/, ''));
  const authors = [...new Set((coauthors.length ? coauthors : [item.creator]).map((l) => ctx.authorId(l)).filter((a): a is string => Boolean(a)))];

  // Lead image.
  let image: Record<string, string> | undefined;
  const thumb = metaValue(item, '_thumbnail_id');
  if (thumb) {
    const a = ctx.attachment(thumb);
    const src = a ? local(a.url) : undefined;
    if (!a) notes.push(`featured image ${thumb} is not an attachment in the export; left out`);
    else if (!src) notes.push(`featured image ${a.url} is not in the uploads folder${ctx.findUpload === noUploads ? ' (no --uploads given)' : ''}; left out`);
    else {
      const alt = a.alt || a.title;
      if (!a.alt) notes.push(`featured image ${a.url} has no alt text; its title "${a.title}" is used: describe the picture instead`);
      image = { src, alt: alt || plainText(item.title), ...(a.caption ? { caption: a.caption } : {}), ...(a.credit ? { credit: a.credit } : {}) };
    }
  }

  const title = plainText(item.title) || (isDraft ? `Untitled draft ${item.id}` : '');
  if (!plainText(item.title)) notes.push(title ? 'no title; a placeholder title is used' : 'no title');
  const excerpt = plainText(item.excerpt);
  const summary = summaryFrom(excerpt || body.leadText) || title;
  const newPath = articlePath(slug);
  const { aliases, dropped } = postAliases(
    {
      id: item.id,
      slug: item.slug,
      link: item.link,
      guid: item.guid,
      published: item.date.replace(' ', 'T'),
      categorySlugs: cats.map((c) => c.slug),
      oldSlugs: item.meta.get('_wp_old_slug') ?? [],
      attachments: ctx.attachmentsOf(item.id).map((a) => ({ id: a.id, link: a.link })),
    },
    ctx.siteUrl,
    newPath,
  );
  for (const d of dropped) notes.push(`old address ${d.alias} not redirected: ${d.why}`);

  const front: Record<string, unknown> = {
    title,
    summary,
    published: publishedIso,
    ...(modified && Date.parse(modified) > Date.parse(publishedIso) + 60_000 && !isDraft ? { updated: modified } : {}),
    category: primary,
    ...(authors.length ? { authors } : {}),
    ...(tags.length ? { tags } : {}),
    ...(image ? { image } : {}),
    ...(arabicShare(`${title} ${body.leadText}`) > 0.5 ? { lang: 'ar' } : {}),
    ...(aliases.length ? { aliases } : {}),
    ...(isDraft ? { draft: true } : {}),
  };
  if (password) notes.push('password-protected post imported as a draft');
  const text = `---\n${stringify(front, { lineWidth: 0 })}---\n\n${body.markdown || `${summary}\n`}`;
  const [y, m] = publishedIso.slice(0, 7).split('-');
  const state = isDraft ? 'draft' : Date.parse(publishedIso) > now.getTime() ? 'scheduled' : 'published';
  return { file: `articles/${y}/${m}/${slug}.md`, text, copies: [...copies.values()], notes, state, category: primary, authors };
}

/** The `findUpload` of an import without an uploads folder. */
export const noUploads = (_url: string): string | undefined => undefined;
