// npm run import:wordpress -- export.xml [--uploads path/to/wp-content/uploads] [--dry-run]:
// moves a WordPress site in (docs/writers-guide.md: Moving from WordPress). The work is in
// src/import/wordpress/; this prints the summary, the problems in the check's format, and
// then runs the check over the result.
import { existsSync } from 'node:fs';
import { contentRoot, loadContent } from '../src/content/source.ts';
import { importWordPress } from '../src/import/wordpress/import.ts';
import { ContentError, formatProblem, sortProblems } from '../src/content/validate/problems.ts';
import { buildTime } from '../src/publishing/publish.ts';
import { SITE } from '../src/site.config.ts';
import { UserError, parseCommandLine, projectDir, runCommand } from './cli.ts';

const USAGE = 'usage: npm run import:wordpress -- <export.xml> [--uploads <wp-content/uploads folder>] [--dry-run] [--jobs N]';

await runCommand('import:wordpress', async () => {
  const { positionals, values } = parseCommandLine({ uploads: { type: 'string' }, 'dry-run': { type: 'boolean' }, jobs: { type: 'string' } }, USAGE);
  if (positionals.length !== 1) throw new UserError(`${positionals.length ? 'one export file at a time' : 'missing the export file'}\n${USAGE}`);
  const exportFile = positionals[0]!;
  if (!existsSync(exportFile)) throw new UserError(`${exportFile}: no such file`);
  if (values.uploads !== undefined && !existsSync(values.uploads)) throw new UserError(`--uploads: ${values.uploads}: no such folder`);
  const jobs = values.jobs === undefined ? undefined : Number(values.jobs);
  if (jobs !== undefined && !(Number.isInteger(jobs) && jobs >= 1)) throw new UserError(`--jobs: expected a whole number of threads (1 or more), found "${values.jobs}"`);
  const dir = projectDir();
  const root = contentRoot();
  const now = buildTime();
  const dryRun = values['dry-run'] ?? false;
  let summary;
  try {
    summary = await importWordPress({ projectDir: dir, root, exportFile, uploads: values.uploads, dryRun, now, timeZone: SITE.timeZone, progress: process.stderr, jobs });
  } catch (error) {
    if (/not well-formed XML/.test((error as Error).message)) throw new UserError((error as Error).message);
    throw error;
  }

  const { posts, writes } = summary;
  const out: string[] = [];
  out.push(`${dryRun ? 'would import' : 'imported'} ${posts.published} published, ${posts.scheduled} scheduled and ${posts.draft} draft posts, ${summary.comments} comments, ${summary.images} images, ${summary.authors} authors; ${summary.categories} new categories, in ${summary.seconds.toFixed(1)} s`);
  out.push(`files: ${writes.written} ${dryRun ? 'to write' : 'written'}, ${writes.unchanged} unchanged, ${writes.edited + writes.deleted + writes.foreign} left alone (edited, deleted or not the import's)`);
  for (const [why, n] of summary.skipped) out.push(`skipped: ${n} ${why}`);
  const problems = sortProblems([...summary.problems]);
  if (problems.length) {
    out.push(`${problems.length} thing${problems.length === 1 ? '' : 's'} to look at:`);
    for (const p of problems) out.push(formatProblem(p));
  }
  console.log(out.join('\n'));

  if (dryRun) return void console.log('dry run: nothing was written');
  // The check over the result, with the build's own rules (npm run check).
  try {
    const { model, warnings } = await loadContent(dir, root, now, SITE.timeZone);
    for (const w of warnings) console.log(formatProblem(w));
    console.log(`check: ${root}/ is valid (${model.articles.length} articles, ${model.comments.length} comments)`);
  } catch (error) {
    if (!(error instanceof ContentError)) throw error;
    for (const p of error.problems) console.log(formatProblem(p));
    console.log(`check: ${error.problems.length} problem${error.problems.length === 1 ? '' : 's'}; fix them (or the export) before publishing`);
    process.exitCode = 1;
  }
});
