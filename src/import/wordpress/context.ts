/**
 * What converting a post needs to know about the rest of the export (attachments, category
 * and author ids, the uploads folder), as plain data that can be handed to a worker thread,
 * and the lookups built from it. Used by import.ts in-process and by convert-worker.ts.
 */
import { existsSync, statSync } from 'node:fs';
import path from 'node:path';
import { zoneOffset } from '../../i18n/dates.ts';
import { slugify } from '../../content/slug.ts';
import { convertPost, noUploads, type ArticleContext, type Attachment, type ConvertedArticle } from './article.ts';
import { convertComments, type ConvertedComments } from './comments.ts';
import type { WpItem } from './wxr-model.ts';

/** The export-wide facts a conversion reads; structured-clonable. */
export interface ContextData {
  siteUrl: string;
  timeZone: string;
  uploads: string | undefined;
  /** WordPress category slug (lower case) → site id. */
  categoryIds: Map<string, string>;
  /** Term id → site category id. */
  categoryByTerm: Map<string, string>;
  /** WordPress login → author id. */
  authorIds: Map<string, string>;
  attachments: Map<string, Attachment>;
}

/** Finds an upload's file for its URL, trying the original of a resized copy (`-300x200`). */
export function uploadsFinder(uploads: string | undefined): (url: string) => string | undefined {
  if (!uploads) return noUploads;
  const root = path.resolve(uploads);
  return (url) => {
    let p: string;
    try {
      p = decodeURIComponent(new URL(url, 'https://wordpress.invalid/').pathname);
    } catch {
      return undefined;
    }
    const at = p.indexOf('/uploads/');
    const rel = at >= 0 ? p.slice(at + '/uploads/'.length) : p.replace(/^\/+/, '');
    // The original first: the site makes its own sizes from the largest file.
    for (const candidate of [rel.replace(/-\d+x\d+(\.[A-Za-z0-9]+)$/, '$1'), rel.replace(/-scaled(\.[A-Za-z0-9]+)$/, '$1'), rel]) {
      const abs = path.resolve(root, candidate);
      if (abs.startsWith(root + path.sep) && existsSync(abs) && statSync(abs).isFile()) return abs;
    }
    return undefined;
  };
}

/** The lookups of {@link ArticleContext} over the export's facts. */
export function articleContext(data: ContextData): ArticleContext {
  const byParent = new Map<string, Attachment[]>();
  for (const a of data.attachments.values()) {
    if (a.parent !== '0' && /\.(jpe?g|png|gif|webp|avif)$/i.test(a.url)) byParent.set(a.parent, [...(byParent.get(a.parent) ?? []), a]);
  }
  const offsets = new Map<number, string>();
  return {
    siteUrl: data.siteUrl,
    // A local time read as UTC is within hours of the real instant: the zone's offset then (right except at DST edges).
    fallbackOffset: (d) => {
      const hour = Math.floor(d.getTime() / 3_600_000);
      let o = offsets.get(hour);
      if (!o) offsets.set(hour, (o = zoneOffset(d, data.timeZone)));
      return o;
    },
    categoryId: (slug) => data.categoryIds.get(slug.toLowerCase()) ?? (slug === 'uncategorized' ? 'uncategorized' : undefined),
    categoryIdByTerm: (termId) => data.categoryByTerm.get(termId),
    authorId: (login) => data.authorIds.get(login) ?? (login ? slugify(login) || undefined : undefined),
    attachment: (id) => data.attachments.get(id),
    attachmentsOf: (postId) => byParent.get(postId) ?? [],
    findUpload: uploadsFinder(data.uploads),
  };
}

/** One post's conversion: the article and its comments. */
export interface Converted {
  article: ConvertedArticle;
  comments: ConvertedComments;
}

/** Converts one post with its comments. */
export function convertItem(item: WpItem, slug: string, ctx: ArticleContext, now: Date): Converted {
  return { article: convertPost(item, slug, ctx, now), comments: convertComments(item.comments, ctx.fallbackOffset) };
}
