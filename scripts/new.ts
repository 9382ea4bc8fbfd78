// npm run new -- "Headline here" --category politics [--author id]: creates a draft article whose
// file name (the slug) comes from the headline, with `published` set to now in the site's time
// zone, checked by the build's own rules before it is written; prints its path.
import { mkdir, writeFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { contentRoot, readContentFiles } from '../src/content/source.ts';
import { validateContent } from '../src/content/validate/validate.ts';
import { dayKey, isoInZone } from '../src/i18n/dates.ts';
import { newArticlePath, newArticleText } from '../src/content/new-article.ts';
import { buildTime } from '../src/publishing/publish.ts';
import { slugify, uniqueSlug } from '../src/content/slug.ts';
import { SITE } from '../src/site.config.ts';
import { UserError, parseCommandLine, problemsAsArguments, projectDir, runCommand } from './cli.ts';

const USAGE = 'usage: npm run new -- "Headline here" --category <id> [--author <id>]';

await runCommand('new', async () => {
  const { values, positionals } = parseCommandLine({ category: { type: 'string' }, author: { type: 'string', multiple: true } }, USAGE);
  if (positionals.length === 0) throw new UserError(`missing the headline\n${USAGE}`);
  if (positionals.length > 1) throw new UserError(`expected one headline, found ${positionals.length} arguments; put the headline in quotes\n${USAGE}`);
  const title = positionals[0]!.trim();
  if (!title) throw new UserError('headline: must not be empty');

  const dir = projectDir();
  const root = contentRoot();
  const now = buildTime();
  const fileExists = (p: string) => existsSync(path.join(dir, p));
  const input = await readContentFiles(dir, root);
  const { model } = validateContent(input, { now, fileExists });
  const categories = model.categories.map((c) => c.id);
  if (!values.category) throw new UserError(`--category is required; one of: ${categories.join(', ') || `(none: ${root}/categories.yaml is missing or broken)`}\n${USAGE}`);

  const day = dayKey(now, SITE.timeZone);
  const taken = new Set(input.articles.map((a) => path.posix.basename(a.path, '.md')));
  const slug = uniqueSlug(slugify(title) || `story-${day}`, taken);
  const file = newArticlePath(root, slug, day);
  const text = newArticleText({ title, category: values.category, authors: values.author ?? [], published: isoInZone(now, SITE.timeZone) });

  // The new file goes through the same checks as the build (category and authors exist, ...).
  const { problems } = validateContent({ ...input, articles: [...input.articles, { path: file, text }] }, { now, fileExists });
  const mine = problems.filter((p) => p.file === file);
  if (mine.length) {
    const flag = (field: string) => (field === 'category' ? '--category' : field.startsWith('authors') ? '--author' : field === 'title' ? 'headline' : undefined);
    throw new UserError(`${problemsAsArguments(mine, flag)}\nnothing was written`);
  }

  await mkdir(path.dirname(path.join(dir, file)), { recursive: true });
  await writeFile(path.join(dir, file), text, { flag: 'wx' });
  console.log(file);
  console.error(`new: created a draft; write the summary and the story, then delete "draft: true" to publish`);
});
