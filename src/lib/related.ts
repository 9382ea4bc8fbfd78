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
 * Builds a lookup of related articles (articles are matched by slug, which is unique): those in the same category or sharing a tag (tags
 * compared by their URL slug, as their pages are), newest first, at most `count`.
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
    const self = rank.get(article.slug);
    const keys = new Set([`c:${article.category.id}`, ...article.data.tags.map((t) => `t:${tagSlug(t)}`)]);
    const heads = [...keys].map((k) => ({ list: lists.get(k) ?? [], at: 0 }));
    const out: A[] = [];
    let last = -1;
    // A k-way merge of the newest-first lists, skipping the article itself and repeats.
    while (out.length < count) {
      let best: (typeof heads)[number] | undefined;
      for (const h of heads) {
        while (h.at < h.list.length && (h.list[h.at]! <= last || h.list[h.at] === self)) h.at++;
        if (h.at < h.list.length && (!best || h.list[h.at]! < best.list[best.at]!)) best = h;
      }
      if (!best) break;
      last = best.list[best.at]!;
      out.push(sorted[last]!);
    }
    return out;
  };
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
