import { SITE } from '../site.config.ts';

/** `/articles/<slug>/`: an article's permanent address. */
export const articlePath = (slug: string): string => `/articles/${slug}/`;

/** The `<n>/` of archive page n of a list (counted from the oldest, see list-pages.ts); nothing for its first page. */
const archivePage = (page: number | undefined): string => (page === undefined ? '' : `${page}/`);

/** `/category/<id>/`, or `/category/<id>/<n>/` for archive page n (1 holds the oldest stories). */
export const categoryPath = (id: string, page?: number): string => `/category/${id}/${archivePage(page)}`;

/** `/author/<id>/`, or `/author/<id>/<n>/` for archive page n. */
export const authorPath = (id: string, page?: number): string => `/author/${id}/${archivePage(page)}`;

/** `/tag/<tag-slug>/`, or `/tag/<tag-slug>/<n>/` for archive page n. */
export const tagPath = (tag: string, page?: number): string => `/tag/${tagSlug(tag)}/${archivePage(page)}`;

/** `/<slug>/`: a static page (About, Contact, policies) from content/pages/<slug>.md. */
export const staticPagePath = (slug: string): string => `/${slug}/`;

/** `/banner/`: the breaking-news strip, its own small document framed at the top of every page. */
export const bannerPath = (): string => '/banner/';

/** `/latest/`: the newest briefs. */
export const latestPath = (): string => '/latest/';
/** The briefs column as its own small document, framed by article pages (see pages/latest/column.astro). */
export const latestColumnPath = (): string => '/latest/column/';

/** `/latest/<YYYY-MM-DD>/`: every brief of one day. */
export const briefDayPath = (day: string): string => `/latest/${day}/`;

/**
 * URL segment for a tag: lowercase, runs of anything but letters and digits become one hyphen.
 * Letters of every script are kept, so Arabic tags get readable addresses too.
 */
export function tagSlug(tag: string): string {
  return tag
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '');
}

/** Absolute URL on the public site, for canonical links, feeds and structured data. */
export function absoluteUrl(path: string, site: string = SITE.url): string {
  return new URL(path, `${site}/`).href;
}

/** `/rss.xml`: the site's RSS feed of the newest articles. */
export const rssPath = (): string => '/rss.xml';

/** `/atom.xml`: the same items as Atom. */
export const atomPath = (): string => '/atom.xml';

/** `/feed.json`: the same items as JSON Feed 1.1. */
export const jsonFeedPath = (): string => '/feed.json';

/** `/category/<id>/rss.xml`: one section's RSS feed. */
export const categoryFeedPath = (id: string): string => `/category/${id}/rss.xml`;

/** `/latest/rss.xml`: the news briefs as an RSS feed. */
export const briefsFeedPath = (): string => '/latest/rss.xml';

/** `/search/`: the search page; `?q=` carries the query. */
export const searchPath = (): string => '/search/';
