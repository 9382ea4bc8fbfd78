import type { AstroIntegration } from 'astro';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { checkOutput, formatOutputProblem } from '../lib/output-checks.ts';
import { listFiles, parseRedirectLines, readHtml } from '../lib/output-files.ts';
import { writeCdnFiles } from './cdn-files.ts';

/**
 * The last step of every build: writes `_headers` and `_redirects`, then checks the finished
 * output (links, anchors, images, titles, canonical URLs, CSP) and fails the build, naming
 * each page and broken target, if anything is wrong. scripts/build.mjs swaps a new site in
 * only after this passed. List it after every integration that writes files (Pagefind, sitemap).
 */
export function outputChecks(options: { siteUrl: string }): AstroIntegration {
  let projectDir = '';
  return {
    name: 'newsroom:output-checks',
    hooks: {
      'astro:config:done': ({ config }) => {
        projectDir = fileURLToPath(config.root);
      },
      'astro:build:done': async ({ dir, logger }) => {
        const outDir = fileURLToPath(dir);
        const files = await listFiles(outDir);
        const html = await readHtml(outDir, files);
        const cdn = await writeCdnFiles({ outDir, projectDir, files, html });
        const redirects = parseRedirectLines(await readFile(path.join(outDir, '_redirects'), 'utf8'));
        const problems = [
          ...cdn.problems,
          ...checkOutput({ files: new Set(files), html, redirects, siteUrl: options.siteUrl }).map(formatOutputProblem),
        ];
        if (problems.length) {
          throw new Error(`[output] ${problems.length} problem(s) in the built site; it was not published:\n${problems.map((p) => `  ${p}`).join('\n')}`);
        }
        logger.info(`${cdn.summary}; ${html.size} pages and ${files.length} files checked: no broken links, anchors or images`);
      },
    },
  };
}
