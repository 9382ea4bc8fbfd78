// The items, channel and image the feed unit tests share (tests/unit/feeds), and the parsers they
// read a written feed back with: each writer is checked on the same items.
import { XMLParser } from 'fast-xml-parser';
import { parseHTML } from 'linkedom';
import { articleFeedItem } from '../../src/feeds/items.ts';
import type { FeedChannel, FeedImage, FeedItem } from '../../src/feeds/types.ts';
import { expectWellFormed } from './xml.ts';

/** The test site's origin. */
export const SITE = 'https://news.example';
/** A headline with markup, an entity, quotes, an emoji and Arabic: each must come back as written. */
export const TRICKY = 'Fish & chips <script>alert(1)</script> "quoted" 🐟 خبر';

/** A site feed's channel, its title needing escapes. */
export const channel: FeedChannel = {
  title: 'News & <Views>',
  description: 'All the news',
  homeUrl: `${SITE}/`,
  feedUrl: `${SITE}/rss.xml`,
  lang: 'en',
  timeZone: 'Africa/Casablanca',
  publisher: 'The Paper',
};

/** A lead image with a caption and a credit. */
export const image: FeedImage = {
  url: `${SITE}/_astro/lead.jpeg`,
  type: 'image/jpeg',
  length: 12345,
  width: 1200,
  height: 675,
  alt: 'Cranes & "boxes"',
  caption: 'The port.',
  credit: 'Photo: Desk',
};

/** The article fields a feed item is made from, with a tricky headline and summary. */
export function article(overrides: Partial<{ authors: Array<{ name: string; url: string }> }> = {}) {
  return {
    url: '/articles/tricky/',
    lang: 'en',
    data: { title: TRICKY, summary: 'A <b>summary</b> & more', published: new Date('2025-01-14T14:20:00Z'), updated: new Date('2025-01-15T09:00:00Z') },
    category: { name: 'News & Views' },
    authors: overrides.authors ?? [{ name: 'Ann Writer', url: '/author/ann-writer/' }],
  };
}

/** A rendered body with a root-relative link, an in-page link, another host and a srcset. */
export const body = '<p>See <a href="/articles/other/">another story</a>, <a href="#part-two">part two</a> and <a href="https://elsewhere.example/x?a=1&amp;b=2">a source</a>.</p><img src="/_astro/inline.webp" srcset="/_astro/inline-640.webp 640w, /_astro/inline-960.webp 960w" alt="">';

/** The article above as a feed item, with the lead image. */
export function item(): FeedItem {
  return articleFeedItem(article(), { site: SITE, html: body, image, staffByline: 'Staff' });
}

/** Every URL-valued attribute in an HTML fragment. */
export function urlsIn(html: string): string[] {
  const { document } = parseHTML(`<!doctype html><html><body>${html}</body></html>`);
  return [...document.querySelectorAll('[href], [src], [srcset]')].flatMap((el) => [
    ...['href', 'src'].map((a) => el.getAttribute(a)).filter((v): v is string => v !== null),
    ...(el.getAttribute('srcset')?.split(',').map((c) => c.trim().split(/\s+/)[0]!) ?? []),
  ]);
}

/** The text a reader shows for an HTML fragment. */
export function htmlText(html: string): string {
  return parseHTML(`<!doctype html><html><body><div>${html}</div></body></html>`).document.querySelector('div')!.textContent ?? '';
}

/** A feed parsed strictly as XML, attributes without prefix, values as written. */
export function xmlOf(body: string) {
  expectWellFormed(body);
  return new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '', parseTagValue: false, parseAttributeValue: false }).parse(body);
}

// Items with little in them, on different days: a bare one, a newer one and an old one revised
// since, for a feed's own time and for what a writer leaves out.
/** An item with only what every item has. */
export const bare: FeedItem = {
  id: `${SITE}/articles/bare/`,
  url: `${SITE}/articles/bare/`,
  title: 'Bare',
  summary: 'Nothing else',
  contentHtml: '<p>x</p>',
  published: new Date('2025-01-10T08:00:00Z'),
  authors: [{ name: 'No Page' }],
};
/** {@link bare}, published two days later. */
export const newer: FeedItem = { ...bare, id: `${SITE}/articles/newer/`, url: `${SITE}/articles/newer/`, published: new Date('2025-01-12T08:00:00Z') };
/** {@link bare}, published earlier and updated after {@link newer}. */
export const revised: FeedItem = { ...bare, id: `${SITE}/articles/revised/`, url: `${SITE}/articles/revised/`, published: new Date('2025-01-05T08:00:00Z'), updated: new Date('2025-01-13T18:30:00Z') };

// Markup, entity and CDATA breakouts in every field a feed writes: each must come back from a
// strict parse exactly as written (RSS 2.0, RFC 4287 and JSON Feed 1.1 all carry text, not markup,
// in these fields), and the feed must stay well-formed XML.
/** The breakout string every hostile field starts with. */
export const H = `</title></name></dc:creator></media:description>]]><script>alert("x")</script> & 'q' <b>`;
/** A channel whose every text field is hostile. */
export const hostileChannel: FeedChannel = { ...channel, title: `${H} channel`, description: `${H} tagline`, publisher: `${H} publisher` };
/** An image whose alt, caption and credit are hostile, its URL with a query. */
export const hostileImage: FeedImage = { ...image, url: `${SITE}/_astro/lead.jpeg?w=1&h=2`, alt: `${H} alt`, caption: `${H} caption`, credit: `${H} credit` };
/** An article item whose every field is hostile. */
export const hostileItem: FeedItem = {
  id: `${SITE}/articles/a/?x=1&y=2`,
  url: `${SITE}/articles/a/?x=1&y=2`,
  title: `${H} title`,
  summary: `${H} summary`,
  contentHtml: `<p>${H.replace(/&/g, '&amp;').replace(/</g, '&lt;')} body</p>`,
  published: new Date('2025-01-14T23:30:00Z'),
  updated: new Date('2025-01-15T09:00:00Z'),
  category: `${H} category`,
  authors: [{ name: `${H} author`, url: `${SITE}/author/a/?x=1&y=2` }],
  image: hostileImage,
  lang: 'ar',
};
/** A brief leading to another site, hostile too: RSS writes its link and guid by hand. */
export const hostileBrief: FeedItem = {
  ...hostileItem,
  id: `${SITE}/latest/2025-01-15/#brief-1`,
  url: 'https://elsewhere.example/?a=1&b=2',
  authors: [],
  image: undefined,
  category: undefined,
  updated: undefined,
  lang: undefined,
};

/** A strict XML parser that keeps attributes (without prefix) and text exactly as written. */
export const xml = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '', textNodeName: '#text', parseTagValue: false, parseAttributeValue: false, processEntities: true });
/** The text of a parsed element, whether it has attributes or not. */
export const textOf = (node: unknown): string => (typeof node === 'object' && node !== null ? String((node as Record<string, unknown>)['#text'] ?? '') : String(node));
/** A parsed element that may occur once or more, as a list. */
export const asList = <T,>(v: T | T[]): T[] => (Array.isArray(v) ? v : [v]);
