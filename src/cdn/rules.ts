/**
 * How a CDN applies `_headers` and `_redirects` to a request, for the local preview. Parsing
 * is left to Netlify's own parsers (@netlify/headers-parser, @netlify/redirect-parser); these
 * functions only decide which parsed rules apply to a path, as Cloudflare Pages and Netlify do.
 */

/** A parsed `_headers` block: its path pattern as a regular expression and its headers. */
export interface ParsedHeaderRule {
  forRegExp: RegExp;
  values: Readonly<Record<string, string>>;
}

/** A parsed `_redirects` line. */
export interface ParsedRedirect {
  from: string;
  to: string;
  status?: number | undefined;
  /** Query parameters the request must carry (`p=123`); a `:name` value captures. Default: none. */
  query?: Readonly<Record<string, string>> | undefined;
  /** `301!`: applies even when a file exists at the path (Netlify's shadowing off). Default: false. */
  force?: boolean | undefined;
}

/**
 * The headers for a request path: every matching rule applies, in file order; a header set
 * by two rules gets both values joined with ", " (what Cloudflare Pages does, and why our
 * generated rules never overlap on the same header).
 */
export function headersFor(rules: readonly ParsedHeaderRule[], pathname: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const rule of rules) {
    if (!rule.forRegExp.test(pathname)) continue;
    for (const [name, value] of Object.entries(rule.values)) {
      const key = Object.keys(out).find((k) => k.toLowerCase() === name.toLowerCase()) ?? name;
      out[key] = out[key] === undefined ? value : `${out[key]}, ${value}`;
    }
  }
  return out;
}

/**
 * The redirect for a request path, or undefined: the first rule whose `from` matches, ignoring
 * case and a trailing slash, and whose query parameters (if any) the request carries. `*` at
 * the end captures the rest (`:splat` in `to`), `:name` captures one segment or query value.
 */
export function redirectFor(
  redirects: readonly ParsedRedirect[],
  pathname: string,
  search: URLSearchParams = new URLSearchParams(),
): { location: string; status: number; force: boolean } | undefined {
  for (const r of redirects) {
    const params = matchPattern(r.from, pathname);
    if (!params) continue;
    const query = matchQuery(r.query ?? {}, search);
    if (!query) continue;
    const all: Record<string, string> = { ...params, ...query };
    const location = r.to.replace(/:([A-Za-z]\w*)/g, (whole, name: string) => all[name] ?? whole);
    return { location, status: r.status ?? 301, force: r.force ?? false };
  }
  return undefined;
}

/** The captures of a rule's query conditions, or undefined when the request lacks one. */
function matchQuery(wanted: Readonly<Record<string, string>>, search: URLSearchParams): Record<string, string> | undefined {
  const captures: Record<string, string> = {};
  for (const [key, value] of Object.entries(wanted)) {
    const got = search.get(key);
    if (got === null) return undefined;
    if (value.startsWith(':')) captures[value.slice(1)] = got;
    else if (got !== value) return undefined;
  }
  return captures;
}

function matchPattern(pattern: string, pathname: string): Record<string, string> | undefined {
  const names: string[] = [];
  const source = pattern
    .replace(/\/+$/, '')
    .split('/')
    .map((part) => {
      if (part === '*') {
        names.push('splat');
        return '?(.*)';
      }
      if (part.startsWith(':')) {
        names.push(part.slice(1));
        return '([^/]+)';
      }
      return part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    })
    .join('/');
  const m = new RegExp(`^${source}/?$`, 'i').exec(pathname);
  if (!m) return undefined;
  return Object.fromEntries(names.map((n, i) => [n, m[i + 1] ?? '']));
}
