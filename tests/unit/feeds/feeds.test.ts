import { XMLParser } from 'fast-xml-parser';
import { parseAtomFeed, parseJsonFeed, parseRssFeed } from 'feedsmith';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import {
  absolutizeHtml,
  articleFeedItem,
  briefFeedItem,
  figureHtml,
  fitFeed,
  renderAtom,
  renderJsonFeed,
  renderRss,
  type FeedChannel,
  type FeedImage,
  type FeedItem,
} from '../../../src/feeds/feeds.ts';
import { expectWellFormed } from '../../helpers/xml.ts';

const SITE = 'https://news.example';
const TRICKY = 'Fish & chips <script>alert(1)</script> "quoted" 🐟 خبر';

const channel: FeedChannel = {
  title: 'News & <Views>',
  description: 'All the news',
  homeUrl: `${SITE}/`,
  feedUrl: `${SITE}/rss.xml`,
  lang: 'en',
  timeZone: 'Africa/Casablanca',
  publisher: 'The Paper',
};

const image: FeedImage = {
  url: `${SITE}/_astro/lead.jpeg`,
  type: 'image/jpeg',
  length: 12345,
  width: 1200,
  height: 675,
  alt: 'Cranes & "boxes"',
  caption: 'The port.',
  credit: 'Photo: Desk',
};

function article(overrides: Partial<{ authors: Array<{ name: string; url: string }> }> = {}) {
  return {
    url: '/articles/tricky/',
    lang: 'en',
    data: { title: TRICKY, summary: 'A <b>summary</b> & more', published: new Date('2025-01-14T14:20:00Z'), updated: new Date('2025-01-15T09:00:00Z') },
    category: { name: 'News & Views' },
    authors: overrides.authors ?? [{ name: 'Ann Writer', url: '/author/ann-writer/' }],
  };
}

const body = '<p>See <a href="/articles/other/">another story</a>, <a href="#part-two">part two</a> and <a href="https://elsewhere.example/x?a=1&amp;b=2">a source</a>.</p><img src="/_astro/inline.webp" srcset="/_astro/inline-640.webp 640w, /_astro/inline-960.webp 960w" alt="">';

function item(): FeedItem {
  return articleFeedItem(article(), { site: SITE, html: body, image, staffByline: 'Staff' });
}

/** Every URL-valued attribute in an HTML fragment. */
function urlsIn(html: string): string[] {
  const { document } = parseHTML(`<!doctype html><html><body>${html}</body></html>`);
  return [...document.querySelectorAll('[href], [src], [srcset]')].flatMap((el) => [
    ...['href', 'src'].map((a) => el.getAttribute(a)).filter((v): v is string => v !== null),
    ...(el.getAttribute('srcset')?.split(',').map((c) => c.trim().split(/\s+/)[0]!) ?? []),
  ]);
}

describe('absolutizeHtml', () => {
  it('makes links, images and srcset candidates absolute against the page, leaving other hosts alone', () => {
    const urls = urlsIn(absolutizeHtml(body, `${SITE}/articles/tricky/`));
    expect(urls).toEqual([
      `${SITE}/articles/other/`,
      `${SITE}/articles/tricky/#part-two`,
      'https://elsewhere.example/x?a=1&b=2',
      `${SITE}/_astro/inline.webp`,
      `${SITE}/_astro/inline-640.webp`,
      `${SITE}/_astro/inline-960.webp`,
    ]);
  });

  it('keeps text, entities and scripts of other languages exactly', () => {
    const html = absolutizeHtml('<p>a &amp; b &lt;c&gt; “d” 🐟 خبر</p>', `${SITE}/`);
    expect(parseHTML(`<!doctype html><html><body>${html}</body></html>`).document.querySelector('p')?.textContent).toBe('a & b <c> “d” 🐟 خبر');
  });
});

