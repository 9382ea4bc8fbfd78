import path from 'node:path';

/**
 * `npm run build -- --out DIR` (scripts/build.mjs) builds straight into DIR, which it empties
 * first: so DIR must be new, empty or an earlier build's output, never the project, a folder
 * holding it, or any other folder with files in it.
 */

/** What `--out` asked for: no such flag, the flag without a folder after it, or a folder and the other arguments. */
export type OutFlag = { kind: 'none' } | { kind: 'missing' } | { kind: 'folder'; target: string; rest: string[] };

/** Files and folders of which at least one is in any build's output. */
const BUILD_MARKERS = ['index.html', '_astro', '_headers', 'articles', 'pagefind', '.prerender'];

/** Reads the first `--out DIR` from the build's arguments; `rest` is the arguments without it, in order. */
export function parseOutFlag(args: readonly string[]): OutFlag {
  const at = args.indexOf('--out');
  if (at < 0) return { kind: 'none' };
  const target = args[at + 1];
  if (!target || target.startsWith('-')) return { kind: 'missing' };
  return { kind: 'folder', target, rest: [...args.slice(0, at), ...args.slice(at + 2)] };
}

/**
 * Whether the folder `out` (absolute), holding `entries` (its names; none when it does not
 * exist), may be emptied for a build of the project in `projectDir`.
 */
export function mayEmptyForBuild(out: string, projectDir: string, entries: readonly string[]): boolean {
  const holdsProject = out === path.parse(out).root || !path.relative(out, projectDir).startsWith('..');
  return !holdsProject && (entries.length === 0 || entries.some((e) => BUILD_MARKERS.includes(e)));
}
