import { parseRssFeed } from 'feedsmith';
import { describe, expect, it } from 'vitest';
import { briefFeedItem } from '../../../src/feeds/items.ts';
import { renderRss } from '../../../src/feeds/rss.ts';
import { expectWellFormed } from '../../helpers/xml.ts';
import { H, SITE, TRICKY, asList, channel, hostileBrief, hostileChannel, hostileImage, hostileItem, htmlText, image, item, textOf, xml, xmlOf } from '../../helpers/feeds.ts';

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

  it('RSS declares the namespaces of the elements it uses, its language and its own address', async () => {
    const rss = xmlOf(await renderRss(channel, [item()])).rss;
    expect(rss).toMatchObject({ version: '2.0', 'xmlns:dc': 'http://purl.org/dc/elements/1.1/', 'xmlns:media': 'http://search.yahoo.com/mrss/', 'xmlns:atom': 'http://www.w3.org/2005/Atom' });
    expect(rss.channel.language).toBe('en');
    expect(rss.channel['atom:link']).toEqual({ href: `${SITE}/rss.xml`, rel: 'self', type: 'application/rss+xml' });
    expect(rss.channel.link).toBe(`${SITE}/`);
    expect(rss.channel.item['media:content']['media:credit']).toBe('Photo: Desk');
  });

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
});
