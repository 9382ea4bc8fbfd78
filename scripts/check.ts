// npm run check [-- --format github]: validates every content file with the build's own rules
// (the same loader pass, src/content/source.ts), without building. Prints each problem as
// `file:line: field: message` and exits 1 if there is any. Used as a pre-commit hook and a PR check.
import { parseArgs } from 'node:util';
import { contentRoot, loadContent } from '../src/content/source.ts';
import { ContentError, formatProblem, type Problem } from '../src/content/validate/problems.ts';
import { buildTime } from '../src/publishing/publish.ts';
import { SITE } from '../src/site.config.ts';
import { UserError, projectDir, runCommand } from './cli.ts';

/** A GitHub Actions workflow command, so each problem (or warning) shows up on the line in the pull request. */
function githubAnnotation(p: Problem, level: 'error' | 'warning' = 'error'): string {
  const escape = (s: string) => s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
  const props = [`file=${p.file}`, ...(p.line ? [`line=${p.line}`] : []), ...(p.field ? [`title=${p.field.replace(/[,:]/g, ' ')}`] : [])];
  return `::${level} ${props.join(',')}::${escape(p.message)}`;
}

await runCommand('check', async () => {
  const { values } = parseArgs({ options: { format: { type: 'string', default: 'text' } }, strict: true });
  if (values.format !== 'text' && values.format !== 'github') throw new UserError(`--format: expected text or github, found "${values.format}"`);
  const started = performance.now();
  const root = contentRoot();
  try {
    const { model, warnings } = await loadContent(projectDir(), root, buildTime(), SITE.timeZone);
    const ms = Math.round(performance.now() - started);
    // Warnings go to the same stream as problems, marked as such; they never change the exit code.
    for (const w of warnings) console.log(values.format === 'github' ? githubAnnotation(w, 'warning') : formatProblem({ ...w, message: `warning: ${w.message}` }));
    const counts = `${model.articles.length} articles, ${model.briefs.length} briefs, ${model.authors.length} authors, ${model.categories.length} categories, ${model.comments.length} comments`;
    const noted = warnings.length ? `; ${warnings.length} warning${warnings.length === 1 ? '' : 's'} above` : '';
    console.error(`check: ${root}/ is valid (${counts}) in ${ms} ms${noted}`);
  } catch (error) {
    if (!(error instanceof ContentError)) throw error;
    for (const p of error.problems) console.log(values.format === 'github' ? githubAnnotation(p) : formatProblem(p));
    const files = new Set(error.problems.map((p) => p.file)).size;
    const n = error.problems.length;
    console.error(`check: ${n} problem${n === 1 ? '' : 's'} in ${files} file${files === 1 ? '' : 's'}; nothing can be published until they are fixed`);
    process.exitCode = 1;
  }
});
