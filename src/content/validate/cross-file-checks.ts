// What no single content file can be checked for, run once every file is read: the sections and
// authors files name, slugs and old addresses unique across the site, briefs and front-page
// picks that name published articles, comments files named after an article.
import path from 'node:path/posix';
import { redirectLimitProblems } from '../../cdn/limits.ts';
import { isPublished } from '../../publishing/publish.ts';
import type { CategoryData } from '../../schemas/category.ts';
import { problemAt, type Findings, type Reference } from './findings.ts';
import type { Problem } from './problems.ts';
import { unknownIdMessage } from './suggest.ts';
import type { ContentInput, ParsedArticle, ParsedBrief, ParsedComment, ParsedFrontPage, ValidateOptions } from './types.ts';

/** The valid content of every file, as the file parsers left it. */
export interface ParsedContent {
  categories: CategoryData[];
  articles: ParsedArticle[];
  briefs: ParsedBrief[];
  comments: ParsedComment[];
  front: ParsedFrontPage | undefined;
}

/** Checks `parsed` across files; problems and warnings go into `findings`. */
export function checkAcrossFiles(input: ContentInput, options: ValidateOptions, parsed: ParsedContent, findings: Findings): void {
  // In this order: two problems on one line are listed as they were found (sortProblems is stable).
  const { problems } = findings;
  const { articles } = parsed;
  checkReferences(findings.references, parsed.categories, input, problems);
  const slugs = articleSlugs(articles, options, problems);
  checkAliases(articles, problems);
  const published = new Set(articles.filter((a) => isPublished(a.data, options.now)).map((a) => a.slug));
  for (const [slug, live] of options.unreadArticles ?? []) if (live) published.add(slug);
  // Input policy: more redirects than Cloudflare Pages reads is a warning (Netlify and the S3 recipe read them all).
  findings.warnings.push(...redirectLimitProblems(articles.filter((a) => published.has(a.slug)), (a, i) => problemAt(a.file, a.source, ['aliases', i], '')));
  checkBriefs(parsed.briefs, input, slugs, published, problems);
  if (parsed.front) checkFrontPage(parsed.front, input.root, slugs, published, problems);
  checkCommentFiles(parsed.comments, input.root, slugs, problems);
}

/** Sections and authors named but not defined; an author id is the name of any author file, valid or not. */
function checkReferences(references: Reference[], categories: CategoryData[], input: ContentInput, problems: Problem[]): void {
  const categoryIds = new Set(categories.map((c) => c.id));
  const authorIds = new Set(input.authors.map((f) => path.basename(f.path).replace(/\.ya?ml$/, '')));
  for (const r of references) {
    // Without any section (the file is missing or wrong, and says so) every name would be unknown.
    if (r.kind === 'category' && categories.length && !categoryIds.has(r.id)) {
      problems.push(problemAt(r.file, r.source, r.fieldPath, unknownIdMessage('category', r.id, categoryIds, `allowed: ${[...categoryIds].join(', ')}`)));
    }
    if (r.kind === 'author' && !authorIds.has(r.id)) {
      const rest = `add ${input.root}/authors/${r.id}.yaml or use one of: ${[...authorIds].join(', ') || '(none yet)'}`;
      problems.push(problemAt(r.file, r.source, r.fieldPath, unknownIdMessage('author', r.id, authorIds, rest)));
    }
  }
}

/** Every valid article's slug (and those a live build did not read) → its file; a slug in two files is a problem. */
function articleSlugs(articles: ParsedArticle[], options: ValidateOptions, problems: Problem[]): Map<string, string> {
  const slugs = new Map<string, string>();
  for (const [slug] of options.unreadArticles ?? []) slugs.set(slug, '(not read in this build)');
  for (const a of articles) {
    const other = slugs.get(a.slug);
    if (other) {
      problems.push({ file: a.file, message: `duplicate slug "${a.slug}": ${other} has the same file name; rename one of them` });
    } else slugs.set(a.slug, a.file);
  }
  return slugs;
}

