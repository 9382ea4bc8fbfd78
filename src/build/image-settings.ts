import { LIMITS } from '../content/validate/input-policy.ts';

/**
 * Astro's `image` settings, in a file of their own so that scripts/build.mjs can key the
 * processed-image cache on them (src/build/reuse/image-cache.ts): a change here re-encodes every image.
 */
export const IMAGE_SETTINGS = {
  // Generated sizes for responsive images; no remote images are ever fetched.
  breakpoints: [360, 640, 960, 1280, 1600],
  // sharp's default AVIF effort (4) took about 2 s per file on the demo photos and was most of a
  // cold build's time. Effort 1 is about 20x faster and its files are still about a third smaller
  // than WebP's (demo photos, 4 widths: effort 4 151 KB, 1 200 KB, WebP 300 KB). WebP likewise.
  // Astro's sharp service, except that a file sharp cannot process fails the build instead of
  // being published unchanged (src/build/strict-image-service.ts); the pixel limit is the input policy's.
  service: { entrypoint: './src/build/strict-image-service.ts', config: { avif: { effort: 1 }, webp: { effort: 2 }, limitInputPixels: LIMITS.imagePixels } },
};
