// The feeds subsystem's entry. In: articles and briefs (their rendered HTML, their lead image)
// and a channel saying what a feed is. Out: feed items with absolute URLs (items.ts), written as
// RSS 2.0 (rss.ts), Atom 1.0 (atom.ts) or JSON Feed 1.1 (json-feed.ts), and a feed cut down to
// Google News's size limit (size-limit.ts). Called by the feed routes in src/pages (rss.xml.ts,
// atom.xml.ts, feed.json.ts, latest/rss.xml.ts, category/[id]/rss.xml.ts), by entries.ts and
// channels.ts beside it, and by src/build/live/live-set.ts for the item count.

/** How many items the site, category and briefs feeds carry. */
export const FEED_ITEM_COUNT = 50;

export type { ArticleForFeed, BriefForFeed, FeedChannel, FeedImage, FeedItem } from './types.ts';
export { articleFeedItem, briefFeedItem } from './items.ts';
export { renderRss } from './rss.ts';
export { renderAtom } from './atom.ts';
export { renderJsonFeed } from './json-feed.ts';
export { fitFeed, type FittedFeed } from './size-limit.ts';
