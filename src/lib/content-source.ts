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
  const [articles, briefs, authors, comments] = await Promise.all([
    list(`${root}/articles`, /\.md$/),
    list(`${root}/briefs`, /\.ya?ml$/),
    list(`${root}/authors`, /\.ya?ml$/),
    list(`${root}/comments`, /\.ya?ml$/),
  ]);
  const categoriesPath = `${root}/categories.yaml`;
  return {
    root,
    articles: await Promise.all(articles.map(read)),
    briefs: await Promise.all(briefs.map(read)),
    authors: await Promise.all(authors.map(read)),
    categories: existsSync(abs(categoriesPath)) ? await read(categoriesPath) : undefined,
    comments: await Promise.all(comments.map(read)),
  };
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
