// Static page files (content/pages/<slug>.md: About, Contact, policies): an address of the
// site's own, front matter and a Markdown body.
import path from 'node:path/posix';
import { PageSchema } from '../../schemas/page.ts';
import { checkBody } from './body.ts';
import { SLUG } from './findings.ts';
import { bodyStartLine, frontMatter } from './front-matter.ts';
import type { Problem } from './problems.ts';
import type { PageSource, SourceFile, ValidateOptions } from './types.ts';
import { zodProblems } from './zod-problems.ts';

/** Addresses a static page may not take: the site's own sections and files. */
const RESERVED_PAGE_SLUGS = new Set(['articles', 'category', 'author', 'tag', 'latest', 'search', 'admin', 'pagefind', 'banner', 'index', '404']);

/** The page in `file` if it is valid (none otherwise); its problems go into `problems`. */
export function parsePage(file: SourceFile, root: string, options: ValidateOptions, problems: Problem[]): PageSource[] {
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
  problems.push(...checkBody(content, bodyStartLine(file.text, content), file.path, root, options));
  const result = PageSchema.safeParse(source.data ?? {});
  if (!result.success) return void problems.push(...zodProblems(result.error, PageSchema, file.path, source)), [];
  return [{ slug, file: file.path, raw: (source.data ?? {}) as Record<string, unknown>, data: result.data, body: content }];
}
