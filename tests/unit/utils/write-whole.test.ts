import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { writeWhole } from '../../../src/utils/write-whole.ts';

let root: string;
beforeEach(async () => {
  root = await mkdtemp(path.join(os.tmpdir(), 'write-whole-'));
});
afterEach(() => rm(root, { recursive: true, force: true }));

describe('writeWhole', () => {
  it('writes the file, making its folder, and leaves nothing else behind', async () => {
    const file = path.join(root, 'a/b/record.json');
    await writeWhole(file, '{"x":1}');
    expect(await readFile(file, 'utf8')).toBe('{"x":1}');
    expect(await readdir(path.dirname(file))).toEqual(['record.json']);
  });

  it('replaces an existing file with the new bytes', async () => {
    const file = path.join(root, 'memo.bin');
    await writeWhole(file, 'old and longer');
    await writeWhole(file, new Uint8Array([1, 2, 3]));
    expect([...(await readFile(file))]).toEqual([1, 2, 3]);
  });

  it('leaves the old file in place when the new one cannot be written', async () => {
    const file = path.join(root, 'kept.txt');
    await writeWhole(file, 'kept');
    // The folder where the partial file would go is a file: nothing can be written beside it.
    await expect(writeWhole(path.join(file, 'inside.txt'), 'x')).rejects.toThrow();
    expect(await readFile(file, 'utf8')).toBe('kept');
  });
});
