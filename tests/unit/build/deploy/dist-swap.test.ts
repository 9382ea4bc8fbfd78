import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { deployFolders, recoverInterruptedSwap, swapIn } from '../../../../src/build/deploy/dist-swap.ts';

let root: string;
const site = async (folder: string, text: string) => {
  await mkdir(path.join(root, folder), { recursive: true });
  await writeFile(path.join(root, folder, 'index.html'), text);
};
const page = (folder: string) => readFile(path.join(root, folder, 'index.html'), 'utf8');
let clock = 1000;
const now = () => clock++;

beforeEach(async () => {
  root = await mkdtemp(path.join(os.tmpdir(), 'dist-swap-'));
  clock = 1000;
});
afterEach(() => rm(root, { recursive: true, force: true }));

describe('deployFolders', () => {
  it('puts the staging folder, the set-aside site and the lock beside the live folder', () => {
    const folders = deployFolders('/srv/www/dist', 42);
    expect(folders).toEqual({
      dist: '/srv/www/dist',
      parent: '/srv/www',
      scratch: '/srv/www/.dist-new',
      previous: '/srv/www/.dist-old-42',
      lock: '/srv/www/.dist-build.lock',
    });
  });
});

describe('swapIn', () => {
  it('puts the new site in place and the replaced one under a trash name', async () => {
    const folders = deployFolders(path.join(root, 'dist'), 42);
    await site('dist', 'old');
    await site('.dist-new', 'new');
    expect(await swapIn(folders, 42, now)).toBe(true);
    expect(await page('dist')).toBe('new');
    expect((await readdir(root)).sort()).toEqual(['.dist-trash-42-1000', 'dist']);
    expect(await page('.dist-trash-42-1000')).toBe('old');
  });

  it('says nothing was replaced on a first build', async () => {
    const folders = deployFolders(path.join(root, 'dist'), 42);
    await site('.dist-new', 'new');
    expect(await swapIn(folders, 42, now)).toBe(false);
    expect(await readdir(root)).toEqual(['dist']);
  });
});

describe('recoverInterruptedSwap', () => {
  it('puts the last good site back when a run stopped between its two renames', async () => {
    const folders = deployFolders(path.join(root, 'dist'), 42);
    await site('.dist-old-7', 'good');
    await site('.dist-new', 'half built');
    const trash = await recoverInterruptedSwap(folders, 42, now);
    expect(await page('dist')).toBe('good');
    expect(trash).toEqual([path.join(root, '.dist-trash-42-1000-0')]);
    expect(await page('.dist-trash-42-1000-0')).toBe('half built');
  });

  it('renames every leftover to a trash name and lists the trash already there; the live site stays', async () => {
    const folders = deployFolders(path.join(root, 'dist'), 42);
    await site('dist', 'live');
    for (const leftover of ['.dist-old-7', '.dist-new', '.dist-new-123', '.dist-trash-9-5', 'unrelated']) await site(leftover, leftover);
    const trash = await recoverInterruptedSwap(folders, 42, now);
    expect(await page('dist')).toBe('live');
    expect(existsSync(path.join(root, 'unrelated'))).toBe(true);
    expect(trash.map((t) => path.basename(t)).sort()).toEqual(['.dist-trash-42-1000-0', '.dist-trash-42-1001-1', '.dist-trash-42-1002-2', '.dist-trash-9-5']);
    expect((await readdir(root)).filter((n) => n.startsWith('.dist-') && !n.startsWith('.dist-trash-'))).toEqual([]);
  });

  it('finds nothing to do in a clean folder', async () => {
    await site('dist', 'live');
    expect(await recoverInterruptedSwap(deployFolders(path.join(root, 'dist'), 42), 42, now)).toEqual([]);
  });
});