/**
 * Old addresses must lead to one article and never shadow an article's own address, drafts
 * included, so publishing one later cannot break the build.
 */
function checkAliases(articles: ParsedArticle[], problems: Problem[]): void {
  const aliasOwners = new Map<string, string>();
  const articlePaths = new Set(articles.map((a) => `/articles/${a.slug}`));
  for (const a of articles) {
    a.data.aliases.forEach((alias, i) => {
      const key = alias.toLowerCase().replace(/\/index\.html$/, '').replace(/\/+$/, '');
      const owner = aliasOwners.get(key);
      if (articlePaths.has(key)) problems.push(problemAt(a.file, a.source, ['aliases', i], `"${alias}" is the address of an article; an alias must be an old address that no page uses`));
      else if (owner && owner !== a.file) problems.push(problemAt(a.file, a.source, ['aliases', i], `"${alias}" is already an alias of ${owner}`));
      aliasOwners.set(key, owner ?? a.file);
    });
  }
}

/** Brief links to articles readers cannot open, and the same brief filed twice. */
function checkBriefs(briefs: ParsedBrief[], input: ContentInput, slugs: Map<string, string>, published: Set<string>, problems: Problem[]): void {
  const seenBriefs = new Set<string>();
  // Looked up once per brief: a scan of every article file per brief took 22 s at 10,000 articles.
  const articleFiles = new Set(input.articles.map((f) => path.basename(f.path, '.md')));
  for (const b of briefs) {
    const link = b.data.link;
    // A link to an article that has problems of its own waits for those to be fixed.
    const broken = link !== undefined && articleFiles.has(link) && !slugs.has(link);
    if (link && !link.startsWith('https://') && !published.has(link) && !broken) {
      const why = slugs.has(link) ? 'is a draft or scheduled for later' : 'does not exist';
      problems.push(problemAt(b.file, b.source, [b.index, 'link'], `article "${link}" ${why}; a brief may link only to a published article or an https:// URL`));
    }
    // Two identical briefs at the same time are the same brief filed twice.
    const key = `${b.data.time.toISOString()} ${b.data.text}`;
    if (seenBriefs.has(key)) problems.push(problemAt(b.file, b.source, [b.index], `the same brief (time and text) appears twice`));
    seenBriefs.add(key);
  }
}

/** The front page may name only stories readers can open (published ones), each once. */
function checkFrontPage(front: ParsedFrontPage, root: string, slugs: Map<string, string>, published: Set<string>, problems: Problem[]): void {
  const check = (slug: string, fieldPath: Array<string | number>) => {
    if (published.has(slug)) return;
    const why = slugs.has(slug) ? 'is a draft or scheduled for later' : 'does not exist';
    problems.push(problemAt(front.file, front.source, fieldPath, `article "${slug}" ${why}; the front page may name only published articles (${root}/articles/**/<slug>.md)`));
  };
  if (front.data.lead) check(front.data.lead, ['lead']);
  const seenTop = new Set<string>();
  front.data.top.forEach((slug, i) => {
    check(slug, ['top', i]);
    if (slug === front.data.lead) problems.push(problemAt(front.file, front.source, ['top', i], `"${slug}" is already the lead; list it once`));
    else if (seenTop.has(slug)) problems.push(problemAt(front.file, front.source, ['top', i], `"${slug}" is listed twice`));
    seenTop.add(slug);
  });
  const link = front.data.banner?.link;
  if (link && !link.startsWith('https://')) check(link, ['banner', 'link']);
}

/** A comments file is named after its article; one named after no article is a problem. */
function checkCommentFiles(comments: ParsedComment[], root: string, slugs: Map<string, string>, problems: Problem[]): void {
  const commentFiles = new Set(comments.map((c) => c.file));
  for (const file of commentFiles) {
    const slug = path.basename(file).replace(/\.ya?ml$/, '');
    if (!slugs.has(slug)) {
      problems.push({ file, message: `no article "${slug}"; a comments file is named after its article (${root}/articles/**/${slug}.md)` });
    }
  }
}
