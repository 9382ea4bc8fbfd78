import { validateContent, type ContentInput, type SourceFile } from '../../src/content/validate/validate.ts';
import { formatProblem } from '../../src/content/validate/problems.ts';

/** The clock the content-validation tests run at: after every `good` publication time. */
export const now = new Date('2025-01-16T12:00:00Z');

/** One author, `ann`, as content/authors/ann.yaml would hold her. */
export const author: SourceFile = { path: 'c/authors/ann.yaml', text: 'name: Ann\n' };

/** Front matter every article needs, valid, in section `news`. */
export const good = 'title: T\nsummary: S\npublished: 2025-01-14T15:20:00+01:00\ncategory: news';

/** An article file `c/articles/<name>.md` with `fields` as its front matter. */
export function article(name: string, fields: string, body = 'Body.'): SourceFile {
  return { path: `c/articles/${name}.md`, text: `---\n${fields}\n---\n${body}\n` };
}

/**
 * Validates content rooted at `c` (by default no articles or briefs, `author` and the given
 * sections file) at `now`, with `exists` the only files on disk; gives the model and every
 * problem as the build prints it.
 */
export function contentRunner(categories: SourceFile) {
  return (parts: Partial<ContentInput>, exists: readonly string[] = []) => {
    const input: ContentInput = { root: 'c', articles: [], briefs: [], authors: [author], categories, ...parts };
    const { model, problems } = validateContent(input, { now, fileExists: (p) => exists.includes(p) });
    return { model, report: problems.map(formatProblem) };
  };
}
