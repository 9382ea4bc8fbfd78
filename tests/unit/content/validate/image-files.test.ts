import { describe, expect, it } from 'vitest';
import { imageFileProblem } from '../../../../src/content/validate/image-files.ts';

describe('image files, by their bytes', () => {
  it.each([
    ['an empty .jpg', 'a.jpg', { size: 0 }, '"a.jpg" is empty (0 bytes); expected a JPEG image'],
    ['HTML named .jpg', 'a.jpg', { size: 40, error: 'Input file contains unsupported image format' }, '"a.jpg" is not an image'],
    ['SVG named .png', 'a.png', { size: 90, format: 'svg', width: 10, height: 10 }, '"a.png" holds SVG data, not PNG'],
    ['a 20000×20000 PNG', 'bomb.png', { size: 400, format: 'png', width: 20000, height: 20000 }, '"bomb.png" is 20000×20000 pixels; at most 40 million pixels are allowed'],
    ['a long animation', 'a.gif', { size: 400, format: 'gif', width: 2000, height: 2000, pages: 11 }, '"a.gif" is 2000×2000 × 11 frames pixels'],
  ])('refuses %s', (_what, name, facts, message) => {
    expect(imageFileProblem(name, facts)).toContain(message);
  });

  it('accepts an image whose bytes match its name, JPEG under .jpeg and AVIF as heif', () => {
    expect(imageFileProblem('a.jpeg', { size: 9, format: 'jpeg', width: 1200, height: 800 })).toBeUndefined();
    expect(imageFileProblem('a.avif', { size: 9, format: 'heif', width: 1200, height: 800 })).toBeUndefined();
  });
});
