import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { FEED_ITEM_COUNT } from '../../../../src/feeds/feeds.ts';
import { frontPage } from '../../../../src/publishing/front-page.ts';
import { isLiveBuild, liveArticles, liveIndexOf, liveSitemapPages, liveWindowEnd, type IndexedArticle } from '../../../../src/build/live/live-set.ts';
import { recentForNews } from '../../../../src/feeds/sitemaps.ts';

const HOUR = 3_600_000;
const NOW = Date.UTC(2026, 11, 6, 12);

/** A deterministic archive: `n` stories an hour or so apart, in five sections, some with a picture, a few drafts and scheduled ones. */
function archive(n: number, seed = 7): IndexedArticle[] {
  let state = seed;
  const next = () => (state = (state * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
  return Array.from({ length: n }, (_, i) => ({
    slug: `story-${i}`,
    file: `content/articles/story-${i}.md`,
    // Mostly in the past, the newest few scheduled for later.
    published: NOW - (i - 3) * HOUR * (0.5 + next()),
    // One section publishes rarely, so its newest five reach far back.
    category: next() < 0.02 ? 'rare' : ['news', 'sport', 'economy', 'culture'][Math.floor(next() * 4)]!,
    image: next() < 0.3,
    draft: next() < 0.05,
  }));
}

/** What the live pages show, computed the way the pages do, from a list of stories. */
function shown(stories: readonly IndexedArticle[], picks: { lead?: string; top?: string[] }) {
  const published = stories
    .filter((a) => !a.draft && a.published <= NOW)
    .sort((a, b) => b.published - a.published || a.slug.localeCompare(b.slug))
    .map((a) => ({ slug: a.slug, data: { published: new Date(a.published), ...(a.image ? { image: {} } : {}) }, category: { id: a.category }, url: `/articles/${a.slug}/`, lang: 'en' }));
  const front = frontPage(published, ['news', 'sport', 'economy', 'culture', 'rare'].map((id) => ({ id })), picks);
  const news = recentForNews(
    published.map((a) => ({ ...a, data: { ...a.data, title: a.slug } })),
    new Date(NOW),
  );
  return {
    lead: front.lead?.slug,
    top: front.top.map((a) => a.slug),
    sections: front.sections.map((s) => [s.category.id, s.lead.slug, ...s.more.map((a) => a.slug)]),
    feed: published.slice(0, FEED_ITEM_COUNT).map((a) => a.slug),
    news: news.map((a) => a.slug),
  };
}

describe('liveArticles', () => {
  it('keeps every story the front page, the feeds and the news sitemap show, for any picks', () => {
    const all = archive(3000);
    for (const picks of [{}, { lead: 'story-2900' }, { lead: 'story-40', top: ['story-2999', 'story-10', 'story-1500'] }]) {
      const slugs = liveArticles(all, [...(picks.lead ? [picks.lead] : []), ...(picks.top ?? [])], NOW);
      const subset = all.filter((a) => slugs.has(a.slug));
      expect(shown(subset, picks)).toEqual(shown(all, picks));
      // A small part of the archive: that is the point.
      expect(subset.length).toBeLessThan(200);
    }
  });

  it('leaves out drafts and stories not yet due, even when the editors picked them', () => {
    const all = archive(200);
    const scheduled = all.find((a) => a.published > NOW)!;
    const draft = all.find((a) => a.draft)!;
    const slugs = liveArticles(all, [scheduled.slug, draft.slug], NOW);
    expect(slugs.has(scheduled.slug)).toBe(false);
    expect(slugs.has(draft.slug)).toBe(false);
  });
});

describe('liveWindowEnd', () => {
  const story = (published: number, draft = false): IndexedArticle => ({ slug: 's', file: 'f', published, category: 'news', image: false, draft });

  it('ends when the first scheduled story or comment comes due, drafts aside', () => {
    expect(liveWindowEnd(NOW, { articles: [story(NOW + 5 * HOUR), story(NOW + 2 * HOUR, true), story(NOW - HOUR)], comments: [] })).toBe(NOW + 5 * HOUR);
    expect(liveWindowEnd(NOW, { articles: [story(NOW + 5 * HOUR)], comments: [NOW - HOUR, NOW + 3 * HOUR] })).toBe(NOW + 3 * HOUR);
  });

  it('ends at the new year (every page footer shows the year) when nothing else is due', () => {
    expect(liveWindowEnd(NOW, { articles: [story(NOW - HOUR)], comments: [] })).toBe(Date.UTC(2027, 0, 1));
  });
});

describe('liveIndexOf', () => {
  it('indexes every story with its file, time, section, picture and draft flag, and the comment files', () => {
    const published = new Date(NOW - HOUR);
    const index = liveIndexOf(
      {
        articles: [
          { slug: 'a', file: 'content/articles/a.md', raw: {}, body: '', data: { published, category: 'news', image: { src: 'x.jpg' }, draft: false } as never },
          { slug: 'b', file: 'content/articles/b.md', raw: {}, body: '', data: { published: new Date(NOW + HOUR), category: 'sport', draft: false } as never },
        ],
        comments: [{ id: 'a/c1', article: 'a', file: 'content/comments/a.yaml', index: 0, data: { time: new Date(NOW + 2 * HOUR) } as never }],
      },
      new Date(NOW),
    );
    expect(index).toEqual({
      builtAt: NOW,
      until: NOW + HOUR,
      articles: [
        { slug: 'a', file: 'content/articles/a.md', published: NOW - HOUR, category: 'news', image: true, draft: false },
        { slug: 'b', file: 'content/articles/b.md', published: NOW + HOUR, category: 'sport', image: false, draft: false },
      ],
      comments: { a: 'content/comments/a.yaml' },
    });
  });
});

describe('isLiveBuild and liveSitemapPages', () => {
  it('is a live build only when the plan variable names a plan, whose sitemap addresses the config then reads', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'live-plan-'));
    const plan = path.join(dir, 'plan.json');
    await writeFile(plan, JSON.stringify({ articles: [], comments: [], unread: {}, sitemapPages: ['https://news.example/about/'] }));
    expect(isLiveBuild({ NEWSROOM_LIVE_PLAN: plan })).toBe(true);
    expect(liveSitemapPages({ NEWSROOM_LIVE_PLAN: plan })).toEqual(['https://news.example/about/']);
    expect(isLiveBuild({ NEWSROOM_LIVE_PLAN: '' })).toBe(false);
    expect(isLiveBuild({})).toBe(false);
    expect(liveSitemapPages({})).toEqual([]);
    await rm(dir, { recursive: true });
  });
});
