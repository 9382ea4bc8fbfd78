import { getCollection, type CollectionEntry } from 'astro:content';
import { SITE } from '../site.config.ts';
import { briefHref, sortBriefs, type BriefLike } from '../publishing/briefs.ts';
import { textDirection } from '../i18n/lang.ts';
import { articlePath, authorPath, categoryPath, staticPagePath, tagSlug } from '../publishing/paths.ts';
import type { CommentLike } from '../publishing/comments.ts';
import { buildTime, isBannerLive, isBriefLive, isCommentLive, isPublished } from '../publishing/publish.ts';
import { neighboursFinder, relatedFinder } from '../publishing/related.ts';

/** A section, with its URL. */
export interface Category {
  id: string;
  name: string;
  description?: string | undefined;
  url: string;
  /** The name in other languages, by lowercase BCP 47 tag (content/categories.yaml `translations`). */
  names: Readonly<Record<string, string>>;
}

/** An author, with their page's URL. */
export interface Author {
  id: string;
  name: string;
  bio?: string | undefined;
  avatar?: CollectionEntry<'authors'>['data']['avatar'];
  links: Array<{ label: string; url: string }>;
  url: string;
}

/** Publication state; only `published` ever reaches a production build. */
export type ArticleStatus = 'published' | 'draft' | 'scheduled';

/** An article joined with its category and authors: what every page and feed works from. */
export interface Article {
  slug: string;
  url: string;
  entry: CollectionEntry<'articles'>;
  data: CollectionEntry<'articles'>['data'];
  category: Category;
  authors: Author[];
  lang: string;
  dir: 'ltr' | 'rtl';
  status: ArticleStatus;
  /** Live reader comments in posting order; always empty for drafts and scheduled articles. */
  comments: Comment[];
}

/** A moderated reader comment (see content/comments/). */
export type Comment = CommentLike;

/** A brief that is live at build time. */
export interface Brief extends BriefLike {
  file: string;
}

/** A static page (About, Contact, policies) from content/pages/<slug>.md. */
export interface StaticPage {
  slug: string;
  url: string;
  title: string;
  summary: string;
  order: number;
  entry: CollectionEntry<'pages'>;
}

/** A live breaking-news banner: its line, where it leads, and when it comes down. */
export interface Banner {
  text: string;
  href: string | undefined;
  expires: Date;
}

/** The editors' front-page choices from content/front-page.yaml; everything optional. */
export interface EditorsChoice {
  lead: string | undefined;
  top: string[];
  /** Only while live at build time: the next build after its expiry drops it. */
  banner: Banner | undefined;
}

/** Drafts and scheduled articles show up only on the dev server, with a banner (see integrations/preview-mode). */
const showUnpublished = process.env['NEWSROOM_SHOW_UNPUBLISHED'] === '1';


let cache: Promise<{ articles: Article[]; categories: Category[]; authors: Author[]; briefs: Brief[]; pages: StaticPage[]; choice: EditorsChoice }> | undefined;

// The one place that calls getCollection: everything below is filtered through the
// publish rule and sorted once per build.
function load() {
  cache ??= (async () => {
    const now = buildTime();
    const [articleEntries, authorEntries, categoryEntries, briefEntries, commentEntries, frontEntries, pageEntries] = await Promise.all([
      getCollection('articles'),
      getCollection('authors'),
      getCollection('categories'),
      getCollection('briefs'),
      getCollection('comments'),
      getCollection('frontPage'),
      getCollection('pages'),
    ]);
    const categories: Category[] = categoryEntries
      .sort((a, b) => a.data.order - b.data.order)
      .map(({ data }) => ({
        id: data.id, name: data.name, description: data.description, url: categoryPath(data.id),
        names: Object.fromEntries(data.translations.map((t) => [t.lang.toLowerCase(), t.label])),
      }));
    const authors: Author[] = authorEntries
      .map(({ id, data }) => ({ id, name: data.name, bio: data.bio, avatar: data.avatar, links: data.links, url: authorPath(id) }))
      .sort((a, b) => a.name.localeCompare(b.name));
    const categoryById = new Map(categories.map((c) => [c.id, c]));
    const authorById = new Map(authors.map((a) => [a.id, a]));
    const articleData = new Map(articleEntries.map((e) => [e.id, e.data]));
    const commentsBySlug = new Map<string, Comment[]>();
    for (const { data } of commentEntries.sort((a, b) => a.data.order - b.data.order)) {
      const comment = { id: data.id, author: data.author, time: new Date(data.time), text: data.text, replyTo: data.replyTo };
      const article = articleData.get(data.article);
      if (!article || !isCommentLive(comment, article, now)) continue;
      commentsBySlug.set(data.article, [...(commentsBySlug.get(data.article) ?? []), comment]);
    }
    const articles = articleEntries
      .map((entry): Article => {
        const lang = entry.data.lang ?? SITE.lang;
        const status: ArticleStatus = isPublished(entry.data, now) ? 'published' : entry.data.draft ? 'draft' : 'scheduled';
        return {
          slug: entry.id,
          url: articlePath(entry.id),
          entry,
          data: entry.data,
          // The loader has already checked that these ids exist.
          category: categoryById.get(entry.data.category)!,
          authors: entry.data.authors.map((id) => authorById.get(id)!),
          lang,
          dir: textDirection(lang),
          status,
          comments: commentsBySlug.get(entry.id) ?? [],
        };
      })
      .filter((a) => showUnpublished || a.status === 'published')
      .sort(newestFirst);
    const briefs = sortBriefs(
      briefEntries
        .map(({ id, data }) => ({ id, time: new Date(data.time), text: data.text, category: data.category, link: data.link, file: data.file }))
        .filter((b) => isBriefLive(b, now)),
    );
    const pages: StaticPage[] = pageEntries
      .map((entry) => ({ slug: entry.id, url: staticPagePath(entry.id), title: entry.data.title, summary: entry.data.summary, order: entry.data.order, entry }))
      .sort((a, b) => a.order - b.order || a.slug.localeCompare(b.slug));
    const front = frontEntries[0]?.data;
    const banner = front?.banner && {
      text: front.banner.text,
      href: briefHref({ link: front.banner.link }),
      expires: new Date(front.banner.expires),
    };
    const choice: EditorsChoice = {
      lead: front?.lead,
      top: front?.top ?? [],
      banner: banner && isBannerLive(banner, now) ? banner : undefined,
    };
    return { articles, categories, authors, briefs, pages, choice };
  })();
  return cache;
}

