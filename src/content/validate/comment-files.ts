// Reader comment files (content/comments/<article-slug>.yaml): each a list of comments in posting
// order, where a reply names an earlier comment of the same file.
import path from 'node:path/posix';
import { describe } from '../../schemas/common.ts';
import { CommentSchema, type CommentData } from '../../schemas/comment.ts';
import { checkOffset, problemAt, type Findings } from './findings.ts';
import { LIMITS } from './input-policy.ts';
import type { ParsedComment, SourceFile, ValidateOptions } from './types.ts';
import { parseYaml } from './yaml-source.ts';
import { zodProblems } from './zod-problems.ts';

/** The valid comments of `file`, each with its site-wide id; the rest goes into `findings`. */
export function parseComments(file: SourceFile, options: ValidateOptions, findings: Findings): ParsedComment[] {
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
      problems.push(problemAt(file.path, source, [index, 'id'], `duplicate comment id "${data.id}"; every comment in a file needs its own id`));
      return [];
    }
    if (data.replyTo !== undefined) {
      const parent = byId.get(data.replyTo);
      if (!parent) {
        const known = [...byId.keys()];
        problems.push(
          problemAt(file.path, source, [index, 'replyTo'], `no earlier comment has id "${data.replyTo}"; a reply must come after the comment it answers (earlier ids: ${known.join(', ') || 'none'})`),
        );
      } else if (data.time < parent.time) {
        problems.push(problemAt(file.path, source, [index, 'time'], `is earlier than the comment it answers ("${parent.id}")`));
      } else if ((depths.get(parent.id) ?? 0) === LIMITS.replyDepth) {
        problems.push(problemAt(file.path, source, [index, 'replyTo'], `would be reply ${(depths.get(parent.id) ?? 0) + 1} in a chain of replies; at most ${LIMITS.replyDepth} are shown nested, so answer an earlier comment in the chain`));
      }
      depths.set(data.id, parent ? (depths.get(parent.id) ?? 0) + 1 : 0);
    }
    byId.set(data.id, data);
    return [{ id: `${slug}/${data.id}`, article: slug, file: file.path, index, data, source }];
  });
  return comments;
}
