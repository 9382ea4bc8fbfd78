import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { drawImage } from '../../../scripts/bench/corpus-image.ts';

describe('drawImage', () => {
  it('draws a JPEG of the recipe size, the same bytes for the same seed', async () => {
    const a = await drawImage({ width: 80, height: 45, seed: 11 });
    const meta = await sharp(a).metadata();
    expect([meta.format, meta.width, meta.height]).toEqual(['jpeg', 80, 45]);
    expect((await drawImage({ width: 80, height: 45, seed: 11 })).equals(a)).toBe(true);
    expect((await drawImage({ width: 80, height: 45, seed: 12 })).equals(a)).toBe(false);
  });
});
