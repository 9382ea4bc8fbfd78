/**
 * The WordPress import (entry of src/import/wordpress/): reads a WXR export in two streaming
 * passes — the first collects the small things items refer to (attachments, authors, terms),
 * the second converts each post and writes it — and returns a summary. Called by
 * scripts/import-wordpress.ts; writes content/articles/, authors/, comments/, categories.yaml
 * through the manifest guard (manifest.ts), so a re-run never overwrites an edited file.
 */
import { existsSync, statSync } from 'node:fs';
import { readFile, readdir, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import { stringify } from 'yaml';
import type { Problem } from '../../content/validate/problems.ts';
import { slugify, uniqueSlug } from '../../content/slug.ts';
import { appendYamlList } from '../../content/yaml-list.ts';
import { parseYaml } from '../../content/validate/yaml-source.ts';
import { IMPORTED_STATUSES, toAttachment, type Attachment } from './article.ts';
import { commentsFileText } from './comments.ts';
import { articleContext, convertItem, type ContextData, type Converted } from './context.ts';
import { plainText } from './html-to-markdown.ts';
import { KEPT_BECAUSE, MANIFEST_FILE, ManifestWriter, type WriteOutcome } from './manifest.ts';
import { createProgress, type ProgressStream } from './progress.ts';
import { readWxr } from './wxr-reader.ts';
import { toAuthor, toItem, toTerm, type WpAuthor, type WpItem, type WpTerm } from './wxr-model.ts';

/** Options of one import run. */
export interface ImportOptions {
  /** The project folder (paths below are relative to it). */
  projectDir: string;
  /** Content folder, relative to the project (`content`). */
  root: string;
  /** The WXR file (absolute or relative to the current directory). */
  exportFile: string;
  /** `wp-content/uploads` copy; without it, images are reported and left out. */
  uploads?: string | undefined;
  /** Report what would happen, write nothing. Default: false. */
  dryRun?: boolean;
  /** The clock deciding what is scheduled. */
  now: Date;
  /** Zone for WordPress times stored without their GMT twin. */
  timeZone: string;
  /** Where the progress bar goes. Default: none. */
  progress?: ProgressStream | undefined;
  /** Threads converting posts; 1 converts in the main thread. Default: the machine's cores, at most 8. */
  jobs?: number | undefined;
}

/** What a run did. */
export interface ImportSummary {
  posts: { published: number; scheduled: number; draft: number };
  authors: number;
  categories: number;
  comments: number;
  images: number;
  /** Items not imported, by reason. */
  skipped: Map<string, number>;
  /** Files left alone, and files written, unchanged… by outcome. */
  writes: Record<WriteOutcome, number>;
  /** Everything to look at: conversions, kept files. In the check's format. */
  problems: Problem[];
  seconds: number;
}

/** Runs the import. */
export async function importWordPress(opts: ImportOptions): Promise<ImportSummary> {
  const started = performance.now();
  const { projectDir, root } = opts;
  // Problems name the export as the user typed it, so the file:line opens from where they are.
  const exportRel = opts.exportFile.split(path.sep).join('/');
  const total = statSync(opts.exportFile).size;
  const problems: Problem[] = [];
  const skipped = new Map<string, number>();
  const skip = (why: string) => skipped.set(why, (skipped.get(why) ?? 0) + 1);

  // Pass 1: the header (authors, categories, tags) and every attachment.
  let siteUrl = '';
  const wpAuthors = new Map<string, WpAuthor>();
  const wpCategories: WpTerm[] = [];
  const attachments = new Map<string, Attachment>();
  const scan = opts.progress ? createProgress(opts.progress, 'scan  ', total) : undefined;
  for await (const r of readWxr(opts.exportFile, { skipText: new Set(['content:encoded', 'wp:comment']), onBytes: (b) => scan?.bytes(b) })) {
    if (r.kind === 'site') siteUrl = r.baseUrl;
    else if (r.kind === 'author') {
      const a = toAuthor(r.node);
      if (a.login) wpAuthors.set(a.login, a);
    } else if (r.kind === 'category') wpCategories.push(toTerm(r.node));
    else if (r.kind === 'item') {
      scan?.item();
      const item = toItem(r.node, r.line);
      if (item.type !== 'attachment') continue;
      const a = toAttachment(item);
      attachments.set(a.id, a);
    }
  }
  scan?.finish();

  // Ids: categories and authors get site ids; slugs already used by other articles stay theirs.
  const writer = new ManifestWriter(projectDir, `${root}/${MANIFEST_FILE}`, opts.dryRun);
  const categoryIds = new Map<string, string>();
  const categoryByTerm = new Map<string, string>();
  const takenCategories = new Set<string>();
  for (const c of wpCategories) {
    const id = uniqueSlug(slugify(c.slug) || slugify(c.name) || `category-${c.termId}`, takenCategories);
    takenCategories.add(id);
    categoryIds.set(c.slug.toLowerCase(), id);
    categoryByTerm.set(c.termId, id);
  }
  const authorIds = new Map<string, string>();
  const takenAuthors = new Set<string>();
  for (const a of wpAuthors.values()) {
    const id = uniqueSlug(slugify(a.login) || slugify(a.displayName) || 'author', takenAuthors);
    takenAuthors.add(id);
    authorIds.set(a.login, id);
  }
  const takenSlugs = new Set<string>();
  const articlesDir = path.join(projectDir, root, 'articles');
  if (existsSync(articlesDir)) {
    for (const e of await readdir(articlesDir, { recursive: true, withFileTypes: true })) {
      const rel = path.relative(projectDir, path.join(e.parentPath, e.name)).split(path.sep).join('/');
      if (e.isFile() && e.name.endsWith('.md') && !writer.wroteBefore(rel)) takenSlugs.add(e.name.slice(0, -3));
    }
  }

  const data: ContextData = { siteUrl, timeZone: opts.timeZone, uploads: opts.uploads, categoryIds, categoryByTerm, authorIds, attachments };
  const ctx = articleContext(data);

  const report = (outcome: WriteOutcome, file: string) => {
    if (outcome !== 'written' && outcome !== 'unchanged') problems.push({ file, message: KEPT_BECAUSE[outcome] });
  };
  const usedCategories = new Set<string>();
  const usedAuthors = new Set<string>();
  const posts = { published: 0, scheduled: 0, draft: 0 };
  let comments = 0;
  let images = 0;

  // Pass 2: each post, converted (in worker threads) and written as soon as it is ready.
  const progress = opts.progress ? createProgress(opts.progress, 'import', total) : undefined;
  const handle = async (item: WpItem, slug: string, { article, comments: converted }: Converted) => {
    const articleFile = `${root}/${article.file}`;
    const where = { file: exportRel, line: item.line };
    for (const note of article.notes) problems.push({ ...where, message: `post ${item.id} (${articleFile}): ${note}` });
    for (const copy of article.copies) {
      const file = `${path.posix.dirname(articleFile)}/${copy.name}`;
      report(await writer.copy(file, copy.source), file);
      images++;
    }
    report(await writer.write(articleFile, article.text), articleFile);
    posts[article.state]++;
    usedCategories.add(article.category);
    for (const a of article.authors) usedAuthors.add(a);
    for (const note of converted.notes) problems.push({ ...where, message: `post ${item.id}: ${note}` });
    if (converted.skipped) skipped.set('comments not approved, pingbacks and trackbacks', (skipped.get('comments not approved, pingbacks and trackbacks') ?? 0) + converted.skipped);
    if (converted.comments.length) {
      const file = `${root}/comments/${slug}.yaml`;
      report(await writer.write(file, commentsFileText(slug, converted.comments)), file);
      comments += converted.comments.length;
    }
    progress?.item();
  };
  const jobs = Math.max(1, opts.jobs ?? Math.min(os.availableParallelism(), 8));
  const pool = jobs > 1 ? new ConvertPool(jobs, data, opts.now) : undefined;
  const inFlight = new Set<Promise<void>>();
  let failure: unknown;
  try {
    for await (const r of readWxr(opts.exportFile, { skipText: new Set(['wp:attachment_url']), onBytes: (b) => progress?.bytes(b) })) {
      if (r.kind !== 'item') continue;
      const item = toItem(r.node, r.line);
      if (item.type === 'attachment') continue;
      if (item.type !== 'post') {
        skip(`${item.type === 'page' ? 'pages (the site has articles only)' : `${item.type} items`}`);
        continue;
      }
      if (!IMPORTED_STATUSES[item.status]) {
        skip(`posts with status "${item.status}"`);
        continue;
      }
      // Slugs are given out here, in file order, so the same export always gives the same names.
      const slug = uniqueSlug(slugify(item.slug) || slugify(plainText(item.title)) || `post-${item.id}`, takenSlugs);
      takenSlugs.add(slug);
      const job = (pool ? pool.convert(item, slug) : Promise.resolve().then(() => convertItem(item, slug, ctx, opts.now)))
        .then((c) => handle(item, slug, c))
        .catch((error: unknown) => void (failure ??= error));
      inFlight.add(job);
      void job.finally(() => inFlight.delete(job));
      if (inFlight.size >= jobs * 8) await Promise.race(inFlight);
      if (failure) throw failure;
    }
    await Promise.all(inFlight);
    if (failure) throw failure;
  } finally {
    await pool?.close();
  }
  progress?.finish();

  // Authors: one file each, unless the site already has that author.
  for (const [login, id] of authorIds) {
    if (!usedAuthors.has(id)) continue;
    const file = `${root}/authors/${id}.yaml`;
    const outcome = await writer.write(file, stringify({ name: plainText(wpAuthors.get(login)!.displayName) || login }));
    if (outcome === 'foreign') continue; // The author exists on the site: their file is theirs.
    report(outcome, file);
  }
  for (const id of usedAuthors) if (![...authorIds.values()].includes(id)) problems.push({ file: exportRel, message: `author "${id}" is used by posts but not listed in the export; create ${root}/authors/${id}.yaml` });

  // Categories: appended to categories.yaml (what is there stays as it is).
  const categories = await mergeCategories(projectDir, root, wpCategories, categoryIds, usedCategories, opts.dryRun ?? false);
  await writer.save();

  return { posts, authors: [...usedAuthors].length, categories, comments, images, skipped, writes: writer.counts, problems, seconds: (performance.now() - started) / 1000 };
}

/** Appends the used categories the file does not have yet; returns how many categories were added. */
async function mergeCategories(projectDir: string, root: string, wp: readonly WpTerm[], ids: Map<string, string>, used: Set<string>, dryRun: boolean): Promise<number> {
  const file = path.join(projectDir, root, 'categories.yaml');
  const existing = existsSync(file) ? await readFile(file, 'utf8') : undefined;
  const parsed = existing === undefined ? undefined : parseYaml(existing, file);
  const have = new Set(parsed && !Array.isArray(parsed) && Array.isArray(parsed.data) ? parsed.data.map((c) => String((c as { id?: unknown })?.id)) : []);
  const add: Array<Record<string, unknown>> = [];
  for (const c of wp) {
    const id = ids.get(c.slug.toLowerCase())!;
    if (!used.has(id) || have.has(id)) continue;
    have.add(id);
    add.push({ id, name: plainText(c.name) || id, description: plainText(c.description) || undefined });
  }
  if (used.has('uncategorized') && !have.has('uncategorized')) add.push({ id: 'uncategorized', name: 'Uncategorized' });
  if (add.length && !dryRun) await writeFile(file, appendYamlList(existing, add, '# Sections, in navigation order (docs/writers-guide.md: Authors and categories).\n'));
  return add.length;
}

/** Worker threads converting posts (convert-worker.ts), each fed in turn. */
class ConvertPool {
  private readonly workers: Worker[];
  private readonly waiting = new Map<number, { resolve: (c: Converted) => void; reject: (e: Error) => void }>();
  private seq = 0;
  /** Set when a worker died: later posts fail at once instead of waiting forever. */
  private broken: Error | undefined;

  constructor(size: number, data: ContextData, now: Date) {
    this.workers = Array.from({ length: size }, () => {
      const w = new Worker(new URL('./convert-worker.ts', import.meta.url), { workerData: { data, now: now.getTime() } });
      w.on('message', (m: { seq: number; result?: Converted; error?: string }) => {
        const job = this.waiting.get(m.seq)!;
        this.waiting.delete(m.seq);
        if (m.error) job.reject(new Error(`[import] converting a post failed: ${m.error}`));
        else job.resolve(m.result!);
      });
      w.on('error', (error: Error) => {
        this.broken = error;
        for (const job of this.waiting.values()) job.reject(error);
        this.waiting.clear();
      });
      return w;
    });
  }

  /** Converts one post in the next worker. */
  convert(item: WpItem, slug: string): Promise<Converted> {
    const seq = this.seq++;
    if (this.broken) return Promise.reject(this.broken);
    return new Promise((resolve, reject) => {
      this.waiting.set(seq, { resolve, reject });
      this.workers[seq % this.workers.length]!.postMessage({ seq, item, slug });
    });
  }

  /** Stops the workers. */
  async close(): Promise<void> {
    await Promise.all(this.workers.map((w) => w.terminate()));
  }
}
