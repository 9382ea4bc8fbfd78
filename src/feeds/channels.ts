import { SITE } from '../site.config.ts';
import type { FeedChannel } from './feeds.ts';
import { absoluteUrl, briefsFeedPath, categoryFeedPath, latestPath } from '../publishing/paths.ts';

/** Channel data every feed shares: language, time zone, publisher. */
function channel(fields: Pick<FeedChannel, 'title' | 'description' | 'homeUrl' | 'feedUrl'>): FeedChannel {
  return { ...fields, lang: SITE.lang, timeZone: SITE.timeZone, publisher: SITE.name };
}

/** The whole site's feed, served at `feedPath` (RSS, Atom or JSON). */
export function siteChannel(feedPath: string): FeedChannel {
  return channel({ title: SITE.name, description: SITE.tagline, homeUrl: absoluteUrl('/'), feedUrl: absoluteUrl(feedPath) });
}

/** One section's feed. */
export function categoryChannel(category: { id: string; name: string; description?: string | undefined; url: string }): FeedChannel {
  return channel({
    title: `${SITE.name}: ${category.name}`,
    description: category.description ?? `The latest ${category.name} news from ${SITE.name}.`,
    homeUrl: absoluteUrl(category.url),
    feedUrl: absoluteUrl(categoryFeedPath(category.id)),
  });
}

/** The briefs feed. */
export function briefsChannel(): FeedChannel {
  return channel({
    title: `${SITE.name}: Latest news`,
    description: `Every news brief from ${SITE.name}, newest first.`,
    homeUrl: absoluteUrl(latestPath()),
    feedUrl: absoluteUrl(briefsFeedPath()),
  });
}
