// The shapes content validation takes in and gives out (validate.ts, the entry file, re-exports
// the public ones), and the parsed forms its steps hand each other: those keep each file's YAML
// source, so a problem found later (by a check across files) still gets its line.
import type { ArticleData } from '../../schemas/article.ts';
import type { AuthorData } from '../../schemas/author.ts';
import type { BriefData } from '../../schemas/brief.ts';
import type { CategoryData } from '../../schemas/category.ts';
import type { CommentData } from '../../schemas/comment.ts';
import type { FrontPageData } from '../../schemas/front-page.ts';
import type { PageData } from '../../schemas/page.ts';
import type { ImageFacts } from './input-policy.ts';
import type { Problem } from './problems.ts';
import type { ValidationMemo } from './validation-memo.ts';
import type { YamlSource } from './yaml-source.ts';

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

/** A valid article with its front matter's source, for problems other files cause (an unknown author, a clashing alias). */
export type ParsedArticle = ArticleSource & { source: YamlSource };

/** A valid brief with its file's source and its place in that file's list. */
export type ParsedBrief = BriefSource & { source: YamlSource; index: number };

/** A valid comment with its file's source. */
export type ParsedComment = CommentSource & { source: YamlSource };

/** The front-page file: its choices (only the slugs that are text when the file has problems) and its source. */
export interface ParsedFrontPage {
  file: string;
  source: YamlSource;
  data: FrontPageData;
}
