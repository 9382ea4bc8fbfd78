import { existsSync, lstatSync, readdirSync, readlinkSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, realpath, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { astroSync, copyProject, deployBuild, editFile } from '../../../scripts/bench/project-copy.ts';
import { projectDir } from '../../helpers/site.ts';

let scratch: string;
beforeAll(async () => {
  scratch = await realpath(await mkdtemp(path.join(os.tmpdir(), 'project-copy-')));
});
afterAll(async () => {
  await rm(scratch, { recursive: true, force: true });
});

describe('copyProject', () => {
  const dest = () => path.join(scratch, 'copy');

  it('copies what a build reads, takes content/ from the given folder, and shares the installed packages by link', async () => {
    await mkdir(dest(), { recursive: true });
    await writeFile(path.join(dest(), 'left-over.txt'), 'from the last bench run');
    await copyProject(dest(), path.join(projectDir, 'tests/fixtures/site/content'));

    for (const f of ['src/content.config.ts', 'public', 'scripts/build.mjs', 'schemas/article.schema.json', 'astro.config.mjs', 'package.json', 'package-lock.json', 'tsconfig.json']) {
      expect(existsSync(path.join(dest(), f)), f).toBe(true);
    }
    expect(await readFile(path.join(dest(), 'astro.config.mjs'), 'utf8')).toBe(await readFile(path.join(projectDir, 'astro.config.mjs'), 'utf8'));
    expect(await readFile(path.join(dest(), 'content/categories.yaml'), 'utf8')).toBe(await readFile(path.join(projectDir, 'tests/fixtures/site/content/categories.yaml'), 'utf8'));
    // A fresh copy: nothing of an earlier one, and no output of the real project.
    expect(existsSync(path.join(dest(), 'left-over.txt'))).toBe(false);
    expect(existsSync(path.join(dest(), 'dist'))).toBe(false);

    // node_modules is a real folder (the copy's caches live in it) of links to each package.
    const modules = path.join(dest(), 'node_modules');
    expect(lstatSync(modules).isDirectory()).toBe(true);
    expect(lstatSync(path.join(modules, 'astro')).isSymbolicLink()).toBe(true);
    expect(readlinkSync(path.join(modules, 'astro'))).toBe(path.join(projectDir, 'node_modules/astro'));
    expect(lstatSync(path.join(modules, '.bin')).isSymbolicLink()).toBe(true);
    const expected = readdirSync(path.join(projectDir, 'node_modules')).filter((e) => !e.startsWith('.') || e === '.bin' || e === '.package-lock.json');
    expect(readdirSync(modules).sort()).toEqual(expected.sort());
  });

  it("keeps the real project's caches out of the copy", () => {
    for (const cache of ['.astro', '.vite', '.vitest-cache']) expect(existsSync(path.join(dest(), 'node_modules', cache)), cache).toBe(false);
  });

  it('leaves content/ out when no content folder is given', async () => {
    await copyProject(dest());
    expect(existsSync(path.join(dest(), 'content'))).toBe(false);
    expect(existsSync(path.join(dest(), 'src/content.config.ts'))).toBe(true);
  });
});

describe('editFile', () => {
  it('replaces text or a pattern in a file of the copy', async () => {
    const root = path.join(scratch, 'edit');
    await mkdir(path.join(root, 'content/authors'), { recursive: true });
    await writeFile(path.join(root, 'content/authors/a.yaml'), 'name: Amina\nbio: Writes.\n');
    await editFile(root, 'content/authors/a.yaml', /^name: (.*)$/m, 'name: $1-Bennani');
    await editFile(root, 'content/authors/a.yaml', 'Writes.', 'Reports.');
    expect(await readFile(path.join(root, 'content/authors/a.yaml'), 'utf8')).toBe('name: Amina-Bennani\nbio: Reports.\n');
  });

  it('throws, naming the file and what it looked for, when there is nothing to replace, and leaves the file alone', async () => {
    const root = path.join(scratch, 'edit-miss');
    await mkdir(root, { recursive: true });
    await writeFile(path.join(root, 'a.md'), 'category: news\n');
    await expect(editFile(root, 'a.md', /\ndraft: /, 'x')).rejects.toThrow('a.md: found no /\\ndraft: / to replace');
    await expect(editFile(root, 'a.md', 'category: news', 'category: news')).rejects.toThrow(/a\.md: found no category: news/);
    expect(await readFile(path.join(root, 'a.md'), 'utf8')).toBe('category: news\n');
  });
});

describe('deployBuild and astroSync', () => {
  // A stand-in project whose build and astro commands report what they were run with.
  const report = `console.log(JSON.stringify({ argv: process.argv.slice(2), cwd: process.cwd(), env: Object.fromEntries(Object.entries(process.env).filter(([k]) => /^(NEWSROOM_|SOURCE_DATE_EPOCH$|NODE_ENV$|ASTRO_TELEMETRY_DISABLED$)/.test(k))) }));`;
  let root: string;
  beforeAll(async () => {
    root = path.join(scratch, 'stand-in');
    await mkdir(path.join(root, 'scripts'), { recursive: true });
    await mkdir(path.join(root, 'node_modules/astro/bin'), { recursive: true });
    await writeFile(path.join(root, 'scripts/build.mjs'), `${report}\nconsole.error('\\u001b[32mbuilt\\u001b[39m'); process.exitCode = Number(process.env.EXIT ?? 0);\n`);
    await writeFile(path.join(root, 'node_modules/astro/bin/astro.mjs'), report);
  });
  afterEach(() => {
    vi.unstubAllEnvs();
  });
  const parse = (output: string) => JSON.parse(output.split('\n')[0]!) as { argv: string[]; cwd: string; env: Record<string, string> };

  it('runs scripts/build.mjs in the project with its own content/, the given clock, production mode and no NEWSROOM_* of ours', async () => {
    vi.stubEnv('NEWSROOM_CONTENT', '/elsewhere/content');
    vi.stubEnv('NEWSROOM_PREVIEW', '1');
    const result = await deployBuild(root, 1795608000, { NEWSROOM_SITE: 'https://example.org' });
    expect(result.code).toBe(0);
    const seen = parse(result.output);
    expect(seen.cwd).toBe(root);
    expect(seen.argv).toEqual([]);
    expect(seen.env).toEqual({
      ASTRO_TELEMETRY_DISABLED: '1',
      NEWSROOM_CONTENT: 'content',
      NEWSROOM_SITE: 'https://example.org',
      NODE_ENV: 'production',
      SOURCE_DATE_EPOCH: '1795608000',
    });
  });

  it('returns the exit code and the output of both streams without colour codes', async () => {
    const result = await deployBuild(root, 1, { EXIT: '4' });
    expect(result.code).toBe(4);
    expect(result.output).toContain('\nbuilt\n');
    expect(result.output).not.toContain('\u001b');
  });

  it("runs `astro sync` with the project's own astro, the same clock and content, and our NODE_ENV", async () => {
    vi.stubEnv('NEWSROOM_CONTENT', '/elsewhere/content');
    vi.stubEnv('NODE_ENV', 'test');
    const result = await astroSync(root, 1737028800);
    expect(result.code).toBe(0);
    const seen = parse(result.output);
    expect(seen.argv).toEqual(['sync']);
    expect(seen.cwd).toBe(root);
    expect(seen.env).toEqual({ ASTRO_TELEMETRY_DISABLED: '1', NEWSROOM_CONTENT: 'content', NODE_ENV: 'test', SOURCE_DATE_EPOCH: '1737028800' });
  });
});
