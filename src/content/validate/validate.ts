import matter from 'gray-matter';
import type { Definition, Image, Root as MdastRoot } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { visit } from 'unist-util-visit';
import path from 'node:path/posix';
import { ArticleSchema, type ArticleData } from '../../schemas/article.ts';
import { AuthorSchema, type AuthorData } from '../../schemas/author.ts';
import { BriefSchema, type BriefData } from '../../schemas/brief.ts';
import { CategoryFileSchema, type CategoryData } from '../../schemas/category.ts';
import { FORBIDDEN_CHARS, describe, forbiddenCharIn } from '../../schemas/common.ts';
import { redirectLimitProblems } from '../../cdn/limits.ts';
import { LIMITS, bodyProblem, fileNameProblem, imageFileProblem, rawImageSources, remoteImageProblem, type ImageFacts } from './input-policy.ts';
import { CommentSchema, type CommentData } from '../../schemas/comment.ts';
import { briefIds } from '../../publishing/briefs.ts';
import { offsetWarning } from '../../i18n/dates.ts';
import { FrontPageSchema, type FrontPageData } from '../../schemas/front-page.ts';
import { PageSchema, type PageData } from '../../schemas/page.ts';
import { BODY_PLACEHOLDER, SUMMARY_PLACEHOLDER } from '../new-article.ts';
import { sortProblems, type Problem } from './problems.ts';
import { isPublished } from '../../publishing/publish.ts';
import { parseYaml, type YamlSource } from './yaml-source.ts';
import { unknownIdMessage } from './suggest.ts';
import type { ValidationMemo } from './validation-memo.ts';
import { fieldName, zodProblems } from './zod-problems.ts';

/** A content file as read from disk; `path` is relative to the project root, with `/`. */
export interface SourceFile {
  path: string;
  text: string;
  /** Input policy: the file was not read (a link, a device, too large); `problems` says why. */
  unreadable?: boolean;
}

/** Every content file of a site, grouped by type. */
export interface ContentInput {
  /** The content folder, relative to the project root (e.g. `content`). */
  root: string;
  articles: SourceFile[];
  briefs: SourceFile[];
  authors: SourceFile[];
  /** content/categories.yaml; undefined when the file is missing. */
  categories: SourceFile | undefined;
  /** content/comments/<article-slug>.yaml files. Default: none. */
  comments?: SourceFile[];
  /** Problems found while reading the files (input policy: links, devices, sizes). Default: none. */
  problems?: Problem[];
  /** content/front-page.yaml, the editors' lead, top stories and banner. Default: none (newest stories). */
  frontPage?: SourceFile | undefined;
  /** content/pages/<slug>.md: About, Contact, policies. Default: none. */
  pages?: SourceFile[];
}

/** A valid static page: its slug (the file name, its address /<slug>/), front matter and Markdown body. */
export interface PageSource {
  slug: string;
  file: string;
  raw: Record<string, unknown>;
  data: PageData;
  body: string;
}

/** A valid article: its slug, file, raw front matter (for Astro's own parse) and Markdown body. */
export interface ArticleSource {
  slug: string;
  file: string;
  raw: Record<string, unknown>;
  data: ArticleData;
  body: string;
}

/** A valid brief with a stable id (its own `id`, else its UTC minute: see `briefIds`). */
export interface BriefSource {
  id: string;
  file: string;
  data: BriefData;
}

/** A valid author; the id is the file name. */
export interface AuthorSource {
  id: string;
  file: string;
  raw: Record<string, unknown>;
  data: AuthorData;
}

/** A valid reader comment, with the article it belongs to and its place in its file. */
export interface CommentSource {
  /** `<article-slug>/<comment id>`: unique across the site. */
  id: string;
  /** Slug of the article the comment is under (the file name). */
  article: string;
  file: string;
  /** Position in the file; the file is in posting order. */
  index: number;
  data: CommentData;
}

