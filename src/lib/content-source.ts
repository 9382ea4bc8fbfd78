import { existsSync } from 'node:fs';
import { readFile, readdir } from 'node:fs/promises';
import path from 'node:path';
import { ContentError } from './problems.ts';
import { validateContent, type ContentInput, type ContentModel, type SourceFile } from './content-validate.ts';

/** Where content lives: `NEWSROOM_CONTENT` (a folder, relative to the project) or `content`. */
export function contentRoot(env: Record<string, string | undefined> = process.env): string {
  return (env['NEWSROOM_CONTENT'] ?? 'content').replace(/\\/g, '/').replace(/\/+$/, '');
}

/** Reads every content file under `root` (relative to `projectDir`). */
export async function readContentFiles(projectDir: string, root: string): Promise<ContentInput> {
  const abs = (p: string) => path.join(projectDir, p);
  const read = async (p: string): Promise<SourceFile> => ({ path: p, text: await readFile(abs(p), 'utf8') });
  const list = async (dir: string, pattern: RegExp): Promise<string[]> => {
    if (!existsSync(abs(dir))) return [];
    const entries = await readdir(abs(dir), { recursive: true, withFileTypes: true });
    return entries
      .filter((e) => e.isFile() && pattern.test(e.name))
      .map((e) => path.relative(projectDir, path.join(e.parentPath, e.name)).split(path.sep).join('/'))
      .sort();
  };
  const [articles, briefs, authors, comments, pages] = await Promise.all([
    list(`${root}/articles`, /\.md$/),
    list(`${root}/briefs`, /\.ya?ml$/),
    list(`${root}/authors`, /\.ya?ml$/),
    list(`${root}/comments`, /\.ya?ml$/),
    list(`${root}/pages`, /\.md$/),
  ]);
  const frontPagePath = `${root}/front-page.yaml`;
  const categoriesPath = `${root}/categories.yaml`;
  return {
    root,
    articles: await mapLimited(articles, read),
    briefs: await mapLimited(briefs, read),
    authors: await mapLimited(authors, read),
    categories: existsSync(abs(categoriesPath)) ? await read(categoriesPath) : undefined,
    comments: await Promise.all(comments.map(read)),
    frontPage: existsSync(abs(frontPagePath)) ? await read(frontPagePath) : undefined,
    pages: await Promise.all(pages.map(read)),
  };
}

// Opening every file at once fails with EMFILE on a large archive (100,000 articles in the bench).
async function mapLimited<T, R>(items: readonly T[], fn: (item: T) => Promise<R>, limit = 64): Promise<R[]> {
  const results = new Array<R>(items.length);
  let next = 0;
  const worker = async () => {
    for (let i = next++; i < items.length; i = next++) results[i] = await fn(items[i]!);
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return results;
}

/**
 * Reads and validates all content. Throws a `ContentError` listing every problem
 * when anything is wrong, so a broken file can never reach a page.
 */
export async function loadContent(projectDir: string, root: string, now: Date): Promise<ContentModel> {
  const input = await readContentFiles(projectDir, root);
  const { model, problems } = validateContent(input, {
    now,
    fileExists: (p) => existsSync(path.join(projectDir, p)),
  });
  if (problems.length) throw new ContentError(problems);
  return model;
}
