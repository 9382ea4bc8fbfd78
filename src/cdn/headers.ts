/**
 * The `_headers` file that Cloudflare Pages and Netlify read: security headers on every
 * response, and a Cache-Control per kind of file. Cache rules never overlap (each file is
 * covered by exactly one), because the two hosts combine overlapping rules differently.
 */

/** How long a kind of file may be cached. */
export type CacheClass = 'immutable' | 'html' | 'asset';

/**
 * Cache-Control per class; hashed files forever, pages and feeds briefly and revalidated in the
 * background. Feeds share the pages' class: a brief must reach subscribers within a minute too,
 * and a folder holding a page and its feed (`/category/<id>/`) then stays one rule, so the rule
 * count does not grow with the number of sections and brief days (Cloudflare reads 100).
 */
export const CACHE_CONTROL: Readonly<Record<CacheClass, string>> = {
  immutable: 'public, max-age=31536000, immutable',
  html: 'public, max-age=60, stale-while-revalidate=600',
  asset: 'public, max-age=3600, stale-while-revalidate=86400',
};

/** Cloudflare Pages reads at most this many rules from `_headers`. */
export const MAX_HEADER_RULES = 100;

/** A file of a shard's bundle: `pagefind/shards/<shard>.<16 hex of its key>/…`. */
const SHARD_FILE = /^pagefind\/shards\/[^/]+\.[0-9a-f]{16}\//;

/**
 * The class of an output file (path relative to the output folder, with `/`). Content-hashed
 * names (Astro's `_astro/`, Pagefind's chunks) never change meaning, so they are immutable;
 * Pagefind's month shards live in folders named for their content (`pagefind/shards/<month>.<hash>/`),
 * so they are immutable too, as are the briefs' shard's hashed chunks; the list of shards
 * (`pagefind/manifest.json`), the briefs' entry file and scripts must track the pages, so they
 * are cached like pages.
 */
export function cacheClassOf(file: string): CacheClass {
  if (file.startsWith('_astro/')) return 'immutable';
  // One Pagefind bundle per month, in a folder named for its content (src/search/shards.ts):
  // all of it immutable, so the rule count does not grow with the months. The briefs' bundle
  // keeps its name: Pagefind's hashed chunks and metadata are immutable, its entry and scripts not.
  if (SHARD_FILE.test(file)) return 'immutable';
  if (/^pagefind\/briefs\/(fragment|index|filter)\//.test(file) || /^pagefind\/briefs\/[^/]+\.pf_meta$/.test(file)) return 'immutable';
  if (file.startsWith('pagefind/')) return 'html';
  if (/\.(html|xml|json|txt|xsl)$/.test(file)) return 'html';
  return 'asset';
}

/** One `_headers` block: a path pattern and the headers for it. */
export interface HeaderRule {
  path: string;
  headers: ReadonlyArray<readonly [string, string]>;
}

/**
 * The fewest non-overlapping path rules that give every file its class: a folder whose files
 * all share a class becomes `/folder/*`, other files get exact rules (`index.html` as its folder's URL).
 */
export function cacheRules(files: readonly string[], classOf: (file: string) => CacheClass = cacheClassOf): HeaderRule[] {
  const rules: HeaderRule[] = [];
  const rule = (p: string, cls: CacheClass) => rules.push({ path: p, headers: [['Cache-Control', CACHE_CONTROL[cls]]] });
  const walk = (prefix: string, list: readonly string[]) => {
    const here: string[] = [];
    const folders = new Map<string, string[]>();
    for (const f of list) {
      const rest = f.slice(prefix.length);
      const slash = rest.indexOf('/');
      if (slash === -1) here.push(f);
      else {
        const name = rest.slice(0, slash);
        // Appended in place: copying the list for every file was quadratic in a folder's size.
        const inside = folders.get(name);
        if (inside) inside.push(f);
        else folders.set(name, [f]);
      }
    }
    for (const f of here.sort()) {
      const url = f.endsWith('/index.html') || f === 'index.html' ? `/${f.slice(0, -'index.html'.length)}` : `/${f}`;
      rule(url, classOf(f));
    }
    for (const [name, inside] of [...folders].sort(([a], [b]) => a.localeCompare(b))) {
      const classes = new Set(inside.map(classOf));
      // A folder holding its own index.html is requested as /name/: the splat covers it too.
      if (classes.size === 1) rule(`/${prefix}${name}/*`, [...classes][0]!);
      else walk(`${prefix}${name}/`, inside);
    }
  };
  walk('', files.filter((f) => !f.startsWith('_headers') && !f.startsWith('_redirects')));
  return rules;
}

/** Security headers for every response, given the page policy. */
export function securityHeaders(csp: string): Array<[string, string]> {
  return [
    ['Content-Security-Policy', csp],
    ['X-Content-Type-Options', 'nosniff'],
    ['Referrer-Policy', 'strict-origin-when-cross-origin'],
    // Features a news page never needs; video features stay at their default so embeds can use them.
    ['Permissions-Policy', 'camera=(), microphone=(), geolocation=(), payment=(), usb=(), serial=(), hid=(), midi=(), browsing-topics=()'],
    ['Strict-Transport-Security', 'max-age=63072000; includeSubDomains'],
    // SAMEORIGIN, like frame-ancestors 'self': article pages frame the briefs column.
    ['X-Frame-Options', 'SAMEORIGIN'],
    ['Cross-Origin-Opener-Policy', 'same-origin'],
  ];
}

/** The text of `_headers`: security headers on `/*`, then the cache rules. */
export function renderHeaders(rules: readonly HeaderRule[]): string {
  for (const r of rules) {
    for (const [name, value] of r.headers) {
      // A newline in a value would start a new rule; nothing we write should ever contain one.
      if (/[\r\n]/.test(name + value) || !r.path.startsWith('/') || /\s/.test(r.path)) {
        throw new Error(`[headers] refusing to write an unsafe rule for ${JSON.stringify(r.path)}: ${name}`);
      }
    }
  }
  return (
    '# Written by the build (src/cdn/files.ts). Read by Cloudflare Pages and Netlify.\n' +
    rules.map((r) => `${r.path}\n${r.headers.map(([n, v]) => `  ${n}: ${v}`).join('\n')}\n`).join('\n')
  );
}
