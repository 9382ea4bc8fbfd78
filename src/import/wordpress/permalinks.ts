/**
 * Every address a WordPress post answered at, as `aliases` of the imported article: the
 * permalink in the export, the plain `/?p=123` form, the dated forms, the same path under
 * each of the post's categories when the structure has `%category%`, old slugs WordPress
 * remembered (`_wp_old_slug`), and the attachment pages of its images. Each becomes a 301.
 */

/** First path segments the site itself uses: an alias there could shadow or hide a page. */
const SITE_ROUTES = new Set(['articles', 'category', 'tag', 'author', 'latest', 'search', 'admin', '_astro', 'pagefind', 'rss.xml', 'atom.xml', 'feed.json', 'robots.txt', '404.html']);

/** Characters a path segment may hold as they are (src/schemas/common.ts SitePath). */
const PLAIN = /[A-Za-z0-9._~-]/;

/** Percent-encodes a decoded path segment the way browsers send it (upper-case hex). */
function encodeSegment(segment: string): string {
  return [...segment].map((ch) => (PLAIN.test(ch) ? ch : [...new TextEncoder().encode(ch)].map((b) => `%${b.toString(16).toUpperCase().padStart(2, '0')}`).join(''))).join('');
}

/** A path with each segment re-encoded uniformly (`%d8%a7` and `ا` both become `%D8%A7`). */
function normalisePath(pathname: string): string {
  return pathname
    .split('/')
    .map((s) => {
      try {
        return encodeSegment(decodeURIComponent(s));
      } catch {
        return encodeSegment(s);
      }
    })
    .join('/');
}

/**
 * The site path of an old URL (`https://old.example/2024/05/x/` → `/2024/05/x/`); a plain
 * permalink keeps its one query parameter. Undefined for another host or an unusable URL.
 */
export function oldSitePath(url: string, siteUrl: string): string | undefined {
  let u: URL;
  let site: URL;
  try {
    site = new URL(siteUrl || 'https://wordpress.invalid/');
    u = new URL(url, site);
  } catch {
    return undefined;
  }
  if (u.hostname.replace(/^www\./, '') !== site.hostname.replace(/^www\./, '')) return undefined;
  const path = normalisePath(u.pathname);
  for (const key of ['p', 'page_id', 'attachment_id']) {
    const v = u.searchParams.get(key);
    if (v && /^\d+$/.test(v)) return `${path}?${key}=${v}`;
  }
  return path;
}

/** What {@link postAliases} needs about one post. */
export interface PermalinkInput {
  id: string;
  /** Decoded `post_name`. */
  slug: string;
  link: string;
  guid: string;
  /** Local publication time, `YYYY-MM-DDThh:mm…` (only the date is used). */
  published: string;
  /** Decoded slugs of the post's categories. */
  categorySlugs: readonly string[];
  /** Earlier slugs (`_wp_old_slug`), decoded. */
  oldSlugs: readonly string[];
  /** The post's image attachments: their ids and attachment-page links. */
  attachments: ReadonlyArray<{ id: string; link: string }>;
}

/** Result: the aliases to write and the ones left out (with why). */
export interface AliasResult {
  aliases: string[];
  dropped: Array<{ alias: string; why: string }>;
}

/** The old addresses of a post, deduplicated, in a stable order. */
export function postAliases(post: PermalinkInput, siteUrl: string, newPath: string): AliasResult {
  const candidates: string[] = [];
  const add = (p: string | undefined) => p && candidates.push(p);
  const link = oldSitePath(post.link, siteUrl);
  add(link);
  add(`/?p=${post.id}`);
  add(oldSitePath(post.guid, siteUrl));
  const slug = encodeSegment(post.slug);
  const [y, m, d] = post.published.slice(0, 10).split('-');
  if (slug && y && m && d) {
    add(`/${y}/${m}/${d}/${slug}/`);
    add(`/${y}/${m}/${slug}/`);
  }
  if (link && slug && !link.includes('?')) {
    const segments = link.split('/');
    const slugAt = segments.findIndex((s) => s.toLowerCase() === slug.toLowerCase());
    // Old slugs: the same structure with the earlier name.
    if (slugAt >= 0) for (const old of post.oldSlugs) add(segments.map((s, i) => (i === slugAt ? encodeSegment(old) : s)).join('/'));
    // %category% structures answer under any of the post's categories.
    const cats = post.categorySlugs.map(encodeSegment);
    const catAt = segments.findIndex((s, i) => i < slugAt && cats.some((c) => c.toLowerCase() === s.toLowerCase()));
    if (catAt >= 0) for (const c of cats) add(segments.map((s, i) => (i === catAt ? c : s)).join('/'));
  }
  for (const a of post.attachments) {
    add(oldSitePath(a.link, siteUrl));
    add(`/?attachment_id=${a.id}`);
  }
  const seen = new Set<string>();
  const aliases: string[] = [];
  const dropped: AliasResult['dropped'] = [];
  for (const alias of candidates) {
    const key = alias.toLowerCase().replace(/\/+(\?|$)/, '$1');
    if (seen.has(key)) continue;
    seen.add(key);
    // The front page itself and the article's own new address are not old addresses.
    if (alias === '/' || key === newPath.toLowerCase().replace(/\/+$/, '')) continue;
    const first = alias.split(/[/?]/)[1] ?? '';
    if (SITE_ROUTES.has(first.toLowerCase())) dropped.push({ alias, why: `/${first}/ is one of the site's own sections` });
    else if (alias.length > 300) dropped.push({ alias, why: 'longer than 300 characters' });
    else aliases.push(alias);
  }
  return { aliases, dropped };
}
