import type { Problem } from '../content/validate/problems.ts';
import { articlePath } from '../publishing/paths.ts';

/** An article's old addresses, from its `aliases` front matter. */
export interface AliasSource {
  slug: string;
  /** The article file, for error messages. */
  file: string;
  aliases: readonly string[];
}

/**
 * Where the build leaves the published articles' aliases for the output checks, relative to
 * the output folder: the content loader has already read and validated them, so writing
 * `_redirects` needs no second pass over the content. Read and deleted before the checks list
 * the output, so it never ships (src/build/checks/output-checks.ts).
 */
export const ALIASES_FILE = 'aliases.json';

/** Checks that parsed JSON is a list of alias sources, naming the first entry that is not. */
export function parseAliasSources(value: unknown, file: string): AliasSource[] {
  if (!Array.isArray(value)) throw new Error(`[redirects] ${file}: expected a list of { slug, file, aliases }, found ${typeof value}`);
  value.forEach((a, i) => {
    const ok =
      a !== null &&
      typeof a === 'object' &&
      typeof a.slug === 'string' &&
      typeof a.file === 'string' &&
      Array.isArray(a.aliases) &&
      a.aliases.every((alias: unknown) => typeof alias === 'string');
    if (!ok) throw new Error(`[redirects] ${file}: entry ${i} is not { slug, file, aliases: string[] }`);
  });
  return value as AliasSource[];
}

/** One `_redirects` line: a permanent redirect from an old path to a live page. */
export interface Redirect {
  from: string;
  to: string;
  status: 301;
}

/** A path as a CDN compares it: case-insensitive, `index.html` and a trailing slash ignored. */
export function pathKey(p: string): string {
  return p.toLowerCase().replace(/\/index\.html$/, '/').replace(/\/+$/, '') || '/';
}

/** The URL path each output file answers at (`a/index.html` → `/a/`, `feed.xml` → `/feed.xml`). */
export function urlPathOf(file: string): string {
  return file === 'index.html' || file.endsWith('/index.html') ? `/${file.slice(0, -'index.html'.length)}` : `/${file}`;
}

/**
 * Redirects from every alias of a published article to its page. An alias that answers for a
 * live file, or that two articles claim, is a problem: the build fails rather than hide a page.
 */
export function aliasRedirects(articles: readonly AliasSource[], outputFiles: readonly string[]): { redirects: Redirect[]; problems: Problem[] } {
  const live = new Map(outputFiles.map((f) => [pathKey(urlPathOf(f)), urlPathOf(f)]));
  const claimed = new Map<string, AliasSource>();
  const redirects: Redirect[] = [];
  const problems: Problem[] = [];
  for (const article of articles) {
    for (const alias of article.aliases) {
      const key = pathKey(alias);
      const page = live.get(key);
      const other = claimed.get(key);
      if (page) {
        problems.push({ file: article.file, field: 'aliases', message: `alias "${alias}" is the address of a live page (${page}); a redirect would hide it. Remove the alias` });
      } else if (other && other !== article) {
        problems.push({ file: article.file, field: 'aliases', message: `alias "${alias}" is also an alias of ${other.file}; an old address can lead to one article only` });
      } else if (!other) {
        claimed.set(key, article);
        const to = articlePath(article.slug);
        for (const from of redirectSources(alias)) redirects.push({ from, to, status: 301 });
      }
    }
  }
  return { redirects, problems };
}

/**
 * The `_redirects` sources one alias writes: the alias and, for a folder path, its twin. Hosts
 * differ on whether /old and /old/ are the same rule, so both forms are written; a query alias
 * (`/?p=123`) is matched on its parameter, so its path has one form only.
 */
export function redirectSources(alias: string): string[] {
  const twin = alias.includes('?') ? undefined : alias.endsWith('/') ? alias.replace(/\/+$/, '') : /\.[a-z0-9]+$/i.test(alias) ? undefined : `${alias}/`;
  return twin ? [alias, twin] : [alias];
}

/**
 * One `_redirects` line. A query alias (`/?p=123`) is written in Netlify's query-matching form,
 * `/ p=123 /articles/x/ 301!`, forced because its path (`/`) is a live page.
 */
export function redirectLine(r: Redirect): string {
  const at = r.from.indexOf('?');
  const from = at < 0 ? r.from : r.from.slice(0, at);
  const query = at < 0 ? undefined : r.from.slice(at + 1);
  // Aliases are validated as plain paths; this guards the file format itself against injection.
  if (!/^\/[^\s*:#!?]*$/.test(from) || !/^\/[^\s]*$/.test(r.to) || (query !== undefined && !/^[A-Za-z0-9_]+=[A-Za-z0-9._~-]+$/.test(query))) {
    throw new Error(`[redirects] refusing to write an unsafe redirect ${JSON.stringify(r.from)} → ${JSON.stringify(r.to)}`);
  }
  return query === undefined ? `${from} ${r.to} ${r.status}` : `${from} ${query} ${r.to} ${r.status}!`;
}

/** The text of `_redirects` (one `from [query] to status` line each, the format both hosts read). */
export function renderRedirects(redirects: readonly Redirect[]): string {
  const lines = redirects.map(redirectLine);
  return '# Written by the build from articles\' `aliases` (src/cdn/files.ts).\n' + lines.join('\n') + (lines.length ? '\n' : '');
}
