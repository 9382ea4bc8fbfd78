// The CDN subsystem's entry (src/cdn/): what the host is told to do with the files.
// In: the finished output's files and page facts, and the articles' old addresses (aliases).
// Out: `_headers` (headers.ts: security headers and cache lifetimes; csp.ts: the Content
//   Security Policy with a hash of every inline script) and `_redirects` (redirects.ts), within
//   the hosts' limits (limits.ts). rules.ts applies both for `npm run preview`.
// Called by: src/build/checks/output-checks.ts, the build's last step (and the live build,
//   src/build/live/live-build.ts, for the header rules).
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { cacheRules, renderHeaders, securityHeaders, type HeaderRule } from './headers.ts';
import { cdnLimitProblems, redirectCountWarning } from './limits.ts';
import { cspHash, isHashedInlineCode, siteHeaderPolicy } from './csp.ts';
import { cmsContentSecurityPolicy } from '../cms/csp.ts';
import type { PageFacts } from '../build/checks/page-checks.ts';
import { formatProblem } from '../content/validate/problems.ts';
import { SITE } from '../site.config.ts';
import { aliasRedirects, renderRedirects, type AliasSource } from './redirects.ts';

/**
 * Writes `_headers` (security headers and cache lifetimes) and `_redirects` (published
 * articles' old addresses, as the build handed them over) into a finished build, for
 * Cloudflare Pages and Netlify. Returns the problems that must fail the build (an alias that
 * would hide a live page, too many rules). Called by the output-checks integration, after
 * every other step has written its files, with the pages it has already read.
 */
export async function writeCdnFiles(opts: {
  outDir: string;
  files: readonly string[];
  /** Every page's facts, keyed like `files`. */
  pages: ReadonlyMap<string, { facts: PageFacts }>;
  aliases: readonly AliasSource[];
}): Promise<{ problems: string[]; summary: string }> {
  const { outDir, files, aliases } = opts;
  const { redirects, problems } = aliasRedirects(aliases, files);
  const out = problems.map(formatProblem);

  const rules = headerRules(files, opts.pages);
  out.push(...cdnLimitProblems(rules, redirects));
  const tooMany = redirectCountWarning(redirects);
  if (tooMany) console.warn(`[output] warning: ${tooMany}`);
  await writeFile(path.join(outDir, '_headers'), renderHeaders(rules));
  await writeFile(path.join(outDir, '_redirects'), renderRedirects(redirects));
  return { problems: out, summary: `_headers: ${rules.length} rules; _redirects: ${redirects.length} redirects` };
}

/**
 * The `_headers` rules of an output: its files and every page's facts decide them (the CSP is
 * the union of what Astro put in each page). Used by `writeCdnFiles` and by the live build
 * (src/build/live/live-build.ts), which rewrites `_headers` alone.
 */
export function headerRules(files: readonly string[], allPages: ReadonlyMap<string, { facts: PageFacts }>): HeaderRule[] {
  // One header policy for all pages: what Astro put in each page's <meta>, merged. The CMS at
  // /admin/ brings its own looser <meta> policy; it must not loosen the site's header.
  const pages = [...allPages].filter(([file]) => !file.startsWith('admin/')).map(([, p]) => p);
  // Astro writes one policy <meta> per page; the checks fail a page that has none.
  const metas = pages.flatMap(({ facts }) => (facts.policy === undefined ? [] : [facts.policy]));
  const used = new Set(pages.flatMap(({ facts }) => facts.inline.filter(isHashedInlineCode).map((c) => cspHash(c.text))));
  const policy = siteHeaderPolicy(metas, undefined, used);
  const [csp, ...others] = securityHeaders(policy);
  // Hosts join the values of one header set by overlapping rules (two CSPs = both enforced), so
  // the policy goes on rules that never overlap: the site's strict one on every top-level entry
  // but /admin/, the CMS's own on /admin/*. The other security headers go on /* as before.
  return [
    { path: '/*', headers: others },
    ...topLevelPaths(files).map((p) => ({ path: p, headers: [csp!] })),
    ...(files.some((f) => f.startsWith('admin/')) ? [{ path: '/admin/*', headers: [['Content-Security-Policy', cmsContentSecurityPolicy(SITE.cms.backend)] as [string, string]] }] : []),
    ...cacheRules(files),
  ];
}

/** `/`, then `/<folder>/*` or `/<file>` for every top-level entry of the output except the CMS. */
export function topLevelPaths(files: readonly string[]): string[] {
  const entries = new Set<string>();
  for (const f of files) {
    if (f.startsWith('_headers') || f.startsWith('_redirects') || f.startsWith('admin/')) continue;
    const [head, ...rest] = f.split('/');
    entries.add(rest.length ? `/${head}/*` : `/${head}`);
  }
  return ['/', ...[...entries].sort()];
}
