import { isoInZone } from '../i18n/dates.ts';
import { feedUpdated } from './items.ts';
import type { FeedChannel, FeedItem } from './types.ts';
import { escapeXml } from './xml.ts';

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
