import { isoInZone } from '../i18n/dates.ts';
import type { FeedChannel, FeedItem } from './types.ts';

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
