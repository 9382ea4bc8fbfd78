import type { APIRoute, GetStaticPaths } from 'astro';
import { getCategories, getPublicArticles, type Category } from '../../../content/collections.ts';
import { categoryChannel } from '../../../feeds/channels.ts';
import { articleFeedItems, feedResponse, fittedFeed } from '../../../feeds/entries.ts';
import { FEED_ITEM_COUNT, renderRss } from '../../../feeds/feeds.ts';
import { isLiveBuild } from '../../../build/live/live-set.ts';

// The live build (src/build/live/live-build.ts) renders none of the archive.
export const getStaticPaths = (async () => (isLiveBuild() ? [] : await getCategories()).map((category) => ({ params: { id: category.id }, props: { category } }))) satisfies GetStaticPaths;

/** One section's RSS feed: its newest articles. */
export const GET: APIRoute = async ({ props }) => {
  const { category } = props as { category: Category };
  const articles = (await getPublicArticles()).filter((a) => a.category.id === category.id).slice(0, FEED_ITEM_COUNT);
  const channel = categoryChannel(category);
  const { body } = await fittedFeed(channel.feedUrl, await articleFeedItems(articles), (kept) => renderRss(channel, kept));
  return feedResponse(body, 'application/rss+xml');
};
