import type { MdastPluginEntry } from 'satteri';

/** Options for {@link imageReferences}: none yet, taken so every plugin is called the same way. */
export type ImageReferencesOptions = Record<string, never>;

/** The part of Astro's per-document data this plugin fills in (see @astrojs/markdown-satteri). */
interface AstroImageData {
  localImagePaths: Set<string>;
}

// Cheap test of the source: an image and a `[label]: url` definition line.
const MAY_APPLY = /!\[[\s\S]*^ {0,3}\[[^\]\n]+\]:/m;

/**
 * Registers reference-style images (`![alt][photo]` with `[photo]: ./photo.jpg`) with Astro, as
 * the unified pipeline did: Astro's Sätteri processor only collects inline `![alt](./photo.jpg)`,
 * and an image it has not collected is left with a path the browser cannot load.
 */
export function imageReferences(_options: ImageReferencesOptions = {}): MdastPluginEntry {
  return ({ source }) => {
    if (!MAY_APPLY.test(source)) return null;
    const urls = new Map<string, string>();
    const used = new Set<string>();
    return {
      name: 'image-references',
      definition(node) {
        if (!urls.has(node.identifier)) urls.set(node.identifier, node.url);
      },
      imageReference(node) {
        used.add(node.identifier);
      },
      after(_root, ctx) {
        const astro = (ctx.data as { astro?: AstroImageData }).astro;
        for (const id of used) {
          const url = decodeUrl(urls.get(id));
          // Repository files only, as Astro decides for inline images: no URLs, no site paths.
          if (url && !URL.canParse(url) && !url.startsWith('/')) astro?.localImagePaths.add(url);
        }
      },
    };
  };
}

/** The path as Astro compares it, or undefined for none or a malformed %-escape. */
function decodeUrl(url: string | undefined): string | undefined {
  try {
    return url ? decodeURI(url) : undefined;
  } catch {
    return undefined;
  }
}
