import type { APIRoute } from 'astro';
import { getPublicArticles } from '../content/collections.ts';
import { articleFeedItems, feedResponse, fittedFeed } from '../feeds/entries.ts';
import { FEED_ITEM_COUNT, renderJsonFeed } from '../feeds/feeds.ts';
import { siteChannel } from '../feeds/channels.ts';
import { jsonFeedPath } from '../publishing/paths.ts';

/** The site's feed as JSON Feed 1.1: the same items as /rss.xml. */
export const GET: APIRoute = async () => {
  const items = await articleFeedItems((await getPublicArticles()).slice(0, FEED_ITEM_COUNT));
  const { body } = await fittedFeed(jsonFeedPath(), items, (kept) => renderJsonFeed(siteChannel(jsonFeedPath()), kept));
  return feedResponse(body, 'application/feed+json');
};
