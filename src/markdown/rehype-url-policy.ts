import type { Element, Root } from 'hast';
import { visit } from 'unist-util-visit';
import { browserUrl, leavesSite } from '../content/validate/input-policy.ts';

/** Options for {@link rehypeUrlPolicy}: none yet, taken so every transform is called the same way. */
export type UrlPolicyOptions = Record<string, never>;

const BASE = 'https://content.invalid/page/';
// What a browser drops from or rewrites in a URL before reading it (WHATWG URL): tabs, newlines,
// leading and trailing controls and spaces, and `\` read as `/` in http(s) URLs.
const REWRITTEN = /[\t\n\r\\]|^[\u0000-\u0020]|[\u0000-\u0020]$/;
const LINK_SCHEMES = new Set(['http:', 'https:', 'mailto:', 'tel:']);

/**
 * Reads every link and image address of the clean tree as a browser will (WHATWG URL), after
 * the sanitizer's allowlist matched the text as written: an image that would load from another
 * host (`\\host/x.png`, `/\host/x.png`) loses its `src`; a link whose text hides its target
 * (`/\host/`, a tab in `https:`) is written out as the URL the browser would open, so the
 * external-links step, the feeds and a reader's browser all see the same host; a link to any
 * other scheme is removed. Runs after the sanitizer, before rehypeExternalLinks.
 */
export function rehypeUrlPolicy(_options: UrlPolicyOptions = {}) {
  return (tree: Root) => {
    visit(tree, 'element', (node: Element) => {
      const src = node.properties['src'];
      if (typeof src === 'string' && leavesSite(src)) delete node.properties['src'];
      for (const name of ['href', 'cite'] as const) {
        const value = node.properties[name];
        if (typeof value !== 'string' || !REWRITTEN.test(value)) continue;
        const url = browserUrl(value, BASE);
        if (!url || (url.origin !== new URL(BASE).origin && !LINK_SCHEMES.has(url.protocol))) delete node.properties[name];
        else if (leavesSite(value)) node.properties[name] = url.href;
        else node.properties[name] = `${url.pathname}${url.search}${url.hash}`;
      }
    });
  };
}
