import type { Root } from 'hast';
import { visit } from 'unist-util-visit';

/** Options for {@link rehypeInPageLinks}. */
export interface InPageLinksOptions {
  /** The prefix the sanitizer put before ids (its `clobberPrefix`). Default: `user-content-`. */
  prefix?: string;
}

/**
 * Points in-page links at the ids the sanitizer prefixed: `#fn-1` becomes `#user-content-fn-1`
 * when the page has that id and no `fn-1` of its own. The sanitizer prefixes every id (so a
 * writer's `id` cannot clobber the page's), but not the `href`s that point at them; GitHub
 * mends this with a script, we do it in the HTML. Runs on the sanitized tree.
 */
export function rehypeInPageLinks(options: InPageLinksOptions = {}) {
  const prefix = options.prefix ?? 'user-content-';
  return (tree: Root) => {
    const ids = new Set<string>();
    visit(tree, 'element', (el) => {
      if (typeof el.properties['id'] === 'string') ids.add(el.properties['id']);
    });
    visit(tree, 'element', (el) => {
      const href = el.properties['href'];
      if (el.tagName !== 'a' || typeof href !== 'string' || !href.startsWith('#') || href.length < 2) return;
      const id = safeDecode(href.slice(1));
      if (!ids.has(id) && ids.has(prefix + id)) el.properties['href'] = `#${prefix}${href.slice(1)}`;
    });
  };
}

/** The id a fragment names (`%20` → space), or the fragment as written if it is not valid percent-encoding. */
function safeDecode(fragment: string): string {
  try {
    return decodeURIComponent(fragment);
  } catch {
    return fragment;
  }
}
