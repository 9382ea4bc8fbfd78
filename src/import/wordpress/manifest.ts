/**
 * Safe re-runs: the import records the hash of every file it writes in a manifest
 * (`content/.wordpress-import.json`). On the next run a file is overwritten only if it is
 * still byte-for-byte what the import wrote; a file someone edited, deleted, or wrote by hand
 * is left alone and reported.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { copyFile, mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import path from 'node:path';

/** The manifest's name inside the content folder. */
export const MANIFEST_FILE = '.wordpress-import.json';

/** What happened to one file. */
export type WriteOutcome = 'written' | 'unchanged' | 'edited' | 'deleted' | 'foreign';

/** Why a file was left alone, for the summary. */
export const KEPT_BECAUSE: Record<Exclude<WriteOutcome, 'written' | 'unchanged'>, string> = {
  edited: 'edited since the last import; not overwritten',
  deleted: 'deleted since the last import; not re-created',
  foreign: 'already exists and was not written by the import; not overwritten',
};

/** sha256 of some bytes, hex. */
export function hashOf(data: string | Uint8Array): string {
  return createHash('sha256').update(data).digest('hex');
}

/** Writes files under a project folder, guarded by the manifest. */
export class ManifestWriter {
  /** Hashes from the previous run, by project-relative path. */
  private readonly previous: Map<string, string>;
  /** Hashes after this run. */
  private readonly current = new Map<string, string>();
  readonly counts: Record<WriteOutcome, number> = { written: 0, unchanged: 0, edited: 0, deleted: 0, foreign: 0 };

  private readonly projectDir: string;
  /** Project-relative path of the manifest. */
  readonly manifestPath: string;
  private readonly dryRun: boolean;

  constructor(projectDir: string, manifestPath: string, dryRun = false) {
    this.projectDir = projectDir;
    this.manifestPath = manifestPath;
    this.dryRun = dryRun;
    const abs = path.join(projectDir, manifestPath);
    const files = existsSync(abs) ? (JSON.parse(readFileSync(abs, 'utf8')) as { files?: Record<string, string> }).files ?? {} : {};
    this.previous = new Map(Object.entries(files));
  }

  /** True when the previous run wrote `file`. */
  wroteBefore(file: string): boolean {
    return this.previous.has(file);
  }

  /** Writes `data` to `file` (project-relative) unless that would overwrite someone's work. */
  async write(file: string, data: string | Uint8Array): Promise<WriteOutcome> {
    return this.put(file, hashOf(data), (abs) => writeFile(abs, data));
  }

  /** Copies `source` (absolute) to `file` (project-relative), under the same rule. */
  async copy(file: string, source: string): Promise<WriteOutcome> {
    return this.put(file, hashOf(await readFile(source)), (abs) => copyFile(source, abs));
  }

  private async put(file: string, hash: string, store: (abs: string) => Promise<void>): Promise<WriteOutcome> {
    const abs = path.join(this.projectDir, file);
    const before = this.previous.get(file);
    let outcome: WriteOutcome;
    if (!existsSync(abs)) outcome = before ? 'deleted' : 'written';
    else {
      const now = hashOf(await readFile(abs));
      outcome = now === hash ? 'unchanged' : before === undefined ? 'foreign' : now === before ? 'written' : 'edited';
    }
    if (outcome === 'written' && !this.dryRun) {
      await mkdir(path.dirname(abs), { recursive: true });
      // Write-then-rename, so an interrupted import never leaves half a file.
      const tmp = `${abs}.import-tmp`;
      await store(tmp);
      await rename(tmp, abs);
    }
    // A file left alone keeps its old record, so the next run still knows it as the import's.
    if (outcome === 'written' || outcome === 'unchanged') this.current.set(file, hash);
    else if (before) this.current.set(file, before);
    this.counts[outcome]++;
    return outcome;
  }

  /** Saves the manifest: every file this run wrote or found unchanged, sorted (same export, same bytes). */
  async save(): Promise<void> {
    if (this.dryRun) return;
    const files = Object.fromEntries([...this.current.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
    const text = `${JSON.stringify({ about: 'Files written by npm run import:wordpress, with their sha256; a file whose hash differs was edited and is never overwritten.', files }, null, 1)}\n`;
    const abs = path.join(this.projectDir, this.manifestPath);
    await mkdir(path.dirname(abs), { recursive: true });
    await writeFile(abs, text);
  }
}
