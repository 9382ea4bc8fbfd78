import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ManifestWriter } from '../../../../src/import/wordpress/manifest.ts';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'manifest-'));
});
afterEach(() => rm(dir, { recursive: true, force: true }));

const run = async (files: Record<string, string>, dryRun = false) => {
  const w = new ManifestWriter(dir, 'content/.wordpress-import.json', dryRun);
  const outcomes: Record<string, string> = {};
  for (const [f, text] of Object.entries(files)) outcomes[f] = await w.write(f, text);
  await w.save();
  return outcomes;
};

describe('ManifestWriter', () => {
  it('writes new files, leaves identical ones, and updates files it wrote when the export changed', async () => {
    expect(await run({ 'content/a.md': 'one', 'content/b.md': 'two' })).toEqual({ 'content/a.md': 'written', 'content/b.md': 'written' });
    const manifest = await readFile(path.join(dir, 'content/.wordpress-import.json'), 'utf8');
    expect(await run({ 'content/a.md': 'one', 'content/b.md': 'two' })).toEqual({ 'content/a.md': 'unchanged', 'content/b.md': 'unchanged' });
    expect(await readFile(path.join(dir, 'content/.wordpress-import.json'), 'utf8')).toBe(manifest);
    expect(await run({ 'content/a.md': 'one, revised' })).toEqual({ 'content/a.md': 'written' });
    expect(await readFile(path.join(dir, 'content/a.md'), 'utf8')).toBe('one, revised');
  });

  it('never overwrites a file edited since, re-creates no deleted file, and leaves files it did not write', async () => {
    await run({ 'content/a.md': 'one', 'content/b.md': 'two' });
    await writeFile(path.join(dir, 'content/a.md'), 'edited by hand');
    await rm(path.join(dir, 'content/b.md'));
    await writeFile(path.join(dir, 'content/c.md'), 'a writer\'s own');
    expect(await run({ 'content/a.md': 'new', 'content/b.md': 'new', 'content/c.md': 'new' })).toEqual({ 'content/a.md': 'edited', 'content/b.md': 'deleted', 'content/c.md': 'foreign' });
    expect(await readFile(path.join(dir, 'content/a.md'), 'utf8')).toBe('edited by hand');
    expect(existsSync(path.join(dir, 'content/b.md'))).toBe(false);
    expect(await readFile(path.join(dir, 'content/c.md'), 'utf8')).toBe('a writer\'s own');
    // Still the import's files (as last written): a later run still refuses them.
    expect(await run({ 'content/a.md': 'newer' })).toEqual({ 'content/a.md': 'edited' });
  });

  it('writes nothing in a dry run', async () => {
    expect(await run({ 'content/a.md': 'one' }, true)).toEqual({ 'content/a.md': 'written' });
    expect(existsSync(path.join(dir, 'content'))).toBe(false);
  });
});
