import type { APIRoute } from 'astro';
import { getPublicArticles } from '../content/collections.ts';
import { articleFeedItems, feedResponse, fittedFeed } from '../feeds/entries.ts';
import { FEED_ITEM_COUNT, renderRss } from '../feeds/feeds.ts';
import { siteChannel } from '../feeds/channels.ts';
import { rssPath } from '../publishing/paths.ts';

/** The site's RSS feed: the newest articles with full text and lead image. */
export const GET: APIRoute = async () => {
  const items = await articleFeedItems((await getPublicArticles()).slice(0, FEED_ITEM_COUNT));
  const { body } = await fittedFeed(rssPath(), items, (kept) => renderRss(siteChannel(rssPath()), kept));
  return feedResponse(body, 'application/rss+xml');
};