/** All content, validated and cross-checked. */
export interface ContentModel {
  articles: ArticleSource[];
  briefs: BriefSource[];
  authors: AuthorSource[];
  categories: CategoryData[];
  comments: CommentSource[];
  /** The editors' front-page choices, every slug checked against published articles; undefined without the file. */
  frontPage: FrontPageData | undefined;
  pages: PageSource[];
}

/** What validation needs from outside: the build time and a way to test that an image exists. */
export interface ValidateOptions {
  now: Date;
  fileExists: (projectPath: string) => boolean;
  /** The zone pages show times in: a time written with another offset is a warning. Default: none (not checked). */
  timeZone?: string;
  /** What an image file's bytes say it is (input policy: type by content, pixel limit). Default: not checked. */
  inspectImage?: (projectPath: string) => ImageFacts | undefined;
  /**
   * Articles this run did not read (a live build reads only the stories its pages show): slug →
   * published at `now`. Briefs and the front page may link to them; a full build checked their
   * own files. Default: none (every article was read).
   */
  unreadArticles?: ReadonlyMap<string, boolean>;
  /** Clean articles validated by an earlier build, reused while the file and what it names are unchanged (src/content/validate/validation-memo.ts). Default: none. */
  memo?: ValidationMemo;
}

/** What validation found: the content, what stops it being published, and what only deserves a look. */
export interface ValidationResult {
  model: ContentModel;
  /** Every problem, sorted by file and line; any one of them stops the build. */
  problems: Problem[];
  /** Things that build but may not read as the writer meant (times shown an hour off); never fatal. */
  warnings: Problem[];
}

/** What every file's parser reports into. */
interface Findings {
  problems: Problem[];
  warnings: Problem[];
  /** Ids one file names in another (sections, authors), checked once every file is read. */
  references: Reference[];
}

/**
 * A cross-file reference, taken from the raw value even when the file has other problems, so an
 * unknown section is reported in the same run as a missing title.
 */