describe('articleFeedItem', () => {
  it('puts the lead image on top of the full body, every URL absolute', () => {
    const it_ = item();
    expect(it_.id).toBe(`${SITE}/articles/tricky/`);
    expect(it_.contentHtml.startsWith('<figure><img src="https://news.example/_astro/lead.jpeg"')).toBe(true);
    expect(it_.contentHtml).toContain('<figcaption>The port. Photo: Desk</figcaption>');
    expect(urlsIn(it_.contentHtml).every((u) => /^https:\/\//.test(u))).toBe(true);
    expect(it_.authors).toEqual([{ name: 'Ann Writer', url: `${SITE}/author/ann-writer/` }]);
  });

  it('falls back to the staff byline', () => {
    const it_ = articleFeedItem(article({ authors: [] }), { site: SITE, html: '<p>x</p>', staffByline: 'Staff' });
    expect(it_.authors).toEqual([{ name: 'Staff' }]);
    expect(it_.image).toBeUndefined();
    // No lead image: the body alone, nothing before it.
    expect(it_.contentHtml).toBe('<p>x</p>');
  });
});

describe('briefFeedItem', () => {
  const brief = { time: new Date('2025-01-14T16:20:00Z'), text: 'Rain & "wind" <expected>' };

  it('links a brief without a link to its line in the archive', () => {
    const b = briefFeedItem(brief, { site: SITE, permalink: '/latest/2025-01-14/#brief-1' });
    expect(b.id).toBe(`${SITE}/latest/2025-01-14/#brief-1`);
    expect(b.url).toBe(b.id);
    expect(b.contentHtml).toBe('<p>Rain &amp; &quot;wind&quot; &lt;expected&gt;</p>');
    expect(parseHTML(`<!doctype html><html><body>${b.contentHtml}</body></html>`).document.querySelector('p')?.textContent).toBe(brief.text);
  });

  it('leads to its link but keeps the archive line as its id', () => {
    const b = briefFeedItem(brief, { site: SITE, permalink: '/latest/2025-01-14/#brief-1', href: '/articles/x/', categoryName: 'News' });
    expect(b.url).toBe(`${SITE}/articles/x/`);
    expect(b.id).toBe(`${SITE}/latest/2025-01-14/#brief-1`);
    expect(b.category).toBe('News');
    expect(b.contentHtml).toBe('<p>Rain &amp; &quot;wind&quot; &lt;expected&gt; <a href="https://news.example/articles/x/">Read more</a></p>');
  });

  it('opens a link to another site as the pages do: no window handle for it, no referrer', () => {
    const b = briefFeedItem(brief, { site: SITE, permalink: '/latest/2025-01-14/#brief-1', href: 'https://elsewhere.example/story' });
    const a = parseHTML(`<!doctype html><html><body>${b.contentHtml}</body></html>`).document.querySelector('a')!;
    expect(a.getAttribute('href')).toBe('https://elsewhere.example/story');
    expect(a.getAttribute('rel')?.split(' ').sort()).toEqual(['noopener', 'noreferrer']);
  });
});

describe('renderRss', () => {
  it('carries title, summary, full content, categories, creators and image, each escaped exactly once', async () => {
    const body = await renderRss(channel, [item()]);
    expectWellFormed(body, 'rss');
    const feed = parseRssFeed(body);
    expect(feed.title).toBe('News & <Views>');
    expect(feed.language).toBe('en');
    expect(feed.atom?.links?.[0]?.href).toBe(`${SITE}/rss.xml`);
    const [i] = feed.items!;
    expect(i!.title).toBe(TRICKY);
    // <description> is HTML to a feed reader: the plain-text summary is escaped so it reads as written.
    expect(i!.description).toBe('A &lt;b&gt;summary&lt;/b&gt; &amp; more');
    expect(i!.link).toBe(`${SITE}/articles/tricky/`);
    expect(i!.guid).toEqual({ value: `${SITE}/articles/tricky/`, isPermaLink: true });
    expect(new Date(i!.pubDate!).toISOString()).toBe('2025-01-14T14:20:00.000Z');
    expect(i!.categories).toEqual([{ name: 'News & Views' }]);
    expect(i!.dc?.creators).toEqual(['Ann Writer']);
    expect(i!.enclosures).toEqual([{ url: image.url, length: 12345, type: 'image/jpeg' }]);
    expect(i!.media?.contents?.[0]).toMatchObject({ url: image.url, type: 'image/jpeg', fileSize: 12345, width: 1200, height: 675, description: { value: image.alt } });
    expect(i!.content?.encoded).toBe(item().contentHtml);
  });

  it('gives a brief that leads elsewhere its archive line as guid', async () => {
    const b = briefFeedItem({ time: new Date('2025-01-14T16:20:00Z'), text: 'Brief' }, { site: SITE, permalink: '/latest/2025-01-14/#brief-1', href: 'https://elsewhere.example/' });
    const body = await renderRss(channel, [b]);
    expectWellFormed(body, 'rss');
    const [i] = parseRssFeed(body).items!;
    expect(i!.link).toBe('https://elsewhere.example/');
    expect(i!.guid).toEqual({ value: `${SITE}/latest/2025-01-14/#brief-1`, isPermaLink: true });
  });
});

describe('renderJsonFeed', () => {
  it('is JSON Feed 1.1 with the same item', () => {
    const json = JSON.parse(renderJsonFeed({ ...channel, feedUrl: `${SITE}/feed.json` }, [item()]));
    expect(json.version).toBe('https://jsonfeed.org/version/1.1');
    const feed = parseJsonFeed(json);
    expect(feed.feed_url).toBe(`${SITE}/feed.json`);
    const [i] = feed.items!;
    expect(i).toMatchObject({
      id: `${SITE}/articles/tricky/`,
      url: `${SITE}/articles/tricky/`,
      title: TRICKY,
      content_html: item().contentHtml,
      image: image.url,
      date_published: '2025-01-14T15:20:00+01:00',
      date_modified: '2025-01-15T10:00:00+01:00',
      tags: ['News & Views'],
      authors: [{ name: 'Ann Writer', url: `${SITE}/author/ann-writer/` }],
    });
    expect(i!.attachments).toEqual([{ url: image.url, mime_type: 'image/jpeg', size_in_bytes: 12345 }]);
  });
});

describe('renderAtom', () => {
  it('is Atom with the same item and an enclosure link', () => {
    const body = renderAtom({ ...channel, feedUrl: `${SITE}/atom.xml` }, [item()], new Date('2025-01-16T12:00:00Z'));
    expectWellFormed(body, 'atom');
    const feed = parseAtomFeed(body);
    expect(feed.title).toEqual({ value: 'News & <Views>', type: 'text' });
    expect(feed.updated).toBe('2025-01-15T10:00:00+01:00');
    const [e] = feed.entries!;
    expect(e!.id).toBe(`${SITE}/articles/tricky/`);
    expect(e!.title).toEqual({ value: TRICKY, type: 'text' });
    expect(e!.content).toMatchObject({ value: item().contentHtml, type: 'html' });
    expect(e!.links).toContainEqual({ href: image.url, rel: 'enclosure', type: 'image/jpeg', length: 12345 });
    expect(e!.authors).toEqual([{ name: 'Ann Writer', uri: `${SITE}/author/ann-writer/` }]);
  });

  it('names the publisher as author when an item has none', () => {
    const b = briefFeedItem({ time: new Date('2025-01-14T16:20:00Z'), text: 'Brief' }, { site: SITE, permalink: '/latest/2025-01-14/#b' });
    const body = renderAtom(channel, [b], new Date());
    expectWellFormed(body, 'atom');
    const [e] = parseAtomFeed(body).entries!;
    expect(e!.authors).toEqual([{ name: 'The Paper' }]);
  });
});

describe('fitFeed', () => {
  const items = Array.from({ length: 20 }, (_, i) => ({ ...item(), id: `${SITE}/articles/a${i}/`, url: `${SITE}/articles/a${i}/`, title: `Story ${i}` }));

  it('keeps everything when the feed is small enough, without a warning', async () => {
    const warnings: string[] = [];
    const fitted = await fitFeed(items, (kept) => renderRss(channel, kept), { name: '/rss.xml', warn: (m) => warnings.push(m) });
    expect(fitted).toMatchObject({ kept: 20, dropped: 0 });
    expect(warnings).toEqual([]);
  });

  it('drops whole items from the old end to get under the limit, and warns', async () => {
    const full = await renderRss(channel, items);
    const maxBytes = Math.floor(Buffer.byteLength(full) * 0.6);
    const warnings: string[] = [];
    const fitted = await fitFeed(items, (kept) => renderRss(channel, kept), { name: '/rss.xml', maxBytes, warn: (m) => warnings.push(m) });
    expect(fitted.bytes).toBeLessThanOrEqual(maxBytes);
    expect(fitted.bytes).toBe(Buffer.byteLength(fitted.body));
    expectWellFormed(fitted.body, 'rss');
    const parsed = parseRssFeed(fitted.body).items!;
    // The newest items, complete, and one more would not have fitted.
    expect(parsed.map((i) => i.title)).toEqual(items.slice(0, fitted.kept).map((i) => i.title));
    expect(parsed.every((i) => i.content?.encoded === item().contentHtml)).toBe(true);
    expect(Buffer.byteLength(await renderRss(channel, items.slice(0, fitted.kept + 1)))).toBeGreaterThan(maxBytes);
    expect(warnings).toEqual([expect.stringContaining(`/rss.xml: left out the ${fitted.dropped} oldest of 20 items`)]);
  });
});

// Markup, entity and CDATA breakouts in every field a feed writes: each must come back from a
// strict parse exactly as written (RSS 2.0, RFC 4287 and JSON Feed 1.1 all carry text, not markup,
// in these fields), and the feed must stay well-formed XML.
describe('every field of every feed, with hostile values', () => {
  const H = `</title></name></dc:creator></media:description>]]><script>alert("x")</script> & 'q' <b>`;
  const hostileChannel: FeedChannel = { ...channel, title: `${H} channel`, description: `${H} tagline`, publisher: `${H} publisher` };
  const hostileImage: FeedImage = { ...image, url: `${SITE}/_astro/lead.jpeg?w=1&h=2`, alt: `${H} alt`, caption: `${H} caption`, credit: `${H} credit` };
  const hostileItem: FeedItem = {
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
  // A brief leading to another site: RSS writes its link and guid by hand.
  const hostileBrief: FeedItem = {
    ...hostileItem,
    id: `${SITE}/latest/2025-01-15/#brief-1`,
    url: 'https://elsewhere.example/?a=1&b=2',
    authors: [],
    image: undefined,
    category: undefined,
    updated: undefined,
    lang: undefined,
  };
  const xml = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '', textNodeName: '#text', parseTagValue: false, parseAttributeValue: false, processEntities: true });
  const textOf = (node: unknown): string => (typeof node === 'object' && node !== null ? String((node as Record<string, unknown>)['#text'] ?? '') : String(node));
  const asList = <T,>(v: T | T[]): T[] => (Array.isArray(v) ? v : [v]);

  it('RSS keeps each one exactly, in well-formed XML', async () => {
    const body = await renderRss(hostileChannel, [hostileItem, hostileBrief]);
    expectWellFormed(body, 'rss');
    const rss = xml.parse(body).rss;
    expect(textOf(rss.channel.title)).toBe(hostileChannel.title);
    // <description> is HTML to a reader: what it shows is the text as written.
    expect(htmlText(textOf(rss.channel.description))).toBe(hostileChannel.description);
    const [a, b] = asList(rss.channel.item) as Array<Record<string, any>>;
    expect(textOf(a!['title'])).toBe(hostileItem.title);
    expect(htmlText(textOf(a!['description']))).toBe(hostileItem.summary);
    expect(textOf(a!['content:encoded'])).toBe(hostileItem.contentHtml);
    expect(htmlText(textOf(a!['content:encoded']))).toBe(`${H} body`);
    expect(textOf(a!['category'])).toBe(hostileItem.category);
    expect(asList(a!['dc:creator']).map(textOf)).toEqual([hostileItem.authors[0]!.name]);
    expect(textOf(a!['link'])).toBe(hostileItem.url);
    expect(a!['enclosure']).toMatchObject({ url: hostileImage.url, type: 'image/jpeg', length: '12345' });
    expect(a!['media:content']).toMatchObject({ url: hostileImage.url, type: 'image/jpeg', fileSize: '12345', medium: 'image', width: '1200', height: '675' });
    expect(textOf(a!['media:content']['media:description'])).toBe(hostileImage.alt);
    expect(textOf(a!['media:content']['media:credit'])).toBe(hostileImage.credit);
    expect(textOf(b!['link'])).toBe(hostileBrief.url);
    expect(b!['guid']).toMatchObject({ '#text': hostileBrief.id, isPermaLink: 'true' });
    expect(b!['dc:creator']).toBeUndefined();
    expect(b!['media:content']).toBeUndefined();
  });

  it('Atom keeps each one exactly, in well-formed XML', () => {
    const body = renderAtom({ ...hostileChannel, feedUrl: `${SITE}/atom.xml?a=1&b=2`, homeUrl: `${SITE}/?a=1&b=2` }, [hostileItem, hostileBrief], new Date('2025-01-16T12:00:00Z'));
    expectWellFormed(body, 'atom');
    const feed = xml.parse(body).feed;
    expect(textOf(feed.title)).toBe(hostileChannel.title);
    expect(textOf(feed.subtitle)).toBe(hostileChannel.description);
    expect(textOf(feed.id)).toBe(`${SITE}/?a=1&b=2`);
    expect(asList(feed.link)).toEqual([
      { rel: 'self', type: 'application/atom+xml', href: `${SITE}/atom.xml?a=1&b=2` },
      { rel: 'alternate', type: 'text/html', href: `${SITE}/?a=1&b=2` },
    ]);
    const [a, b] = asList(feed.entry) as Array<Record<string, any>>;
    expect(textOf(a!['id'])).toBe(hostileItem.id);
    expect(a!['title']).toEqual({ '#text': hostileItem.title, type: 'text' });
    expect(a!['summary']).toEqual({ '#text': hostileItem.summary, type: 'text' });
    // type="html": the element's text is the HTML, escaped once.
    expect(a!['content']).toEqual({ '#text': hostileItem.contentHtml, type: 'html', 'xml:lang': 'ar' });
    expect(a!['category']).toEqual({ term: hostileItem.category });
    expect(a!['author']).toEqual({ name: hostileItem.authors[0]!.name, uri: hostileItem.authors[0]!.url });
    expect(asList(a!['link'])).toEqual([
      { rel: 'alternate', type: 'text/html', href: hostileItem.url },
      { rel: 'enclosure', type: 'image/jpeg', length: '12345', href: hostileImage.url },
    ]);
    // RFC 4287 4.1.2: an entry without an author takes the feed's; ours names the publisher.
    expect(b!['author']).toEqual({ name: hostileChannel.publisher });
    expect(b!['content']).toEqual({ '#text': hostileBrief.contentHtml, type: 'html' });
    expect(b!['category']).toBeUndefined();
  });

  it('JSON Feed keeps each one exactly', () => {
    const feed = JSON.parse(renderJsonFeed(hostileChannel, [hostileItem, hostileBrief]));
    expect(feed).toMatchObject({ title: hostileChannel.title, description: hostileChannel.description, authors: [{ name: hostileChannel.publisher }] });
    expect(feed.items[0]).toEqual({
      id: hostileItem.id,
      url: hostileItem.url,
      title: hostileItem.title,
      content_html: hostileItem.contentHtml,
      summary: hostileItem.summary,
      image: hostileImage.url,
      // 23:30 UTC on the 14th is 00:30 on the 15th in Casablanca (UTC+1 in January).
      date_published: '2025-01-15T00:30:00+01:00',
      date_modified: '2025-01-15T10:00:00+01:00',
      authors: [{ name: hostileItem.authors[0]!.name, url: hostileItem.authors[0]!.url }],
      tags: [hostileItem.category],
      language: 'ar',
      attachments: [{ url: hostileImage.url, mime_type: 'image/jpeg', size_in_bytes: 12345 }],
    });
    expect(feed.items[1]).toEqual({
      id: hostileBrief.id,
      url: hostileBrief.url,
      title: hostileBrief.title,
      content_html: hostileBrief.contentHtml,
      summary: hostileBrief.summary,
      date_published: '2025-01-15T00:30:00+01:00',
    });
  });
});

/** The text a reader shows for an HTML fragment. */
function htmlText(html: string): string {
  return parseHTML(`<!doctype html><html><body><div>${html}</div></body></html>`).document.querySelector('div')!.textContent ?? '';
}

describe('feed edges', () => {
  const bare: FeedItem = {
    id: `${SITE}/articles/bare/`,
    url: `${SITE}/articles/bare/`,
    title: 'Bare',
    summary: 'Nothing else',
    contentHtml: '<p>x</p>',
    published: new Date('2025-01-10T08:00:00Z'),
    authors: [{ name: 'No Page' }],
  };
  const newer: FeedItem = { ...bare, id: `${SITE}/articles/newer/`, url: `${SITE}/articles/newer/`, published: new Date('2025-01-12T08:00:00Z') };
  const revised: FeedItem = { ...bare, id: `${SITE}/articles/revised/`, url: `${SITE}/articles/revised/`, published: new Date('2025-01-05T08:00:00Z'), updated: new Date('2025-01-13T18:30:00Z') };

  it('gives each feed the newest publication or update among its items as its own time', async () => {
    // RSS lastBuildDate is RFC 822 (GMT); Atom updated is RFC 3339 in the site zone.
    const rss = await renderRss(channel, [newer, revised, bare]);
    expect(xmlOf(rss).rss.channel.lastBuildDate).toBe('Mon, 13 Jan 2025 18:30:00 GMT');
    expect(xmlOf(renderAtom(channel, [bare, newer], new Date('2025-02-01T00:00:00Z'))).feed.updated).toBe('2025-01-12T09:00:00+01:00');
    expect(xmlOf(renderAtom(channel, [revised, newer], new Date('2025-02-01T00:00:00Z'))).feed.updated).toBe('2025-01-13T19:30:00+01:00');
  });

  it('an empty feed is still valid: Atom takes the build time, RSS leaves lastBuildDate out', async () => {
    const atom = renderAtom(channel, [], new Date('2025-02-01T00:00:00Z'));
    expectWellFormed(atom, 'atom');
    expect(xmlOf(atom).feed.updated).toBe('2025-02-01T01:00:00+01:00');
    const rss = await renderRss(channel, []);
    expectWellFormed(rss, 'rss');
    expect(xmlOf(rss).rss.channel.lastBuildDate).toBeUndefined();
    expect(xmlOf(rss).rss.channel['#text']).toBeUndefined();
  });

  it('writes only what an item has: no category, image, language or author URL it lacks', async () => {
    const rssItem = xmlOf(await renderRss(channel, [bare])).rss.channel.item;
    expect(Object.keys(rssItem).sort()).toEqual(['content:encoded', 'dc:creator', 'description', 'guid', 'link', 'pubDate', 'title']);
    const entry = xmlOf(renderAtom(channel, [bare], new Date())).feed.entry;
    expect(entry.category).toBeUndefined();
    expect(entry.author).toEqual({ name: 'No Page' });
    expect(entry.content).toEqual({ '#text': '<p>x</p>', type: 'html' });
    expect([entry.link].flat()).toEqual([{ rel: 'alternate', type: 'text/html', href: bare.url }]);
    const [json] = JSON.parse(renderJsonFeed(channel, [bare])).items;
    expect(json).toEqual({
      id: bare.id,
      url: bare.url,
      title: 'Bare',
      content_html: '<p>x</p>',
      summary: 'Nothing else',
      date_published: '2025-01-10T09:00:00+01:00',
      authors: [{ name: 'No Page' }],
    });
  });

  it('JSON Feed names the feed itself: home page, feed URL, language and the publisher as author', () => {
    const feed = JSON.parse(renderJsonFeed(channel, []));
    expect(feed).toEqual({
      version: 'https://jsonfeed.org/version/1.1',
      title: channel.title,
      home_page_url: channel.homeUrl,
      feed_url: channel.feedUrl,
      description: channel.description,
      language: 'en',
      authors: [{ name: 'The Paper' }],
      items: [],
    });
  });

  it('Atom names the feed itself: language, id, self and alternate links', () => {
    const feed = xmlOf(renderAtom({ ...channel, feedUrl: `${SITE}/atom.xml` }, [], new Date())).feed;
    expect(feed).toMatchObject({ xmlns: 'http://www.w3.org/2005/Atom', 'xml:lang': 'en', id: `${SITE}/`, subtitle: { '#text': 'All the news', type: 'text' } });
    expect(feed.link).toEqual([
      { rel: 'self', type: 'application/atom+xml', href: `${SITE}/atom.xml` },
      { rel: 'alternate', type: 'text/html', href: `${SITE}/` },
    ]);
  });

  it('RSS declares the namespaces of the elements it uses, its language and its own address', async () => {
    const rss = xmlOf(await renderRss(channel, [item()])).rss;
    expect(rss).toMatchObject({ version: '2.0', 'xmlns:dc': 'http://purl.org/dc/elements/1.1/', 'xmlns:media': 'http://search.yahoo.com/mrss/', 'xmlns:atom': 'http://www.w3.org/2005/Atom' });
    expect(rss.channel.language).toBe('en');
    expect(rss.channel['atom:link']).toEqual({ href: `${SITE}/rss.xml`, rel: 'self', type: 'application/rss+xml' });
    expect(rss.channel.link).toBe(`${SITE}/`);
    expect(rss.channel.item['media:content']['media:credit']).toBe('Photo: Desk');
  });

  it('a figure has a caption only from what the image has', () => {
    const { caption: _c, credit: _r, ...plain } = image;
    expect(figureHtml(plain)).toBe(`<figure><img src="${image.url}" alt="Cranes &amp; &quot;boxes&quot;" width="1200" height="675"></figure>`);
    expect(figureHtml({ ...plain, credit: 'Photo: Desk' })).toContain('<figcaption>Photo: Desk</figcaption>');
    expect(figureHtml({ ...plain, caption: 'The port.' })).toContain('<figcaption>The port.</figcaption>');
    expect(figureHtml({ ...plain, caption: '<b>' })).toContain('<figcaption>&lt;b&gt;</figcaption>');
  });

  it('keeps srcset descriptors however they are spaced', () => {
    const html = absolutizeHtml('<img src="/a.webp" srcset="/a-640.webp   640w,/a-960.webp\t960w" alt="">', `${SITE}/x/`);
    expect(html).toContain(`srcset="${SITE}/a-640.webp 640w, ${SITE}/a-960.webp 960w"`);
  });

  it('writes no stray text between elements, and an image without a credit has no media:credit', async () => {
    const { credit: _r, ...noCredit } = image;
    const two: FeedItem = { ...item(), authors: [{ name: 'Ann' }, { name: 'Bob' }], image: noCredit };
    const rss = xmlOf(await renderRss(channel, [two, bare, newer])).rss.channel;
    expect(rss['#text']).toBeUndefined();
    for (const i of rss.item) expect(i['#text']).toBeUndefined();
    expect(rss.item[0]['dc:creator']).toEqual(['Ann', 'Bob']);
    expect(rss.item[0]['media:content']['media:credit']).toBeUndefined();
    expect(rss.item[0]['media:content']['#text']).toBeUndefined();
    const atom = renderAtom(channel, [two, bare, newer], new Date());
    expect(atom.startsWith('<?xml version="1.0" encoding="utf-8"?><feed ')).toBe(true);
    const feed = xmlOf(atom).feed;
    expect(feed['#text']).toBeUndefined();
    for (const e of feed.entry) expect(e['#text']).toBeUndefined();
    expect(feed.entry.map((e: Record<string, unknown>) => [e['published'], e['updated']])).toEqual([
      ['2025-01-14T15:20:00+01:00', '2025-01-15T10:00:00+01:00'],
      ['2025-01-10T09:00:00+01:00', '2025-01-10T09:00:00+01:00'],
      ['2025-01-12T09:00:00+01:00', '2025-01-12T09:00:00+01:00'],
    ]);
  });

  it('leaves an address it cannot resolve as written, and rewrites cite and poster too', () => {
    const html = absolutizeHtml('<a href="http://[bad">x</a><blockquote cite="/source/"></blockquote><video poster="/p.jpg"></video>', `${SITE}/a/`);
    expect(html).toContain('href="http://[bad"');
    expect(html).toContain(`cite="${SITE}/source/"`);
    expect(html).toContain(`poster="${SITE}/p.jpg"`);
  });

  it('fitFeed keeps a feed exactly at the limit, and drops everything when not even one item fits', async () => {
    const render = (kept: FeedItem[]) => renderRss(channel, kept);
    const exact = Buffer.byteLength(await render([bare, newer]));
    const warnings: string[] = [];
    expect(await fitFeed([bare, newer], render, { name: 'x', maxBytes: exact, warn: (m) => warnings.push(m) })).toMatchObject({ kept: 2, dropped: 0, bytes: exact });
    expect(warnings).toEqual([]);
    const empty = Buffer.byteLength(await render([]));
    const none = await fitFeed([bare, newer, revised], render, { name: '/x.xml', maxBytes: empty, warn: (m) => warnings.push(m) });
    expect(none).toMatchObject({ kept: 0, dropped: 3, bytes: empty });
    expect(parseRssFeed(none.body).items ?? []).toEqual([]);
    expect(warnings).toEqual([`[feeds] /x.xml: left out the 3 oldest of 3 items to stay under ${empty} bytes (now ${empty} bytes)`]);
    const one = await fitFeed([bare, newer, revised], render, { name: 'x', maxBytes: Buffer.byteLength(await render([bare])), warn: () => {} });
    expect(one).toMatchObject({ kept: 1, dropped: 2 });
  });
});

/** A feed parsed strictly as XML, attributes without prefix, values as written. */
function xmlOf(body: string) {
  expectWellFormed(body);
  return new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '', parseTagValue: false, parseAttributeValue: false }).parse(body);
}
