import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { cp, mkdtemp, readFile, readdir } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { FIXTURE_EPOCH, projectDir } from './site.ts';

/** Node 24 from the project (type stripping runs our .ts scripts), else the one running the tests. */
const NODE = existsSync(path.join(projectDir, 'node_modules/.bin/node')) ? path.join(projectDir, 'node_modules/.bin/node') : process.execPath;

/** A fresh scratch project folder holding a copy of a fixture's content as `content/`. */
export async function scratchProject(fixture = 'tests/fixtures/site/content'): Promise<string> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'newsroom-'));
  await cp(path.join(projectDir, fixture), path.join(dir, 'content'), { recursive: true });
  return dir;
}

export interface CommandResult {
  code: number;
  stdout: string;
  stderr: string;
}

/**
 * Runs `scripts/<name>.ts` as `npm run <name>` would, in `cwd` (a scratch project), with the
 * clock fixed at `epoch` (seconds; default the fixture site's build time).
 */
export function runScript(name: string, args: string[], opts: { cwd: string; epoch?: number; env?: Record<string, string> }): Promise<CommandResult> {
  // The scratch project's own content/ folder, whatever the test runner's environment says.
  const { NEWSROOM_CONTENT: _ignored, ...env } = process.env;
  return new Promise((resolve) => {
    execFile(
      NODE,
      [path.join(projectDir, 'scripts', `${name}.ts`), ...args],
      { cwd: opts.cwd, env: { ...env, SOURCE_DATE_EPOCH: String(opts.epoch ?? FIXTURE_EPOCH), ...opts.env } },
      (error, stdout, stderr) => resolve({ code: error ? (typeof error.code === 'number' ? error.code : 1) : 0, stdout, stderr }),
    );
  });
}

/** Every file below `dir`, relative and sorted: to show that a failed command wrote nothing. */
export async function listFiles(dir: string): Promise<string[]> {
  return ((await readdir(dir, { recursive: true, withFileTypes: true })) as Array<{ isFile(): boolean; parentPath: string; name: string }>)
    .filter((e) => e.isFile())
    .map((e) => path.relative(dir, path.join(e.parentPath, e.name)))
    .sort();
}

/** A file of the scratch project as text. */
export function readText(dir: string, file: string): Promise<string> {
  return readFile(path.join(dir, file), 'utf8');
}
