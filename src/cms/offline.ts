// Two requests Sveltia CMS makes to other hosts on its own, with no option to turn them off: an
// update check (its package.json on unpkg.com, at start-up and hourly) and, for the GitHub
// backend, GitHub's status page (every five minutes). The page's CSP refuses both, but each
// refusal is an error in the editor's console. We point them at files of our own under /admin/
// instead: the installed version (so no update is announced: the version is the lockfile's) and
// a status of "unknown" (the CMS shows no banner; editors can still follow its status link).
// What the CMS loads from unpkg.com only for an optional feature (code highlighting, reading a
// photo's EXIF data, HEIC and PDF previews) stays refused by the CSP and fails quietly.

/** The literals the bundle uses, and what we serve in their place. */
const REWRITES = [
  { literal: '`https://unpkg.com/@sveltia/cms`', served: '/admin/sveltia-cms-package' },
  { literal: '`https://www.githubstatus.com/api/v2/status.json`', served: '/admin/backend-status.json' },
] as const;

/** A file served under /admin/ in place of a remote one. */
export interface LocalFile {
  /** Path below /admin/. */
  name: string;
  body: string;
}

/** Rewrites the bundle's update check and status check to same-origin files, and returns those files. */
export function localiseChecks(bundle: string, version: string): { bundle: string; files: LocalFile[] } {
  let rewritten = bundle;
  for (const { literal, served } of REWRITES) {
    if (!rewritten.includes(literal)) {
      throw new Error(`[cms] the Sveltia CMS bundle no longer contains ${literal}; see src/cms/offline.ts for what it was replaced with`);
    }
    rewritten = rewritten.replaceAll(literal, `\`${served}\``);
  }
  return {
    bundle: rewritten,
    files: [
      { name: 'sveltia-cms-package/package.json', body: `${JSON.stringify({ name: '@sveltia/cms', version })}\n` },
      { name: 'backend-status.json', body: `${JSON.stringify({ status: { indicator: 'unknown', description: 'Not checked: the CMS asks no other host' } })}\n` },
    ],
  };
}
