// JSON Schemas for editors (and the CMS), generated from the zod schemas in src/schemas: the rules
// live there only. JSON Schema cannot express refinements, so the editor's checks are a subset of
// `npm run check`; the patterns the schemas attach with `.meta()` cover the common mistakes.
import { z } from 'astro/zod';
import { ArticleSchema } from './article.ts';
import { AuthorSchema, PROFILE_URL } from './author.ts';
import { BriefFileSchema } from './brief.ts';
import { CategoryFileSchema } from './category.ts';
import { CommentFileSchema } from './comment.ts';
import { ISO_DATE_TIME } from './common.ts';
import { FrontPageSchema } from './front-page.ts';
import { PageSchema } from './page.ts';

/** A JSON Schema document (draft-07). */
export type JsonSchema = { [key: string]: unknown };

/** One content type whose schema editors get. */
export interface SchemaTarget {
  /** File name stem: `schemas/<name>.schema.json`. */
  name: string;
  /** Shown by editors on hover. */
  title: string;
  /** The zod schema (input side is what a writer types). */
  schema: z.ZodType;
  /** The schema's source file, whose field doc lines become descriptions. */
  source: string;
  /** Content files it applies to, as globs relative to the content folder. */
  files: string[];
}

/**
 * Plain-words messages for the patterns the schemas use: editors show them instead of the regular
 * expression (`patternErrorMessage`, read by VS Code and the YAML language server), and so does the CMS.
 */
export const PATTERN_MESSAGES: Readonly<Record<string, string>> = {
  [ISO_DATE_TIME.source]: 'Expected a date-time with offset, e.g. 2025-01-14T15:20:00+01:00',
  '^[a-z0-9]+(?:-[a-z0-9]+)*$': 'Use lowercase letters, digits and single hyphens, e.g. economy',
  '^[a-zA-Z]{2,3}(-[a-zA-Z0-9]{2,8})*$': 'Expected a language tag such as en, fr or ar-MA',
  '^(?:[a-z0-9]+(?:-[a-z0-9]+)*|https://[^\\s/?#]+\\S*)$': 'Expected an article slug (e.g. port-of-tanger-med-record) or an https:// address',
  [PROFILE_URL.source]: 'Expected an https:// or mailto: address',
};

/** The content types, in the order docs/writers-guide.md lists them. */
export const SCHEMA_TARGETS: readonly SchemaTarget[] = [
  { name: 'article', title: 'Article front matter (content/articles/**/*.md)', schema: ArticleSchema(), source: 'src/schemas/article.ts', files: ['articles/**/*.md'] },
  { name: 'briefs', title: 'Briefs file (content/briefs/*.yaml)', schema: BriefFileSchema, source: 'src/schemas/brief.ts', files: ['briefs/*.yaml', 'briefs/*.yml'] },
  { name: 'author', title: 'Author (content/authors/<id>.yaml)', schema: AuthorSchema(), source: 'src/schemas/author.ts', files: ['authors/*.yaml', 'authors/*.yml'] },
  { name: 'categories', title: 'Sections (content/categories.yaml)', schema: CategoryFileSchema, source: 'src/schemas/category.ts', files: ['categories.yaml'] },
  { name: 'comments', title: 'Reader comments (content/comments/<article-slug>.yaml)', schema: CommentFileSchema, source: 'src/schemas/comment.ts', files: ['comments/*.yaml', 'comments/*.yml'] },
  { name: 'front-page', title: 'Front page: lead, top stories, banner (content/front-page.yaml)', schema: FrontPageSchema, source: 'src/schemas/front-page.ts', files: ['front-page.yaml'] },
  { name: 'page', title: 'Static page front matter (content/pages/<slug>.md)', schema: PageSchema, source: 'src/schemas/page.ts', files: ['pages/*.md'] },
];

/**
 * The one-line doc comment above each field in a schema source (`/** Headline. *\/ title: …`),
 * by field name. The house style requires one on every field, so every field gets a description.
 */
export function fieldDocs(source: string): Map<string, string> {
  const docs = new Map<string, string>();
  for (const m of source.matchAll(/\/\*\*\s*((?:(?!\*\/)[^\n])+?)\s*\*\/\s*\n\s*([A-Za-z_$][\w$]*)\s*:/g)) {
    if (!docs.has(m[2]!)) docs.set(m[2]!, m[1]!);
  }
  return docs;
}

/** Adds `description` to every property that has a doc line, and messages to patterns, at any depth. */
function describeProperties(node: unknown, docs: ReadonlyMap<string, string>): void {
  if (Array.isArray(node)) return node.forEach((n) => describeProperties(n, docs));
  if (node === null || typeof node !== 'object') return;
  const obj = node as JsonSchema;
  const message = typeof obj['pattern'] === 'string' ? PATTERN_MESSAGES[obj['pattern']] : undefined;
  if (message) obj['patternErrorMessage'] = message;
  const props = obj['properties'];
  if (props && typeof props === 'object') {
    for (const [key, value] of Object.entries(props as Record<string, JsonSchema>)) {
      const doc = docs.get(key);
      if (doc && value['description'] === undefined) value['description'] = doc;
    }
  }
  for (const value of Object.values(obj)) describeProperties(value, docs);
}

/** The JSON Schema of one content type, draft-07 (what VS Code and the YAML language server read best). */
export function toJsonSchema(target: SchemaTarget, source: string): JsonSchema {
  const generated = z.toJSONSchema(target.schema, { target: 'draft-7', io: 'input', unrepresentable: 'any' }) as JsonSchema;
  describeProperties(generated, fieldDocs(source));
  const { $schema, ...rest } = generated;
  return { $schema, title: target.title, ...rest };
}

/** Every content schema as `schemas/<name>.schema.json` text; `readSource` reads a project file. */
export function contentJsonSchemaFiles(readSource: (projectPath: string) => string): Array<{ file: string; text: string }> {
  return SCHEMA_TARGETS.map((t) => ({ file: `schemas/${t.name}.schema.json`, text: `${JSON.stringify(toJsonSchema(t, readSource(t.source)), null, 2)}\n` }));
}

/** `.vscode/settings.json` `yaml.schemas`: each schema file mapped to the YAML files it checks. */
export function yamlSchemaSettings(root: string): Record<string, string[]> {
  return Object.fromEntries(
    SCHEMA_TARGETS.filter((t) => t.files.some((f) => /\.ya?ml$/.test(f))).map((t) => [`./schemas/${t.name}.schema.json`, t.files.map((f) => `${root}/${f}`)]),
  );
}
