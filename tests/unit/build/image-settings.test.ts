import { existsSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { IMAGE_SETTINGS } from '../../../src/build/image-settings.ts';
import { LIMITS } from '../../../src/content/validate/input-policy.ts';

describe("Astro's image settings", () => {
  it('generate widths from a small phone (360 px) to a wide screen (1600 px), smallest first', () => {
    const widths = IMAGE_SETTINGS.breakpoints;
    expect(widths[0]).toBeLessThanOrEqual(360);
    expect(widths.at(-1)).toBeGreaterThanOrEqual(1600);
    expect([...widths].sort((a, b) => a - b)).toEqual(widths);
  });

  it('use the strict image service, so a file sharp cannot process fails the build', () => {
    const entry = IMAGE_SETTINGS.service.entrypoint;
    expect(path.normalize(entry)).toBe(path.normalize('src/build/strict-image-service.ts'));
    expect(existsSync(entry)).toBe(true);
  });

  it('refuse images over the input policy’s pixel limit', () => {
    expect(IMAGE_SETTINGS.service.config.limitInputPixels).toBe(LIMITS.imagePixels);
  });

  // sharp's documented ranges and defaults: AVIF effort 0-9 (default 4), WebP effort 0-6 (default 4).
  // Both are set below the default on purpose (a cold build's time was mostly AVIF encoding).
  it('encode AVIF and WebP faster than sharp’s default effort, within its range', () => {
    const { avif, webp } = IMAGE_SETTINGS.service.config;
    expect(avif.effort).toBeGreaterThanOrEqual(0);
    expect(avif.effort).toBeLessThan(4);
    expect(webp.effort).toBeGreaterThanOrEqual(0);
    expect(webp.effort).toBeLessThan(4);
  });
});
