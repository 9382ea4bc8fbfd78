import type { APIRoute } from 'astro';
import { getPublicArticles } from '../content/collections.ts';
import { articleFeedItems, feedResponse, fittedFeed } from '../feeds/entries.ts';
import { FEED_ITEM_COUNT, renderAtom } from '../feeds/feeds.ts';
import { siteChannel } from '../feeds/channels.ts';
import { atomPath } from '../publishing/paths.ts';
import { buildTime } from '../publishing/publish.ts';

/** The site's feed as Atom: the same items as /rss.xml. */
export const GET: APIRoute = async () => {
  const items = await articleFeedItems((await getPublicArticles()).slice(0, FEED_ITEM_COUNT));
  const { body } = await fittedFeed(atomPath(), items, (kept) => renderAtom(siteChannel(atomPath()), kept, buildTime()));
  return feedResponse(body, 'application/atom+xml');
};
