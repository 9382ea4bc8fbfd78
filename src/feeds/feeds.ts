import { getRssString } from '@astrojs/rss';
import type { Element, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toHtml } from 'hast-util-to-html';
import { visit } from 'unist-util-visit';
import { isoInZone } from '../i18n/dates.ts';
import { EXTERNAL_REL } from '../publishing/briefs.ts';
import { escapeHtml, escapeXml, stripXmlForbidden } from './xml.ts';

/**
 * Google News rejects feeds over 2 MB; we stay under 2,000,000 bytes (the stricter
 * reading of "MB") and drop whole items, oldest first, to get there.
 */
export const FEED_MAX_BYTES = 2_000_000;

/** How many items the site, category and briefs feeds carry. */
export const FEED_ITEM_COUNT = 50;

/** A lead image as feeds carry it: an absolute URL and the exact type and byte size of that file. */
export interface FeedImage {
  /** Absolute URL of the file. */
  url: string;
  /** MIME type, e.g. `image/jpeg`. */
  type: string;
  /** Size of the file in bytes. */
  length: number;
  width: number;
  height: number;
  alt: string;
  caption?: string | undefined;
  credit?: string | undefined;
}

/** One item, the same in RSS, Atom and JSON Feed; every URL in it is absolute. */
export interface FeedItem {
  /** Permanent, unique id: the item's permalink. */
  id: string;
  /** Where the item leads (an article, or a brief's link). */
  url: string;
  title: string;
  /** Plain-text summary. */
  summary: string;
  /** Full HTML content with absolute URLs. */
  contentHtml: string;
  published: Date;
  updated?: Date | undefined;
  /** The section, by name. */
  category?: string | undefined;
  authors: Array<{ name: string; url?: string | undefined }>;
  image?: FeedImage | undefined;
  /** BCP 47 language of the item. */
  lang?: string | undefined;
}

/** What a feed says about itself. */
export interface FeedChannel {
  title: string;
  description: string;
  /** Absolute URL of the page this feed mirrors (the home page, a category page). */
  homeUrl: string;
  /** Absolute URL of this feed. */
  feedUrl: string;
  /** BCP 47 language of the feed. */
  lang: string;
  /** Time zone the feed's ISO 8601 times are written in. */
  timeZone: string;
  /** Name used when an item has no author (Atom requires one). */
  publisher: string;
}

/** The article fields feeds use; `Article` from collections.ts fits. */
export interface ArticleForFeed {
  url: string;
  lang: string;
  data: { title: string; summary: string; published: Date; updated?: Date | undefined };
  category: { name: string };
  authors: ReadonlyArray<{ name: string; url: string }>;
}

/** The brief fields feeds use; `Brief` from collections.ts fits. */
export interface BriefForFeed {
  time: Date;
  text: string;
  category?: string | undefined;
}

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

const NS = {
  dc: 'http://purl.org/dc/elements/1.1/',
  media: 'http://search.yahoo.com/mrss/',
  atom: 'http://www.w3.org/2005/Atom',
};

/** RSS 2.0 through @astrojs/rss, with content:encoded, dc:creator, media:content and an enclosure. */
export async function renderRss(channel: FeedChannel, items: readonly FeedItem[]): Promise<string> {
  const updated = feedUpdated(items);
  // The validator refuses what XML cannot carry; stripping it here too keeps one stray
  // character from making the whole feed unreadable to every subscriber.
  return stripXmlForbidden(await getRssString({
    title: channel.title,
    // Also HTML to a reader, like item descriptions.
    description: escapeHtml(channel.description),
    site: channel.homeUrl,
    xmlns: NS,
    customData:
      `<language>${escapeXml(channel.lang)}</language>` +
      `<atom:link href="${escapeXml(channel.feedUrl)}" rel="self" type="application/rss+xml"/>` +
      (updated ? `<lastBuildDate>${updated.toUTCString()}</lastBuildDate>` : ''),
    items: items.map((item) => {
      // @astrojs/rss derives the guid from `link`; a brief that leads elsewhere keeps its own permalink as guid.
      const ownLink = item.url === item.id;
      const image = item.image;
      return {
        title: item.title,
        ...(ownLink ? { link: item.url } : {}),
        // RSS readers render <description> as HTML: escape the plain-text summary so it shows as written.
        description: escapeHtml(item.summary),
        pubDate: item.published,
        content: item.contentHtml,
        ...(item.category ? { categories: [item.category] } : {}),
        ...(image ? { enclosure: { url: image.url, length: image.length, type: image.type } } : {}),
        customData:
          (ownLink ? '' : `<link>${escapeXml(item.url)}</link><guid isPermaLink="true">${escapeXml(item.id)}</guid>`) +
          item.authors.map((a) => `<dc:creator>${escapeXml(a.name)}</dc:creator>`).join('') +
          (image
            ? `<media:content url="${escapeXml(image.url)}" type="${escapeXml(image.type)}" fileSize="${image.length}" medium="image" width="${image.width}" height="${image.height}">` +
              `<media:description type="plain">${escapeXml(image.alt)}</media:description>` +
              (image.credit ? `<media:credit>${escapeXml(image.credit)}</media:credit>` : '') +
              '</media:content>'
            : ''),
      };
    }),
  }));
}

