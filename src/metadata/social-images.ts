import { getImage } from 'astro:assets';
import type { ImageMetadata } from 'astro';
import { SITE } from '../site.config.ts';
import { absoluteUrl } from '../publishing/paths.ts';
import { OG_CROP, STRUCTURED_DATA_CROPS, cropSize, type CropSpec, type SocialImage } from './seo.ts';

// Not a pure module: it asks astro:assets (sharp) for files. The sizes come from seo.ts,
// where they are unit-tested. Astro caches processed images in its cacheDir between builds.

/** The card shown for pages without an image of their own (see scripts/make-brand-images.mjs). */
export const DEFAULT_SOCIAL_IMAGE: SocialImage = {
  url: absoluteUrl('/og-default.png'),
  width: 1200,
  height: 630,
  alt: `${SITE.name}: ${SITE.tagline}`,
  type: 'image/png',
};

/** The publisher logo for structured data (a square PNG in public/). */
export const PUBLISHER_LOGO = { url: absoluteUrl('/logo.png'), width: 512, height: 512 };

/** One cover crop of `src` to `spec`'s ratio, as JPEG (which every social network and crawler reads). */
async function crop(src: ImageMetadata, spec: CropSpec): Promise<{ url: string; width: number; height: number }> {
  const size = cropSize(src, spec);
  // 'attention' lets sharp keep the most salient part of the picture in the crop.
  const image = await getImage({ src, ...size, fit: 'cover', position: 'attention', format: 'jpeg', quality: 80 });
  return { url: absoluteUrl(image.src), ...size };
}

/** The 1200×630 Open Graph image of an article picture. */
export async function openGraphImage(src: ImageMetadata, alt: string): Promise<SocialImage> {
  return { ...(await crop(src, OG_CROP)), alt, type: 'image/jpeg' };
}

/** The 16:9, 4:3 and 1:1 crops of an article picture for its NewsArticle structured data (absolute URLs). */
export async function structuredDataImages(src: ImageMetadata): Promise<string[]> {
  return Promise.all(STRUCTURED_DATA_CROPS.map(async (spec) => (await crop(src, spec)).url));
}
