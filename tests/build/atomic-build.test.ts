import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { cp, readdir, readFile, rm, stat, utimes, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { listFiles } from '../../src/build/checks/output-files.ts';
import { FIXTURE_EPOCH, projectDir } from '../helpers/site.ts';

// `npm run build` (scripts/build.mjs) against a copy of a built site standing in for dist/.
const work = path.join(projectDir, 'tests/.output/atomic');
const dist = path.join(work, 'dist');

/** Runs scripts/build.mjs like `npm run build` does, with `dist` as the live folder. */
function build(content: string): Promise<{ code: number; output: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [path.join(projectDir, 'scripts/build.mjs')], {
      cwd: projectDir,
      env: {
        ...process.env,
        NEWSROOM_DIST: dist,
        NEWSROOM_CONTENT: content,
        NEWSROOM_CACHE_DIR: 'node_modules/.astro-test/atomic',
        SOURCE_DATE_EPOCH: String(FIXTURE_EPOCH),
        NODE_ENV: 'production',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (d) => (output += d));
    child.stderr.on('data', (d) => (output += d));
    child.on('close', (code) => resolve({ code: code ?? 1, output }));
  });
}

/** One hash over every file's path, bytes and mode: equal only if the tree is byte-for-byte the same. */
async function treeHash(dir: string): Promise<string> {
  const hash = createHash('sha256');
  for (const file of await listFiles(dir)) {
    hash.update(`${file}\0${(await stat(path.join(dir, file))).mode}\0`);
    hash.update(await readFile(path.join(dir, file)));
  }
  return hash.digest('hex');
}

const leftovers = async () => (await readdir(work)).filter((n) => n.startsWith('.dist-'));

describe('npm run build replaces dist/ only when the whole build succeeds', () => {
  let before: string;
  beforeAll(async () => {
    await rm(work, { recursive: true, force: true });
    await cp(inject('siteDir'), dist, { recursive: true, preserveTimestamps: true });
    // An asset from an earlier deploy that cached pages may still use, and one long expired.
    await writeFile(path.join(dist, '_astro/old-page.Abc123.css'), 'body{}');
    await writeFile(path.join(dist, '_astro/ancient.Def456.css'), 'body{}');
    const monthAgo = new Date(Date.now() - 30 * 86_400_000);
    await utimes(path.join(dist, '_astro/ancient.Def456.css'), monthAgo, monthAgo);
    before = await treeHash(dist);
  });

  it('a build with invalid content fails and leaves the old site byte-for-byte intact', async () => {
    const result = await build('tests/fixtures/broken/content');
    expect(result.code).not.toBe(0);
    expect(result.output).toContain('tests/fixtures/broken/content/articles/missing-title.md');
    expect(result.output).toContain('was left untouched');
    expect(await treeHash(dist)).toBe(before);
    expect(await leftovers()).toEqual([]);
  });

  it('a build whose output checks fail (broken link, anchor, image, alias on a live page) leaves the old site intact, naming each page and target', async () => {
    const result = await build('tests/fixtures/bad-output/content');
    expect(result.code).not.toBe(0);
    for (const line of [
      '/articles/broken-links/: broken link: /articles/no-such-story/',
      '/articles/broken-links/: broken anchor: /articles/target-story/#no-such-section',
      '/articles/broken-links/: missing image: /images/missing.png',
      'tests/fixtures/bad-output/content/articles/broken-links.md: aliases: alias "/latest/" is the address of a live page (/latest/)',
    ]) {
      expect(result.output).toContain(line);
    }
    expect(result.output).not.toContain('#a-real-section');
    expect(await treeHash(dist)).toBe(before);
    expect(await leftovers()).toEqual([]);
  });

  it('a build while another holds the lock stops at once, naming it, and leaves the site intact', async () => {
    // This test's own process stands for the running build.
    await writeFile(path.join(work, '.dist-build.lock'), `${process.pid}\n`);
    const result = await build('tests/fixtures/hostile/content');
    await rm(path.join(work, '.dist-build.lock'));
    expect(result.code).not.toBe(0);
    expect(result.output).toContain(`another build (process ${process.pid}) is building`);
    expect(await treeHash(dist)).toBe(before);
  });

  it('a good build swaps the new site in whole, keeping recent old hashed scripts and styles for cached pages, and takes over a stale lock', async () => {
    // A lock left by a build that was killed: its process is gone.
    const gone = spawn(process.execPath, ['-e', '']);
    await new Promise((r) => gone.on('close', r));
    await writeFile(path.join(work, '.dist-build.lock'), `${gone.pid}\n`);
    await writeFile(path.join(dist, '_astro/old-photo.Ghi789_Z1.webp'), 'an old picture');
    const result = await build('tests/fixtures/hostile/content');
    expect(result.code, result.output).toBe(0);
    expect(await treeHash(dist)).not.toBe(before);
    expect(existsSync(path.join(dist, 'articles/hostile-body/index.html'))).toBe(true);
    expect(existsSync(path.join(dist, 'articles/with-image/index.html'))).toBe(false);
    expect(existsSync(path.join(dist, '_headers'))).toBe(true);
    expect(existsSync(path.join(dist, '_astro/old-page.Abc123.css'))).toBe(true);
    expect(existsSync(path.join(dist, '_astro/ancient.Def456.css'))).toBe(false);
    // Pictures are not kept: a picture taken down must leave with the build that drops it.
    expect(existsSync(path.join(dist, '_astro/old-photo.Ghi789_Z1.webp'))).toBe(false);
    expect(existsSync(path.join(work, '.dist-build.lock'))).toBe(false);
    // The replaced site is set aside whole, for the next build to remove.
    const [trash, ...more] = await leftovers();
    expect(more).toEqual([]);
    expect(trash).toMatch(/^\.dist-trash-\d+-\d+$/);
    expect(existsSync(path.join(work, trash!, 'articles/with-image/index.html'))).toBe(true);
    expect(existsSync(path.join(work, trash!, '_astro/old-photo.Ghi789_Z1.webp'))).toBe(true);
  });

  it('the next build removes the replaced site, even when it fails itself, and leaves the live site as it was', async () => {
    const live = await treeHash(dist);
    expect(await leftovers()).toHaveLength(1);
    const result = await build('tests/fixtures/broken/content');
    expect(result.code).not.toBe(0);
    expect(await leftovers()).toEqual([]);
    expect(await treeHash(dist)).toBe(live);
  });
});
