import type { UnifiedProcessorOptions } from '@astrojs/markdown-remark';
import rehypeRaw from 'rehype-raw';
import rehypeSanitize from 'rehype-sanitize';
import { SITE } from '../site.config.ts';
import { rehypeEmbeds } from './rehype-embeds.ts';
import { rehypeExternalLinks } from './rehype-external-links.ts';
import { sanitizeSchema } from './sanitize-schema.ts';

/**
 * The one Markdown pipeline: astro.config.mjs hands it to Astro's unified processor for
 * pages, and feeds reuse the HTML it produced, so pages and feeds cannot diverge.
 * Astro adds GFM, SmartyPants, image handling and heading ids around these plugins.
 */
export const markdownOptions: UnifiedProcessorOptions = {
  gfm: true,
  smartypants: true,
  rehypePlugins: [
    // Parse raw HTML now, so the sanitizer sees real elements rather than opaque strings.
    rehypeRaw,
    [rehypeSanitize, sanitizeSchema],
    // After the sanitizer: it builds trusted markup that raw HTML could not contain.
    rehypeEmbeds,
    [rehypeExternalLinks, { siteUrl: SITE.url }],
  ],
};
