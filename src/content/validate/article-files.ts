// One article file (content/articles/**/<slug>.md): its file name, front matter and body, or
// what an earlier build found in it when nothing it depends on has changed (the validation memo).
import path from 'node:path/posix';
import { ArticleSchema, type ArticleData } from '../../schemas/article.ts';
import { describe } from '../../schemas/common.ts';
import { BODY_PLACEHOLDER, SUMMARY_PLACEHOLDER } from '../new-article.ts';
import { checkBody } from './body.ts';
import { SLUG, checkOffset, noteReference, problemAt, rawAt, type Findings } from './findings.ts';
import { bodyStartLine, frontMatter, lazySource } from './front-matter.ts';
import { checkImagePath } from './image-paths.ts';
import { LIMITS } from './input-policy.ts';
import type { ParsedArticle, SourceFile, ValidateOptions } from './types.ts';
import type { YamlSource } from './yaml-source.ts';
import { zodProblems } from './zod-problems.ts';

// Built once: zod compiles a schema the first time it parses with it, and building one per file
// made that compile most of the validation time on a large archive (10,000 articles: ~8 s of ~20 s).
let articleSchemaOnce: ReturnType<typeof ArticleSchema> | undefined;
const articleSchema = () => (articleSchemaOnce ??= ArticleSchema());

/**
 * An article as parseArticle finds it, or as an earlier build found it (`options.memo`) when the
 * file and every answer about the images it names are unchanged: its warnings and references
 * come back with it, and its front matter is parsed again only if a line is needed for a problem
 * another file causes (an unknown author, a clashing alias).
 */
export function articleOf(file: SourceFile, root: string, options: ValidateOptions, findings: Findings): ParsedArticle[] {
  const { memo } = options;
  if (!memo) return parseArticle(file, root, options, findings);
  const known = memo.recall(file, options);
  if (known) {
    const source = lazySource(file);
    findings.warnings.push(...known.warnings);
    for (const r of known.references) findings.references.push({ ...r, file: file.path, source });
    const slug = path.basename(file.path, '.md');
    return [{ slug, file: file.path, raw: known.raw, data: known.data as ArticleData, body: file.text.slice(known.bodyStart), source }];
  }
  const [problems, warnings, references] = [findings.problems.length, findings.warnings.length, findings.references.length];
  const watched = memo.watch(options);
  const found = parseArticle(file, root, watched.outside, findings);
  const article = found[0];
  if (article && findings.problems.length === problems && file.text.endsWith(article.body)) {
    const remembered = {
      raw: article.raw,
      data: article.data,
      bodyStart: file.text.length - article.body.length,
      warnings: findings.warnings.slice(warnings),
      references: findings.references.slice(references).map(({ kind, id, fieldPath }) => ({ kind, id, fieldPath })),
    };
    memo.remember(file, remembered, watched.queries);
  }
  return found;
}

/** The article in `file` if it is valid (none otherwise); every problem, warning and reference it holds goes into `findings`. */
function parseArticle(file: SourceFile, root: string, options: ValidateOptions, findings: Findings): ParsedArticle[] {
  const { problems } = findings;
  const slug = path.basename(file.path, '.md');
  const slugOk = SLUG.test(slug) && slug.length <= LIMITS.id;
  if (!slugOk) {
    problems.push({
      file: file.path,
      message: SLUG.test(slug)
        ? `file name "${slug.slice(0, 20)}…" is ${slug.length} characters long; a slug has at most ${LIMITS.id}`
        : `file name "${slug}" is not a valid slug; use lowercase ASCII letters, digits and single hyphens (e.g. ${suggestSlug(slug).slice(0, LIMITS.id) || 'my-story'}.md)`,
    });
  }
  if (!/^---\r?\n/.test(file.text)) {
    problems.push({ file: file.path, line: 1, message: 'no front matter: the file must start with a line "---", then YAML fields, then "---"' });
    return [];
  }
  const front = frontMatter(file);
  if (!('content' in front)) return void problems.push(front), [];
  const { source, content } = front;
  if (Array.isArray(source)) return void problems.push(...source), [];
  const raw = source.data;
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) {
    problems.push({ file: file.path, line: 2, message: `front matter must be a set of fields, found ${describe(raw)}` });
    return [];
  }
  problems.push(...checkBody(content, bodyStartLine(file.text, content), file.path, root, options));
  // What can be checked in fields the schema has no quarrel with, whatever else is wrong.
  noteReference(findings, 'category', file.path, source, raw, ['category']);
  const authors = rawAt(raw, ['authors']);
  const yaml: YamlSource = source; // narrowed, for the callbacks below (a captured `let` is not)
  if (Array.isArray(authors)) authors.forEach((_, i) => noteReference(findings, 'author', file.path, yaml, raw, ['authors', i]));
  const imageSrc = rawAt(raw, ['image', 'src']);
  const badImage = typeof imageSrc === 'string' ? checkImagePath(imageSrc, file.path, root, options) : undefined;
  if (badImage) problems.push(problemAt(file.path, source, ['image', 'src'], badImage));
  checkOffset(findings, options, file.path, source, raw, ['published']);
  checkOffset(findings, options, file.path, source, raw, ['updated']);
  const corrections = rawAt(raw, ['corrections']);
  if (Array.isArray(corrections)) corrections.forEach((_, i) => checkOffset(findings, options, file.path, yaml, raw, ['corrections', i, 'time']));
  const schema = articleSchema();
  const result = schema.safeParse(raw);
  if (!result.success) return void problems.push(...zodProblems(result.error, schema, file.path, source)), [];
  const data = result.data;
  if (data.updated && data.updated < data.published) {
    problems.push(problemAt(file.path, source, ['updated'], `is earlier than published (${(raw as Record<string, unknown>)['published']})`));
  }
  // `npm run new` starts from placeholders; they may stay in a draft but never go out.
  if (!data.draft && data.summary === SUMMARY_PLACEHOLDER) {
    problems.push(problemAt(file.path, source, ['summary'], 'still the placeholder from "npm run new"; write the summary before publishing (or keep draft: true)'));
  }
  if (!data.draft && content.includes(BODY_PLACEHOLDER)) {
    const line = file.text.slice(0, file.text.indexOf(BODY_PLACEHOLDER)).split('\n').length;
    problems.push({ file: file.path, line, message: 'the body still has the placeholder from "npm run new"; write the story before publishing (or keep draft: true)' });
  }
  for (const [i, c] of data.corrections.entries()) {
    if (c.time < data.published) {
      problems.push(problemAt(file.path, source, ['corrections', i, 'time'], `is earlier than published (${(raw as Record<string, unknown>)['published']})`));
    }
  }
  if (!slugOk) return [];
  return [{ slug, file: file.path, raw: raw as Record<string, unknown>, data, body: content, source }];
}

/** A best-effort valid slug from a bad file name, to suggest in the error. */
function suggestSlug(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}