function newestFirst(a: Article, b: Article): number {
  return b.data.published.getTime() - a.data.published.getTime() || a.slug.localeCompare(b.slug);
}

/** Published articles, newest first (on the dev server, drafts and scheduled ones too). */
export async function getArticles(): Promise<Article[]> {
  return (await load()).articles;
}

/** Published articles only, newest first, even on the dev server: what feeds and sitemaps carry. */
export async function getPublicArticles(): Promise<Article[]> {
  return (await getArticles()).filter((a) => a.status === 'published');
}

/** Sections in the order of content/categories.yaml. */
export async function getCategories(): Promise<Category[]> {
  return (await load()).categories;
}

/** Static pages in footer order. */
export async function getPages(): Promise<StaticPage[]> {
  return (await load()).pages;
}

/** The editors' lead, top stories and live banner (content/front-page.yaml). */
export async function getEditorsChoice(): Promise<EditorsChoice> {
  return (await load()).choice;
}

/**
 * What every page's frame shows (navigation, footer pages, copyright year): the `site` part of
 * every cached page's key, so adding a page or a section re-renders the pages that list it.
 */
export async function getFrameKeyPart(): Promise<unknown> {
  const { categories, pages } = await load();
  return { categories, pages: pages.map((p) => [p.slug, p.title, p.order]), year: buildTime().getUTCFullYear() };
}

/** Authors by name. */
export async function getAuthors(): Promise<Author[]> {
  return (await load()).authors;
}

/** Live briefs, newest first. */
export async function getBriefs(): Promise<Brief[]> {
  return (await load()).briefs;
}

/** The newest `SITE.tickerCount` briefs, for the "Latest news" column. */
export async function getTickerBriefs(): Promise<Brief[]> {
  return (await getBriefs()).slice(0, SITE.tickerCount);
}

/** Every tag in use, by slug, with its display name and its articles (newest first). */
export async function getTags(): Promise<Map<string, { name: string; articles: Article[] }>> {
  const tags = new Map<string, { name: string; articles: Article[] }>();
  for (const article of await getArticles()) {
    for (const tag of article.data.tags) {
      const slug = tagSlug(tag);
      if (!slug) continue;
      const entry = tags.get(slug) ?? { name: tag, articles: [] };
      if (!entry.articles.includes(article)) entry.articles.push(article);
      tags.set(slug, entry);
    }
  }
  return tags;
}

let finders: Promise<{ related: (a: Article) => Article[]; neighbours: (a: Article) => { previous: Article | undefined; next: Article | undefined } }> | undefined;

// Built once per build from the published list, so each article page's lookups are cheap.
function getFinders() {
  finders ??= getArticles().then((articles) => ({ related: relatedFinder(articles, { count: 4 }), neighbours: neighboursFinder(articles) }));
  return finders;
}

/** Up to four articles in the same category or sharing a tag, newest first. */
export async function getRelatedArticles(article: Article): Promise<Article[]> {
  return (await getFinders()).related(article);
}

/** The next older (`previous`) and next newer (`next`) published article. */
export async function getAdjacentArticles(article: Article): Promise<{ previous: Article | undefined; next: Article | undefined }> {
  return (await getFinders()).neighbours(article);
}
