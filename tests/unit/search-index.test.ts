import { spawn } from 'node:child_process';
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BRIEF_RECORDS_FILE } from '../../src/lib/search.ts';
import { listProcesses } from '../../scripts/bench/measure.ts';

// src/build/search-index.ts runs in scripts/build.mjs's process after Astro has exited. When the
// kernel kills Pagefind's process for lack of memory, Pagefind's Node API never answers; the
// build must then fail and say so, not hang. Run the way the build runs it: in its own Node process.
const moduleUrl = new URL('../../src/build/search-index.ts', import.meta.url).href;
let dir: string;

beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'search-index-'));
  // Enough pages that indexing takes a second or two, so it can be interrupted.
  const words = Array.from({ length: 400 }, (_, i) => `word${i % 97} term${i % 31}`).join(' ');
  for (let i = 0; i < 1000; i++) {
    await mkdir(path.join(dir, 'articles', `a${i}`), { recursive: true });
    await writeFile(
      path.join(dir, 'articles', `a${i}`, 'index.html'),
      `<!doctype html><html lang="en"><head><title>Story ${i}</title></head><body><main data-pagefind-body><h1>Story ${i}</h1><p>${words}</p></main></body></html>`,
    );
  }
  await mkdir(path.join(dir, path.dirname(BRIEF_RECORDS_FILE)), { recursive: true });
});
afterAll(() => rm(dir, { recursive: true, force: true }));

function indexIn(folder: string) {
  const child = spawn(process.execPath, ['--input-type=module', '-e', `import { writeSearchIndex } from ${JSON.stringify(moduleUrl)}; console.log(await writeSearchIndex(${JSON.stringify(folder)}));`], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout.on('data', (d) => (output += d));
  child.stderr.on('data', (d) => (output += d));
  const done = new Promise<{ code: number | null; output: string }>((resolve) => child.on('close', (code) => resolve({ code, output })));
  return { child, done };
}

/** The pid of a running process whose parent is `parent` and whose command names Pagefind. */
async function pagefindChild(parent: number): Promise<number | undefined> {
  return (await listProcesses()).find((p) => p.ppid === parent && /pagefind/.test(p.name))?.pid;
}

describe('writeSearchIndex', () => {
  it('writes the index and removes the brief records it was handed', async () => {
    await writeFile(path.join(dir, BRIEF_RECORDS_FILE), '[]');
    const { code, output } = await indexIn(dir).done;
    expect(output).toMatch(/indexed 1000 article pages and 0 briefs in \d+\.\d s/);
    expect(code).toBe(0);
    expect(await readdir(path.join(dir, 'pagefind'))).toContain('pagefind.js');
    await expect(readFile(path.join(dir, BRIEF_RECORDS_FILE))).rejects.toThrow(/ENOENT/);
  }, 60_000);

  it.skipIf(process.platform !== 'linux')('fails with a clear message, instead of waiting forever, when Pagefind\'s process is killed', async () => {
    await rm(path.join(dir, 'pagefind'), { recursive: true, force: true });
    await writeFile(path.join(dir, BRIEF_RECORDS_FILE), '[]');
    const { child, done } = indexIn(dir);
    let killed = false;
    let exited = false;
    void done.then(() => (exited = true));
    while (!killed && !exited) {
      const pid = await pagefindChild(child.pid!);
      if (pid) {
        process.kill(pid, 'SIGKILL');
        killed = true;
      } else await new Promise((r) => setTimeout(r, 5));
    }
    const { code, output } = await done;
    expect(killed, `Pagefind finished before it could be killed:\n${output}`).toBe(true);
    expect(output).toContain("[pagefind] building the search index failed: Pagefind's process ended before the index was written");
    expect(code).not.toBe(0);
  }, 60_000);
});