interface Reference {
  kind: 'category' | 'author';
  id: string;
  file: string;
  source: YamlSource;
  fieldPath: Array<string | number>;
}

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
// Built once: zod compiles a schema the first time it parses with it, and building one per file
// made that compile most of the validation time on a large archive (10,000 articles: ~8 s of ~20 s).
let articleSchemaOnce: ReturnType<typeof ArticleSchema> | undefined;
let authorSchemaOnce: ReturnType<typeof AuthorSchema> | undefined;
const articleSchema = () => (articleSchemaOnce ??= ArticleSchema());
const authorSchema = () => (authorSchemaOnce ??= AuthorSchema());
const IMAGE_EXTENSIONS = new Set(['.jpg', '.jpeg', '.png', '.webp', '.avif', '.gif']);

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
  const front = input.frontPage ? parseFrontPage(input.frontPage, problems) : undefined;
  if (front?.data.banner) checkOffset(findings, options, front.file, front.source, front.source.data, ['banner', 'expires']);
  const pages = (input.pages ?? []).flatMap((f) => parsePage(f, input.root, options, problems));

  const categoryIds = new Set(categories.map((c) => c.id));
  const authorIds = new Set(input.authors.map((f) => path.basename(f.path).replace(/\.ya?ml$/, '')));
  for (const r of findings.references) {
    if (r.kind === 'category' && categories.length && !categoryIds.has(r.id)) {
      problems.push(at(r.file, r.source, r.fieldPath, unknownIdMessage('category', r.id, categoryIds, `allowed: ${[...categoryIds].join(', ')}`)));
    }
    if (r.kind === 'author' && !authorIds.has(r.id)) {
      const rest = `add ${input.root}/authors/${r.id}.yaml or use one of: ${[...authorIds].join(', ') || '(none yet)'}`;
      problems.push(at(r.file, r.source, r.fieldPath, unknownIdMessage('author', r.id, authorIds, rest)));
    }
  }
  const slugs = new Map<string, string>();
  for (const [slug] of options.unreadArticles ?? []) slugs.set(slug, '(not read in this build)');
  for (const a of articles) {
    const other = slugs.get(a.slug);
    if (other) {
      problems.push({ file: a.file, message: `duplicate slug "${a.slug}": ${other} has the same file name; rename one of them` });
    } else slugs.set(a.slug, a.file);
  }

  // Old addresses must lead to one article and never shadow an article's own address,
  // drafts included, so publishing one later cannot break the build.
  const aliasOwners = new Map<string, string>();
  const articlePaths = new Set(articles.map((a) => `/articles/${a.slug}`));
  for (const a of articles) {
    a.data.aliases.forEach((alias, i) => {
      const key = alias.toLowerCase().replace(/\/index\.html$/, '').replace(/\/+$/, '');
      const owner = aliasOwners.get(key);
      if (articlePaths.has(key)) problems.push(at(a.file, a.source, ['aliases', i], `"${alias}" is the address of an article; an alias must be an old address that no page uses`));
      else if (owner && owner !== a.file) problems.push(at(a.file, a.source, ['aliases', i], `"${alias}" is already an alias of ${owner}`));
      aliasOwners.set(key, owner ?? a.file);
    });
  }

  const published = new Set(articles.filter((a) => isPublished(a.data, options.now)).map((a) => a.slug));
  for (const [slug, live] of options.unreadArticles ?? []) if (live) published.add(slug);
  // Input policy: more redirects than Cloudflare Pages reads is a warning (Netlify and the S3 recipe read them all).
  findings.warnings.push(...redirectLimitProblems(articles.filter((a) => published.has(a.slug)), (a, i) => at(a.file, a.source, ['aliases', i], '')));
  const seenBriefs = new Set<string>();
  // Looked up once per brief: a scan of every article file per brief took 22 s at 10,000 articles.
  const articleFiles = new Set(input.articles.map((f) => path.basename(f.path, '.md')));
  for (const b of briefs) {
    const link = b.data.link;
    // A link to an article that has problems of its own waits for those to be fixed.
    const broken = link !== undefined && articleFiles.has(link) && !slugs.has(link);
    if (link && !link.startsWith('https://') && !published.has(link) && !broken) {
      const why = slugs.has(link) ? 'is a draft or scheduled for later' : 'does not exist';
      problems.push(at(b.file, b.source, [b.index, 'link'], `article "${link}" ${why}; a brief may link only to a published article or an https:// URL`));
    }
    // Two identical briefs at the same time are the same brief filed twice.
    const key = `${b.data.time.toISOString()} ${b.data.text}`;
    if (seenBriefs.has(key)) problems.push(at(b.file, b.source, [b.index], `the same brief (time and text) appears twice`));
    seenBriefs.add(key);
  }

  // The front page may name only stories readers can open: published ones.
  if (front) {
    const check = (slug: string, fieldPath: Array<string | number>) => {
      if (published.has(slug)) return;
      const why = slugs.has(slug) ? 'is a draft or scheduled for later' : 'does not exist';
      problems.push(at(front.file, front.source, fieldPath, `article "${slug}" ${why}; the front page may name only published articles (${input.root}/articles/**/<slug>.md)`));
    };
    if (front.data.lead) check(front.data.lead, ['lead']);
    const seenTop = new Set<string>();
    front.data.top.forEach((slug, i) => {
      check(slug, ['top', i]);
      if (slug === front.data.lead) problems.push(at(front.file, front.source, ['top', i], `"${slug}" is already the lead; list it once`));
      else if (seenTop.has(slug)) problems.push(at(front.file, front.source, ['top', i], `"${slug}" is listed twice`));
      seenTop.add(slug);
    });
    const link = front.data.banner?.link;
    if (link && !link.startsWith('https://')) check(link, ['banner', 'link']);
  }

  const commentFiles = new Set(comments.map((c) => c.file));
  for (const file of commentFiles) {
    const slug = path.basename(file).replace(/\.ya?ml$/, '');
    if (!slugs.has(slug)) {
      problems.push({ file, message: `no article "${slug}"; a comments file is named after its article (${input.root}/articles/**/${slug}.md)` });
    }
  }

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

