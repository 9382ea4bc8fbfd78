// npm run brief -- "One-line text" [--link slug-or-url] [--category id]: appends a brief timed now
// to today's briefs file (content/briefs/<YYYY-MM-DD>.yaml in the site's time zone), creating it
// if needed. The brief is checked by the build's own rules before anything is written.
import { existsSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { contentRoot, readContentFiles } from '../src/content/source.ts';
import { validateContent } from '../src/content/validate/validate.ts';
import { dayKey, formatDayHeading, isoInZone } from '../src/i18n/dates.ts';
import { formatProblem } from '../src/content/validate/problems.ts';
import { buildTime } from '../src/publishing/publish.ts';
import { appendYamlList } from '../src/content/yaml-list.ts';
import { parseYaml } from '../src/content/validate/yaml-source.ts';
import { SITE } from '../src/site.config.ts';
import { UserError, parseCommandLine, problemsAsArguments, projectDir, runCommand } from './cli.ts';

const USAGE = 'usage: npm run brief -- "One-line text" [--link <article-slug or https:// URL>] [--category <id>]';

await runCommand('brief', async () => {
  const { values, positionals } = parseCommandLine({ link: { type: 'string' }, category: { type: 'string' } }, USAGE);
  if (positionals.length === 0) throw new UserError(`missing the text of the brief\n${USAGE}`);
  if (positionals.length > 1) throw new UserError(`expected one text, found ${positionals.length} arguments; put the text in quotes\n${USAGE}`);

  const dir = projectDir();
  const root = contentRoot();
  const now = buildTime();
  const fileExists = (p: string) => existsSync(path.join(dir, p));
  const input = await readContentFiles(dir, root);
  const day = dayKey(now, SITE.timeZone);
  const file = `${root}/briefs/${day}.yaml`;
  const existing = input.briefs.find((f) => f.path === file)?.text;

  // Where the new brief lands in the list, to tell its problems from ones already in the file.
  const parsed = existing === undefined ? undefined : parseYaml(existing, file);
  const index = parsed && !Array.isArray(parsed) && Array.isArray(parsed.data) ? parsed.data.length : 0;
  const brief = { time: isoInZone(now, SITE.timeZone), text: positionals[0], category: values.category, link: values.link };
  const text = appendYamlList(existing, [brief], `# Briefs for ${formatDayHeading(day)}: one-line items for the "Latest news" column.\n`);

  const briefs = [...input.briefs.filter((f) => f.path !== file), { path: file, text }];
  const { problems } = validateContent({ ...input, briefs }, { now, fileExists });
  const inFile = problems.filter((p) => p.file === file);
  // Fields of list items are numbered from 1, as editors count (`#3.link`).
  const mine = inFile.filter((p) => p.field !== undefined && new RegExp(`^#${index + 1}(?:\\.|$)`).test(p.field));
  if (mine.length) {
    const flags: Record<string, string> = { '': '', link: '--link', category: '--category', text: 'text' };
    const flag = (field: string) => flags[field.replace(/^#\d+\.?/, '')];
    throw new UserError(`${problemsAsArguments(mine, flag)}\nnothing was written`);
  }
  if (inFile.length) {
    throw new UserError(`${file} already has problems; fix them first:\n${inFile.map(formatProblem).join('\n')}\nnothing was written`);
  }

  await mkdir(path.dirname(path.join(dir, file)), { recursive: true });
  await writeFile(path.join(dir, file), text);
  console.log(`${file}: ${brief.time} ${brief.text}`);
});
