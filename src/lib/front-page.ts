/** What the front page needs of an article: when it was published, and its section. */
interface Story {
  data: { published: Date; image?: unknown };
  category: { id: string };
}

/**
 * Arranges the front page from published articles (newest first): the lead is the newest
 * story with an image (else the newest), then the latest six, then up to four per section
 * that did not already appear above.
 */
export function frontPage<A extends Story, C extends { id: string }>(
  articles: readonly A[],
  categories: readonly C[],
  { latestCount = 6, perSection = 4 } = {},
): { lead: A | undefined; latest: A[]; sections: Array<{ category: C; articles: A[] }> } {
  const lead = articles.slice(0, 3).find((a) => a.data.image) ?? articles[0];
  const latest = articles.filter((a) => a !== lead).slice(0, latestCount);
  const shown = new Set<A>([...(lead ? [lead] : []), ...latest]);
  const sections = categories
    .map((category) => ({
      category,
      articles: articles.filter((a) => a.category.id === category.id && !shown.has(a)).slice(0, perSection),
    }))
    .filter((s) => s.articles.length > 0);
  return { lead, latest, sections };
}
