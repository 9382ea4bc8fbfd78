// The metadata subsystem's entry (src/metadata/): what a page tells search engines and
// social networks.
// In: a page's title, description, canonical URL and image, and for an article its dates,
//   section, tags and authors.
// Out: Open Graph and Twitter card tags (this file), schema.org JSON-LD (structured-data.ts)
//   and the social images in the sizes the cards need (social-images.ts, through astro:assets).
// Called by: src/components/SocialMeta.astro and JsonLd.astro, from the three layouts.
/** An image for social cards, with absolute URL and real pixel size. */
export interface SocialImage {
  url: string;
  width: number;
  height: number;
  alt: string;
  /** MIME type, e.g. `image/jpeg`. */
  type?: string | undefined;
}

/** What Open Graph and Twitter cards need to know about a page. */
export interface PageMeta {
  title: string;
  description: string;
  /** Absolute canonical URL. */
  url: string;
  siteName: string;
  type: 'website' | 'article';
  image: SocialImage;
  /** The outlet's X account, e.g. `@atlascourier`. */
  xHandle?: string | undefined;
  /** Only for articles: ISO 8601 times, section name, tags and author page URLs. */
  article?: {
    published: string;
    modified?: string | undefined;
    section: string;
    tags: readonly string[];
    authors: readonly string[];
  } | undefined;
}

/** One `<meta>` element: Open Graph uses `property`, Twitter uses `name`. */
export type MetaTag = { property: string; content: string } | { name: string; content: string };

/** The Open Graph and Twitter card `<meta>` tags of a page, in a stable order. */
export function socialMetaTags(meta: PageMeta): MetaTag[] {
  const og = (property: string, content: string): MetaTag => ({ property, content });
  const tw = (name: string, content: string): MetaTag => ({ name, content });
  const tags: MetaTag[] = [
    og('og:site_name', meta.siteName),
    og('og:type', meta.type),
    og('og:title', meta.title),
    og('og:description', meta.description),
    og('og:url', meta.url),
    og('og:image', meta.image.url),
    og('og:image:width', String(meta.image.width)),
    og('og:image:height', String(meta.image.height)),
    og('og:image:alt', meta.image.alt),
  ];
  if (meta.image.type) tags.push(og('og:image:type', meta.image.type));
  if (meta.article) {
    const a = meta.article;
    tags.push(og('article:published_time', a.published));
    if (a.modified) tags.push(og('article:modified_time', a.modified));
    tags.push(og('article:section', a.section));
    for (const author of a.authors) tags.push(og('article:author', author));
    for (const tag of a.tags) tags.push(og('article:tag', tag));
  }
  tags.push(
    tw('twitter:card', 'summary_large_image'),
    tw('twitter:title', meta.title),
    tw('twitter:description', meta.description),
    tw('twitter:image', meta.image.url),
    tw('twitter:image:alt', meta.image.alt),
  );
  if (meta.xHandle) tags.push(tw('twitter:site', meta.xHandle));
  return tags;
}

/** `@name` from an x.com or twitter.com profile URL, or undefined for anything else. */
export function xHandleFromUrl(url: string): string | undefined {
  const m = /^https:\/\/(?:www\.)?(?:x|twitter)\.com\/([A-Za-z0-9_]{1,15})\/?$/.exec(url);
  return m ? `@${m[1]}` : undefined;
}

/** A crop to generate from an article image: a name, an aspect ratio and a largest width. */
export interface CropSpec {
  name: string;
  ratio: readonly [number, number];
  maxWidth: number;
}

/** 1200×630 for Open Graph and Twitter cards. */
export const OG_CROP: CropSpec = { name: 'og', ratio: [40, 21], maxWidth: 1200 };

/** The 16:9, 4:3 and 1:1 crops search engines ask for in an article's structured data. */
export const STRUCTURED_DATA_CROPS: readonly CropSpec[] = [
  { name: '16x9', ratio: [16, 9], maxWidth: 1200 },
  { name: '4x3', ratio: [4, 3], maxWidth: 1200 },
  { name: '1x1', ratio: [1, 1], maxWidth: 1200 },
];

/**
 * Pixel size of a crop with `spec`'s ratio, as large as `spec.maxWidth` allows but never
 * larger than the source in either direction (images are not enlarged).
 */
export function cropSize(source: { width: number; height: number }, spec: CropSpec): { width: number; height: number } {
  const [rw, rh] = spec.ratio;
  const width = Math.floor(Math.min(spec.maxWidth, source.width, (source.height * rw) / rh));
  return { width, height: Math.min(source.height, Math.round((width * rh) / rw)) };
}
