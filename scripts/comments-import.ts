// npm run comments:import -- <payload.json>...: the moderator's tool. Reads comment submissions
// exported from the form endpoint (one JSON object or a list; see docs/writers-guide.md: Reader comments), gives
// each an id, and appends them to content/comments/<article-slug>.yaml. Everything is checked
// with the build's own rules first; if anything is wrong, nothing is written.
import { existsSync } from 'node:fs';
import { readFile, mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { CommentSubmissionSchema, nextCommentId, type CommentSubmission } from '../src/publishing/comment-submission.ts';
import { contentRoot, readContentFiles } from '../src/content/source.ts';
import { validateContent, type SourceFile } from '../src/content/validate/validate.ts';
import { isoInZone } from '../src/i18n/dates.ts';
import { formatProblem } from '../src/content/validate/problems.ts';
import { buildTime } from '../src/publishing/publish.ts';
import { appendYamlList } from '../src/content/yaml-list.ts';
import { parseYaml } from '../src/content/validate/yaml-source.ts';
import { fieldName } from '../src/content/validate/zod-problems.ts';
import { SITE } from '../src/site.config.ts';
import { UserError, parseCommandLine, projectDir, runCommand } from './cli.ts';

const USAGE = 'usage: npm run comments:import -- <payload.json> [more.json ...]';

/** Reads every payload file; returns the valid submissions or throws listing every bad one. */
async function readSubmissions(files: string[]): Promise<CommentSubmission[]> {
  const errors: string[] = [];
  const submissions: CommentSubmission[] = [];
  for (const file of files) {
    let data: unknown;
    try {
      data = JSON.parse(await readFile(file, 'utf8'));
    } catch (e) {
      errors.push(`${file}: ${(e as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : `not valid JSON: ${(e as Error).message.replace(/\s+/g, ' ')}`}`);
      continue;
    }
    const list = Array.isArray(data) ? data : [data];
    list.forEach((item, i) => {
      const where = Array.isArray(data) ? `${file} [${i}]` : file;
      const result = CommentSubmissionSchema.safeParse(item);
      if (result.success) submissions.push(result.data);
      else for (const issue of result.error.issues) errors.push(`${where}: ${issue.path.length ? `${fieldName(issue.path)}: ` : ''}${issue.message}`);
    });
  }
  if (errors.length) throw new UserError(`${errors.join('\n')}\nnothing was written`);
  return submissions;
}

await runCommand('comments:import', async () => {
  const { positionals } = parseCommandLine({}, USAGE);
  if (positionals.length === 0) throw new UserError(`missing the payload file\n${USAGE}`);
  const submissions = await readSubmissions(positionals);

  const dir = projectDir();
  const root = contentRoot();
  const now = buildTime();
  const input = await readContentFiles(dir, root);
  const files = new Map<string, SourceFile>((input.comments ?? []).map((f) => [f.path, f]));
  const added = new Map<string, string[]>();
  for (const s of submissions) {
    const file = `${root}/comments/${s.article}.yaml`;
    const existing = files.get(file)?.text;
    const parsed = existing === undefined ? undefined : parseYaml(existing, file);
    const ids = parsed && !Array.isArray(parsed) && Array.isArray(parsed.data) ? parsed.data.map((c) => String((c as { id?: unknown })?.id)) : [];
    const id = nextCommentId(ids);
    const comment = { id, author: s.author, time: isoInZone(s.time ?? now, SITE.timeZone), text: s.text, replyTo: s.replyTo };
    const header = `# Moderated reader comments on ${s.article}, oldest first (docs/writers-guide.md: Reader comments).\n`;
    files.set(file, { path: file, text: appendYamlList(existing, [comment], header) });
    added.set(file, [...(added.get(file) ?? []), `${id} (${s.author})`]);
  }

  // The files as they would be written go through the build's checks: the article exists,
  // replyTo names an earlier comment, times have offsets...
  const { problems } = validateContent({ ...input, comments: [...files.values()] }, { now, fileExists: (p) => existsSync(path.join(dir, p)) });
  const mine = problems.filter((p) => added.has(p.file));
  if (mine.length) throw new UserError(`${mine.map(formatProblem).join('\n')}\nnothing was written`);

  for (const file of added.keys()) {
    await mkdir(path.dirname(path.join(dir, file)), { recursive: true });
    await writeFile(path.join(dir, file), files.get(file)!.text);
  }
  for (const [file, ids] of added) console.log(`${file}: added ${ids.join(', ')}`);
});