function at(file: string, source: YamlSource, fieldPath: Array<string | number>, message: string): Problem {
  const line = source.lineOf(fieldPath);
  const field = fieldName(fieldPath);
  return { file, ...(line ? { line } : {}), ...(field ? { field } : {}), message };
}

/** Follows `fieldPath` into a raw parsed YAML value; undefined where the shape does not allow it. */
function rawAt(value: unknown, fieldPath: ReadonlyArray<string | number>): unknown {
  let node = value;
  for (const key of fieldPath) {
    if (node === null || typeof node !== 'object') return undefined;
    node = (node as Record<string | number, unknown>)[key];
  }
  return node;
}

/** Notes a reference found at `fieldPath` of the raw data, if a string is there. */
function noteReference(findings: Findings, kind: Reference['kind'], file: string, source: YamlSource, raw: unknown, fieldPath: Array<string | number>): void {
  const id = rawAt(raw, fieldPath);
  if (typeof id === 'string') findings.references.push({ kind, id, file, source, fieldPath });
}

/** Warns about a time at `fieldPath` of the raw data written with another offset than the site zone's then. */
function checkOffset(findings: Findings, options: ValidateOptions, file: string, source: YamlSource, raw: unknown, fieldPath: Array<string | number>): void {
  const written = rawAt(raw, fieldPath);
  const warning = options.timeZone && typeof written === 'string' ? offsetWarning(written, options.timeZone) : undefined;
  if (warning) findings.warnings.push(at(file, source, fieldPath, warning));
}

function parseCategories(input: ContentInput, problems: Problem[]): CategoryData[] {
  const file = input.categories;
  if (file?.unreadable) return [];
  if (!file) {
    problems.push({ file: `${input.root}/categories.yaml`, message: 'file is missing; it lists the sections as { id, name, description?, translations? }' });
    return [];
  }
  const source = parseYaml(file.text, file.path);
  if (Array.isArray(source)) return void problems.push(...source), [];
  const result = CategoryFileSchema.safeParse(source.data ?? []);
  if (!result.success) return void problems.push(...zodProblems(result.error, CategoryFileSchema, file.path, source)), [];
  const seen = new Set<string>();
  result.data.forEach((c, i) => {
    if (seen.has(c.id)) problems.push(at(file.path, source, [i, 'id'], `duplicate category id "${c.id}"`));
    seen.add(c.id);
  });
  return result.data;
}

function parseAuthor(file: SourceFile, root: string, options: ValidateOptions, problems: Problem[]): AuthorSource[] {
  const id = path.basename(file.path).replace(/\.ya?ml$/, '');
  if (!SLUG.test(id)) {
    problems.push({ file: file.path, message: `file name "${id}" is not a valid author id; use lowercase letters, digits and hyphens` });
    return [];
  }
  if (id.length > LIMITS.id) return void problems.push({ file: file.path, message: `file name "${id.slice(0, 20)}…" is ${id.length} characters long; an author id has at most ${LIMITS.id}` }), [];
  const source = parseYaml(file.text, file.path);
  if (Array.isArray(source)) return void problems.push(...source), [];
  const schema = authorSchema();
  const result = schema.safeParse(source.data ?? {});
  if (!result.success) return void problems.push(...zodProblems(result.error, schema, file.path, source)), [];
  const avatar = result.data.avatar as string | undefined;
  if (avatar !== undefined) {
    const bad = checkImagePath(avatar, file.path, root, options);
    if (bad) problems.push(at(file.path, source, ['avatar'], bad));
  }
  return [{ id, file: file.path, raw: source.data as Record<string, unknown>, data: result.data }];
}

