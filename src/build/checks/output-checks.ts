// The output checks (src/build/checks/), the build's last step. page-checks.ts judges the
// pages' facts; output-files.ts lists and digests the output; page-facts-cache.ts keeps the
// facts of unchanged pages between builds; page-facts-reader.ts parses pages in a worker thread.
import { readFile, rm } from 'node:fs/promises';
import path from 'node:path';
import { checkPages, formatOutputProblem, type PageFacts } from './page-checks.ts';
import { listFiles, parseRedirectLines, type BuiltPage } from './output-files.ts';
import { ALIASES_FILE, parseAliasSources } from '../../cdn/redirects.ts';
import { writeCdnFiles } from '../../cdn/files.ts';

/**
 * The last step of every build: writes `_headers` and `_redirects`, then checks the finished
 * output (links, anchors, images, titles, canonical URLs, CSP) and fails the build, naming
 * each page and broken target, if anything is wrong. `pages` are every page's facts, read by
 * src/build/finish.ts while Pagefind indexed. Runs after every other step has written its
 * files (Astro's pages, sitemaps, CMS, search index); scripts/build.mjs swaps a new site in
 * only after this passed. Resolves with a one-line summary.
 */
export async function writeCdnFilesAndCheck(outDir: string, opts: { siteUrl: string; pages: ReadonlyMap<string, BuiltPage<PageFacts>> }): Promise<string> {
  const aliases = await takeAliasSources(outDir);
  const files = await listFiles(outDir);
  const pages = opts.pages;
  const unread = files.filter((f) => f.endsWith('.html') && !pages.has(f));
  if (unread.length) throw new Error(`[output] ${unread.length} page(s) appeared after the pages were read, e.g. ${unread[0]}`);
  const cdn = await writeCdnFiles({ outDir, files, pages, aliases });
  const redirects = parseRedirectLines(await readFile(path.join(outDir, '_redirects'), 'utf8'));
  const facts = new Map([...pages].map(([file, page]) => [file, page.facts]));
  const problems = [
    ...cdn.problems,
    ...checkPages(facts, { files: new Set(files), redirects, siteUrl: opts.siteUrl }).map(formatOutputProblem),
  ];
  if (problems.length) {
    throw new Error(`[output] ${problems.length} problem(s) in the built site; it was not published:\n${problems.map((p) => `  ${p}`).join('\n')}`);
  }
  return `${cdn.summary}; ${pages.size} pages and ${files.length} files checked: no broken links, anchors or images`;
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