/** JSON Feed 1.1 (https://jsonfeed.org/version/1.1) with the same items. */
export function renderJsonFeed(channel: FeedChannel, items: readonly FeedItem[]): string {
  const time = (d: Date) => isoInZone(d, channel.timeZone);
  return JSON.stringify({
    version: 'https://jsonfeed.org/version/1.1',
    title: channel.title,
    home_page_url: channel.homeUrl,
    feed_url: channel.feedUrl,
    description: channel.description,
    language: channel.lang,
    authors: [{ name: channel.publisher }],
    items: items.map((item) => ({
      id: item.id,
      url: item.url,
      title: item.title,
      content_html: item.contentHtml,
      summary: item.summary,
      ...(item.image ? { image: item.image.url } : {}),
      date_published: time(item.published),
      ...(item.updated ? { date_modified: time(item.updated) } : {}),
      ...(item.authors.length > 0 ? { authors: item.authors.map((a) => ({ name: a.name, ...(a.url ? { url: a.url } : {}) })) } : {}),
      ...(item.category ? { tags: [item.category] } : {}),
      ...(item.lang ? { language: item.lang } : {}),
      ...(item.image ? { attachments: [{ url: item.image.url, mime_type: item.image.type, size_in_bytes: item.image.length }] } : {}),
    })),
  });
}

/** Atom 1.0 (RFC 4287) with the same items. */
export function renderAtom(channel: FeedChannel, items: readonly FeedItem[], now: Date): string {
  const time = (d: Date) => isoInZone(d, channel.timeZone);
  const updated = feedUpdated(items) ?? now;
  const person = (a: { name: string; url?: string | undefined }) =>
    `<author><name>${escapeXml(a.name)}</name>${a.url ? `<uri>${escapeXml(a.url)}</uri>` : ''}</author>`;
  const entries = items.map((item) =>
    [
      '<entry>',
      `<id>${escapeXml(item.id)}</id>`,
      `<title type="text">${escapeXml(item.title)}</title>`,
      `<link rel="alternate" type="text/html" href="${escapeXml(item.url)}"/>`,
      `<published>${time(item.published)}</published>`,
      `<updated>${time(item.updated ?? item.published)}</updated>`,
      ...(item.authors.length > 0 ? item.authors : [{ name: channel.publisher }]).map(person),
      item.category ? `<category term="${escapeXml(item.category)}"/>` : '',
      `<summary type="text">${escapeXml(item.summary)}</summary>`,
      `<content type="html"${item.lang ? ` xml:lang="${escapeXml(item.lang)}"` : ''}>${escapeXml(item.contentHtml)}</content>`,
      item.image ? `<link rel="enclosure" type="${escapeXml(item.image.type)}" length="${item.image.length}" href="${escapeXml(item.image.url)}"/>` : '',
      '</entry>',
    ].join(''),
  );
  return (
    '<?xml version="1.0" encoding="utf-8"?>' +
    `<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${escapeXml(channel.lang)}">` +
    `<id>${escapeXml(channel.homeUrl)}</id>` +
    `<title type="text">${escapeXml(channel.title)}</title>` +
    `<subtitle type="text">${escapeXml(channel.description)}</subtitle>` +
    `<link rel="self" type="application/atom+xml" href="${escapeXml(channel.feedUrl)}"/>` +
    `<link rel="alternate" type="text/html" href="${escapeXml(channel.homeUrl)}"/>` +
    `<updated>${time(updated)}</updated>` +
    entries.join('') +
    '</feed>'
  );
}

/** A rendered feed and what fitting it under the size limit cost. */
export interface FittedFeed {
  body: string;
  /** Size of `body` in bytes (UTF-8). */
  bytes: number;
  kept: number;
  /** Oldest items left out to stay under the limit. */
  dropped: number;
}

/** Options for {@link fitFeed}. */
export interface FitOptions {
  /** The feed's name or path, for the warning. */
  name: string;
  /** Default: {@link FEED_MAX_BYTES}. */
  maxBytes?: number;
  /** Where the warning goes. Default: `console.warn`. */
  warn?: (message: string) => void;
}

/**
 * Renders `items` (newest first) and, when the result is over the size limit, drops whole
 * items from the old end until it fits, with a warning: the largest prefix that fits is found
 * by bisection, so an item is never cut in half.
 */
export async function fitFeed<T>(items: readonly T[], render: (items: T[]) => string | Promise<string>, options: FitOptions): Promise<FittedFeed> {
  const { name, maxBytes = FEED_MAX_BYTES, warn = console.warn } = options;
  const attempt = async (n: number) => {
    const body = await render(items.slice(0, n));
    return { body, bytes: Buffer.byteLength(body) };
  };
  const full = await attempt(items.length);
  if (full.bytes <= maxBytes) return { ...full, kept: items.length, dropped: 0 };
  // Invariant: `lo` items fit (an empty feed is the floor), `hi` items do not.
  let lo = 0;
  let hi = items.length;
  let best = await attempt(0);
  while (hi - lo > 1) {
    const mid = Math.floor((lo + hi) / 2);
    const result = await attempt(mid);
    if (result.bytes <= maxBytes) {
      lo = mid;
      best = result;
    } else hi = mid;
  }
  const dropped = items.length - lo;
  warn(`[feeds] ${name}: left out the ${dropped} oldest of ${items.length} items to stay under ${maxBytes} bytes (now ${best.bytes} bytes)`);
  return { ...best, kept: lo, dropped };
}
