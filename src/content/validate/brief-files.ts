// Brief files (content/briefs/*.yaml): each a list of short dated items, checked one by one, and
// the stable ids every brief gets across all of them.
import { briefIds } from '../../publishing/briefs.ts';
import { BriefSchema } from '../../schemas/brief.ts';
import { describe } from '../../schemas/common.ts';
import { checkOffset, noteReference, problemAt, type Findings } from './findings.ts';
import type { Problem } from './problems.ts';
import type { ParsedBrief, SourceFile, ValidateOptions } from './types.ts';
import { parseYaml } from './yaml-source.ts';
import { zodProblems } from './zod-problems.ts';

/** The valid briefs of `file`, without their ids yet (withBriefIds gives them); the rest goes into `findings`. */
export function parseBriefs(file: SourceFile, options: ValidateOptions, findings: Findings): ParsedBrief[] {
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

/** The briefs of every file with their ids (briefIds); two briefs that give themselves the same `id` are a problem. */
export function withBriefIds(briefs: ParsedBrief[], problems: Problem[]): ParsedBrief[] {
  const ids = briefIds(briefs.map((b) => b.data));
  const owner = new Map<string, ParsedBrief>();
  return briefs.map((b, i) => {
    const first = b.data.id === undefined ? undefined : owner.get(b.data.id);
    if (first) problems.push(problemAt(b.file, b.source, [b.index, 'id'], `brief id "${b.data.id}" is already used by the brief at ${first.file}:${first.source.lineOf([first.index]) ?? 1}; give each brief its own`));
    else if (b.data.id !== undefined) owner.set(b.data.id, b);
    return { ...b, id: ids[i]! };
  });
}
