import { getRssString } from '@astrojs/rss';
import { feedUpdated } from './items.ts';
import type { FeedChannel, FeedItem } from './types.ts';
import { escapeHtml, escapeXml, stripXmlForbidden } from './xml.ts';

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
