import type { Element, Root } from 'hast';
import { visit } from 'unist-util-visit';

/** Options for {@link rehypeExternalLinks}. */
export interface ExternalLinksOptions {
  /** The site's own origin; links to it are internal. Default: none (every absolute http(s) link is external). */
  siteUrl?: string;
}

/**
 * Marks links that leave the site with `rel="noopener noreferrer"`, so the page they open
 * cannot reach back into ours or learn which article sent the reader.
 */
export function rehypeExternalLinks(options: ExternalLinksOptions = {}) {
  const own = options.siteUrl ? new URL(options.siteUrl).host : undefined;
  return (tree: Root) => {
    visit(tree, 'element', (node: Element) => {
      if (node.tagName !== 'a' || typeof node.properties['href'] !== 'string') return;
      const href = node.properties['href'];
      if (!/^(https?:)?\/\//i.test(href)) return;
      let host: string;
      try {
        host = new URL(href, 'https://invalid.invalid').host;
      } catch {
        return;
      }
      if (host === own) return;
      const rel = new Set([...asList(node.properties['rel']), 'noopener', 'noreferrer']);
      node.properties['rel'] = [...rel];
    });
  };
}

function asList(value: unknown): string[] {
  if (Array.isArray(value)) return value.map(String);
  if (typeof value === 'string') return value.split(/\s+/).filter(Boolean);
  return [];
}
