// One author file (content/authors/<id>.yaml): its id (the file name), fields and avatar.
import path from 'node:path/posix';
import { AuthorSchema } from '../../schemas/author.ts';
import { SLUG, problemAt } from './findings.ts';
import { checkImagePath } from './image-paths.ts';
import { LIMITS } from './input-policy.ts';
import type { Problem } from './problems.ts';
import type { AuthorSource, SourceFile, ValidateOptions } from './types.ts';
import { parseYaml } from './yaml-source.ts';
import { zodProblems } from './zod-problems.ts';

// Built once, as the article schema is (article-files.ts): zod compiles a schema on its first parse.
let authorSchemaOnce: ReturnType<typeof AuthorSchema> | undefined;
const authorSchema = () => (authorSchemaOnce ??= AuthorSchema());

/** The author in `file` if it is valid (none otherwise); its problems go into `problems`. */
export function parseAuthor(file: SourceFile, root: string, options: ValidateOptions, problems: Problem[]): AuthorSource[] {
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
    if (bad) problems.push(problemAt(file.path, source, ['avatar'], bad));
  }
  return [{ id, file: file.path, raw: source.data as Record<string, unknown>, data: result.data }];
}
