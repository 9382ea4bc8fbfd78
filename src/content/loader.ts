// The content subsystem's entry (src/content/).
// In: the content folder (`content/`, or NEWSROOM_CONTENT): articles, briefs, authors,
//   categories, comments, the front page, static pages.
// Out: Astro's collections. Front matter goes in the store; article bodies are rendered once
//   into the body cache (body-cache.ts); every problem in the content is reported in one run.
// Called by: Astro's content layer, through src/content.config.ts. Pages read the collections
//   only through collections.ts. Inside: source.ts reads the files (files.ts, the file policy),
//   validate/ checks them, validate/validation-memo.ts remembers clean articles between builds.
import type { Loader, LoaderContext } from 'astro/loaders';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import { bodyCacheDir, hasBody, pruneBodies, useBodyCache, writeBody } from './body-cache.ts';
import { renderFingerprint } from '../build/reuse/build-fingerprint.ts';
import { contentRoot, loadContent } from './source.ts';
import type { ContentModel } from './validate/validate.ts';
import { LIVE_INDEX_FILE, liveIndexOf, LIVE_PLAN_VARIABLE, type LivePlan } from '../build/live/live-set.ts';
import { formatProblem } from './validate/problems.ts';
import { validationMemoFile } from './validate/validation-memo.ts';
import { buildTime, isPublished } from '../publishing/publish.ts';
import { SITE } from '../site.config.ts';

type Kind = 'articles' | 'briefs' | 'authors' | 'categories' | 'comments' | 'frontPage' | 'pages';

// All the collections come from one read-and-validate pass, so cross-references
// (categories, authors, brief links, duplicate slugs) are checked together and every
// problem is reported at once. The pass is shared while a sync is under way.
let pending: { key: string; model: Promise<ContentModel> } | undefined;

function sharedContent(projectDir: string, cacheDir: string, logger: LoaderContext['logger']): Promise<ContentModel> {
  const root = contentRoot();
  const now = buildTime();
  const key = `${projectDir}\0${root}\0${now.getTime()}`;
  if (!pending || pending.key !== key) {
    // A live build (src/build/live/live-build.ts) reads only the stories its pages show.
    const planFile = process.env[LIVE_PLAN_VARIABLE];
    const plan = planFile ? (JSON.parse(readFileSync(planFile, 'utf8')) as LivePlan) : undefined;
    // Warnings are printed once per pass (not once per collection), and never stop the build.
    // Clean articles unchanged since the last build are not validated again (src/content/validate/validation-memo.ts).
    const memo = { file: validationMemoFile(cacheDir), code: renderFingerprint(projectDir) };
    const model = loadContent(projectDir, root, now, SITE.timeZone, plan, memo).then(async ({ model, warnings }) => {
      for (const w of warnings) logger.warn(formatProblem(w));
      // A full deploy build leaves the index a later live build is planned from (scripts/build.mjs
      // keeps it only if this build succeeds).
      if (!plan && process.env['NEWSROOM_OUT_DIR']) {
        await mkdir(cacheDir, { recursive: true });
        await writeFile(path.join(cacheDir, LIVE_INDEX_FILE), JSON.stringify(liveIndexOf(model, now)));
      }
      return model;
    });
    pending = { key, model };
  }
  return pending.model;
}

/** Loads one of the newsroom collections from the content folder (see docs/writers-guide.md). */
export function newsroomLoader(kind: Kind): Loader {
  return {
    name: `newsroom-${kind}`,
    async load(context) {
      const projectDir = fileURLToPath(context.config.root);
      context.watcher?.on('all', (_event, changed) => {
        if (path.relative(path.join(projectDir, contentRoot()), changed).startsWith('..')) return;
        pending = undefined;
        void sync(kind, context, projectDir);
      });
      await sync(kind, context, projectDir);
    },
  };
}

