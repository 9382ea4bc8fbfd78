#!/usr/bin/env node
// `npm run build`: builds the site beside the live one and swaps it in only when everything
// succeeded. Two steps: `astro build` (content validation, pages, feeds, sitemaps, images),
// then, once Astro's process has exited and its memory is free, src/build/finish.ts (the
// Pagefind index, _headers/_redirects and the output checks). A failed build leaves dist/
// exactly as it was.
//
//   --out DIR       build straight into DIR (emptied first), with no swap and no old assets
//                   carried over: for tests and the bench, which compare whole output folders
//   --force         (passed on to astro build) reuse nothing from the caches (pages, content
//                   store, validation, processed images, page facts)
//   NEWSROOM_DIST   the folder to replace (default: dist)
//   any other argument or variable is passed to `astro build` (NEWSROOM_CONTENT, SOURCE_DATE_EPOCH, ...)
import { spawn } from 'node:child_process';
import { existsSync, rmSync } from 'node:fs';
import { copyFile, mkdir, readdir, readFile, rename, rm, stat, utimes, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { finishBuild } from '../src/build/finish.ts';
import { liveBuild, liveFactsDir } from '../src/build/live/live-build.ts';
import { forgetLiveRecord, inputsTable, readLiveRecord, recordFullBuild } from '../src/build/live/live-record.ts';
import { contentRoot } from '../src/content/source.ts';
import { imageSettingsKey, prepareImageCache, pruneImageCache } from '../src/build/reuse/image-cache.ts';
import { removeStaleSeeds, untouchedSeeds } from '../src/build/reuse/seed-pages.ts';
import { startSeeding } from '../src/build/reuse/seeding.ts';
import { cacheClassOf } from '../src/cdn/headers.ts';
import { IMAGE_SETTINGS } from '../src/build/image-settings.ts';
import { listFiles } from '../src/build/checks/output-files.ts';
import { validationMemoFile } from '../src/content/validate/validation-memo.ts';
import { SITE } from '../src/site.config.ts';

const projectDir = fileURLToPath(new URL('..', import.meta.url));
// One clock for the whole build, the live build's checks and both Astro runs included
// (astro.config.mjs would otherwise set its own). Set SOURCE_DATE_EPOCH for reproducible builds.
process.env.SOURCE_DATE_EPOCH ??= String(Math.floor(Date.now() / 1000));
/** Astro's cache folder, as astro.config.mjs sets it. */
const cacheDir = path.resolve(projectDir, process.env.NEWSROOM_CACHE_DIR ?? 'node_modules/.astro');
/** Old content-hashed files stay this long, so pages still in a cache keep their CSS, JS and images. */
const KEEP_OLD_ASSETS_DAYS = 7;
/** Astro's folder for hashed files in the output (`build.assets`, its default). */
const ASSETS_DIR = '_astro';
/** The carried-over kinds of hashed file: code and type, never content (see carryOverOldAssets). */
const CODE_ASSET = /^_astro\/.+\.(?:css|js|mjs|woff2?|ttf|otf|wasm)$/;

const args = process.argv.slice(2);
const force = args.includes('--force');
const outFlag = args.indexOf('--out');
if (outFlag >= 0) {
  const target = args[outFlag + 1];
  if (!target || target.startsWith('-')) {
    console.error('[build] --out needs a folder, e.g. --out /tmp/site');
    process.exit(2);
  }
  args.splice(outFlag, 2);
  const out = path.resolve(projectDir, target);
  // The folder is emptied first, so it must be new, empty or an earlier build's output: never
  // the project, a folder holding it, or any other folder with files in it.
  const holdsProject = out === path.parse(out).root || !path.relative(out, projectDir).startsWith('..');
  const entries = existsSync(out) ? await readdir(out) : [];
  const BUILD_MARKERS = ['index.html', '_astro', '_headers', 'articles', 'pagefind', '.prerender'];
  if (holdsProject || (entries.length > 0 && !entries.some((e) => BUILD_MARKERS.includes(e)))) {
    console.error(`[build] --out ${target}: that folder is emptied before the build, but it is not an earlier build's output; choose a new or empty folder`);
    process.exit(2);
  }
  await rm(out, { recursive: true, force: true });
  // This build shares the cache (page facts, search shards) but not the live folder: no live
  // build may patch dist/ from what it leaves.
  await forgetLiveRecord(cacheDir);
  const code = await buildInto(out);
  if (code !== 0) console.error(`\n[build] the build failed; ${target} is incomplete.`);
  process.exit(code);
}

const dist = path.resolve(projectDir, process.env.NEWSROOM_DIST ?? 'dist');
const parent = path.dirname(dist);
// The staging folder has the same name on every run: Astro writes the absolute output folder into
// its `virtual:astro:assets` module, whose code is part of every page's dependency hash, so a new
// name each run (it was `.dist-new-<pid>`) left no page reusable. The lock keeps two builds from
// sharing it.
const scratch = path.join(parent, '.dist-new');
const previous = path.join(parent, `.dist-old-${process.pid}`);
const lock = path.join(parent, '.dist-build.lock');
/**
 * The replaced site is renamed to `.dist-trash-…` and removed by the next full build, beside
 * Astro's work and at a lower priority (unlinking 34,000 files took 4 s at 10,000 articles, the
 * largest step of a rebuild outside Astro; see removeAside); a live build leaves it, so a brief
 * does not wait for it. Until then it takes its size again on disk; on CI the machine goes first.
 */
const TRASH = '.dist-trash-';

await mkdir(parent, { recursive: true });
await takeLock();
const trash = await recoverInterruptedSwap();
/** The removal of `trash`, once a full build has started it; `exit` waits for it. */
let clearing;

// When only the briefs or the editors' front page changed since the last full build, the live
// build publishes them without building the archive again (src/build/live/live-build.ts);
// otherwise it says why not.
let inputsRead;
if (!force && args.length === 0) {
  try {
    const live = await liveBuild({
      projectDir,
      contentRoot: contentRoot(),
      dist,
      cacheDir,
      siteUrl: SITE.url,
      log: (line) => console.log(line),
      astroBuild: (env) => astroBuild([], env),
    });
    if ('published' in live) {
      console.log(live.published);
      await exit(0);
    }
    console.log(`[live] a full build is needed: ${live.declined}`);
    inputsRead = live.inputs;
  } catch (error) {
    console.error(error instanceof Error ? error.message : String(error));
    console.error(`\n[build] the build failed; ${path.relative(projectDir, dist) || dist} was left untouched.`);
    await exit(1);
  }
}
clearing = removeAside(trash).then(
  () => {},
  (error) => console.warn(`[build] could not remove an earlier build's leftovers: ${error.message}`),
);
// What this full build is made from (every input but the live ones), for the next live build:
// read beside the build, which it does not wait for.
const inputs = inputsRead ? Promise.resolve(inputsRead) : inputsTable(projectDir, contentRoot(), (await readLiveRecord(cacheDir))?.inputs);
inputs.catch(() => {});
await forgetLiveRecord(cacheDir);
await rm(liveFactsDir(cacheDir), { recursive: true, force: true });

const code = await buildInto(scratch);
if (code !== 0 || !existsSync(path.join(scratch, 'index.html')) || !existsSync(path.join(scratch, '_headers'))) {
  await rm(scratch, { recursive: true, force: true });
  console.error(`\n[build] the build failed; ${path.relative(projectDir, dist) || dist} was left untouched.`);
  await exit(code || 1);
}

const carried = existsSync(dist) ? await carryOverOldAssets(dist, scratch) : 0;
// Two renames: the live folder is missing only between them, and a run interrupted there is
// repaired by the next one (recoverInterruptedSwap).
const replaced = existsSync(dist);
if (replaced) await rename(dist, previous);
await rename(scratch, dist);
if (replaced) await rename(previous, path.join(parent, `${TRASH}${process.pid}-${Date.now()}`));
if (!force) await recordFullBuild(cacheDir, dist, await inputs);
const notes = [...(carried ? [`kept ${carried} old hashed scripts and stylesheets for cached pages`] : []), ...(replaced ? ['the replaced site is removed by the next full build'] : [])];
console.log(`[build] swapped the new site into ${path.relative(projectDir, dist) || dist}${notes.length ? ` (${notes.join('; ')})` : ''}.`);
await exit(0);

/** Exits once the removal of earlier builds' leftovers, if this build started it, has finished. */
async function exit(code) {
  await clearing;
  process.exit(code);
}

/** `astro build` into `out`, then the steps that need Astro's process gone; resolves with an exit code. */
async function buildInto(out) {
  // Pages Astro can reuse, put in place in one pass instead of copied back one by one, while
  // Astro syncs content and bundles (src/integrations/seed-pages.ts writes what it seeded to
  // `seedsFile`). --force (passed on to astro build) ignores every cache: nothing is seeded or reused.
  const emptied = await prepareImageCache(cacheDir, imageSettingsKey(IMAGE_SETTINGS, projectDir), force);
  if (emptied) console.log(`[build] emptied the processed-image cache: ${emptied}`);
  const seedsFile = path.join(cacheDir, `newsroom-seeds-${process.pid}.json`);
  await rm(seedsFile, { force: true });
  if (force) await rm(validationMemoFile(cacheDir), { force: true });
  else await mkdir(cacheDir, { recursive: true });
  // Started before Astro, whose first seconds (loading, then the content sync) leave a core idle;
  // the integration holds page generation until the seeds are in place.
  const seeding = force ? undefined : startSeeding(out, cacheDir, ASSETS_DIR, seedsFile);
  const code = await astroBuild(args, { NEWSROOM_OUT_DIR: out, ...(force ? {} : { NEWSROOM_SEEDS_FILE: seedsFile }) });
  // Astro may have failed before waiting for it: nothing may still be writing when the folder goes.
  await seeding;
  const seeds = await readSeeds(seedsFile);
  if (code !== 0) return code;
  try {
    const stale = await removeStaleSeeds(out, cacheDir, seeds);
    if (stale.length) console.log(`[build] removed ${stale.length} page(s) this build no longer has, e.g. ${stale[0]}`);
    const pruned = await pruneImageCache(cacheDir, out);
    if (pruned) console.log(`[build] dropped ${pruned} processed image(s) this build no longer uses from the cache`);
    await finishBuild(out, { siteUrl: SITE.url, cacheDir, force, seeded: untouchedSeeds(out, seeds) });
    return 0;
  } catch (error) {
    console.error(error instanceof Error ? error.message : String(error));
    return 1;
  }
}

/** What src/integrations/seed-pages.ts seeded (none if it did not run), read once and deleted. */
async function readSeeds(file) {
  try {
    const { files = [], manifestTime } = JSON.parse(await readFile(file, 'utf8'));
    return { files: new Map(files.map(([page, time, origin]) => [page, { time, origin }])), manifestTime };
  } catch {
    return { files: new Map(), manifestTime: 0 };
  } finally {
    await rm(file, { force: true });
  }
}

/**
 * Removes `folders` (earlier builds' leftovers) in a child process at the lowest CPU priority, so
 * the removal takes what Astro leaves idle. Removed in this process, the 34,000 unlinks of a
 * 10,000-article site filled its I/O threads and held back the start of `astro build` by 3–4 s,
 * and competed with Astro's content sync for both cores.
 */
async function removeAside(folders) {
  if (folders.length === 0) return;
  const remover = `try { require('node:os').setPriority(19); } catch {}
for (const folder of process.argv.slice(1)) require('node:fs').rmSync(folder, { recursive: true, force: true });`;
  const code = await run(process.execPath, ['-e', remover, ...folders], process.env);
  if (code !== 0) throw new Error(`the removal ended with exit code ${code}`);
}

/** `astro build` with `astroArgs`, in this project, with `env` added to the environment; resolves with its exit code. */
function astroBuild(astroArgs, env) {
  const astro = path.join(projectDir, 'node_modules/astro/bin/astro.mjs');
  return run(process.execPath, [astro, 'build', ...astroArgs], { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', ...env });
}

/** Runs a command with inherited output; resolves with its exit code. */
function run(command, args, env) {
  return new Promise((resolve) => {
    const child = spawn(command, args, { cwd: projectDir, env, stdio: 'inherit' });
    child.on('error', () => resolve(1));
    child.on('close', (status, signal) => resolve(signal ? 1 : (status ?? 1)));
  });
}

/**
 * Copies the live site's hashed scripts, stylesheets and fonts that the new build no longer has,
 * so a page that a browser or CDN still holds (HTML is cached briefly, served stale while
 * revalidating) keeps its styles and scripts. They expire after KEEP_OLD_ASSETS_DAYS. Images and
 * Pagefind's chunks are never carried over: they hold stories' pictures and text, and a story
 * taken down (or a picture replaced) for legal reasons must leave the output in this same build.
 */
async function carryOverOldAssets(from, to) {
  const cutoff = Date.now() - KEEP_OLD_ASSETS_DAYS * 86_400_000;
  let count = 0;
  // Only `_astro/` holds such files: the rest of the old site (its pages, Pagefind's chunks) is not listed.
  const assets = existsSync(path.join(from, '_astro')) ? (await listFiles(path.join(from, '_astro'))).map((f) => `_astro/${f}`) : [];
  for (const file of assets) {
    if (!CODE_ASSET.test(file) || cacheClassOf(file) !== 'immutable' || existsSync(path.join(to, file))) continue;
    const source = path.join(from, file);
    const { mtime, atime } = await stat(source);
    if (mtime.getTime() < cutoff) continue;
    await mkdir(path.dirname(path.join(to, file)), { recursive: true });
    await copyFile(source, path.join(to, file));
    // Keep the original time, so the file still expires a week after it was first built.
    await utimes(path.join(to, file), atime, mtime);
    count++;
  }
  return count;
}

/**
 * Takes the lock beside the live folder, or exits naming the build that holds it. A lock left by
 * a build that is no longer running is taken over.
 */
async function takeLock() {
  for (let attempt = 0; attempt < 3; attempt++) {
    try {
      await writeFile(lock, `${process.pid}\n`, { flag: 'wx' });
      process.on('exit', () => rmSync(lock, { force: true }));
      for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) process.on(signal, () => process.exit(1));
      return;
    } catch (error) {
      if (error.code !== 'EEXIST') throw error;
    }
    const holder = Number((await readFile(lock, 'utf8').catch(() => '')).trim());
    if (holder > 0 && holder !== process.pid && isRunning(holder)) {
      console.error(`[build] another build (process ${holder}) is building ${path.relative(projectDir, dist) || dist}; wait for it to finish, or delete ${lock} if no build is running`);
      process.exit(1);
    }
    await rm(lock, { force: true });
  }
  console.error(`[build] could not take the build lock ${lock}`);
  process.exit(1);
}

/** True when a process with this id exists. */
function isRunning(pid) {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return error.code === 'EPERM';
  }
}

/**
 * If an earlier run stopped between its two renames, puts the last good site back. Every other
 * leftover (replaced sites, an interrupted build's staging folder) is renamed out of the way, to
 * a `.dist-trash-…` name; resolves with those folders, for a full build to remove.
 */
async function recoverInterruptedSwap() {
  const olds = (await readdir(parent)).filter((n) => n.startsWith('.dist-old-'));
  if (!existsSync(dist) && olds.length) await rename(path.join(parent, olds.sort().at(-1)), dist);
  // `.dist-new-<pid>`: the staging folders of earlier versions of this script.
  const leftovers = (await readdir(parent)).filter((n) => n.startsWith('.dist-old-') || n === '.dist-new' || n.startsWith('.dist-new-') || n.startsWith(TRASH));
  const trash = [];
  for (const [i, name] of leftovers.entries()) {
    if (name.startsWith(TRASH)) trash.push(path.join(parent, name));
    else {
      const to = path.join(parent, `${TRASH}${process.pid}-${Date.now()}-${i}`);
      await rename(path.join(parent, name), to);
      trash.push(to);
    }
  }
  return trash;
}
