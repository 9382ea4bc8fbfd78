// The sections file (content/categories.yaml): the list of sections every article and brief
// names one of.
import { CategoryFileSchema, type CategoryData } from '../../schemas/category.ts';
import { problemAt } from './findings.ts';
import type { Problem } from './problems.ts';
import type { ContentInput } from './types.ts';
import { parseYaml } from './yaml-source.ts';
import { zodProblems } from './zod-problems.ts';

/** The sections, or none when the file is missing, unreadable or invalid; its problems go into `problems`. */
export function parseCategories(input: ContentInput, problems: Problem[]): CategoryData[] {
  const file = input.categories;
  // The reader has already said why it could not read the file.
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
    if (seen.has(c.id)) problems.push(problemAt(file.path, source, [i, 'id'], `duplicate category id "${c.id}"`));
    seen.add(c.id);
  });
  return result.data;
}
