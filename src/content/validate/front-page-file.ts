// The front-page file (content/front-page.yaml): the editors' lead, top stories and banner.
// Whether the stories it names are published is a check across files (cross-file-checks.ts).
import { FrontPageSchema } from '../../schemas/front-page.ts';
import { checkOffset, type Findings } from './findings.ts';
import type { ParsedFrontPage, SourceFile, ValidateOptions } from './types.ts';
import { parseYaml } from './yaml-source.ts';
import { zodProblems } from './zod-problems.ts';

/**
 * The editors' choices in `file`; undefined when it is not YAML. When its fields are invalid,
 * the slugs that are text are still given, for the checks across files; problems and warnings go
 * into `findings`.
 */
export function parseFrontPage(file: SourceFile, options: ValidateOptions, findings: Findings): ParsedFrontPage | undefined {
  const { problems } = findings;
  const source = parseYaml(file.text, file.path);
  if (Array.isArray(source)) return void problems.push(...source), undefined;
  const raw = source.data ?? {};
  const result = FrontPageSchema.safeParse(raw);
  if (result.success) {
    if (result.data.banner) checkOffset(findings, options, file.path, source, source.data, ['banner', 'expires']);
    return { file: file.path, source, data: result.data };
  }
  problems.push(...zodProblems(result.error, FrontPageSchema, file.path, source));
  // The slugs are still checked, so a bad banner does not hide a wrong lead (every problem in one run).
  const fields = (typeof raw === 'object' && raw !== null ? raw : {}) as Record<string, unknown>;
  const lead = typeof fields['lead'] === 'string' ? fields['lead'] : undefined;
  const top = Array.isArray(fields['top']) ? fields['top'].filter((t): t is string => typeof t === 'string') : [];
  return { file: file.path, source, data: { ...(lead ? { lead } : {}), top } };
}
