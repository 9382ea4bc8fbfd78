import { SITE } from '../site.config.ts';

/** `/articles/<slug>/`: an article's permanent address. */
export const articlePath = (slug: string): string => `/articles/${slug}/`;

/** `/category/<id>/`, or `/category/<id>/<page>/` for later pages. */
export const categoryPath = (id: string, page = 1): string => `/category/${id}/${page > 1 ? `${page}/` : ''}`;

/** `/author/<id>/`, or `/author/<id>/<page>/` for later pages. */
export const authorPath = (id: string, page = 1): string => `/author/${id}/${page > 1 ? `${page}/` : ''}`;

/** `/tag/<tag-slug>/`, or `/tag/<tag-slug>/<page>/` for later pages. */
export const tagPath = (tag: string, page = 1): string => `/tag/${tagSlug(tag)}/${page > 1 ? `${page}/` : ''}`;

/** `/latest/`: the newest briefs. */
export const latestPath = (): string => '/latest/';

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

/** `/search/`: the search page; a query goes in `?q=`. */
export const searchPath = (): string => '/search/';
