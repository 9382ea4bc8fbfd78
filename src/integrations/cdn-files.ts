import type { AstroIntegration } from 'astro';
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { cacheRules, MAX_HEADER_RULES, renderHeaders, securityHeaders } from '../lib/cdn-headers.ts';
import { contentRoot, loadContent } from '../lib/content-source.ts';
import { siteHeaderPolicy } from '../lib/csp.ts';
import { listFiles, readHtml } from '../lib/output-files.ts';
import { formatProblem } from '../lib/problems.ts';
import { isPublished, buildTime } from '../lib/publish.ts';
import { aliasRedirects, renderRedirects } from '../lib/redirects.ts';

/**
 * Writes `_headers` (security headers and cache lifetimes) and `_redirects` (articles' old
 * addresses) into the output, for Cloudflare Pages and Netlify. Runs after every other
 * build step that writes files (list it after Pagefind and the sitemap), so every file gets
 * a cache rule. An alias that would hide a live page fails the build.
 */
export function cdnFiles(): AstroIntegration {
  let projectDir = '';
  return {
    name: 'newsroom:cdn-files',
    hooks: {
      'astro:config:done': ({ config }) => {
        projectDir = fileURLToPath(config.root);
      },
      'astro:build:done': async ({ dir, logger }) => {
        const outDir = fileURLToPath(dir);
        const files = await listFiles(outDir);

        const model = await loadContent(projectDir, contentRoot(), buildTime());
        const now = buildTime();
        const live = model.articles.filter((a) => isPublished(a.data, now));
        const { redirects, problems } = aliasRedirects(
          live.map((a) => ({ slug: a.slug, file: a.file, aliases: a.data.aliases })),
          files,
        );
        if (problems.length) {
          throw new Error(`[redirects] ${problems.length} alias problem(s); nothing was published:\n${problems.map((p) => `  ${formatProblem(p)}`).join('\n')}`);
        }

        // One header policy for all pages: what Astro put in each page's <meta>, merged.
        const html = await readHtml(outDir, files);
        const metas = [...html.values()].flatMap((h) => [...h.matchAll(/<meta http-equiv="content-security-policy" content="([^"]*)"/gi)].map((m) => m[1]!));
        const policy = siteHeaderPolicy(metas.map(decodeEntities));
        const rules = [{ path: '/*', headers: securityHeaders(policy) }, ...cacheRules(files)];
        if (rules.length > MAX_HEADER_RULES) {
          throw new Error(`[headers] ${rules.length} rules in _headers; Cloudflare Pages reads only ${MAX_HEADER_RULES}. Group files into fewer folders.`);
        }
        await writeFile(path.join(outDir, '_headers'), renderHeaders(rules));
        await writeFile(path.join(outDir, '_redirects'), renderRedirects(redirects));
        logger.info(`_headers: ${rules.length} rules; _redirects: ${redirects.length} redirects`);
      },
    },
  };
}

function decodeEntities(s: string): string {
  return s.replace(/&#39;|&#x27;/g, "'").replace(/&quot;/g, '"').replace(/&amp;/g, '&');
}
