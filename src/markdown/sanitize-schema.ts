import { defaultSchema, type Schema } from 'hast-util-sanitize';

/**
 * An image `src` that does not start with a scheme (`https:`, `data:`) or `//host`: a path in the
 * repository. (hast-util-sanitize's own `protocols` rule, which compares case-sensitively with
 * `http` and `https`, drops an upper-case scheme too, so the `i` here is a second guard.)
 */
const REPOSITORY_PATH = /^(?![a-z][a-z0-9+.-]*:|\/\/)/i;

/**
 * What raw HTML a writer may put in an article: GitHub's allowlist (no scripts, styles,
 * frames, forms or event handlers), minus anything that would load from another host.
 */
export const sanitizeSchema: Schema = {
  ...defaultSchema,
  // Ids from raw HTML get a prefix so they cannot clobber the page's own ids; Astro adds
  // heading ids after sanitizing, so those stay readable.
  clobberPrefix: 'user-content-',
  // `input` stays for GFM task lists: the schema's `required` makes every one a disabled checkbox, as on GitHub.
  // defaultSchema always has tagNames and img attributes: a fallback for them could never run.
  tagNames: [...defaultSchema.tagNames!, 'figure', 'figcaption', 'mark'],
  // Drop these with their contents: unwrapping them would print CSS or fallback markup as text.
  strip: ['script', 'style', 'template', 'iframe', 'object', 'noscript', 'noembed', 'noframes', 'textarea', 'title', 'xmp', 'svg', 'math'],
  attributes: {
    ...defaultSchema.attributes,
    // Images only from the repository (relative paths): no hotlinking, no tracking pixels.
    img: [...defaultSchema.attributes!['img']!.filter((a) => a !== 'src' && a !== 'longDesc'), ['src', REPOSITORY_PATH]],
    // No attribute at all on <source>: its `srcset` would load from anywhere.
    // Stryker disable next-line ArrayDeclaration: an attribute named "Stryker was here" does not exist in HTML
    source: [],
  },
};
