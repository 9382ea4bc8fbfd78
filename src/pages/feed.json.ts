import type { APIRoute } from 'astro';
import { getPublicArticles } from '../lib/collections.ts';
import { articleFeedItems, feedResponse, fittedFeed } from '../lib/feed-entries.ts';
import { FEED_ITEM_COUNT, renderJsonFeed } from '../lib/feeds.ts';
import { siteChannel } from '../lib/feed-channels.ts';
import { jsonFeedPath } from '../lib/paths.ts';

/** The site's feed as JSON Feed 1.1: the same items as /rss.xml. */
export const GET: APIRoute = async () => {
  const items = await articleFeedItems((await getPublicArticles()).slice(0, FEED_ITEM_COUNT));
  const { body } = await fittedFeed(jsonFeedPath(), items, (kept) => renderJsonFeed(siteChannel(jsonFeedPath()), kept));
  return feedResponse(body, 'application/feed+json');
};
