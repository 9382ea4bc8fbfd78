import { rmSync } from 'node:fs';
import { readFile, rm, writeFile } from 'node:fs/promises';

/**
 * The lock that keeps two deploy builds (scripts/build.mjs) from building the same live folder at
 * once: a file beside it holding the building process's id. They would share the staging folder,
 * whose name is the same on every run (src/build/deploy/dist-swap.ts says why). A lock whose process is
 * no longer running was left by a build that was killed, and is taken over.
 */

/** How taking the lock went: taken, held by a running build (its process id), or lost three races in a row. */
export type LockOutcome = { taken: true } | { taken: false; holder: number } | { taken: false; holder?: undefined };

/**
 * Creates `lock` holding `pid`, taking over a lock whose process is gone; `isAlive` says whether
 * a process id is running (a parameter for the tests).
 */
export async function takeDeployLock(lock: string, pid = process.pid, isAlive: (pid: number) => boolean = isRunning): Promise<LockOutcome> {
  for (let attempt = 0; attempt < 3; attempt++) {
    try {
      await writeFile(lock, `${pid}\n`, { flag: 'wx' });
      return { taken: true };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
    const holder = Number((await readFile(lock, 'utf8').catch(() => '')).trim());
    if (holder > 0 && holder !== pid && isAlive(holder)) return { taken: false, holder };
    // Left by a build that is gone (or unreadable, or our own id reused): removed, and tried again.
    await rm(lock, { force: true });
  }
  return { taken: false };
}

/**
 * Removes `lock` when this process exits, and turns the signals that would end it without an
 * `exit` event (Ctrl-C, a kill, a closed terminal) into an exit with code 1.
 */
export function releaseLockOnExit(lock: string): void {
  process.on('exit', () => rmSync(lock, { force: true }));
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) process.on(signal, () => process.exit(1));
}

/** True when a process with this id exists (one of another user's, which we may not signal, included). */
export function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}
