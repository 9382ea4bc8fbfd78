// The Markdown subsystem's entry (src/markdown/).
// In: an article's or a page's Markdown body (untrusted).
// Out: sanitized HTML: raw HTML limited to an allowlist (sanitize.ts, sanitize-schema.ts),
//   embeds from allowed providers only (rehype-embeds.ts, embed-providers.ts), addresses judged
//   as a browser reads them, outside links marked, in-page links pointed at their targets.
// Called by: astro.config.mjs (Astro renders every body with it), and so by the content loader
//   through Astro's `renderMarkdown`; tests/helpers/markdown.ts runs the same options.
import type { SatteriProcessorOptions } from '@astrojs/markdown-satteri';
import { SITE } from '../site.config.ts';
import { imageReferences } from './image-references.ts';
import { rehypeEmbeds } from './rehype-embeds.ts';
import { rehypeExternalLinks } from './rehype-external-links.ts';
import { rehypeInPageLinks } from './rehype-in-page-links.ts';
import { rehypeUrlPolicy } from './rehype-url-policy.ts';
import { sanitizeHtml } from './sanitize.ts';
import { sanitizeSchema } from './sanitize-schema.ts';
import { smartypants } from './smartypants.ts';
import { tableAlign } from './table-align.ts';

/**
 * The one Markdown pipeline: astro.config.mjs hands it to Astro's Sätteri (Rust) processor for
 * pages, and feeds reuse the HTML it produced, so pages and feeds cannot diverge.
 * Astro adds image handling and heading ids after these plugins.
 */
export const markdownOptions: SatteriProcessorOptions = {
  features: {
    // Footnote ids unprefixed here: the sanitizer prefixes every id once (user-content-fn-1), and
    // rehypeInPageLinks points the footnote links at them. Prefixed here too, they got it twice.
    gfm: { footnotes: { clobberPrefix: '' } },
    // Sätteri curls the quotes; smartypants() below does dashes and ellipses as SmartyPants did.
    smartPunctuation: { quotes: true, dashes: false, ellipses: false },
    // Parse raw HTML now, so the sanitizer sees real elements rather than opaque strings.
    rawHtml: true,
    // Astro has already taken the front matter off: a body that starts with `---` is Markdown.
    frontmatter: false,
  },
  mdastPlugins: [smartypants(), imageReferences()],
  hastPlugins: [
    // Before the sanitizer, which drops the style attribute Sätteri aligns columns with.
    tableAlign(),
    sanitizeHtml({
      schema: sanitizeSchema,
      // After the sanitizer: embeds are trusted markup that raw HTML could not contain.
      // Addresses read as a browser reads them (input policy) before links are judged external.
      after: [rehypeEmbeds(), rehypeUrlPolicy(), rehypeExternalLinks({ siteUrl: SITE.url }), rehypeInPageLinks({ prefix: sanitizeSchema.clobberPrefix ?? '' })],
    }),
  ],
};
