import type { Element, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toHtml } from 'hast-util-to-html';
import { visit } from 'unist-util-visit';
import { EXTERNAL_REL } from '../publishing/briefs.ts';
import type { ArticleForFeed, BriefForFeed, FeedImage, FeedItem } from './types.ts';
import { escapeHtml } from './xml.ts';

const URL_ATTRIBUTES = ['href', 'src', 'poster', 'cite'] as const;

/**
 * Rewrites every link and image address in an HTML fragment to an absolute URL against
 * `baseUrl` (the page the fragment was rendered for), so feed readers on other hosts can
 * follow them. In-page links (`#section`) point into that page.
 */
export function absolutizeHtml(html: string, baseUrl: string): string {
  const tree: Root = fromHtml(html, { fragment: true });
  visit(tree, 'element', (node: Element) => {
    for (const name of URL_ATTRIBUTES) {
      const value = node.properties[name];
      if (typeof value === 'string') node.properties[name] = absolute(value, baseUrl);
    }
    const srcSet: unknown = node.properties['srcSet'];
    if (typeof srcSet === 'string' || Array.isArray(srcSet)) {
      const candidates: string[] = typeof srcSet === 'string' ? srcSet.split(',') : srcSet.map(String);
      node.properties['srcSet'] = candidates
        .map((candidate) => {
          // split always gives a first element, empty for an empty candidate.
          const [url, ...descriptor] = candidate.trim().split(/\s+/);
          return [absolute(url!, baseUrl), ...descriptor].join(' ');
        })
        .join(', ');
    }
  });
  return toHtml(tree, { characterReferences: { useNamedReferences: true } });
}

function absolute(url: string, base: string): string {
  try {
    return new URL(url, base).href;
  } catch {
    return url;
  }
}

/** The lead image as a `<figure>`, so readers that ignore enclosures still show it above the text. */
export function figureHtml(image: FeedImage): string {
  const caption = [image.caption, image.credit].filter(Boolean).join(' ');
  return (
    `<figure><img src="${escapeHtml(image.url)}" alt="${escapeHtml(image.alt)}" width="${image.width}" height="${image.height}">` +
    (caption ? `<figcaption>${escapeHtml(caption)}</figcaption>` : '') +
    '</figure>'
  );
}

/**
 * An article as a feed item: its full rendered body (`html`, with root-relative links as the
 * page has them) made absolute against `site`, with the lead image on top when there is one.
 */
export function articleFeedItem(article: ArticleForFeed, opts: { site: string; html: string; image?: FeedImage | undefined; staffByline: string }): FeedItem {
  const url = new URL(article.url, `${opts.site}/`).href;
  const { data } = article;
  return {
    id: url,
    url,
    title: data.title,
    summary: data.summary,
    contentHtml: absolutizeHtml((opts.image ? figureHtml(opts.image) : '') + opts.html, url),
    published: data.published,
    updated: data.updated,
    category: article.category.name,
    authors:
      article.authors.length > 0
        ? article.authors.map((a) => ({ name: a.name, url: new URL(a.url, `${opts.site}/`).href }))
        : [{ name: opts.staffByline }],
    image: opts.image,
    lang: article.lang,
  };
}

/**
 * A brief as a feed item: its text is the title and the content; its permanent id is its
 * place in the daily archive (`permalink`), and it leads to its link when it has one.
 */
export function briefFeedItem(brief: BriefForFeed, opts: { site: string; permalink: string; href?: string | undefined; categoryName?: string | undefined }): FeedItem {
  const id = new URL(opts.permalink, `${opts.site}/`).href;
  const url = opts.href ? new URL(opts.href, `${opts.site}/`).href : id;
  // The same rel as the brief's link on the pages (src/components/BriefDays.astro).
  const rel = opts.href?.startsWith('https://') ? ` rel="${EXTERNAL_REL}"` : '';
  const link = url === id ? '' : ` <a href="${escapeHtml(url)}"${rel}>Read more</a>`;
  return {
    id,
    url,
    title: brief.text,
    summary: brief.text,
    contentHtml: `<p>${escapeHtml(brief.text)}${link}</p>`,
    published: brief.time,
    category: opts.categoryName,
    authors: [],
  };
}

/** Newest change across items (their update or publication time): the feed's own "updated". */
export function feedUpdated(items: readonly FeedItem[]): Date | undefined {
  let newest: Date | undefined;
  for (const item of items) {
    const t = item.updated ?? item.published;
    if (!newest || t > newest) newest = t;
  }
  return newest;
}
