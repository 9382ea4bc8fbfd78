import { createHash } from 'node:crypto';

// Astro's incremental build (experimental.incrementalBuild) reuses a page from the previous
// build when its route's code is unchanged and its `cacheKey` is the same. A key must therefore
// cover every piece of content the page shows; these helpers build keys from the same objects
// the pages render, as supersets (a key that covers too much only costs a re-render, one that
// covers too little publishes a stale page). The bench checks every rebuild against a cold build.

/** A key for a page from everything it renders: a short hash of their JSON. */
export function cacheKey(...parts: unknown[]): string {
  return createHash('sha256').update(JSON.stringify(parts)).digest('base64url').slice(0, 32);
}

/** The fields of an article that any page may show about it (cards, pager, related, its own page). */
export interface KeyedArticle {
  slug: string;
  data: unknown;
  category: unknown;
  authors: unknown;
  lang: string;
  dir: string;
  status: string;
  comments: unknown;
}

const articleParts = new WeakMap<object, string>();

/**
 * The JSON of what pages show about an article, computed once per article per build. Its
 * `data` holds the resolved image metadata, whose URL carries a hash of the image file, so
 * replacing a picture changes the key too. The body is not in it: only its own page shows that.
 */
export function articleKeyPart(article: KeyedArticle): string {
  let part = articleParts.get(article);
  if (part === undefined) {
    const { slug, data, category, authors, lang, dir, status, comments } = article;
    part = JSON.stringify([slug, data, category, authors, lang, dir, status, comments]);
    articleParts.set(article, part);
  }
  return part;
}

/** One path of a paginated list, as Astro's `paginate()` returns it. */
export interface PaginatedPath<T extends KeyedArticle> {
  params: object;
  props: { page: { data: T[] } };
}

/**
 * Adds a `cacheKey` to every page of a paginated article list: the list's own props (its
 * section, author or tag), the page's position and links, its article cards and `site`
 * (what every page's frame shows, such as the section navigation).
 */
export function withListKeys<P extends PaginatedPath<KeyedArticle>>(paths: P[], site: unknown): Array<P & { cacheKey: string }> {
  return paths.map((path) => {
    const { page, ...listProps } = path.props;
    const { data, ...position } = page;
    return { ...path, cacheKey: cacheKey(path.params, listProps, position, data.map(articleKeyPart), site) };
  });
}
