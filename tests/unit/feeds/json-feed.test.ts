import { parseJsonFeed } from 'feedsmith';
import { describe, expect, it } from 'vitest';
import { renderJsonFeed } from '../../../src/feeds/json-feed.ts';
import { SITE, TRICKY, channel, hostileBrief, hostileChannel, hostileImage, hostileItem, image, item } from '../../helpers/feeds.ts';

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
