import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { variablesFingerprint } from '../reuse/build-fingerprint.ts';
import { LIVE_INDEX_FILE, type LiveIndex } from './live-set.ts';
import { mapLimited } from '../../utils/map-limited.ts';
import { listFiles } from '../checks/output-files.ts';

/**
 * The record a full deploy build leaves for the live build (src/build/live/live-build.ts): what the
 * archive was built from (every input but the briefs and the front page, with its size, change time and SHA-256), the
 * build-time variables, the live folder it produced and the content index its loader wrote
 * (src/build/live/live-set.ts). A live build runs only while all of that still holds. Written by
 * scripts/build.mjs once a full build has been swapped in; removed when one starts.
 */
export interface LiveRecord {
  version: typeof VERSION;
  index: LiveIndex;
  /** `variablesFingerprint()` of the full build. */
  variables: string;
  /** Every input but the briefs and the front page: project path → [size, ctime ms, SHA-256]. */
  inputs: InputsTable;
  /** The live folder as the last build left it (`distIdentity`): a live build patches only that output. */
  dist: { path: string; identity: string };
}

/**
 * Input files: project path → [size, ctime ms, SHA-256 hex]. The change time, not the
 * modification time: a tool can set the latter back (`touch -d`, an archive), never the former.
 */
export type InputsTable = Record<string, [number, number, string]>;

const VERSION = 3;
/** The record, in Astro's cache folder. */
export const LIVE_RECORD_FILE = 'newsroom-live.json';

/**
 * What shapes a build besides content: the code (all of `src/`), the static files, the build
 * script, the settings, the lockfile and any `.env` file Vite reads.
 */
const CODE_INPUTS = ['src', 'public', 'scripts/build.mjs', 'astro.config.mjs', 'package.json', 'package-lock.json', 'tsconfig.json'];
const ENV_FILE = /^\.env(\..+)?$/;

/**
 * Every input of a build but the live ones (the briefs and the editors' front page), as a table:
 * the code and settings (CODE_INPUTS) and the content folder without `<content>/briefs/` and
 * `<content>/front-page.yaml`. A file whose size and change time match `previous`
 * keeps its hash there; the others are read and hashed (all of them on a fresh checkout).
 */
export async function inputsTable(projectDir: string, contentRoot: string, previous: InputsTable = {}): Promise<InputsTable> {
  const briefs = `${contentRoot}/briefs/`;
  const frontPage = `${contentRoot}/front-page.yaml`;
  const envFiles = (await readdir(projectDir)).filter((f) => ENV_FILE.test(f));
  const lists = await Promise.all(
    [...CODE_INPUTS, ...envFiles, contentRoot].map(async (entry) => {
      const abs = path.join(projectDir, entry);
      if (!existsSync(abs)) return [];
      if (!(await stat(abs)).isDirectory()) return [entry];
      return (await listFiles(abs)).map((f) => `${entry}/${f}`);
    }),
  );
  const files = [...new Set(lists.flat())].filter((f) => !f.startsWith(briefs) && f !== frontPage).sort();
  const rows = await mapLimited(files, 64, async (file): Promise<[number, number, string]> => {
    const s = await stat(path.join(projectDir, file));
    const known = previous[file];
    if (known && known[0] === s.size && known[1] === s.ctimeMs) return known;
    return [s.size, s.ctimeMs, createHash('sha256').update(await readFile(path.join(projectDir, file))).digest('hex')];
  });
  return Object.fromEntries(files.map((f, i) => [f, rows[i]!]));
}

/** The inputs whose bytes differ between two tables (added, removed or changed), sorted. */
export function changedInputs(before: InputsTable, after: InputsTable): string[] {
  const names = new Set([...Object.keys(before), ...Object.keys(after)]);
  return [...names].filter((f) => before[f]?.[2] !== after[f]?.[2]).sort();
}

/** Forgets the last full build's record (a full build is starting: until it succeeds, nothing may be patched). */
export async function forgetLiveRecord(cacheDir: string): Promise<void> {
  await rm(path.join(cacheDir, LIVE_RECORD_FILE), { force: true });
  await rm(path.join(cacheDir, LIVE_INDEX_FILE), { force: true });
}

/**
 * Records a full build that has just been swapped into `dist`: the index its loader wrote
 * (none: a build that wrote no index, such as `--force` with no cache, leaves no record), the
 * variables and the inputs taken before it started.
 */
export async function recordFullBuild(cacheDir: string, dist: string, inputs: InputsTable): Promise<boolean> {
  await rm(path.join(cacheDir, LIVE_RECORD_FILE), { force: true });
  let index: LiveIndex;
  try {
    index = JSON.parse(await readFile(path.join(cacheDir, LIVE_INDEX_FILE), 'utf8')) as LiveIndex;
  } catch {
    return false;
  }
  const record: LiveRecord = { version: VERSION, index, variables: variablesFingerprint(), inputs, dist: { path: dist, identity: await distIdentity(dist, await listFiles(dist)) } };
  await saveLiveRecord(cacheDir, record);
  await rm(path.join(cacheDir, LIVE_INDEX_FILE), { force: true });
  return true;
}

/** Writes the record (after a full build, or a live build that changed the output). */
export async function saveLiveRecord(cacheDir: string, record: LiveRecord): Promise<void> {
  await writeFile(path.join(cacheDir, LIVE_RECORD_FILE), JSON.stringify(record));
}

/** Files whose bytes tell one build's output from another's, beside the list of every file's name. */
const IDENTITY_FILES = ['_headers', '_redirects', 'index.html', 'pagefind/manifest.json', 'sitemap-0.xml', 'rss.xml'];

/**
 * What tells the output a record was made for from any other (an older `dist/` a CI cache
 * restored, one a person changed): a hash of every file's name and of a few files that every
 * build rewrites. A copy of the same output (a cache restored elsewhere) has the same identity.
 */
export async function distIdentity(dist: string, files: readonly string[]): Promise<string> {
  const hash = createHash('sha256').update(files.join('\n'));
  for (const file of IDENTITY_FILES) hash.update(`\0${file}\0`).update(await readFile(path.join(dist, file)).catch(() => Buffer.from('missing')));
  return hash.digest('hex');
}

/** The last full build's record, or undefined (none, unreadable or of another version). */
export async function readLiveRecord(cacheDir: string): Promise<LiveRecord | undefined> {
  try {
    const record = JSON.parse(await readFile(path.join(cacheDir, LIVE_RECORD_FILE), 'utf8')) as LiveRecord;
    return record.version === VERSION ? record : undefined;
  } catch {
    return undefined;
  }
}
