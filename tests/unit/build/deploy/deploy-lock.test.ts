import { spawn } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { isRunning, takeDeployLock } from '../../../../src/build/deploy/deploy-lock.ts';

let dir: string;
let lock: string;
beforeEach(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'deploy-lock-'));
  lock = path.join(dir, '.dist-build.lock');
});
afterEach(() => rm(dir, { recursive: true, force: true }));

describe('takeDeployLock', () => {
  it('creates the lock holding our process id when there is none', async () => {
    expect(await takeDeployLock(lock, 4242)).toEqual({ taken: true });
    expect(await readFile(lock, 'utf8')).toBe('4242\n');
  });

  it('names the running build that holds it, and leaves its lock alone', async () => {
    await writeFile(lock, '777\n');
    expect(await takeDeployLock(lock, 4242, (pid) => pid === 777)).toEqual({ taken: false, holder: 777 });
    expect(await readFile(lock, 'utf8')).toBe('777\n');
  });

  it('takes over a lock left by a build that is gone, or one it cannot read', async () => {
    for (const left of ['777\n', 'not a process id', '']) {
      await writeFile(lock, left);
      expect(await takeDeployLock(lock, 4242, () => false), left).toEqual({ taken: true });
      expect(await readFile(lock, 'utf8')).toBe('4242\n');
      await rm(lock);
    }
  });

  it('takes over a lock holding its own id (a reused process id), even though that process runs', async () => {
    await writeFile(lock, '4242\n');
    expect(await takeDeployLock(lock, 4242, () => true)).toEqual({ taken: true });
  });
});

describe('isRunning', () => {
  it('is true for this process and false for one that has exited', async () => {
    expect(isRunning(process.pid)).toBe(true);
    const gone = spawn(process.execPath, ['-e', '']);
    await new Promise((r) => gone.on('close', r));
    expect(isRunning(gone.pid!)).toBe(false);
  });
});
