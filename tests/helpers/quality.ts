import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { projectDir, pageExists } from './site.ts';

/** The demo site's article with an image that the quality budgets are measured on. */
export const ARTICLE_WITH_IMAGE = '/articles/port-of-tanger-med-record/';

/** The demo's Arabic (right-to-left) article. */
export const ARABIC_ARTICLE = '/articles/rabat-calligraphy-exhibition/';

/** The pages the budgets cover: home, an article with an image, the Arabic article, a category page, search, a static page. */
export const BUDGET_PAGES = [
  { name: 'home', path: '/' },
  { name: 'article', path: ARTICLE_WITH_IMAGE },
  { name: 'arabic-article', path: ARABIC_ARTICLE },
  { name: 'category', path: '/category/economy/' },
  { name: 'search', path: '/search/' },
  { name: 'static-page', path: '/about/' },
] as const;

/**
 * The budget pages that exist in a built site. The search page is built by another part of
 * the project; until it exists, tests over it are skipped with that reason.
 */
export function budgetPages(outDir: string) {
  return BUDGET_PAGES.map((p) => ({ ...p, exists: pageExists(outDir, p.path) }));
}

/** Where the test run leaves things for a person to look at (screenshots, reports). */
export const qualityDir = path.join(projectDir, 'tests/.output/quality');

/** Writes `data` as JSON to tests/.output/quality/<name>.json. */
export function writeReport(name: string, data: unknown): string {
  mkdirSync(qualityDir, { recursive: true });
  const file = path.join(qualityDir, `${name}.json`);
  writeFileSync(file, `${JSON.stringify(data, null, 2)}\n`);
  return file;
}
