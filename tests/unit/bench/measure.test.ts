import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listProcesses, pageCounts, runMeasured, treeRss } from '../../../scripts/bench/measure.ts';

const hasProc = existsSync('/proc/self/stat');

let scratch: string;
beforeAll(async () => {
  scratch = await mkdtemp(path.join(os.tmpdir(), 'measure-'));
});
afterAll(async () => {
  await rm(scratch, { recursive: true, force: true });
});

/** Runs a line of JavaScript in a measured Node process. */
const runNode = (code: string, opts: { logFile?: string; sampleMs?: number } = {}) =>
  runMeasured(process.execPath, ['-e', code], { cwd: scratch, env: process.env, ...opts });

describe('runMeasured', () => {
  it('resolves with the exit code, everything printed on both streams, and the wall time', async () => {
    const logFile = path.join(scratch, 'build.log');
    const m = await runNode(`console.log('out line'); console.error('err line'); setTimeout(() => process.exit(3), 150);`, { logFile });
    expect(m.code).toBe(3);
    expect(m.output).toContain('out line\n');
    expect(m.output).toContain('err line\n');
    expect(m.wallMs).toBeGreaterThanOrEqual(150);
    expect(m.wallMs).toBeLessThan(10_000);
    // The log gets what the bench later points the reader to; it is flushed after the promise resolves.
    let log = '';
    for (let i = 0; i < 100 && !log.includes('err line'); i++) {
      await new Promise((r) => setTimeout(r, 10));
      log = await readFile(logFile, 'utf8');
    }
    expect(log).toContain('out line\n');
    expect(log).toContain('err line\n');
  });

  it('gives exit code 0 for a command that succeeds, and works without a log file', async () => {
    const m = await runNode(`process.stdout.write('ok')`);
    expect(m).toMatchObject({ code: 0, output: 'ok' });
  });

  it('counts a command killed by a signal as failed', async () => {
    const m = await runNode(`process.kill(process.pid, 'SIGKILL')`);
    expect(m.code).toBe(1);
  });

  it.runIf(hasProc)('samples the peak memory of the process tree, its children included', async () => {
    // The child holds 128 MB in a grandchild for half a second, far more than the child's own
    // memory: the tree's peak must include it.
    const grandchild = `const b = Buffer.alloc(128 * 2 ** 20, 1); setTimeout(() => console.log(b[0]), 500);`;
    const m = await runNode(`require('node:child_process').spawnSync(process.execPath, ['-e', ${JSON.stringify(grandchild)}], { stdio: 'inherit' });`, {
      sampleMs: 20,
    });
    expect(m.code).toBe(0);
    expect(m.output.trim()).toBe('1');
    expect(m.peakRssBytes).toBeGreaterThan(128 * 2 ** 20);
  });

  it('rejects when the command cannot be started', async () => {
    await expect(runMeasured(path.join(scratch, 'no-such-command'), [], { cwd: scratch, env: process.env })).rejects.toThrow(/ENOENT/);
  });
});

describe.runIf(hasProc)('listProcesses and treeRss', () => {
  it('lists this process with its parent, its command name and its resident memory', async () => {
    const me = (await listProcesses()).find((p) => p.pid === process.pid);
    expect(me).toBeDefined();
    expect(me!.ppid).toBe(process.ppid);
    expect(me!.name.length).toBeGreaterThan(0);
    expect(me!.name.length).toBeLessThanOrEqual(15);
    // /proc counts pages; the total is within reach of what Node reports for itself.
    const rss = process.memoryUsage.rss();
    expect(me!.rssBytes).toBeGreaterThan(rss / 2);
    expect(me!.rssBytes).toBeLessThan(rss * 2);
  });

  it('adds the memory of every descendant to that of the process, and nothing else', async () => {
    const child = spawn(process.execPath, ['-e', `const b = Buffer.alloc(48 * 2 ** 20, 1); setTimeout(() => {}, 5000);`], { stdio: 'ignore' });
    try {
      // Wait until the child has filled its buffer.
      let childRss = 0;
      for (let i = 0; i < 100 && childRss < 48 * 2 ** 20; i++) {
        await new Promise((r) => setTimeout(r, 20));
        childRss = (await listProcesses()).find((p) => p.pid === child.pid)?.rssBytes ?? 0;
      }
      expect(childRss).toBeGreaterThan(48 * 2 ** 20);
      const alone = await treeRss(child.pid!);
      expect(alone).toBeGreaterThan(48 * 2 ** 20);
      // Not the parent's memory: the child's tree is the child alone.
      expect(alone).toBeLessThan(childRss * 1.5);
      expect(await treeRss(process.pid)).toBeGreaterThan(process.memoryUsage.rss() / 2 + 48 * 2 ** 20);
    } finally {
      child.kill();
    }
  });

  it('is 0 for a process that does not exist', async () => {
    expect(await treeRss(2 ** 22 + 12345)).toBe(0);
  });
});

describe('pageCounts', () => {
  it('counts the pages Astro rendered and those it reused from its cache, colours and all', () => {
    const log = [
      '12:00:01 ▶ src/pages/index.astro',
      '12:00:01   └─ /index.html (+12ms)',
      '12:00:01 ▶ src/pages/[...slug].astro',
      '12:00:01   ├─ /2026/11/port-of-tanger-med-record/index.html (+3ms)',
      '\u001b[2m12:00:01\u001b[22m   \u001b[34m├─\u001b[39m /2026/11/casablanca-derby-ends-level/index.html \u001b[2m(cached)\u001b[22m',
      '12:00:01   ├─ /2026/11/solar-storage-tender-draws-bids/index.html (cached)',
      '12:00:01   └─ /404.html (cached)',
    ].join('\n');
    expect(pageCounts(log)).toEqual({ rendered: 2, reused: 3 });
  });

  it('ignores lines that are not pages: assets, summaries, other trees', () => {
    const log = [
      '12:00:00 [build] 3 page(s) built in 1.20s',
      '12:00:00   ├─ /_astro/photo.abc.webp (before: 100kB, after: 20kB)',
      '12:00:00 ├─ /rss.xml',
      'the page /index.html (cached) was mentioned in a warning',
    ].join('\n');
    expect(pageCounts(log)).toEqual({ rendered: 0, reused: 0 });
    expect(pageCounts('')).toEqual({ rendered: 0, reused: 0 });
  });
});
