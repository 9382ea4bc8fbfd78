import { defaultSchema, type Schema } from 'hast-util-sanitize';

/**
 * What raw HTML a writer may put in an article: GitHub's allowlist (no scripts, styles,
 * frames, forms or event handlers), minus anything that would load from another host.
 */
export const sanitizeSchema: Schema = {
  ...defaultSchema,
  // Keep heading ids readable: Astro adds its own ids after sanitizing.
  clobberPrefix: 'user-content-',
  tagNames: [...(defaultSchema.tagNames ?? []).filter((t) => t !== 'input'), 'figure', 'figcaption', 'mark'],
  // Drop these with their contents: unwrapping them would print CSS or fallback markup as text.
  strip: ['script', 'style', 'template', 'iframe', 'object', 'noscript', 'noembed', 'noframes', 'textarea', 'title', 'xmp', 'svg', 'math'],
  protocols: {
    ...defaultSchema.protocols,
    // Images must come from the repository (relative paths): no hotlinking, no tracking pixels.
    src: [],
    longDesc: [],
  },
};
