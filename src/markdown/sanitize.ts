import type { Nodes, Root } from 'hast';
import { defaultSchema, sanitize, type Schema } from 'hast-util-sanitize';
import type { HastPluginDefinition, HastVisitorContext } from 'satteri';

/** Options for {@link sanitizeHtml}. */
export interface SanitizeOptions {
  /** What may stay. Default: hast-util-sanitize's `defaultSchema` (GitHub's allowlist). */
  schema?: Schema;
  /** Transforms of the clean tree, run in order: trusted markup raw HTML could not contain. Default: none. */
  after?: ((tree: Root) => void)[];
}

/**
 * A Sätteri plugin that sanitizes the whole document with hast-util-sanitize's allowlist (as
 * rehype-sanitize did), runs `after` on the clean tree, and writes back only what changed.
 */
export function sanitizeHtml(options: SanitizeOptions = {}): HastPluginDefinition {
  const schema = options.schema ?? defaultSchema;
  const after = options.after ?? [];
  return {
    name: 'sanitize-html',
    before(root, ctx) {
      // The sanitizer builds every node of `clean` anew, so nothing in it is a reference back
      // into Sätteri's tree that could smuggle the unsanitized original through.
      const clean = sanitize(root, schema) as Root;
      for (const transform of after) transform(clean);
      patch(root, clean, ctx);
    },
  };
}

/**
 * Edits `from` (Sätteri's tree) until it equals `to`: a node whose type, tag, text or number of
 * children differs, or that loses a property, is replaced whole; otherwise each differing
 * property is set and the children are compared in turn. Most articles need a few `rel` edits
 * rather than a rewrite of the tree.
 */
function patch(from: Nodes, to: Nodes, ctx: HastVisitorContext): void {
  if (!sameShape(from, to)) {
    ctx.replaceNode(from, to);
    return;
  }
  if (from.type === 'element' && to.type === 'element') {
    for (const [key, value] of Object.entries(to.properties)) {
      if (!sameValue(from.properties[key], value)) ctx.setProperty(from, key, value);
    }
  }
  if ('children' in from && 'children' in to) {
    for (let i = 0; i < from.children.length; i++) patch(from.children[i]!, to.children[i]!, ctx);
  }
}

/** Whether `a` can be edited into `b` in place; false for any node type the sanitizer does not keep. */
function sameShape(a: Nodes, b: Nodes): boolean {
  if (a.type !== b.type) return false;
  switch (a.type) {
    case 'root':
      return a.children.length === (b as Root).children.length;
    case 'element':
      // A property cannot be removed in place: Sätteri keeps a nulled one, empty, for later plugins.
      return (
        b.type === 'element' &&
        a.tagName === b.tagName &&
        a.children.length === b.children.length &&
        Object.keys(a.properties).every((key) => Object.hasOwn(b.properties, key))
      );
    case 'text':
      return b.type === 'text' && a.value === b.value;
    default:
      return false;
  }
}

function sameValue(a: unknown, b: unknown): boolean {
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((v, i) => v === b[i]);
  return a === b;
}