async function sync(kind: Kind, context: LoaderContext, projectDir: string): Promise<void> {
  const model = await sharedContent(projectDir, fileURLToPath(context.config.cacheDir), context.logger);
  const { store, parseData, generateDigest, renderMarkdown } = context;
  const untouched = new Set(store.keys());
  // The digest covers more than the file's text: the code that parses and renders it (schemas,
  // Markdown plugins, embed providers, site settings, the lockfile, build-time variables) and
  // the bytes of the images its body uses, so that any of them changing renders it again, and
  // the pages keyed on the digest (src/pages/articles/[slug].astro) with it.
  const code = renderFingerprint(projectDir);
  // Entries stored by `astro sync` / `astro check` (run by npm test) or the dev server must not be
  // reused by the deploy build (scripts/build.mjs, which alone sets NEWSROOM_OUT_DIR): their front
  // matter images are not registered as the build's assets, and the next build failed on them.
  const phase = process.env['NEWSROOM_OUT_DIR'] ? 'build' : 'sync';
  // The file's path is in the digest too: a stored entry's images are resolved against it, so an
  // entry from a content folder that moved (NEWSROOM_CONTENT) must not be reused.
  const digestOf = (raw: Record<string, unknown>, body: string, file: string | undefined, images: readonly string[] | undefined) =>
    generateDigest({ raw, body, code, phase, file: file ?? '', images: imagesDigest(projectDir, file, images) });
  // Astro registers an entry's images (front matter and body) as the build's assets when it is
  // stored; an entry kept from the cached store must register them again, as Astro's own glob
  // loader does (the method is not in the public type), or the build's image map misses them.
  const registry = store as unknown as { addAssetImports?: (assets: string[], file: string) => void };
  const reRegister = (entry: { assetImports?: string[] | undefined; filePath?: string | undefined }) => {
    if (entry.assetImports?.length && entry.filePath) registry.addAssetImports?.(entry.assetImports, entry.filePath);
  };
  // Article bodies without repository images are kept out of the store (src/content/body-cache.ts).
  const bodies = bodyCacheDir(fileURLToPath(context.config.cacheDir));
  useBodyCache(bodies);
  const put = async (id: string, raw: Record<string, unknown>, file: string | undefined, extra: { body?: string; cacheBody?: boolean } = {}) => {
    untouched.delete(id);
    const body = extra.body ?? '';
    const existing = store.get(id);
    // The body's images are those the last rendering found (not the entry's assetImports, which
    // also hold the front-matter image): if the body is unchanged they are the same ones. An
    // entry whose body lives in the body cache is reused only while that file is there.
    if (
      existing &&
      existing.digest === digestOf(raw, body, file, bodyImages(existing.rendered)) &&
      (!extra.cacheBody || existing.rendered || hasBody(bodies, existing.digest))
    ) {
      reRegister(existing);
      return;
    }
    const data = await parseData({ id, data: raw, ...(file ? { filePath: path.join(projectDir, file) } : {}) });
    const rendered = extra.body === undefined ? undefined : await renderMarkdown(extra.body, { fileURL: new URL(file!, context.config.root) });
    const assetImports = bodyImages(rendered);
    const digest = digestOf(raw, body, file, assetImports);
    // A body with repository images keeps its `rendered` HTML in the store: Astro's `render()`
    // replaces its image placeholders with the processed images. Any other article body goes to
    // the body cache, named by the digest, which covers its text and the code that rendered it.
    const inStore = rendered && !(extra.cacheBody && !assetImports?.length);
    if (rendered && !inStore) await writeBody(bodies, digest, rendered.html);
    const stored = store.set({
      id,
      data,
      digest,
      ...(file ? { filePath: file } : {}),
      // No `body`: nothing reads the Markdown source after rendering, and the store (which
      // Astro inlines into the build) would carry every article twice.
      ...(inStore ? { rendered } : {}),
      ...(assetImports?.length ? { assetImports } : {}),
    });
    // `set` keeps an entry whose digest it already has, without registering its images.
    if (!stored && existing) reRegister(existing);
  };

  switch (kind) {
    case 'articles': {
      // A build stores only what it publishes (the dev server previews drafts and scheduled
      // stories): an unpublished story's images would otherwise be emitted into the output with
      // the store's image imports, a trace of a story taken down or still under embargo.
      const now = buildTime();
      const preview = process.env['NEWSROOM_SHOW_UNPUBLISHED'] === '1';
      for (const a of model.articles) if (preview || isPublished(a.data, now)) await put(a.slug, a.raw, a.file, { body: a.body, cacheBody: true });
      break;
    }
    case 'authors':
      for (const a of model.authors) await put(a.id, a.raw, a.file);
      break;
    case 'categories':
      for (const [i, c] of model.categories.entries()) await put(c.id, { ...c, order: i }, undefined);
      break;
    case 'briefs':
      for (const b of model.briefs) {
        const { time, ...rest } = b.data;
        await put(b.id, { ...rest, time: time.toISOString(), file: b.file }, undefined);
      }
      break;
    case 'frontPage':
      // One entry, `edition`; banner times go in as UTC ISO strings like briefs' times.
      if (model.frontPage) {
        const { banner, ...rest } = model.frontPage;
        await put('edition', { ...rest, ...(banner ? { banner: { ...banner, expires: banner.expires.toISOString() } } : {}) }, undefined);
      }
      break;
    case 'pages':
      for (const p of model.pages) await put(p.slug, p.raw, p.file, { body: p.body });
      break;
    case 'comments':
      for (const c of model.comments) {
        const { time, ...rest } = c.data;
        await put(c.id, { ...rest, time: time.toISOString(), article: c.article, order: c.index }, undefined);
      }
      break;
  }
  for (const id of untouched) store.delete(id);
  // The body cache holds the bodies of the stored articles and nothing else.
  if (kind === 'articles') await pruneBodies(bodies, new Set(store.values().flatMap((e) => (e.rendered || e.digest === undefined ? [] : [String(e.digest)]))));
}

/** The repository images a rendered body uses (remote ones were already stripped by the sanitizer). */
function bodyImages(rendered: { metadata?: { imagePaths?: string[] } } | undefined): string[] | undefined {
  return rendered?.metadata?.imagePaths?.filter((p) => !/^[a-z][a-z0-9+.-]*:|^\/\//i.test(p));
}

/** A hash of the bytes of a body's repository images (paths relative to its file), so replacing one under the same name counts as a change. */
function imagesDigest(projectDir: string, file: string | undefined, images: readonly string[] | undefined): string {
  if (!file || !images?.length) return '';
  const hash = createHash('sha256');
  for (const image of [...images].sort()) {
    hash.update(`${image}\0`);
    try {
      hash.update(readFileSync(path.join(projectDir, path.dirname(file), image)));
    } catch {
      hash.update('missing');
    }
  }
  return hash.digest('hex');
}
