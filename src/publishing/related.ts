import { tagSlug } from './paths.ts';

/** What related-article and previous/next lookups need of an article. */
export interface RelatedStory {
  slug: string;
  data: { published: Date; tags: readonly string[] };
  category: { id: string };
}

/** Newest first; ties broken by slug so the order never depends on file order. */
function byNewest(a: RelatedStory, b: RelatedStory): number {
  return b.data.published.getTime() - a.data.published.getTime() || a.slug.localeCompare(b.slug);
}

/**
 * Builds a lookup of related articles (articles are matched by slug, which is unique): those in
 * the same category or sharing a tag (tags compared by their URL slug, as their pages are), at
 * most `count`, shown newest first. They are the latest ones published *before* the article
 * (earlier coverage); only an article with fewer than `count` of those gets the nearest later
 * ones too. So publishing a story leaves the related lists of the archive as they were, and the
 * incremental build does not re-render every page that shares a section or tag with it.
 * The index is built once, so a lookup costs about `count` × (tags + 1) steps however large
 * the archive is.
 */
export function relatedFinder<A extends RelatedStory>(articles: readonly A[], { count = 4 } = {}): (article: A) => A[] {
  const sorted = [...articles].sort(byNewest);
  const rank = new Map(sorted.map((a, i) => [a.slug, i]));
  // Each list holds ranks in ascending order, i.e. newest first.
  const lists = new Map<string, number[]>();
  const add = (key: string, i: number) => {
    const list = lists.get(key);
    if (!list) lists.set(key, [i]);
    else if (list.at(-1) !== i) list.push(i);
  };
  sorted.forEach((a, i) => {
    add(`c:${a.category.id}`, i);
    for (const tag of a.data.tags) {
      const slug = tagSlug(tag);
      if (slug) add(`t:${slug}`, i);
    }
  });
  return (article) => {
    // An article outside the list (none in a build) counts as the newest.
    const self = rank.get(article.slug) ?? -1;
    const keys = new Set([`c:${article.category.id}`, ...article.data.tags.map((t) => `t:${tagSlug(t)}`)]);
    const found = new Set<number>();
    const heads = (at: (list: number[]) => number) => [...keys].map((k) => lists.get(k) ?? []).map((list) => ({ list, at: at(list) }));
    // Older ones first: a merge of the lists from just after the article, ascending rank.
    takeMerged(heads((list) => firstAfter(list, self)), +1, found, count);
    // Then, only if that was not enough, the nearest newer ones: the same lists read backwards.
    takeMerged(heads((list) => firstAfter(list, self - 1) - 1), -1, found, count);
    return [...found].sort((x, y) => x - y).map((i) => sorted[i]!);
  };
}

/**
 * A k-way merge of sorted rank lists, each read from its `at` in direction `step` (+1: ascending,
 * -1: descending), adding ranks not yet `found` in merged order until `found` holds `count`.
 */
function takeMerged(heads: Array<{ list: readonly number[]; at: number }>, step: 1 | -1, found: Set<number>, count: number): void {
  const live = (h: { list: readonly number[]; at: number }) => h.at >= 0 && h.at < h.list.length;
  while (found.size < count) {
    let best: (typeof heads)[number] | undefined;
    for (const h of heads) {
      while (live(h) && found.has(h.list[h.at]!)) h.at += step;
      if (live(h) && (!best || (h.list[h.at]! - best.list[best.at]!) * step < 0)) best = h;
    }
    if (!best) break;
    found.add(best.list[best.at]!);
  }
}

/** The index of the first entry greater than `value` in an ascending list (binary search). */
function firstAfter(list: readonly number[], value: number): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (list[mid]! <= value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * Builds a lookup of an article's neighbours in publication order: `previous` is the next
 * older article, `next` the next newer one (either missing at the ends).
 */
export function neighboursFinder<A extends RelatedStory>(articles: readonly A[]): (article: A) => { previous: A | undefined; next: A | undefined } {
  const sorted = [...articles].sort(byNewest);
  const rank = new Map(sorted.map((a, i) => [a.slug, i]));
  return (article) => {
    const i = rank.get(article.slug);
    if (i === undefined) return { previous: undefined, next: undefined };
    return { previous: sorted[i + 1], next: i > 0 ? sorted[i - 1] : undefined };
  };
}
