import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { cp } from 'node:fs/promises';
import { parseJsonFeed, parseRssFeed } from 'feedsmith';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FIXTURE_EPOCH, projectDir } from '../helpers/site.ts';

// `npm run preview` as a writer uses it: left running while `npm run build` replaces dist/.
// Every answer after the rebuild must be the new site, whole; stopping npm stops the server.

/** `npm run build` (the swapping build, not --out) of the scratch content into the scratch dist/. */
function build(scratch: string): Promise<{ code: number; output: string }> {
  return new Promise((resolve) => {
    const child = spawn('npm', ['run', 'build'], {
      cwd: projectDir,
      env: {
        ...process.env,
        NEWSROOM_CONTENT: path.relative(projectDir, path.join(scratch, 'content')),
        NEWSROOM_DIST: path.join(scratch, 'dist'),
        NEWSROOM_CACHE_DIR: path.join(scratch, 'cache'),
        SOURCE_DATE_EPOCH: String(FIXTURE_EPOCH),
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout!.on('data', (d) => (output += d));
    child.stderr!.on('data', (d) => (output += d));
    child.on('close', (code) => resolve({ code: code ?? 1, output }));
  });
}

/** Starts `npm run preview -- <dir> --port 0` and resolves with the process and its origin. */
function preview(dir: string): Promise<{ npm: ChildProcess; origin: string }> {
  return new Promise((resolve, reject) => {
    // Its own process group, so the clean-up below can end whatever is left of it.
    const npm = spawn('npm', ['run', 'preview', '--', dir, '--port', '0'], { cwd: projectDir, stdio: ['ignore', 'pipe', 'pipe'], detached: true });
    let output = '';
    npm.stdout!.on('data', (d) => {
      output += d;
      const origin = /at (http:\/\/127\.0\.0\.1:\d+)\//.exec(output)?.[1];
      if (origin) resolve({ npm, origin });
    });
    npm.stderr!.on('data', (d) => (output += d));
    npm.on('close', () => reject(new Error(`npm run preview stopped before serving:\n${output}`)));
  });
}

/** A body and whether its Content-Length (if sent) matches it. */
async function get(url: string): Promise<{ status: number; body: string; lengthMatches: boolean }> {
  const res = await fetch(url);
  const bytes = Buffer.from(await res.arrayBuffer());
  const length = res.headers.get('content-length');
  return { status: res.status, body: bytes.toString('utf8'), lengthMatches: length === null || Number(length) === bytes.length };
}

describe('npm run preview across a rebuild', () => {
  let scratch: string;
  let running: { npm: ChildProcess; origin: string } | undefined;

  beforeAll(async () => {
    scratch = await mkdtemp(path.join(os.tmpdir(), 'newsroom-preview-'));
    await cp(path.join(projectDir, 'tests/fixtures/site/content'), path.join(scratch, 'content'), { recursive: true });
    const first = await build(scratch);
    if (first.code !== 0) throw new Error(`the first build failed:\n${first.output}`);
    running = await preview(path.join(scratch, 'dist'));
  }, 300_000);
  afterAll(async () => {
    try {
      if (running?.npm.pid) process.kill(-running.npm.pid, 'SIGKILL');
    } catch {
      // Already gone, as it should be.
    }
    await rm(scratch, { recursive: true, force: true });
  });

  it('serves the rebuilt feeds whole and the new page, then stops with npm', async () => {
    const { origin, npm } = running!;
    const before = await get(`${origin}/rss.xml`);
    expect(before.status).toBe(200);
    expect(parseRssFeed(before.body).items?.map((i) => i.title)).not.toContain('A story added under a running preview');
    expect((await get(`${origin}/articles/added-under-preview/`)).status).toBe(404);

    // A new article with a long summary: the feeds grow by more than the old file sizes allow for.
    await writeFile(
      path.join(scratch, 'content/articles/2025/added-under-preview.md'),
      `---\ntitle: A story added under a running preview\nsummary: "${'A summary long enough to change the size of every feed. '.repeat(8).trim()}"\npublished: 2025-01-15T09:00:00Z\ncategory: sport\n---\nThe body.\n`,
    );
    const second = await build(scratch);
    expect(second.code, second.output).toBe(0);

    const rss = await get(`${origin}/rss.xml`);
    expect(rss.lengthMatches).toBe(true);
    expect(parseRssFeed(rss.body).items?.[0]?.title).toBe('A story added under a running preview');
    const json = await get(`${origin}/feed.json`);
    expect(json.lengthMatches).toBe(true);
    expect(parseJsonFeed(JSON.parse(json.body)).items?.[0]?.title).toBe('A story added under a running preview');
    const page = await get(`${origin}/articles/added-under-preview/`);
    expect(page.status).toBe(200);
    expect(page.body).toContain('A story added under a running preview');

    // Stopping npm (as an editor's terminal or a process manager does) frees the port.
    npm.kill('SIGTERM');
    let refused = false;
    for (let i = 0; i < 40 && !refused; i++) {
      await new Promise((r) => setTimeout(r, 250));
      refused = await fetch(origin).then(
        () => false,
        () => true,
      );
    }
    expect(refused, 'the preview server still answers after npm run preview was stopped').toBe(true);
  }, 300_000);
});
