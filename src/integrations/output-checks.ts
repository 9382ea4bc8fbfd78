import type { AstroIntegration } from 'astro';
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { checkOutput, formatOutputProblem } from '../lib/output-checks.ts';
import { listFiles, parseRedirectLines, readHtml } from '../lib/output-files.ts';

/**
 * The last step of every build: checks the finished output (links, anchors, images, titles,
 * canonical URLs, CSP) and fails the build, naming each page, if anything is broken.
 * scripts/build.mjs swaps a new site in only after this passed. List it last.
 */
export function outputChecks(options: { siteUrl: string }): AstroIntegration {
  return {
    name: 'newsroom:output-checks',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const outDir = fileURLToPath(dir);
        const files = await listFiles(outDir);
        const redirectsFile = path.join(outDir, '_redirects');
        const redirects = existsSync(redirectsFile) ? parseRedirectLines(await readFile(redirectsFile, 'utf8')) : [];
        const html = await readHtml(outDir, files);
        const problems = checkOutput({ files: new Set(files), html, redirects, siteUrl: options.siteUrl });
        if (problems.length) {
          throw new Error(
            `[output] ${problems.length} problem(s) in the built site; it was not published:\n` +
              problems.map((p) => `  ${formatOutputProblem(p)}`).join('\n'),
          );
        }
        logger.info(`${html.size} pages and ${files.length} files checked: no broken links, anchors or images`);
      },
    },
  };
}
