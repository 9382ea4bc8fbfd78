import { describe, expect, it } from 'vitest';
import * as feeds from '../../../src/feeds/feeds.ts';
import { renderAtom, renderJsonFeed, renderRss, type FeedItem } from '../../../src/feeds/feeds.ts';
import { expectWellFormed } from '../../helpers/xml.ts';
import { bare, channel, image, item, newer, revised, xmlOf } from '../../helpers/feeds.ts';

describe('the feeds entry', () => {
  it('exports the item makers, the three writers and the size limit its callers use', () => {
    expect(Object.keys(feeds).sort()).toEqual([
      'FEED_ITEM_COUNT',
      'articleFeedItem',
      'briefFeedItem',
      'fitFeed',
      'renderAtom',
      'renderJsonFeed',
      'renderRss',
    ]);
  });
});

// The same items through RSS, Atom and JSON Feed: what each writes for a feed's time, an empty
// feed and an item with little in it.
describe('feed edges', () => {
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
});
