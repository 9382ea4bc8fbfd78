import type { Root } from 'hast';
import { defaultSchema, sanitize, type Schema } from 'hast-util-sanitize';
import { defineHastPlugin, type HastPluginDefinition } from 'satteri';

/** Options for {@link sanitizeHtml}. */
export interface SanitizeOptions {
  /** What may stay. Default: hast-util-sanitize's `defaultSchema` (GitHub's allowlist). */
  schema?: Schema;
  /** Transforms of the clean tree, run in order: trusted markup raw HTML could not contain. Default: none. */
  after?: ((tree: Root) => void)[];
}

/**
 * A Sätteri plugin that sanitizes the whole document with hast-util-sanitize's allowlist (as
 * rehype-sanitize did), runs `after` on the clean tree, and puts the clean tree in place of the
 * document. Replacing it whole (rather than editing the original into it) means nothing the
 * sanitizer removed can survive, not even as the empty property Sätteri keeps when one is
 * deleted in place, which later plugins such as Astro's image marker would still see; it was
 * no slower than the edits on the site's articles.
 */
export function sanitizeHtml(options: SanitizeOptions = {}): HastPluginDefinition {
  const schema = options.schema ?? defaultSchema;
  const after = options.after ?? [];
  return defineHastPlugin({
    name: 'sanitize-html',
    before(root, ctx) {
      // The sanitizer builds every node of `clean` anew, so nothing in it is a reference back
      // into Sätteri's tree that could smuggle the unsanitized original through.
      const clean = sanitize(root, schema) as Root;
      for (const transform of after) transform(clean);
      ctx.replaceNode(root, clean);
    },
  });
}
