import { describe, expect, it } from 'vitest';
import service from '../../../src/build/strict-image-service.ts';
import { LIMITS } from '../../../src/content/validate/input-policy.ts';
import { pngHeader } from '../../helpers/hostile-corpus.ts';

const config = { service: { entrypoint: '', config: { limitInputPixels: LIMITS.imagePixels } } } as never;
const logger = (warnings: string[]) => ({ warn: (m: string) => warnings.push(m), info: () => {}, error: () => {}, debug: () => {} }) as never;

// Astro's sharp service warns and returns the source bytes when sharp fails; ours must throw.
describe('the strict image service', () => {
  it('fails on a decompression bomb instead of publishing it as .webp', async () => {
    const warnings: string[] = [];
    await expect(service.transform(pngHeader(20_000, 20_000), { src: 'bomb.png', format: 'webp', width: 100 } as never, config, logger(warnings))).rejects.toThrow(
      /\[images\] bomb\.png: sharp cannot process this file, so it would be published unchanged/,
    );
  });

  it('still transforms an ordinary image', async () => {
    const sharp = (await import('sharp')).default;
    const png = await sharp({ create: { width: 40, height: 20, channels: 3, background: '#369' } }).png().toBuffer();
    const result = await service.transform(png, { src: 'ok.png', format: 'webp', width: 20 } as never, config, logger([]));
    expect(result.format).toBe('webp');
    expect((await sharp(Buffer.from(result.data)).metadata()).width).toBe(20);
  });
});
