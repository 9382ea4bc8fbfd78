import { existsSync } from 'node:fs';
import { readdir, rename } from 'node:fs/promises';
import path from 'node:path';

/**
 * The folders beside the live site that the deploy build (scripts/build.mjs) works in, and the two
 * renames that swap a finished build in. The new site is built in a staging folder; the live one
 * is renamed aside, the new one renamed into its place, and the old one renamed to a trash name
 * for a later build to remove. A run that stops between the two renames leaves no live folder,
 * and the next run puts the last good site back (recoverInterruptedSwap).
 */

/**
 * The replaced site is renamed to `.dist-trash-…` and removed by the next full build, beside
 * Astro's work and at a lower priority (unlinking 34,000 files took 4 s at 10,000 articles, the
 * largest step of a rebuild outside Astro; see removeAside in scripts/build.mjs); a live build
 * leaves it, so a brief does not wait for it. Until then it takes its size again on disk; on CI
 * the machine goes first.
 */
export const TRASH = '.dist-trash-';

/** The live folder and the names the deploy build uses beside it. */
export interface DeployFolders {
  /** The live site, replaced whole by a successful build. */
  dist: string;
  /** The folder that holds it and every name below. */
  parent: string;
  /** Where the new site is built before the swap: `.dist-new`. */
  scratch: string;
  /** The live site between the two renames: `.dist-old-<pid>`. */
  previous: string;
  /** The build lock (src/build/deploy/deploy-lock.ts): `.dist-build.lock`. */
  lock: string;
}

/** The folders of a deploy build of `dist` run by process `pid`. */
export function deployFolders(dist: string, pid: number): DeployFolders {
  const parent = path.dirname(dist);
  return {
    dist,
    parent,
    // The staging folder has the same name on every run: Astro writes the absolute output folder
    // into its `virtual:astro:assets` module, whose code is part of every page's dependency hash, so
    // a new name each run (it was `.dist-new-<pid>`) left no page reusable. The lock keeps two
    // builds from sharing it.
    scratch: path.join(parent, '.dist-new'),
    previous: path.join(parent, `.dist-old-${pid}`),
    lock: path.join(parent, '.dist-build.lock'),
  };
}

/**
 * If an earlier run stopped between its two renames, puts the last good site back. Every other
 * leftover (replaced sites, an interrupted build's staging folder) is renamed out of the way, to
 * a `.dist-trash-…` name; resolves with those folders, for a full build to remove.
 */
export async function recoverInterruptedSwap(folders: DeployFolders, pid: number, now: () => number = Date.now): Promise<string[]> {
  const { dist, parent } = folders;
  const olds = (await readdir(parent)).filter((n) => n.startsWith('.dist-old-'));
  if (!existsSync(dist) && olds.length) await rename(path.join(parent, olds.sort().at(-1)!), dist);
  // `.dist-new-<pid>`: the staging folders of earlier versions of the build script.
  const leftovers = (await readdir(parent)).filter((n) => n.startsWith('.dist-old-') || n === '.dist-new' || n.startsWith('.dist-new-') || n.startsWith(TRASH));
  const trash: string[] = [];
  for (const [i, name] of leftovers.entries()) {
    if (name.startsWith(TRASH)) trash.push(path.join(parent, name));
    else {
      const to = path.join(parent, `${TRASH}${pid}-${now()}-${i}`);
      await rename(path.join(parent, name), to);
      trash.push(to);
    }
  }
  return trash;
}

/**
 * Puts the finished site in `scratch` in place of the live one, whose folder is renamed to a trash
 * name; resolves with whether there was a live site to replace.
 */
export async function swapIn(folders: DeployFolders, pid: number, now: () => number = Date.now): Promise<boolean> {
  const { dist, parent, scratch, previous } = folders;
  // Two renames: the live folder is missing only between them, and a run interrupted there is
  // repaired by the next one (recoverInterruptedSwap).
  const replaced = existsSync(dist);
  if (replaced) await rename(dist, previous);
  await rename(scratch, dist);
  if (replaced) await rename(previous, path.join(parent, `${TRASH}${pid}-${now()}`));
  return replaced;
}