function parseArticle(file: SourceFile, root: string, options: ValidateOptions, findings: Findings): Array<ArticleSource & { source: YamlSource }> {
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
  // The body's first line in the file, so body problems point at the writer's line.
  const bodyLine = file.text.endsWith(content) ? file.text.slice(0, file.text.length - content.length).split('\n').length : 1;
  problems.push(...checkBody(content, bodyLine, file.path, root, options));
  // What can be checked in fields the schema has no quarrel with, whatever else is wrong.
  noteReference(findings, 'category', file.path, source, raw, ['category']);
  const authors = rawAt(raw, ['authors']);
  const yaml: YamlSource = source; // narrowed, for the callbacks below (a captured `let` is not)
  if (Array.isArray(authors)) authors.forEach((_, i) => noteReference(findings, 'author', file.path, yaml, raw, ['authors', i]));
  const imageSrc = rawAt(raw, ['image', 'src']);
  const badImage = typeof imageSrc === 'string' ? checkImagePath(imageSrc, file.path, root, options) : undefined;
  if (badImage) problems.push(at(file.path, source, ['image', 'src'], badImage));
  checkOffset(findings, options, file.path, source, raw, ['published']);
  checkOffset(findings, options, file.path, source, raw, ['updated']);
  const corrections = rawAt(raw, ['corrections']);
  if (Array.isArray(corrections)) corrections.forEach((_, i) => checkOffset(findings, options, file.path, yaml, raw, ['corrections', i, 'time']));
  const schema = articleSchema();
  const result = schema.safeParse(raw);
  if (!result.success) return void problems.push(...zodProblems(result.error, schema, file.path, source)), [];
  const data = result.data;
  if (data.updated && data.updated < data.published) {
    problems.push(at(file.path, source, ['updated'], `is earlier than published (${(raw as Record<string, unknown>)['published']})`));
  }
  // `npm run new` starts from placeholders; they may stay in a draft but never go out.
  if (!data.draft && data.summary === SUMMARY_PLACEHOLDER) {
    problems.push(at(file.path, source, ['summary'], 'still the placeholder from "npm run new"; write the summary before publishing (or keep draft: true)'));
  }
  if (!data.draft && content.includes(BODY_PLACEHOLDER)) {
    const line = file.text.slice(0, file.text.indexOf(BODY_PLACEHOLDER)).split('\n').length;
    problems.push({ file: file.path, line, message: 'the body still has the placeholder from "npm run new"; write the story before publishing (or keep draft: true)' });
  }
  for (const [i, c] of data.corrections.entries()) {
    if (c.time < data.published) {
      problems.push(at(file.path, source, ['corrections', i, 'time'], `is earlier than published (${(raw as Record<string, unknown>)['published']})`));
    }
  }
  if (!slugOk) return [];
  return [{ slug, file: file.path, raw: raw as Record<string, unknown>, data, body: content, source }];
}

/**
 * An article as parseArticle finds it, or as an earlier build found it (`options.memo`) when the
 * file and every answer about the images it names are unchanged: its warnings and references
 * come back with it, and its front matter is parsed again only if a line is needed for a problem
 * another file causes (an unknown author, a clashing alias).
 */
