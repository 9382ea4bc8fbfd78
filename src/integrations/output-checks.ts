import type { AstroIntegration } from 'astro';
import { readFile, rm } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { checkPages, formatOutputProblem, readPageFacts, type PageFacts } from '../lib/output-checks.ts';
import { listFiles, listPagesSoFar, parseRedirectLines, readPages, type BuiltPage } from '../lib/output-files.ts';
import { ALIASES_FILE, parseAliasSources } from '../lib/redirects.ts';
import { writeCdnFiles } from './cdn-files.ts';

/**
 * The last step of every build: writes `_headers` and `_redirects`, then checks the finished
 * output (links, anchors, images, titles, canonical URLs, CSP) and fails the build, naming
 * each page and broken target, if anything is wrong. scripts/build.mjs swaps a new site in
 * only after this passed. List it after every integration that writes files (Pagefind, sitemap).
 */
export function outputChecks(options: { siteUrl: string }): AstroIntegration {
  let early: { outDir: string; pages: Promise<Map<string, BuiltPage<PageFacts>> | undefined> } | undefined;
  return {
    name: 'newsroom:output-checks',
    hooks: {
      'astro:build:generated': ({ dir }) => {
        // Start reading the pages as soon as Astro has written them, while the other
        // integrations finish (Pagefind indexes in its own process, on another core).
        // astro:build:done reads every page again and parses only what changed since.
        const outDir = fileURLToPath(dir);
        const pages = listPagesSoFar(outDir)
          .then((files) => readPages(outDir, files, readPageFacts))
          // Only a head start: a page it missed, or that changed since, is parsed in astro:build:done.
          .catch(() => undefined);
        early = { outDir, pages };
      },
      'astro:build:done': async ({ dir, logger }) => {
        const outDir = fileURLToPath(dir);
        const known = early?.outDir === outDir ? await early.pages : undefined;
        early = undefined;
        const aliases = await takeAliasSources(outDir);
        const files = await listFiles(outDir);
        const pages = await readPages(outDir, files, readPageFacts, known);
        const cdn = await writeCdnFiles({ outDir, files, pages, aliases });
        const redirects = parseRedirectLines(await readFile(path.join(outDir, '_redirects'), 'utf8'));
        const facts = new Map([...pages].map(([file, page]) => [file, page.facts]));
        const problems = [
          ...cdn.problems,
          ...checkPages(facts, { files: new Set(files), redirects, siteUrl: options.siteUrl }).map(formatOutputProblem),
        ];
        if (problems.length) {
          throw new Error(`[output] ${problems.length} problem(s) in the built site; it was not published:\n${problems.map((p) => `  ${p}`).join('\n')}`);
        }
        const ahead = [...pages].filter(([file, page]) => known?.get(file)?.facts === page.facts).length;
        logger.info(`${cdn.summary}; ${pages.size} pages (${ahead} read ahead) and ${files.length} files checked: no broken links, anchors or images`);
      },
    },
  };
}

/** The published articles' aliases the build handed over (src/pages/aliases.json.ts); the file is deleted so it never ships. */
async function takeAliasSources(outDir: string) {
  const file = path.join(outDir, ALIASES_FILE);
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    throw new Error(`[output] ${ALIASES_FILE} is missing from the build, so _redirects cannot be written; it comes from src/pages/aliases.json.ts`, { cause: error });
  }
  await rm(file);
  return parseAliasSources(JSON.parse(text), ALIASES_FILE);
}
