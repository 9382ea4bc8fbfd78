// Deterministic newsroom corpus for the benchmark: N articles, authors, categories and many
// days of briefs in the real content format, written to a scratch folder.
// Run: node scripts/bench/generate-corpus.ts --articles 1000 --out bench/.work/corpus
import { mkdir, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { isoInZone } from '../../src/i18n/dates.ts';
import { SITE } from '../../src/site.config.ts';
import { drawImage, type ImageRecipe } from './corpus-image.ts';
import { createRng, int, pick, pickSkewed, type Rng } from './corpus-rng.ts';
import { articleBody, CATEGORIES, FIRST, LAST, OBJECTS, PLACES, sentence, slugify, SUBJECTS, tagFor, title, VERBS } from './corpus-text.ts';

// The random numbers (corpus-rng.ts), the words (corpus-text.ts) and the image drawing
// (corpus-image.ts) live beside this file.

/** How big a corpus to make, and from which seed. */
export interface CorpusOptions {
  /** Number of articles. */
  articles: number;
  /** Days of briefs, ending on the bench's build day. */
  briefDays: number;
  /** Briefs per day. Default 120. */
  briefsPerDay?: number;
  /** Share of articles with a lead image (0–1). Default 0.05. */
  imageRatio?: number;
  /** PRNG seed; the same options always give the same files. Default 1. */
  seed?: number;
}

/** One file of the corpus: its path under the content folder and its contents. */
export interface CorpusFile {
  path: string;
  /** Text, or the image's pixels as a recipe (drawn by `writeCorpus` with sharp). */
  text?: string;
  image?: ImageRecipe;
}

/** The build clock the bench uses: 2027-03-01T12:00:00Z. Everything generated is at or before it. */
export const BENCH_EPOCH = Date.UTC(2027, 2, 1, 12, 0, 0) / 1000;

/** The categories file. */
export function categoriesYaml(): string {
  return CATEGORIES.map(([id, name]) => `- id: ${id}\n  name: ${name}\n  description: ${name} news from the desk.\n`).join('');
}

/** Author ids, `count` of them, stable for a given count. */
export function authorIds(count: number): string[] {
  return Array.from({ length: count }, (_, i) => {
    const first = FIRST[i % FIRST.length]!;
    const last = LAST[Math.floor(i / FIRST.length) % LAST.length]!;
    return slugify(`${first} ${last}${i >= FIRST.length * LAST.length ? ` ${i}` : ''}`);
  });
}

/**
 * ISO 8601 on the site's wall clock with the offset its zone has at that instant, as a careful
 * writer types it (Morocco is at +01:00 but +00:00 during Ramadan): a time with the wrong offset
 * gets a warning at every build (src/i18n/dates.ts offsetWarning), which a real archive does not carry.
 */
function isoLocal(epochSeconds: number): string {
  return isoInZone(new Date(epochSeconds * 1000), SITE.timeZone);
}

/** Publication time of article `i` (0 = newest): about 100 articles a day, going back from the bench's clock. */
function publishedAt(i: number, rng: Rng): number {
  const day = Math.floor(i / 100);
  const start = BENCH_EPOCH - 6 * 3600 - day * 86400; // 06:00 UTC of that day
  return start - int(rng, 0, 15 * 3600);
}

interface ArticleMeta {
  slug: string;
  dir: string;
  published: number;
}

/** The slug, folder and publication time of article `i` (stable: no other article's data involved). */
export function articleMeta(i: number, seed = 1): ArticleMeta {
  const rng = createRng(seed * 1_000_003 + i * 7919 + 17);
  const published = publishedAt(i, rng);
  const d = new Date(published * 1000);
  const words = [pick(rng, SUBJECTS), pick(rng, VERBS), pick(rng, OBJECTS), pick(rng, PLACES)];
  // A slug has at most 64 characters (the validator's limit): the words give way to the number.
  const suffix = `-${i}`;
  return {
    slug: `${slugify(words.join(' ')).slice(0, 64 - suffix.length).replace(/-+$/, '')}${suffix}`,
    dir: `articles/${d.getUTCFullYear()}/${String(d.getUTCMonth() + 1).padStart(2, '0')}`,
    published,
  };
}

/** The files of article `i`: its Markdown and, for some, its lead image. `edit` > 0 gives a revised version. */
export function articleFiles(
  i: number,
  opts: { seed?: number; imageRatio?: number; authors: string[]; edit?: number; published?: number },
): CorpusFile[] {
  const seed = opts.seed ?? 1;
  const meta = { ...articleMeta(i, seed), ...(opts.published ? { published: opts.published } : {}) };
  const rng = createRng(seed * 2_000_003 + i * 104729 + 29);
  const category = pick(rng, CATEGORIES)[0];
  const authorCount = rng() < 0.1 ? 0 : rng() < 0.8 ? 1 : 2;
  const authors = [...new Set(Array.from({ length: authorCount }, () => pickSkewed(rng, opts.authors)))];
  const tagCount = int(rng, 0, 5);
  const tags = [...new Set(Array.from({ length: tagCount }, () => tagFor(rng)))];
  const hasImage = rng() < (opts.imageRatio ?? 0.05);
  const headline = `${title(pick(rng, SUBJECTS))} ${pick(rng, VERBS)} ${pick(rng, OBJECTS)} in ${pick(rng, PLACES)}`;
  const summary = sentence(rng, 12, 30);
  let body = articleBody(rng);
  const lines = [
    '---',
    `title: ${JSON.stringify(opts.edit ? `${headline} (updated ${opts.edit})` : headline)}`,
    `summary: ${JSON.stringify(summary)}`,
    `published: ${isoLocal(meta.published)}`,
  ];
  if (opts.edit) {
    lines.push(`updated: ${isoLocal(meta.published + 3600 * opts.edit)}`);
    body += `\n*Update ${opts.edit}:* ${sentence(rng)}\n`;
  } else if (rng() < 0.1) lines.push(`updated: ${isoLocal(meta.published + int(rng, 600, 8 * 3600))}`);
  lines.push(`category: ${category}`);
  if (authors.length) lines.push(`authors: [${authors.join(', ')}]`);
  if (tags.length) lines.push(`tags: [${tags.join(', ')}]`);
  const files: CorpusFile[] = [];
  if (hasImage) {
    lines.push('image:', `  src: ./${meta.slug}.jpg`, `  alt: ${JSON.stringify(`Illustration: ${pick(rng, OBJECTS)} in ${pick(rng, PLACES)}`)}`);
    if (rng() < 0.7) lines.push(`  caption: ${JSON.stringify(sentence(rng, 6, 14))}`);
    lines.push('  credit: "Illustration: bench"');
    files.push({ path: `${meta.dir}/${meta.slug}.jpg`, image: { width: 800, height: 450, seed: seed * 31 + i } });
  }
  lines.push('---', '', body);
  files.unshift({ path: `${meta.dir}/${meta.slug}.md`, text: lines.join('\n') });
  return files;
}

/** The briefs file of day `d` (0 = the bench's build day), with `perDay` briefs before the build time. */
export function briefsFile(d: number, opts: { seed?: number; perDay: number; articles: number; extra?: number }): CorpusFile {
  const seed = opts.seed ?? 1;
  const rng = createRng(seed * 3_000_017 + d * 15485863 + 41);
  const dayStart = BENCH_EPOCH - 12 * 3600 - d * 86400; // midnight UTC
  // The build day only has the morning so far.
  const span = d === 0 ? 11 * 3600 : 86400 - 60;
  const items: string[] = [];
  for (let k = 0; k < opts.perDay + (opts.extra ?? 0); k++) {
    const at = k < opts.perDay ? dayStart + Math.floor((span * k) / opts.perDay) : BENCH_EPOCH - 60 * (opts.extra! - (k - opts.perDay));
    const lines = [`- time: ${isoLocal(at)}`, `  text: ${JSON.stringify(`${title(pick(rng, SUBJECTS))} ${pick(rng, VERBS)} ${pick(rng, OBJECTS)} in ${pick(rng, PLACES)} (${d}.${k}).`)}`];
    if (rng() < 0.6) lines.push(`  category: ${pick(rng, CATEGORIES)[0]}`);
    const r = rng();
    // Link only to articles published before the brief, so every link is valid at build time.
    const target = int(rng, Math.ceil((d + 1) * 100), opts.articles - 1);
    if (r < 0.3 && target < opts.articles && articleMeta(target, seed).published <= at) lines.push(`  link: ${articleMeta(target, seed).slug}`);
    else if (r < 0.4) lines.push(`  link: https://www.example.org/wire/${d}-${k}`);
    items.push(lines.join('\n'));
  }
  const date = new Date(dayStart * 1000).toISOString().slice(0, 10);
  return { path: `briefs/${date}.yaml`, text: `# Briefs of ${date} (generated)\n${items.join('\n')}\n` };
}

/** Every file of a corpus. Pure: the same options give the same list. */
export function corpusFiles(options: CorpusOptions): CorpusFile[] {
  const seed = options.seed ?? 1;
  const authorCount = Math.max(8, Math.min(200, Math.round(options.articles / 100)));
  const authors = authorIds(authorCount);
  const files: CorpusFile[] = [{ path: 'categories.yaml', text: categoriesYaml() }];
  for (const [i, id] of authors.entries()) {
    const name = id.split('-').map(title).join(' ');
    files.push({ path: `authors/${id}.yaml`, text: `name: ${name}\nbio: ${JSON.stringify(`Reporter ${i + 1} of the bench newsroom.`)}\n` });
  }
  const imageRatio = options.imageRatio ?? 0.05;
  for (let i = 0; i < options.articles; i++) files.push(...articleFiles(i, { seed, imageRatio, authors }));
  for (let d = 0; d < options.briefDays; d++) {
    files.push(briefsFile(d, { seed, perDay: options.briefsPerDay ?? 120, articles: options.articles }));
  }
  return files;
}

/** The authors a corpus of `articles` articles uses (articleFiles needs them for edits and additions). */
export function corpusAuthors(articles: number): string[] {
  return authorIds(Math.max(8, Math.min(200, Math.round(articles / 100))));
}

/** Writes files under `dir` (text as is, images drawn), creating folders as needed. */
export async function writeFiles(dir: string, files: readonly CorpusFile[]): Promise<void> {
  const dirs = new Set(files.map((f) => path.dirname(path.join(dir, f.path))));
  for (const d of dirs) await mkdir(d, { recursive: true });
  // A few writes at a time: fast, without thousands of open files.
  const queue = [...files];
  const worker = async () => {
    for (let f = queue.shift(); f; f = queue.shift()) {
      await writeFile(path.join(dir, f.path), f.text ?? (await drawImage(f.image!)));
    }
  };
  await Promise.all(Array.from({ length: 8 }, worker));
}

/** Replaces `dir` with a fresh corpus. */
export async function writeCorpus(dir: string, options: CorpusOptions): Promise<number> {
  await rm(dir, { recursive: true, force: true });
  const files = corpusFiles(options);
  await writeFiles(dir, files);
  return files.length;
}

/** The corpus flags and their defaults, shared by this command and the bench runner. */
export const CORPUS_OPTIONS = {
  articles: { type: 'string', default: '1000' },
  'briefs-days': { type: 'string', default: '30' },
  'briefs-per-day': { type: 'string', default: '120' },
  'image-ratio': { type: 'string', default: '0.05' },
  seed: { type: 'string', default: '1' },
} as const;

if (import.meta.main) {
  const { values } = parseArgs({ options: { ...CORPUS_OPTIONS, out: { type: 'string', default: 'bench/.work/corpus' } } });
  const started = performance.now();
  const count = await writeCorpus(path.resolve(values.out), {
    articles: Number(values.articles),
    briefDays: Number(values['briefs-days']),
    briefsPerDay: Number(values['briefs-per-day']),
    imageRatio: Number(values['image-ratio']),
    seed: Number(values.seed),
  });
  console.log(`wrote ${count} files to ${values.out} in ${((performance.now() - started) / 1000).toFixed(1)} s`);
}
