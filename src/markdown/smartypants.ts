import type { MdastPluginEntry } from 'satteri';

/** Options for {@link smartypants}. */
export interface SmartypantsOptions {
  /** Turn exactly two hyphens into an em dash (`--` → `—`). Default: true. */
  dashes?: boolean;
  /** Turn three or more dots, spaced or not, into an ellipsis (`...`, `. . .` → `…`). Default: true. */
  ellipses?: boolean;
}

// The rules of retext-smartypants' defaults, which the unified pipeline used.
const DASH = /(?<!-)--(?!-)/g;
const ELLIPSIS = /\.+(?:[ \t\r\n]+\.+){2,}|\.{3,}/g;
// Sätteri opens a quote before a decade (`the '90s`); SmartyPants wrote an apostrophe.
const DECADE = /‘(?=\d\ds(?![\p{L}\p{N}_]))/gu;
// Cheap test of the source, so most articles skip the visitor altogether.
const MAY_APPLY = /--|\.\s*\.\s*\.|'\d\ds/;

/**
 * Completes Sätteri's smart punctuation (which curls the quotes) the way SmartyPants did:
 * `--` is an em dash, not an en dash, and `---` stays as written; dots become an ellipsis.
 * Touches prose only (never code, raw HTML or a link's text that is its own address).
 */
export function smartypants(options: SmartypantsOptions = {}): MdastPluginEntry {
  const dashes = options.dashes ?? true;
  const ellipses = options.ellipses ?? true;
  return ({ source }) =>
    MAY_APPLY.test(source) && {
      name: 'smartypants',
      text(node, ctx) {
        let value = node.value.replace(DECADE, '’');
        if (dashes) value = value.replace(DASH, '—');
        if (ellipses) value = value.replace(ELLIPSIS, '…');
        if (value === node.value) return;
        // An autolink shows its address; SmartyPants changed it, Sätteri's own rules do not.
        const parent = ctx.parent(node);
        if (parent.type === 'link' && parent.url.endsWith(node.value)) return;
        ctx.setProperty(node, 'value', value);
      },
    };
}
