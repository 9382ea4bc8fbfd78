import { isoInZone } from '../i18n/dates.ts';
import { escapeXml } from './xml.ts';

/** Google News lists only articles published in the last two days. */
export const NEWS_WINDOW_MS = 2 * 24 * 60 * 60 * 1000;

/** Google News reads at most 1,000 URLs per news sitemap. */
export const NEWS_MAX_URLS = 1000;

/** The sitemap protocol's limit for one file. */
export const SITEMAP_MAX_URLS = 50_000;

/** The article fields sitemaps use; `Article` from src/content/collections.ts fits. */
export interface ArticleForSitemap {
  url: string;
  lang: string;
  data: { title: string; published: Date; updated?: Date | undefined };
}

const URLSET = 'http://www.sitemaps.org/schemas/sitemap/0.9';
const NEWS = 'http://www.google.com/schemas/sitemap-news/0.9';

/** Every published article with its last change as `lastmod` (newest first; at most 50,000). */
export function articlesSitemap(articles: readonly ArticleForSitemap[], opts: { site: string; timeZone: string }): string {
  const urls = articles.slice(0, SITEMAP_MAX_URLS).map((a) => {
    const loc = new URL(a.url, `${opts.site}/`).href;
    const lastmod = isoInZone(a.data.updated ?? a.data.published, opts.timeZone);
    return `<url><loc>${escapeXml(loc)}</loc><lastmod>${lastmod}</lastmod></url>`;
  });
  return `<?xml version="1.0" encoding="UTF-8"?><urlset xmlns="${URLSET}">${urls.join('')}</urlset>`;
}

/** The articles a Google News sitemap may list at `now`: published in the last two days, newest first, at most 1,000. */
export function recentForNews<T extends ArticleForSitemap>(articles: readonly T[], now: Date): T[] {
  const since = now.getTime() - NEWS_WINDOW_MS;
  return articles
    .filter((a) => a.data.published.getTime() > since && a.data.published.getTime() <= now.getTime())
    .sort((a, b) => b.data.published.getTime() - a.data.published.getTime())
    .slice(0, NEWS_MAX_URLS);
}

/**
 * Google News wants an ISO 639 code (`en`, `ar`), with `zh-cn` and `zh-tw` the only
 * region-qualified exceptions; a BCP 47 tag such as `ar-MA` becomes `ar`.
 */
export function newsLanguage(lang: string): string {
  const tag = lang.toLowerCase();
  if (tag.startsWith('zh')) return /^zh-(tw|hk|mo|hant)/.test(tag) ? 'zh-tw' : 'zh-cn';
  return tag.split('-')[0] ?? tag;
}

/** A Google News sitemap of the articles recent at `now`, with publication name and language, date and title. */
export function newsSitemap(articles: readonly ArticleForSitemap[], opts: { site: string; timeZone: string; publication: string; now: Date }): string {
  const urls = recentForNews(articles, opts.now).map((a) => {
    const loc = new URL(a.url, `${opts.site}/`).href;
    return (
      `<url><loc>${escapeXml(loc)}</loc><news:news>` +
      `<news:publication><news:name>${escapeXml(opts.publication)}</news:name><news:language>${escapeXml(newsLanguage(a.lang))}</news:language></news:publication>` +
      `<news:publication_date>${isoInZone(a.data.published, opts.timeZone)}</news:publication_date>` +
      `<news:title>${escapeXml(a.data.title)}</news:title>` +
      '</news:news></url>'
    );
  });
  return `<?xml version="1.0" encoding="UTF-8"?><urlset xmlns="${URLSET}" xmlns:news="${NEWS}">${urls.join('')}</urlset>`;
}

/** robots.txt: everything may be crawled; the sitemaps are named with absolute URLs. */
export function robotsTxt(sitemaps: readonly string[]): string {
  return ['User-agent: *', 'Allow: /', '', ...sitemaps.map((s) => `Sitemap: ${s}`), ''].join('\n');
}

/**
 * Which built pages @astrojs/sitemap lists: HTML pages only (no feeds or other files), without
 * articles (they have their own sitemap with lastmod), without the search page (its results are not content)
 * and without the framed column and banner strip (parts of other pages).
 */
export function inPagesSitemap(url: string): boolean {
  const { pathname } = new URL(url);
  return !pathname.startsWith('/articles/') && pathname !== '/search/' && pathname !== '/latest/column/' && pathname !== '/banner/' && !/\.[a-z0-9]+$/i.test(pathname);
}
