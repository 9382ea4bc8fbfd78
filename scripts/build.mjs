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
//
// Parts of it live in src/build/deploy/: the build lock (deploy-lock.ts), the staging folder and the
// swap (dist-swap.ts), the old hashed files kept for cached pages (old-assets.ts) and the checks
// on `--out` (out-folder.ts).
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, readdir, readFile, rm } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { finishBuild } from '../src/build/finish.ts';
import { liveBuild, liveFactsDir } from '../src/build/live/live-build.ts';
import { forgetLiveRecord, inputsTable, readLiveRecord, recordFullBuild } from '../src/build/live/live-record.ts';
import { contentRoot } from '../src/content/source.ts';
import { imageSettingsKey, prepareImageCache, pruneImageCache } from '../src/build/reuse/image-cache.ts';
import { removeStaleSeeds, untouchedSeeds } from '../src/build/reuse/seed-pages.ts';
import { startSeeding } from '../src/build/reuse/seeding.ts';
import { IMAGE_SETTINGS } from '../src/build/image-settings.ts';
import { releaseLockOnExit, takeDeployLock } from '../src/build/deploy/deploy-lock.ts';
import { deployFolders, recoverInterruptedSwap, swapIn } from '../src/build/deploy/dist-swap.ts';
import { carryOverOldAssets } from '../src/build/deploy/old-assets.ts';
import { mayEmptyForBuild, parseOutFlag } from '../src/build/deploy/out-folder.ts';
import { validationMemoFile } from '../src/content/validate/validation-memo.ts';
import { SITE } from '../src/site.config.ts';

const projectDir = fileURLToPath(new URL('..', import.meta.url));
// One clock for the whole build, the live build's checks and both Astro runs included
// (astro.config.mjs would otherwise set its own). Set SOURCE_DATE_EPOCH for reproducible builds.
process.env.SOURCE_DATE_EPOCH ??= String(Math.floor(Date.now() / 1000));
/** Astro's cache folder, as astro.config.mjs sets it. */
const cacheDir = path.resolve(projectDir, process.env.NEWSROOM_CACHE_DIR ?? 'node_modules/.astro');
/** Astro's folder for hashed files in the output (`build.assets`, its default). */
const ASSETS_DIR = '_astro';

const outFlag = parseOutFlag(process.argv.slice(2));
/** The arguments passed on to `astro build`: this script's own, but `--out DIR`. */
const args = outFlag.kind === 'folder' ? outFlag.rest : process.argv.slice(2);
const force = args.includes('--force');
if (outFlag.kind === 'missing') {
  console.error('[build] --out needs a folder, e.g. --out /tmp/site');
  process.exit(2);
}
if (outFlag.kind === 'folder') {
  const { target } = outFlag;
  const out = path.resolve(projectDir, target);
  // The folder is emptied first: src/build/deploy/out-folder.ts says which folders may be.
  const entries = existsSync(out) ? await readdir(out) : [];
  if (!mayEmptyForBuild(out, projectDir, entries)) {
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
// The staging folder, the lock and the names of replaced sites, all beside `dist` (src/build/deploy/dist-swap.ts).
const folders = deployFolders(dist, process.pid);
const { parent, scratch, lock } = folders;

await mkdir(parent, { recursive: true });
await takeLock();
// An earlier run's leftovers, renamed to `.dist-trash-…` names, for a full build to remove (removeAside).
const trash = await recoverInterruptedSwap(folders, process.pid);
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
const replaced = await swapIn(folders, process.pid);
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
 * Takes the lock beside the live folder, or exits naming the build that holds it. A lock left by
 * a build that is no longer running is taken over.
 */
async function takeLock() {
  const outcome = await takeDeployLock(lock, process.pid);
  if (outcome.taken) {
    releaseLockOnExit(lock);
    return;
  }
  if (outcome.holder) {
    console.error(`[build] another build (process ${outcome.holder}) is building ${path.relative(projectDir, dist) || dist}; wait for it to finish, or delete ${lock} if no build is running`);
    process.exit(1);
  }
  console.error(`[build] could not take the build lock ${lock}`);
  process.exit(1);
}
