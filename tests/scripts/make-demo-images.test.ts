import { execFile } from 'node:child_process';
import { cp, mkdir, mkdtemp, readFile, readdir, rm, symlink } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listFiles } from '../helpers/commands.ts';
import { projectDir } from '../helpers/site.ts';

const ARTICLES = 'content/articles';
const PICTURE = /\.(?:png|jpe?g|webp|avif|gif)$/;

/** Every picture beside the articles of the project at `root`, as a project-relative path. */
async function picturesIn(root: string): Promise<string[]> {
  return (await listFiles(path.join(root, ARTICLES))).filter((f) => PICTURE.test(f)).map((f) => `${ARTICLES}/${f.split(path.sep).join('/')}`);
}

/** Recreates, empty, the article folders of the project in `dir` (sharp does not create folders). */
async function articleFolders(dir: string): Promise<void> {
  await rm(path.join(dir, ARTICLES), { recursive: true, force: true });
  for (const e of await readdir(path.join(projectDir, ARTICLES), { recursive: true, withFileTypes: true })) {
    if (e.isDirectory()) await mkdir(path.join(dir, ARTICLES, path.relative(path.join(projectDir, ARTICLES), path.join(e.parentPath, e.name))), { recursive: true });
  }
}

/**
 * The script writes next to the project it sits in (its own folder's parent), so it runs from a
 * copy: the generator and its drawings, the packages by link, and the article folders it fills,
 * empty. The real content/ is never written.
 */
async function generatorCopy(): Promise<string> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'demo-images-'));
  await mkdir(path.join(dir, 'scripts'));
  await cp(path.join(projectDir, 'scripts/make-demo-images.mjs'), path.join(dir, 'scripts/make-demo-images.mjs'));
  await cp(path.join(projectDir, 'scripts/demo-images'), path.join(dir, 'scripts/demo-images'), { recursive: true });
  await symlink(path.join(projectDir, 'node_modules'), path.join(dir, 'node_modules'));
  await articleFolders(dir);
  return dir;
}

/** Runs the copy's `node scripts/make-demo-images.mjs names…`; resolves with the exit code, the files it reported and its errors. */
function draw(dir: string, names: string[] = []): Promise<{ code: number; files: string[]; stderr: string }> {
  return new Promise((resolve) => {
    execFile(process.execPath, [path.join(dir, 'scripts/make-demo-images.mjs'), ...names], { cwd: dir }, (error, stdout, stderr) => {
      // One line per picture: `<project-relative path>  <size> KB`.
      const files = stdout.split('\n').filter(Boolean).map((line) => line.split(/\s{2,}/)[0]!);
      resolve({ code: error ? (typeof error.code === 'number' ? error.code : -1) : 0, files, stderr });
    });
  });
}

describe('make-demo-images', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await generatorCopy();
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('draws exactly the demo pictures committed beside the articles, byte for byte', { timeout: 30_000 }, async () => {
    const committed = await picturesIn(projectDir);
    expect(committed.length).toBeGreaterThan(0);
    const result = await draw(dir);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(result.files.toSorted()).toEqual(committed);
    expect(await picturesIn(dir)).toEqual(committed);
    for (const file of committed) {
      const [drawn, kept] = await Promise.all([readFile(path.join(dir, file)), readFile(path.join(projectDir, file))]);
      expect(drawn.equals(kept), `${file} differs from what scripts/make-demo-images.mjs draws; redraw it and commit`).toBe(true);
    }
  });

  it('redraws only the pictures named on the command line', { timeout: 30_000 }, async () => {
    await articleFolders(dir);
    const result = await draw(dir, ['chip']);
    expect(result.code).toBe(0);
    expect(result.files).toEqual(['content/articles/2026/11/rabat-university-opens-ai-lab.png']);
    expect(await picturesIn(dir)).toEqual(result.files);
    expect((await readFile(path.join(dir, result.files[0]!))).equals(await readFile(path.join(projectDir, result.files[0]!)))).toBe(true);
  });

  it('refuses an unknown name, listing the known ones, before drawing anything', async () => {
    await articleFolders(dir);
    const result = await draw(dir, ['chip', 'harbour']);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('make-demo-images: no image "harbour"; known: port, stadium, solar, rooftops, film, councilHall, coastMap, chip');
    expect(await picturesIn(dir)).toEqual([]);
  });
});