function articleOf(file: SourceFile, root: string, options: ValidateOptions, findings: Findings): Array<ArticleSource & { source: YamlSource }> {
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

/** A Markdown file's front matter (YAML source, or its problems) and body; a problem if gray-matter cannot split them. */
function frontMatter(file: SourceFile): { source: YamlSource | Problem[]; content: string } | Problem {
  let source: YamlSource | Problem[] | undefined;
  try {
    const { content } = matter(file.text, {
      engines: {
        // Parse with YAML 1.2 core so dates stay strings and their offsets can be checked.
        yaml: (text: string) => {
          // gray-matter hands over the text after the opening "---", starting with that line's
          // newline, so YAML line numbers already match the file's.
          source = parseYaml(text, file.path);
          return Array.isArray(source) ? {} : ((source.data ?? {}) as object);
        },
      },
    });
    return { source: source ?? parseYaml('', file.path), content };
  } catch (e) {
    return { file: file.path, message: `unreadable front matter: ${(e as Error).message}` };
  }
}

/** The front matter of a file validated clean before, parsed only when something asks for it. */
function lazySource(file: SourceFile): YamlSource {
  let parsed: YamlSource | undefined;
  const load = (): YamlSource => {
    if (parsed) return parsed;
    const front = frontMatter(file);
    const source = 'content' in front ? front.source : [front];
    if (Array.isArray(source)) throw new Error(`${file.path}: front matter validated before no longer parses: ${source.map((p) => p.message).join('; ')}`);
    return (parsed = source);
  };
  return {
    get data() {
      return load().data;
    },
    lineOf: (fieldPath) => load().lineOf(fieldPath),
  };
}

function parseBriefs(file: SourceFile, options: ValidateOptions, findings: Findings): Array<BriefSource & { source: YamlSource; index: number }> {
  const { problems } = findings;
  const source = parseYaml(file.text, file.path);
  if (Array.isArray(source)) return void problems.push(...source), [];
  const list = source.data ?? [];
  if (!Array.isArray(list)) {
    problems.push({ file: file.path, line: 1, message: `expected a list of briefs (lines starting with "- time:"), found ${describe(list)}` });
    return [];
  }
  // Check each brief on its own, so one bad line does not hide problems in the others.
  return list.flatMap((item, index) => {
    noteReference(findings, 'category', file.path, source, list, [index, 'category']);
    checkOffset(findings, options, file.path, source, list, [index, 'time']);
    const result = BriefSchema.safeParse(item);
    if (!result.success) return void problems.push(...zodProblems(result.error, BriefSchema, file.path, source, [index])), [];
    return [{ id: '', file: file.path, data: result.data, source, index }];
  });
}

function parseComments(file: SourceFile, options: ValidateOptions, findings: Findings): Array<CommentSource & { source: YamlSource }> {
  const { problems } = findings;
  const slug = path.basename(file.path).replace(/\.ya?ml$/, '');
  const source = parseYaml(file.text, file.path);
  if (Array.isArray(source)) return void problems.push(...source), [];
  const list = source.data ?? [];
  if (!Array.isArray(list)) {
    problems.push({ file: file.path, line: 1, message: `expected a list of comments (lines starting with "- id:"), found ${describe(list)}` });
    return [];
  }
  const byId = new Map<string, CommentData>();
  const depths = new Map<string, number>(); // input policy: replies nest at most LIMITS.replyDepth deep
  const comments = list.flatMap((item, index) => {
    checkOffset(findings, options, file.path, source, list, [index, 'time']);
    const result = CommentSchema.safeParse(item);
    if (!result.success) return void problems.push(...zodProblems(result.error, CommentSchema, file.path, source, [index])), [];
    const data = result.data;
    if (byId.has(data.id)) {
      problems.push(at(file.path, source, [index, 'id'], `duplicate comment id "${data.id}"; every comment in a file needs its own id`));
      return [];
    }
    if (data.replyTo !== undefined) {
      const parent = byId.get(data.replyTo);
      if (!parent) {
        const known = [...byId.keys()];
        problems.push(
          at(file.path, source, [index, 'replyTo'], `no earlier comment has id "${data.replyTo}"; a reply must come after the comment it answers (earlier ids: ${known.join(', ') || 'none'})`),
        );
      } else if (data.time < parent.time) {
        problems.push(at(file.path, source, [index, 'time'], `is earlier than the comment it answers ("${parent.id}")`));
      } else if ((depths.get(parent.id) ?? 0) === LIMITS.replyDepth) {
        problems.push(at(file.path, source, [index, 'replyTo'], `would be reply ${(depths.get(parent.id) ?? 0) + 1} in a chain of replies; at most ${LIMITS.replyDepth} are shown nested, so answer an earlier comment in the chain`));
      }
      depths.set(data.id, parent ? (depths.get(parent.id) ?? 0) + 1 : 0);
    }
    byId.set(data.id, data);
    return [{ id: `${slug}/${data.id}`, article: slug, file: file.path, index, data, source }];
  });
  return comments;
}

/** The briefs with their ids (briefIds); two briefs that give themselves the same `id` are a problem. */
function withBriefIds<T extends BriefSource & { source: YamlSource; index: number }>(briefs: T[], problems: Problem[]): T[] {
  const ids = briefIds(briefs.map((b) => b.data));
  const owner = new Map<string, T>();
  return briefs.map((b, i) => {
    const first = b.data.id === undefined ? undefined : owner.get(b.data.id);
    if (first) problems.push(at(b.file, b.source, [b.index, 'id'], `brief id "${b.data.id}" is already used by the brief at ${first.file}:${first.source.lineOf([first.index]) ?? 1}; give each brief its own`));
    else if (b.data.id !== undefined) owner.set(b.data.id, b);
    return { ...b, id: ids[i]! };
  });
}

function parseFrontPage(file: SourceFile, problems: Problem[]): { file: string; source: YamlSource; data: FrontPageData } | undefined {
  const source = parseYaml(file.text, file.path);
  if (Array.isArray(source)) return void problems.push(...source), undefined;
  const raw = source.data ?? {};
  const result = FrontPageSchema.safeParse(raw);
  if (result.success) return { file: file.path, source, data: result.data };
  problems.push(...zodProblems(result.error, FrontPageSchema, file.path, source));
  // The slugs are still checked, so a bad banner does not hide a wrong lead (every problem in one run).
  const fields = (typeof raw === 'object' && raw !== null ? raw : {}) as Record<string, unknown>;
  const lead = typeof fields['lead'] === 'string' ? fields['lead'] : undefined;
  const top = Array.isArray(fields['top']) ? fields['top'].filter((t): t is string => typeof t === 'string') : [];
  return { file: file.path, source, data: { ...(lead ? { lead } : {}), top } };
}

/** Addresses a static page may not take: the site's own sections and files. */
const RESERVED_PAGE_SLUGS = new Set(['articles', 'category', 'author', 'tag', 'latest', 'search', 'admin', 'pagefind', 'banner', 'index', '404']);

function parsePage(file: SourceFile, root: string, options: ValidateOptions, problems: Problem[]): PageSource[] {
  const slug = path.basename(file.path, '.md');
  if (!SLUG.test(slug) || RESERVED_PAGE_SLUGS.has(slug)) {
    const why = SLUG.test(slug) ? `is an address the site already uses (${[...RESERVED_PAGE_SLUGS].join(', ')})` : 'is not a valid slug; use lowercase ASCII letters, digits and single hyphens';
    problems.push({ file: file.path, message: `file name "${slug}" ${why}` });
    return [];
  }
  if (!/^---\r?\n/.test(file.text)) {
    problems.push({ file: file.path, line: 1, message: 'no front matter: the file must start with a line "---", then title and summary, then "---"' });
    return [];
  }
  const front = frontMatter(file);
  if (!('content' in front)) return void problems.push(front), [];
  const { source, content } = front;
  if (Array.isArray(source)) return void problems.push(...source), [];
  const bodyLine = file.text.endsWith(content) ? file.text.slice(0, file.text.length - content.length).split('\n').length : 1;
  problems.push(...checkBody(content, bodyLine, file.path, root, options));
  const result = PageSchema.safeParse(source.data ?? {});
  if (!result.success) return void problems.push(...zodProblems(result.error, PageSchema, file.path, source)), [];
  return [{ slug, file: file.path, raw: (source.data ?? {}) as Record<string, unknown>, data: result.data, body: content }];
}

/**
 * Problems in an article body that the HTML sanitizer cannot fix quietly: invisible control
 * characters (they corrupt feeds) and Markdown images that are not repository files
 * (remote, `data:`, `javascript:` or `../` outside the content folder).
 */
function checkBody(body: string, firstLine: number, file: string, root: string, options: ValidateOptions): Problem[] {
  const problems: Problem[] = [];
  // Input policy first: a body too long or too deep is not split, scanned or parsed any further.
  const tooBig = bodyProblem(body);
  if (tooBig) return [{ file, line: firstLine + tooBig.line - 1, message: tooBig.message }];
  body.split('\n').forEach((text, i) => {
    if (FORBIDDEN_CHARS.test(text)) {
      problems.push({ file, line: firstLine + i, message: `the text contains the invisible control character ${forbiddenCharIn(text)}; retype the line without it` });
    }
  });
  // Every image form starts with `![` (inline and reference) or `<img` (raw HTML): a body with
  // neither cannot hold a bad image, and skipping its parse halves validation time on an archive.
  if (!body.includes('![') && !/<img/i.test(body)) return problems;
  const tree: MdastRoot = fromMarkdown(body);
  const definitions = new Map<string, Definition>();
  const referenced = new Set<string>();
  visit(tree, (node) => {
    if (node.type === 'definition') definitions.set(node.identifier, node);
    if (node.type === 'imageReference') referenced.add(node.identifier);
  });
  const check = (node: Image | Definition) => {
    const bad = checkImagePath(node.url, file, root, options);
    if (bad) problems.push({ file, line: firstLine + (node.position?.start.line ?? 1) - 1, message: `image ${bad}` });
  };
  visit(tree, 'image', check);
  // Raw HTML images too: one from another host would lose its src to the sanitizer, one to a
  // missing file would be a broken picture; both are reported at their line. (Other raw-HTML
  // tricks are left to the sanitizer.)
  visit(tree, 'html', (node) => {
    for (const match of node.value.matchAll(/<img\b[^>]*?\bsrc\s*=\s*(?:"\s*([^"]*?)\s*"|'\s*([^']*?)\s*'|([^\s"'>]+))/gi)) {
      // Decoded as a browser decodes it (`&#9;`, `&#92;`), for the input policy's reading below.
      const src = rawImageSources(`${match[0]}>`)[0] ?? match[1] ?? match[2] ?? match[3] ?? '';
      // Checked: addresses on another host, and paths to an image file next to the article. Left
      // alone: site paths (`/favicon.svg`, from public/) and anything else (`javascript:`, text
      // that only looks like a tag), which the sanitizer deals with.
      // Remote also as a browser reads it (input policy): `\\host/`, `/\host/`, a tab between the slashes.
      const remote = /^(?:https?:)?\/\//i.test(src) || (!/^[a-z][a-z0-9+.-]*:/i.test(src) && !!remoteImageProblem(src));
      const local = !/^[a-z][a-z0-9+.-]*:|^\//i.test(src) && IMAGE_EXTENSIONS.has(path.extname(src).toLowerCase());
      if (!remote && !local) continue;
      const bad = checkImagePath(src, file, root, options);
      const lineInNode = node.value.slice(0, match.index).split('\n').length - 1;
      if (bad) problems.push({ file, line: firstLine + (node.position?.start.line ?? 1) - 1 + lineInNode, message: `image ${bad}` });
    }
  });
  for (const id of referenced) {
    const def = definitions.get(id);
    if (def) check(def);
  }
  return problems;
}

/** Why an image path is unusable, or undefined when it is fine. */
function checkImagePath(src: string, ownerFile: string, root: string, options: ValidateOptions): string | undefined {
  if (/^[a-z][a-z0-9+.-]*:/i.test(src) || src.startsWith('//')) {
    return `"${src}" is a URL; images must be files in the repository, given relative to this file (e.g. ./photo.jpg)`;
  }
  if (src.startsWith('/') && !remoteImageProblem(src)) return `"${src}" is an absolute path; give it relative to this file (e.g. ./photo.jpg)`;
  const remote = remoteImageProblem(src);
  if (remote) return remote;
  const resolved = path.normalize(path.join(path.dirname(ownerFile), src));
  if (!resolved.startsWith(`${root}/`)) return `"${src}" points outside the ${root}/ folder`;
  const ext = path.extname(resolved).toLowerCase();
  if (!IMAGE_EXTENSIONS.has(ext)) return `"${src}" is not a supported image; use ${[...IMAGE_EXTENSIONS].join(', ')}`;
  const badName = fileNameProblem(path.basename(resolved));
  if (badName) return `"${src}": the file name ${badName}`;
  if (!options.fileExists(resolved)) return `file "${src}" does not exist (looked for ${resolved})`;
  const facts = options.inspectImage?.(resolved);
  return facts ? imageFileProblem(src, facts) : undefined;
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
