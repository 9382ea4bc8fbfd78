import type { APIRoute } from 'astro';
import { getBriefs, getCategories } from '../../content/collections.ts';
import { briefsChannel } from '../../feeds/channels.ts';
import { briefFeedItems, feedResponse, fittedFeed } from '../../feeds/entries.ts';
import { FEED_ITEM_COUNT, renderRss } from '../../feeds/feeds.ts';

/** The news briefs as RSS: each brief an item with its text, time and link. */
export const GET: APIRoute = async () => {
  const items = briefFeedItems((await getBriefs()).slice(0, FEED_ITEM_COUNT), await getCategories());
  const channel = briefsChannel();
  const { body } = await fittedFeed(channel.feedUrl, items, (kept) => renderRss(channel, kept));
  return feedResponse(body, 'application/rss+xml');
};
