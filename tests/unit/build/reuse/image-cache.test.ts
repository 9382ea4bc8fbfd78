import { existsSync } from 'node:fs';
import { mkdtemp, mkdir, readdir, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { imageSettingsKey, prepareImageCache, pruneImageCache } from '../../../../src/build/reuse/image-cache.ts';
import { projectDir } from '../../../helpers/site.ts';

describe('image-cache', () => {
  let dir: string;
  const cache = () => path.join(dir, 'cache');
  const put = async (name: string) => {
    await mkdir(path.join(cache(), 'assets'), { recursive: true });
    await writeFile(path.join(cache(), 'assets', name), 'x');
    await writeFile(path.join(cache(), 'assets', `${name}.json`), '{}');
  };
  beforeEach(async () => {
    dir = await mkdtemp(path.join(os.tmpdir(), 'image-cache-'));
  });
  afterEach(() => rm(dir, { recursive: true, force: true }));

  it('keys on the encoder settings', () => {
    const a = imageSettingsKey({ service: { config: { avif: { effort: 1 } } } }, projectDir);
    expect(imageSettingsKey({ service: { config: { avif: { effort: 1 } } } }, projectDir)).toBe(a);
    expect(imageSettingsKey({ service: { config: { avif: { effort: 2 } } } }, projectDir)).not.toBe(a);
  });

  it('keeps the cache under the same settings, empties it when they change or for --force', async () => {
    expect(await prepareImageCache(cache(), 'one')).toBeUndefined();
    await put('photo.Ab12_x1.avif');
    expect(await prepareImageCache(cache(), 'one')).toBeUndefined();
    expect(existsSync(path.join(cache(), 'assets/photo.Ab12_x1.avif'))).toBe(true);
    expect(await prepareImageCache(cache(), 'two')).toBe('the image settings changed');
    expect(existsSync(path.join(cache(), 'assets'))).toBe(false);
    await put('photo.Ab12_x1.avif');
    expect(await prepareImageCache(cache(), 'two', true)).toBe('--force');
    expect(existsSync(path.join(cache(), 'assets'))).toBe(false);
  });

  it('prunes the images the output no longer has, with their notes', async () => {
    await put('kept.Ab12_x1.avif');
    await put('replaced.Old1_x1.avif');
    await mkdir(path.join(dir, 'out/_astro'), { recursive: true });
    await writeFile(path.join(dir, 'out/_astro/kept.Ab12_x1.avif'), 'x');
    expect(await pruneImageCache(cache(), path.join(dir, 'out'))).toBe(1);
    expect((await readdir(path.join(cache(), 'assets'))).sort()).toEqual(['kept.Ab12_x1.avif', 'kept.Ab12_x1.avif.json']);
  });
});
