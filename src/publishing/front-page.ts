/**
 * The front page's running order. In: published articles (newest first), the sections, and the
 * editors' choice from content/front-page.yaml. Out: the lead, the ring of top stories and one
 * block per section. Called by src/pages/index.astro; pure, so tests/unit/publishing/front-page.test.ts
 * covers every rule.
 */

/** What the front page needs of an article: its slug, when it was published, its image, and its section. */
interface Story {
  slug: string;
  data: { published: Date; image?: unknown };
  category: { id: string };
}

/** The editors' picks: slugs already checked to be published articles by the content validator. */
export interface FrontPageChoice {
  lead?: string | undefined;
  top?: readonly string[];
}

/** Slot counts. */
export interface FrontPageOptions {
  /** Top stories under the lead, picked ones first, then the newest. Default: 10. */
  topCount?: number;
  /** Stories per section block, the first with a picture where the section has one. Default: 5. */
  perSection?: number;
}

/** A section's block: its lead (with a picture when any of its stories has one) and the rest. */
export interface SectionBlock<A, C> {
  category: C;
  lead: A;
  more: A[];
}

/**
 * Arranges the front page. The lead is the editors' pick, else the newest of the three newest
 * stories that has an image, else the newest. The top stories are the editors' picks in their
 * order, then the newest stories not yet shown. Every section with a story gets a block of its
 * newest stories, whether or not they appear above (front pages repeat their big stories).
 */
export function frontPage<A extends Story, C extends { id: string }>(
  articles: readonly A[],
  categories: readonly C[],
  choice: FrontPageChoice = {},
  { topCount = 10, perSection = 5 }: FrontPageOptions = {},
): { lead: A | undefined; top: A[]; sections: Array<SectionBlock<A, C>> } {
  const bySlug = new Map(articles.map((a) => [a.slug, a]));
  const pinnedLead = choice.lead ? bySlug.get(choice.lead) : undefined;
  const lead = pinnedLead ?? articles.slice(0, 3).find((a) => a.data.image) ?? articles[0];
  const top: A[] = [];
  const taken = new Set<A>(lead ? [lead] : []);
  const take = (a: A | undefined) => {
    if (!a || taken.has(a) || top.length >= topCount) return;
    taken.add(a);
    top.push(a);
  };
  for (const slug of choice.top ?? []) take(bySlug.get(slug));
  for (const a of articles) take(a);
  const sections = categories.flatMap((category) => {
    const own = articles.filter((a) => a.category.id === category.id).slice(0, perSection);
    if (own.length === 0) return [];
    // The block opens on a picture: the newest of its stories that has one moves to the front.
    const pictured = own.find((a) => a.data.image) ?? own[0]!;
    return [{ category, lead: pictured, more: own.filter((a) => a !== pictured) }];
  });
  return { lead, top, sections };
}
