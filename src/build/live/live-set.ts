/**
 * The live build's content: which stories the live pages can show, and until when the archive
 * cannot change by the clock alone. In: the article index a full deploy build records (one row
 * per article: slug, file, publication time, section, picture, draft), the editors' picks (from
 * content/front-page.yaml as it is now: the front page is a live input, like the briefs) and the
 * clock. Out: the stories a live build reads (`liveArticles`) and the end of the window in which
 * a live build may run (`liveWindowEnd`). Used by the loader (src/content/loader.ts), which
 * writes the index, and by src/build/live/live-build.ts, which plans the live build from it.
 *
 * The live pages are the front page, the briefs pages, the column, the banner, the feeds and the
 * news sitemap. What they show of the archive: the editors' picks, the newest stories overall
 * (lead, ring, feeds), the newest of each section (section blocks) and the last two days' stories
 * (news sitemap). `liveArticles` returns a superset of those, so the live pages render exactly as
 * in a full build; src/build/live/live-build.ts also compares the feeds it renders with the live site's.
 */
import { readFileSync } from 'node:fs';
import type { ContentModel } from '../../content/validate/validate.ts';
import { FEED_ITEM_COUNT } from '../../feeds/feeds.ts';
import { NEWS_WINDOW_MS } from '../../feeds/sitemaps.ts';

/** The variable that puts `astro build` in live mode: the path of the plan (a `LivePlan` as JSON). */
export const LIVE_PLAN_VARIABLE = 'NEWSROOM_LIVE_PLAN';

/** True in the live build, where the archive's routes (articles, sections, tags, authors, pages) render nothing. */
export function isLiveBuild(env: Record<string, string | undefined> = process.env): boolean {
  return Boolean(env[LIVE_PLAN_VARIABLE]);
}

/** One article of the index: what choosing and validating needs, without reading its file. */
export interface IndexedArticle {
  slug: string;
  /** Its file, relative to the project. */
  file: string;
  /** Publication time, ms since 1970. */
  published: number;
  category: string;
  /** Whether it has a lead image (the front page's lead and section blocks prefer one). */
  image: boolean;
  draft: boolean;
}

/** Where a full deploy build's loader leaves its `LiveIndex`, in Astro's cache folder. */
export const LIVE_INDEX_FILE = 'newsroom-live-index.json';

/** What a full deploy build knows that a live build is planned from. */
export interface LiveIndex {
  /** The full build's clock, ms since 1970. */
  builtAt: number;
  /** Until when (ms, exclusive) the archive cannot change by the clock alone (`liveWindowEnd`). */
  until: number;
  /** Every valid article, drafts and scheduled ones included. */
  articles: IndexedArticle[];
  /** Each article's comments file, by slug. */
  comments: Record<string, string>;
}

/** The live index of a validated content model at `now`. */
export function liveIndexOf(model: Pick<ContentModel, 'articles' | 'comments'>, now: Date): LiveIndex {
  const articles = model.articles.map(
    (a): IndexedArticle => ({ slug: a.slug, file: a.file, published: a.data.published.getTime(), category: a.data.category, image: Boolean(a.data.image), draft: a.data.draft }),
  );
  const comments = Object.fromEntries(model.comments.map((c) => [c.article, c.file]));
  const until = liveWindowEnd(now.getTime(), { articles, comments: model.comments.map((c) => c.data.time.getTime()) });
  return { builtAt: now.getTime(), until, articles, comments };
}

/** What the live build's loader is told: the files to read, and the articles it does not read (for cross-checks). */
export interface LivePlan {
  /** Article files to read, relative to the project. */
  articles: string[];
  /** Their comment files that exist, relative to the project. */
  comments: string[];
  /** Every other article: slug → published at the build's clock (briefs may link to them). */
  unread: Record<string, boolean>;
  /**
   * The pages sitemap's addresses that the live build does not render (all but `/latest/…`),
   * from the live site's sitemap: @astrojs/sitemap lists them beside the live pages, so the
   * sitemap comes out as a full build writes it, a new day's page included.
   */
  sitemapPages: string[];
}

/** In the live build, the plan's `sitemapPages`; elsewhere none. Read by astro.config.mjs. */
export function liveSitemapPages(env: Record<string, string | undefined> = process.env): string[] {
  const plan = env[LIVE_PLAN_VARIABLE];
  return plan ? (JSON.parse(readFileSync(plan, 'utf8')) as LivePlan).sitemapPages : [];
}

/** How many of the newest stories the live pages can show: feeds, the lead (among three) and the ring of ten. */
export const NEWEST_SHOWN = Math.max(FEED_ITEM_COUNT, 3 + 10);
/** Stories per section block on the front page (src/publishing/front-page.ts). */
export const PER_SECTION = 5;

/**
 * The slugs of the stories the live pages can show at `now`: the picks, the newest
 * `NEWEST_SHOWN + picks` published stories, the newest `PER_SECTION` of each section, and every
 * story published in the news sitemap's window. Published means the publish rule (src/publishing/publish.ts).
 */
export function liveArticles(index: readonly IndexedArticle[], picks: readonly string[], now: number): Set<string> {
  const published = index.filter((a) => !a.draft && a.published <= now).sort((a, b) => b.published - a.published || (a.slug < b.slug ? -1 : 1));
  const chosen = new Set(picks.filter((slug) => published.some((a) => a.slug === slug)));
  // Picks taken into the ring push as many newer stories out of it: count them twice.
  for (const a of published.slice(0, NEWEST_SHOWN + picks.length)) chosen.add(a.slug);
  const perSection = new Map<string, number>();
  for (const a of published) {
    const n = perSection.get(a.category) ?? 0;
    if (n < PER_SECTION) chosen.add(a.slug);
    perSection.set(a.category, n + 1);
    if (a.published > now - NEWS_WINDOW_MS) chosen.add(a.slug);
  }
  return chosen;
}

/**
 * The first moment after `now` at which the archive's pages change by the clock alone: a
 * scheduled story coming due, a reader comment's time coming, or a new year (every page's
 * footer). Until then, a build whose only changed input is the briefs may be a live build.
 * Undefined: nothing is due (still bounded by the new year).
 */
export function liveWindowEnd(now: number, due: { articles: readonly IndexedArticle[]; comments: readonly number[] }): number {
  const year = new Date(now).getUTCFullYear();
  let end = Date.UTC(year + 1, 0, 1);
  for (const a of due.articles) if (!a.draft && a.published > now && a.published < end) end = a.published;
  for (const t of due.comments) if (t > now && t < end) end = t;
  return end;
}
