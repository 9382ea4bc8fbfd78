import type { Element, Root } from 'hast';

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
  const transform = (parent: Root | Element) => {
    for (const node of parent.children) {
      if (node.type !== 'element') continue;
      if (node.tagName === 'a' && isExternal(node.properties['href'], own)) {
        node.properties['rel'] = [...new Set([...asList(node.properties['rel']), 'noopener', 'noreferrer'])];
      }
      transform(node);
    }
  };
  return (tree: Root) => transform(tree);
}

/** Whether `href` is an absolute http(s) or protocol-relative link to a host other than `own`. */
function isExternal(href: unknown, own: string | undefined): boolean {
  if (typeof href !== 'string' || !/^(https?:)?\/\//i.test(href)) return false;
  try {
    return new URL(href, 'https://invalid.invalid').host !== own;
  } catch {
    return false;
  }
}

function asList(value: unknown): string[] {
  if (Array.isArray(value)) return value.map(String);
  if (typeof value === 'string') return value.split(/\s+/).filter(Boolean);
  return [];
}
