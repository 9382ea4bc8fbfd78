// Content validation, the subsystem's entry file. In: the content files as read from disk
// (articles, briefs, authors, sections, comments, static pages, the front page). Out: the
// validated content model, every problem (located by file, line and field, saying what was found
// and what is allowed) and the warnings that do not stop a build. Called by src/content/source.ts
// (loadContent: the build's content loader, `npm run check`), scripts/brief.ts, scripts/new.ts and
// scripts/comments-import.ts; clean articles may come from the validation memo
// (validation-memo.ts). Each file type has its parser beside this file (*-file.ts, *-files.ts);
// what needs every file read is cross-file-checks.ts.
import { articleOf } from './article-files.ts';
import { parseAuthor } from './author-files.ts';
import { parseBriefs, withBriefIds } from './brief-files.ts';
import { parseCategories } from './category-file.ts';
import { parseComments } from './comment-files.ts';
import { checkAcrossFiles } from './cross-file-checks.ts';
import type { Findings } from './findings.ts';
import { parseFrontPage } from './front-page-file.ts';
import { parsePage } from './page-files.ts';
import { sortProblems } from './problems.ts';
import type { ContentInput, ValidateOptions, ValidationResult } from './types.ts';

export type {
  ArticleSource,
  AuthorSource,
  BriefSource,
  CommentSource,
  ContentInput,
  ContentModel,
  PageSource,
  SourceFile,
  ValidateOptions,
  ValidationResult,
} from './types.ts';

/**
 * Parses and checks every content file, then the references between them.
 * Returns every problem found, not just the first, so a writer can fix them in one pass.
 */
export function validateContent(input: ContentInput, options: ValidateOptions): ValidationResult {
  const findings: Findings = { problems: [...(input.problems ?? [])], warnings: [], references: [] };
  const { problems } = findings;
  const categories = parseCategories(input, problems);
  const authors = input.authors.flatMap((f) => parseAuthor(f, input.root, options, problems));
  const articles = input.articles.flatMap((f) => articleOf(f, input.root, options, findings));
  const briefs = withBriefIds(input.briefs.flatMap((f) => parseBriefs(f, options, findings)), problems);
  const comments = (input.comments ?? []).flatMap((f) => parseComments(f, options, findings));
  const front = input.frontPage ? parseFrontPage(input.frontPage, options, findings) : undefined;
  const pages = (input.pages ?? []).flatMap((f) => parsePage(f, input.root, options, problems));
  checkAcrossFiles(input, options, { categories, articles, briefs, comments, front }, findings);
  return {
    model: {
      articles: articles.map(({ source: _s, ...a }) => a),
      briefs: briefs.map(({ id, file, data }) => ({ id, file, data })),
      authors,
      categories,
      comments: comments.map(({ source: _s, ...c }) => c),
      frontPage: front?.data,
      pages,
    },
    problems: sortProblems(problems),
    warnings: sortProblems(findings.warnings),
  };
}
