import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { projectDir } from '../helpers/site.ts';

// `npm run build -- --out DIR` empties DIR before building into it; a mistyped folder must not be wiped.
function build(args: string[]): Promise<{ code: number; output: string }> {
  return new Promise((resolve) => {
    execFile(process.execPath, [path.join(projectDir, 'scripts/build.mjs'), ...args], { cwd: projectDir }, (error, stdout, stderr) => {
      resolve({ code: error ? Number(error.code ?? 1) : 0, output: stdout + stderr });
    });
  });
}

describe('npm run build -- --out', () => {
  const dirs: string[] = [];
  afterAll(() => Promise.all(dirs.map((d) => rm(d, { recursive: true, force: true }))));

  it('refuses a folder with other files in it, and leaves them alone', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'not-a-build-'));
    dirs.push(dir);
    await writeFile(path.join(dir, 'notes.txt'), 'keep me');
    const result = await build(['--out', dir]);
    expect(result.code).toBe(2);
    expect(result.output).toContain("that folder is emptied before the build, but it is not an earlier build's output");
    expect(existsSync(path.join(dir, 'notes.txt'))).toBe(true);
  });

  it('refuses the project folder and a folder that holds it', async () => {
    for (const target of ['.', '..']) {
      const result = await build(['--out', target]);
      expect(result.code, target).toBe(2);
    }
    expect(existsSync(path.join(projectDir, 'package.json'))).toBe(true);
  });

  it('asks for the folder when none is given', async () => {
    const result = await build(['--out']);
    expect(result.code).toBe(2);
    expect(result.output).toContain('--out needs a folder');
  });
});
