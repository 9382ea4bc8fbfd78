// The publishing subsystem's entry (src/publishing/): what is public, when, and where.
// In: validated content (src/content/collections.ts) and the build's clock (`buildTime`).
// Out: a yes or no for each article, brief, banner and comment. The folder builds on it:
//   briefs.ts (the latest-news column), front-page.ts (the running order), related.ts,
//   list-pages.ts (archive pages numbered from the oldest), paths.ts (every public address),
//   corrections.ts, comments.ts, comment-submission.ts, share.ts.
// Called by: every page, feed and sitemap, the search index, and the content loader (a build
//   stores only what it publishes).
/**
 * The one publish rule: an article is public when it is not a draft and its publication
 * time has come. Every page, list, count, feed, sitemap and index goes through this.
 */
export function isPublished(article: { draft: boolean; published: Date }, now: Date): boolean {
  return !article.draft && article.published.getTime() <= now.getTime();
}

/** Briefs follow the same clock: one timed for later waits until the build after its time. */
export function isBriefLive(brief: { time: Date }, now: Date): boolean {
  return brief.time.getTime() <= now.getTime();
}

/** A breaking-news banner is published until its expiry: the first build after it drops the banner. */
export function isBannerLive(banner: { expires: Date }, now: Date): boolean {
  return banner.expires.getTime() > now.getTime();
}

/**
 * A reader comment appears, and counts, only under a published article and once its own time
 * has come: drafts and scheduled articles show no comments and no count anywhere.
 */
export function isCommentLive(comment: { time: Date }, article: { draft: boolean; published: Date }, now: Date): boolean {
  return isPublished(article, now) && comment.time.getTime() <= now.getTime();
}

/**
 * The build's clock. `SOURCE_DATE_EPOCH` (seconds) fixes it so builds and tests are
 * reproducible; astro.config.mjs sets it once per build so every module agrees.
 */
export function buildTime(env: Record<string, string | undefined> = process.env): Date {
  const epoch = env['SOURCE_DATE_EPOCH'];
  if (epoch === undefined || epoch === '') return new Date();
  if (!/^\d+$/.test(epoch)) throw new Error(`[build] SOURCE_DATE_EPOCH must be whole seconds since 1970, found "${epoch}"`);
  return new Date(Number(epoch) * 1000);
}
