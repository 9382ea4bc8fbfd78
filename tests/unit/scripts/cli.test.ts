import { execFile } from 'node:child_process';
import { mkdtemp, realpath, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { UserError, parseCommandLine, problemsAsArguments, projectDir } from '../../../scripts/cli.ts';
import type { Problem } from '../../../src/content/validate/problems.ts';
import { projectDir as root } from '../../helpers/site.ts';

const CLI = pathToFileURL(path.join(root, 'scripts/cli.ts')).href;

/**
 * Runs `body` as a command script that has imported cli.ts, with `args` on its command line, in
 * a Node process of its own: runCommand sets the exit code, which must not leak into the test runner.
 */
async function runModule(body: string, opts: { args?: string[]; cwd?: string } = {}): Promise<{ code: number; stdout: string; stderr: string }> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'cli-test-'));
  const script = path.join(dir, 'command.mjs');
  await writeFile(script, `import { UserError, parseCommandLine, projectDir, runCommand } from ${JSON.stringify(CLI)};\n${body}\n`);
  try {
    return await new Promise((resolve) => {
      execFile(process.execPath, [script, ...(opts.args ?? [])], { cwd: opts.cwd ?? dir }, (error, stdout, stderr) =>
        resolve({ code: error ? (typeof error.code === 'number' ? error.code : -1) : 0, stdout, stderr }),
      );
    });
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

const usage = 'usage: npm run tool -- --name <n> [--dry-run]';
const options = { name: { type: 'string' }, 'dry-run': { type: 'boolean', short: 'n' }, tag: { type: 'string', multiple: true } } as const;

describe('parseCommandLine', () => {
  it('reads options, short flags, repeated options and positionals', () => {
    const { values, positionals } = parseCommandLine(options, usage, ['--name', 'Rabat', '-n', 'first', '--tag', 'a', '--tag=b', 'second']);
    expect(values).toEqual({ name: 'Rabat', 'dry-run': true, tag: ['a', 'b'] });
    expect(positionals).toEqual(['first', 'second']);
  });

  it('turns an unknown option into a user error: the problem on one line, then the usage', () => {
    const attempt = () => parseCommandLine(options, usage, ['--nmae', 'Rabat']);
    expect(attempt).toThrow(UserError);
    try {
      attempt();
    } catch (error) {
      const lines = (error as Error).message.split('\n');
      expect(lines).toHaveLength(2);
      expect(lines[0]).toContain("'--nmae'");
      expect(lines[1]).toBe(usage);
    }
  });

  it('turns a missing value into a user error naming the option', () => {
    expect(() => parseCommandLine(options, usage, ['--name'])).toThrow(/--name.*\n.*usage: npm run tool/);
  });

  it('refuses a value given to a flag', () => {
    expect(() => parseCommandLine(options, usage, ['--dry-run=yes'])).toThrow(UserError);
  });
});

describe('problemsAsArguments', () => {
  const problem = (field: string | undefined, message: string): Problem => ({ file: 'content/briefs/2026-11-24.yaml', message, ...(field === undefined ? {} : { field }) });

  it('names the option a field came from, the field where no option maps it, and neither for a whole-file problem', () => {
    const flags = (field: string) => ({ category: '--category', '#1.text': '' })[field];
    const text = problemsAsArguments(
      [problem('category', 'unknown category "nowhere"'), problem('#1.text', 'is empty'), problem('#1.link', 'is not a slug'), problem(undefined, 'file is empty')],
      flags,
    );
    expect(text.split('\n')).toEqual(['--category: unknown category "nowhere"', 'is empty', '#1.link: is not a slug', 'file is empty']);
  });

  it('is empty when there is nothing wrong', () => {
    expect(problemsAsArguments([], () => undefined)).toBe('');
  });
});

describe('projectDir', () => {
  it('is the folder the command runs in', async () => {
    const dir = await realpath(await mkdtemp(path.join(os.tmpdir(), 'cli-test-')));
    try {
      expect(projectDir()).toBe(process.cwd());
      const result = await runModule('console.log(projectDir());', { cwd: dir });
      expect(result.stdout.trim()).toBe(dir);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});

describe('runCommand', () => {
  it('exits 0 and prints nothing of its own when the command succeeds', async () => {
    const result = await runModule(`await runCommand('tool', async () => { console.log('done'); });`);
    expect(result).toEqual({ code: 0, stdout: 'done\n', stderr: '' });
  });

  it('prints a user error as one `tool: line` per line of its message, without a stack, and exits 1', async () => {
    const result = await runModule(`await runCommand('tool', async () => { throw new UserError('no brief for 2026-11-31\\nthe dates run to 2026-11-30'); });`);
    expect(result.code).toBe(1);
    expect(result.stderr).toBe('tool: no brief for 2026-11-31\ntool: the dates run to 2026-11-30\n');
  });

  it('prints a bug with its stack and exits 1', async () => {
    const result = await runModule(`await runCommand('tool', async () => { null.length; });`);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/^tool: unexpected error TypeError: /);
    expect(result.stderr).toMatch(/\n\s+at /);
  });

  it('reports a mistyped option as a user error: one line, then the usage', async () => {
    const result = await runModule(`await runCommand('tool', async () => { parseCommandLine({ check: { type: 'boolean' } }, 'usage: npm run tool [-- --check]'); });`, {
      args: ['--nope'],
    });
    expect(result.code).toBe(1);
    const lines = result.stderr.trimEnd().split('\n');
    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatch(/^tool: .*'--nope'/);
    expect(lines[1]).toBe('tool: usage: npm run tool [-- --check]');
  });

  it('lets the command finish writing before the process ends (it sets the exit code, it does not exit)', async () => {
    const result = await runModule(
      `await runCommand('tool', async () => { throw new UserError('stop'); }); await new Promise((r) => setTimeout(r, 20)); console.log('after');`,
    );
    expect(result.code).toBe(1);
    expect(result.stdout).toBe('after\n');
  });
});
