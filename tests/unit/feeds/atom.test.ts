import { parseAtomFeed } from 'feedsmith';
import { describe, expect, it } from 'vitest';
import { renderAtom } from '../../../src/feeds/atom.ts';
import { briefFeedItem } from '../../../src/feeds/items.ts';
import { expectWellFormed } from '../../helpers/xml.ts';
import { SITE, TRICKY, asList, channel, hostileBrief, hostileChannel, hostileImage, hostileItem, image, item, textOf, xml, xmlOf } from '../../helpers/feeds.ts';

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

  it('Atom names the feed itself: language, id, self and alternate links', () => {
    const feed = xmlOf(renderAtom({ ...channel, feedUrl: `${SITE}/atom.xml` }, [], new Date())).feed;
    expect(feed).toMatchObject({ xmlns: 'http://www.w3.org/2005/Atom', 'xml:lang': 'en', id: `${SITE}/`, subtitle: { '#text': 'All the news', type: 'text' } });
    expect(feed.link).toEqual([
      { rel: 'self', type: 'application/atom+xml', href: `${SITE}/atom.xml` },
      { rel: 'alternate', type: 'text/html', href: `${SITE}/` },
    ]);
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
});
