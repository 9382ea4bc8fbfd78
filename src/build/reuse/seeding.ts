import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { writeWhole } from '../../utils/write-whole.ts';

/**
 * The seeding's start and end (src/build/reuse/seed-pages.ts says what it puts in place and why).
 * scripts/build.mjs starts it as soon as it knows a full build is needed, before `astro build`
 * has even loaded (Astro's start, ~2.5 s at 10,000 articles, leaves a core idle), and
 * src/integrations/seed-pages.ts waits for its record before Astro generates pages. Started by
 * the integration, it ran beside Vite's bundling, which takes both cores, and the build then
 * waited for it.
 */

/** What the seeding process (src/build/reuse/seed-process.ts) writes when it ends. */
export type SeedsRecord =
  | {
      /** Pages put in place, relative to the output folder, with the modification time each got and the stamp of the cached copy it came from (`cacheStamp`). */
      files: Array<[string, number, string]>;
      /** The incremental manifest's modification time when the pages were seeded (0: none). */
      manifestTime: number;
      /** The processed images linked into the output, relative to it. */
      images: string[];
      /** The folder, inside the output, the images went to (Astro's `build.assets`). */
      assetsDir: string;
      seconds: number;
    }
  | { error: string };

const SEED_PROCESS = fileURLToPath(new URL('./seed-process.ts', import.meta.url));

/**
 * Starts the seeding of `outDir` from `cacheDir` (images into `assetsDir`) in a process of its
 * own; resolves once it has exited, its record written to `record` whatever happened.
 */
export function startSeeding(outDir: string, cacheDir: string, assetsDir: string, record: string): Promise<void> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [SEED_PROCESS, outDir, cacheDir, assetsDir, record], { stdio: ['ignore', 'inherit', 'inherit'] });
    const ended = async (why: string | undefined) => {
      // A process that died before writing its record still leaves one, so the wait ends.
      if (why !== undefined && !existsSync(record)) await writeSeedsRecord(record, { error: why }).catch(() => {});
      resolve();
    };
    child.on('error', (error) => void ended(`could not start: ${error.message}`));
    child.on('close', (status, signal) => void ended(status === 0 ? undefined : `ended with ${signal ?? `exit code ${status}`}`));
  });
}

/** Writes a seeds record whole (a reader never sees half of one). */
export function writeSeedsRecord(record: string, content: SeedsRecord): Promise<void> {
  return writeWhole(record, JSON.stringify(content));
}

/** Resolves with the seeding's record once it is written (looking every `every` ms); rejects with the seeding's failure. */
export async function seedsWhenDone(record: string, every = 20): Promise<Extract<SeedsRecord, { files: unknown }>> {
  while (!existsSync(record)) await new Promise((resolve) => setTimeout(resolve, every));
  const content = JSON.parse(await readFile(record, 'utf8')) as SeedsRecord;
  if ('error' in content) throw new Error(`[newsroom:seed-pages] putting the cached pages in place failed: ${content.error}`);
  return content;
}
