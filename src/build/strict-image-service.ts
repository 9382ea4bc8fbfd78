// Astro's sharp image service, made strict for untrusted images: where sharp cannot process a
// file, Astro would warn and publish the source bytes unchanged under the new name (a PNG
// decompression bomb as `.avif`, HTML as `.webp`). Here that fails the build instead, naming
// the file. The input policy (src/content/validate/input-policy.ts) refuses such files before the build;
// this is the second lock. Set as the image service in astro.config.mjs.
import type { LocalImageService } from 'astro';
import sharpService from 'astro/assets/services/sharp';

// Astro's own words when it falls back to the source file (astro/dist/assets/services/sharp.js).
const PASS_THROUGH = /could not optimize image|Passing it through/i;

const service: LocalImageService = {
  ...(sharpService as LocalImageService),
  async transform(inputBuffer, transform, config, logger) {
    const strict = Object.create(logger) as typeof logger;
    strict.warn = (message: string) => {
      if (PASS_THROUGH.test(message)) throw new Error(`[images] ${String(transform['src'])}: sharp cannot process this file, so it would be published unchanged; ${message}`);
      logger.warn(message);
    };
    return (sharpService as LocalImageService).transform(inputBuffer, transform, config, strict);
  },
};

export default service;
