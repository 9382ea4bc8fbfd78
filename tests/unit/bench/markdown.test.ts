import { execFile } from 'node:child_process';
import { mkdir, mkdtemp, realpath, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { projectDir } from '../../helpers/site.ts';

const SCRIPT = path.join(projectDir, 'scripts/bench/markdown.ts');

/** Runs the Markdown bench as `node scripts/bench/markdown.ts args` in `cwd`. */
function runBench(args: string[], cwd: string): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(process.execPath, [SCRIPT, ...args], { cwd }, (error, stdout, stderr) =>
      resolve({ code: error ? (typeof error.code === 'number' ? error.code : -1) : 0, stdout, stderr }),
    );
  });
}

let scratch: string;
beforeAll(async () => {
  scratch = await realpath(await mkdtemp(path.join(os.tmpdir(), 'bench-markdown-')));
  // A corpus as generate-corpus.ts writes it: articles in dated folders, other files beside them.
  await mkdir(path.join(scratch, 'corpus/articles/2026/11'), { recursive: true });
  await writeFile(path.join(scratch, 'corpus/articles/2026/11/one.md'), '---\ntitle: One\n---\n# Port record\n\nA *record* year, says [the port](https://example.org/).\n');
  await writeFile(path.join(scratch, 'corpus/articles/2026/11/two.md'), '---\ntitle: Two\n---\n| a | b |\n| - | - |\n| 1 | 2 |\n');
  await writeFile(path.join(scratch, 'corpus/articles/three.md'), '---\ntitle: Three\n---\nPlain "quoted" text.\n');
  await writeFile(path.join(scratch, 'corpus/categories.yaml'), '- id: news\n');
  await mkdir(path.join(scratch, 'empty/articles'), { recursive: true });
  await writeFile(path.join(scratch, 'empty/articles/notes.txt'), 'not an article');
});
afterAll(async () => {
  await rm(scratch, { recursive: true, force: true });
});

const SUMMARY = /^\[bench:markdown\] 3 articles, 2 rounds, per article: wall best \d+\.\d{3} ms, median \d+\.\d{3} ms; CPU best \d+\.\d{3} ms, median \d+\.\d{3} ms\n$/;

describe('bench/markdown', () => {
  it('renders every .md file of the corpus, nested ones too, and prints one line of per-article times', async () => {
    const result = await runBench(['--corpus', path.join(scratch, 'corpus'), '--rounds', '2'], scratch);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(SUMMARY);
  });

  it('finds the corpus relative to the folder it runs in', async () => {
    const result = await runBench(['--corpus', 'corpus', '--rounds', '2'], scratch);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(SUMMARY);
  });

  it('refuses a number of rounds that is not a whole number from 1, with exit code 2', async () => {
    const attempts = ['0', '1.5', 'five'];
    const results = await Promise.all(attempts.map((rounds) => runBench(['--corpus', 'corpus', '--rounds', rounds], scratch)));
    for (const [i, rounds] of attempts.entries()) {
      const result = results[i]!;
      expect(result.code, rounds).toBe(2);
      expect(result.stderr).toBe(`[bench:markdown] --rounds must be a whole number from 1, found "${rounds}"\n`);
      expect(result.stdout).toBe('');
    }
  });

  it('says where it looked and how to make a corpus when there is none (by default bench/.work/md-corpus)', async () => {
    const result = await runBench([], scratch);
    expect(result.code).toBe(2);
    expect(result.stderr).toBe(`[bench:markdown] no corpus at ${path.join(scratch, 'bench/.work/md-corpus')}; make one with scripts/bench/generate-corpus.ts\n`);
  });

  it('says so when the corpus folder holds no .md file', async () => {
    const result = await runBench(['--corpus', 'empty'], scratch);
    expect(result.code).toBe(2);
    expect(result.stderr).toBe(`[bench:markdown] no .md files under ${path.join(scratch, 'empty')}\n`);
  });
});
