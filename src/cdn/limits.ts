// The hosts' documented limits on `_headers` and `_redirects` (docs/deploy.md): Cloudflare Pages
// reads at most 100 header rules of at most 2,000 characters per header line, and 2,000 static
// redirects of at most 1,000 characters each; Netlify documents no count. In: what the build is
// about to write. Out: one problem per limit passed (a redirect count past Cloudflare's is a
// warning: the file still works there, up to the limit, and elsewhere in full). Called by src/cdn/files.ts, and (for
// the redirect count, which content decides) by the validator, so `npm run check` agrees.
import { MAX_HEADER_RULES, type HeaderRule } from './headers.ts';
import type { Problem } from '../content/validate/problems.ts';
import { redirectLine, redirectSources, type Redirect } from './redirects.ts';

/** Cloudflare Pages' limits, the strictest of the hosts docs/deploy.md covers. */
export const HOST_LIMITS = {
  /** Rules in `_headers`. */
  headerRules: MAX_HEADER_RULES,
  /** Characters in one `Name: value` line of `_headers`. */
  headerLineChars: 2000,
  /** Static redirects (lines) in `_redirects`. */
  redirects: 2000,
  /** Characters in one `_redirects` line. */
  redirectLineChars: 1000,
} as const;

/** Every host limit the two files would pass that makes them unreadable, as messages naming the file and the limit. */
export function cdnLimitProblems(rules: readonly HeaderRule[], redirects: readonly Redirect[]): string[] {
  const out: string[] = [];
  if (rules.length > HOST_LIMITS.headerRules) {
    out.push(`_headers: ${rules.length} rules, but Cloudflare Pages reads only ${HOST_LIMITS.headerRules}; group files into fewer folders`);
  }
  for (const rule of rules) {
    for (const [name, value] of rule.headers) {
      const chars = name.length + 2 + value.length;
      if (chars > HOST_LIMITS.headerLineChars) out.push(`_headers: ${rule.path}: the ${name} line is ${chars} characters; Cloudflare Pages reads at most ${HOST_LIMITS.headerLineChars}`);
    }
  }
  for (const r of redirects) {
    const line = redirectLine(r);
    if (line.length > HOST_LIMITS.redirectLineChars) out.push(`_redirects: the line for ${r.from.slice(0, 60)}… is ${line.length} characters; Cloudflare Pages reads at most ${HOST_LIMITS.redirectLineChars}`);
  }
  return out;
}

/**
 * A warning when `_redirects` has more lines than Cloudflare Pages reads (it ignores the rest;
 * Netlify and the S3 recipe read them all), or undefined.
 */
export function redirectCountWarning(redirects: readonly Redirect[]): string | undefined {
  if (redirects.length <= HOST_LIMITS.redirects) return undefined;
  return `_redirects: ${redirects.length} redirects, but Cloudflare Pages reads at most ${HOST_LIMITS.redirects} (each alias of a folder path is two lines, /old and /old/); there the later ones do not redirect`;
}

/**
 * For the validator: the alias at which the published articles' redirects pass the host's
 * count, located by `locate` (an empty-message problem at the alias), or none.
 */
export function redirectLimitProblems<A extends { data: { aliases: readonly string[] } }>(articles: readonly A[], locate: (article: A, index: number) => Problem): Problem[] {
  const total = articles.reduce((n, a) => n + a.data.aliases.reduce((m, alias) => m + redirectSources(alias).length, 0), 0);
  if (total <= HOST_LIMITS.redirects) return [];
  let lines = 0;
  for (const a of articles) {
    for (const [i, alias] of a.data.aliases.entries()) {
      lines += redirectSources(alias).length;
      if (lines > HOST_LIMITS.redirects) {
        const message = `the published articles' aliases make ${total} _redirects lines (a folder path counts twice, /old and /old/); Cloudflare Pages reads at most ${HOST_LIMITS.redirects}, so there this alias and the later ones will not redirect (Netlify reads them all)`;
        return [{ ...locate(a, i), message }];
      }
    }
  }
  return [];
}
