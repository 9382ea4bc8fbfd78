import { existsSync, lstatSync } from 'node:fs';
import { readdir } from 'node:fs/promises';
import path from 'node:path';
import { scanContentFiles, readContentText } from './files.ts';
import { mapLimited } from '../utils/map-limited.ts';
import type { ImageFacts } from './validate/input-policy.ts';
import { ContentError, type Problem } from './validate/problems.ts';
import { validateContent, type ContentInput, type ContentModel, type SourceFile } from './validate/validate.ts';
import type { LivePlan } from '../build/live/live-set.ts';
import { ValidationMemo } from './validate/validation-memo.ts';
import { writeWhole } from '../utils/write-whole.ts';

/** Where content lives: `NEWSROOM_CONTENT` (a folder, relative to the project) or `content`. */
export function contentRoot(env: Record<string, string | undefined> = process.env): string {
  return (env['NEWSROOM_CONTENT'] ?? 'content').replace(/\\/g, '/').replace(/\/+$/, '');
}

/** Content files read at once: opening all of a 100,000-article archive's files fails with EMFILE. */
const FILES_AT_ONCE = 64;

/**
 * Reads every content file under `root` (relative to `projectDir`). Only regular files are read
 * (input policy: no links, devices or oversized files; those become `problems`), and every image
 * header is read for the validator (`images`).
 */
export async function readContentFiles(projectDir: string, root: string, plan?: LivePlan): Promise<ContentInput & { images: Map<string, ImageFacts> }> {
  const abs = (p: string) => path.join(projectDir, p);
  const scan = await scanContentFiles(projectDir, root, plan ? ['articles', 'comments'] : []);
  const problems: Problem[] = [...scan.problems];
  const flagged = new Set(problems.map((p) => p.file));
  const read = async (p: string): Promise<SourceFile> => {
    const result = await readContentText(abs(p), p);
    if ('text' in result) return { path: p, text: result.text };
    if (!flagged.has(p)) problems.push(result.problem);
    return { path: p, text: '', unreadable: true };
  };
  const list = async (dir: string, pattern: RegExp): Promise<string[]> => {
    if (!existsSync(abs(dir))) return [];
    const entries = await readdir(abs(dir), { recursive: true, withFileTypes: true });
    return entries
      .filter((e) => e.isFile() && pattern.test(e.name))
      .map((e) => path.relative(projectDir, path.join(e.parentPath, e.name)).split(path.sep).join('/'))
      .sort();
  };
  // A live build (`plan`) reads only the stories its pages show, and their comments.
  const [articles, briefs, authors, comments, pages] = await Promise.all([
    plan ? [...plan.articles].sort() : list(`${root}/articles`, /\.md$/),
    list(`${root}/briefs`, /\.ya?ml$/),
    list(`${root}/authors`, /\.ya?ml$/),
    plan ? [...plan.comments].sort() : list(`${root}/comments`, /\.ya?ml$/),
    list(`${root}/pages`, /\.md$/),
  ]);
  const frontPagePath = `${root}/front-page.yaml`;
  const categoriesPath = `${root}/categories.yaml`;
  const readable = (files: SourceFile[]) => files.filter((f) => !f.unreadable);
  const input = {
    root,
    articles: readable(await mapLimited(articles, FILES_AT_ONCE, read)),
    briefs: readable(await mapLimited(briefs, FILES_AT_ONCE, read)),
    authors: readable(await mapLimited(authors, FILES_AT_ONCE, read)),
    categories: exists(abs(categoriesPath)) ? await read(categoriesPath) : undefined,
    // An imported archive has a comments file for many articles: the same limit as articles.
    comments: readable(await mapLimited(comments, FILES_AT_ONCE, read)),
    frontPage: exists(abs(frontPagePath)) ? await read(frontPagePath) : undefined,
    pages: readable(await mapLimited(pages, FILES_AT_ONCE, read)),
  };
  return { ...input, problems, images: scan.images };
}

/** Whether anything is at `p`, a dangling link included (which the reader then reports). */
function exists(p: string): boolean {
  try {
    lstatSync(p);
    return true;
  } catch {
    return false;
  }
}

/** Where a build keeps clean articles' validation (src/content/validate/validation-memo.ts), and what it was made with. */
export interface MemoPlace {
  /** The memo's file (validationMemoFile). */
  file: string;
  /** A fingerprint of the validating code and the lockfile: a different one discards the memo. */
  code: string;
}

/**
 * Reads and validates all content, times checked against `timeZone` (the site's). Throws a
 * `ContentError` listing every problem when anything is wrong, so a broken file can never reach
 * a page; otherwise resolves with the content and the warnings (which do not stop anything).
 * With `memo`, clean articles unchanged since the last run are not validated again; a live build
 * (`plan`), which reads a few stories, neither uses nor rewrites it.
 */
export async function loadContent(projectDir: string, root: string, now: Date, timeZone: string, plan?: LivePlan, memo?: MemoPlace): Promise<{ model: ContentModel; warnings: Problem[] }> {
  const input = await readContentFiles(projectDir, root, plan);
  const memory = memo && !plan ? ValidationMemo.read(memo.file, [memo.code, root, timeZone, process.version].join('\0')) : undefined;
  const { model, problems, warnings } = validateContent(input, {
    now,
    timeZone,
    ...(plan ? { unreadArticles: new Map(Object.entries(plan.unread)) } : {}),
    fileExists: (p) => existsSync(path.join(projectDir, p)),
    inspectImage: (p) => input.images.get(p),
    ...(memory ? { memo: memory } : {}),
  });
  // Serialized before the model leaves this function, so nothing downstream can change what is kept.
  if (memo && memory) await writeWhole(memo.file, memory.serialize());
  if (problems.length) throw new ContentError(problems);
  return { model, warnings };
}
