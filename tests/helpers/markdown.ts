import { satteri } from '@astrojs/markdown-satteri';
import { fromHtml } from 'hast-util-from-html';
import { visit } from 'unist-util-visit';
import { markdownOptions } from '../../src/markdown/pipeline.ts';

type Renderer = Awaited<ReturnType<ReturnType<typeof satteri>['createRenderer']>>;
let renderer: Promise<Renderer> | undefined;

/**
 * Renders Markdown through the site's real pipeline, as Astro's content layer does for an
 * article body: the Sätteri processor of astro.config.mjs (syntax highlighting off, as
 * configured), with Astro's own image and heading-id steps. Returns the HTML and Astro's metadata.
 */
export async function renderMarkdownWithMetadata(markdown: string, fileURL?: URL): ReturnType<Renderer['render']> {
  renderer ??= Promise.resolve(satteri(markdownOptions).createRenderer({ syntaxHighlight: false }));
  return (await renderer).render(markdown, fileURL ? { fileURL } : {});
}

/** Renders Markdown through the site's real pipeline (see {@link renderMarkdownWithMetadata}) and returns the HTML. */
export async function renderMarkdown(markdown: string, fileURL?: URL): Promise<string> {
  return (await renderMarkdownWithMetadata(markdown, fileURL)).code;
}

/**
 * What a reader of the rendered HTML would trip over inside the page: an `href="#x"` with no
 * element whose id is `x`, and an id used twice. Empty for a sound page.
 */
export function inPageLinkProblems(html: string): string[] {
  const tree = fromHtml(html, { fragment: true });
  const ids: string[] = [];
  const hrefs: string[] = [];
  visit(tree, 'element', (el) => {
    if (typeof el.properties['id'] === 'string') ids.push(el.properties['id']);
    const href = el.properties['href'];
    if (typeof href === 'string' && href.startsWith('#') && href.length > 1) hrefs.push(href);
  });
  const seen = new Set<string>();
  const problems = ids.filter((id) => seen.size === seen.add(id).size).map((id) => `id "${id}" is used more than once`);
  for (const href of hrefs) if (!seen.has(decodeURIComponent(href.slice(1)))) problems.push(`link ${href} points at no element on the page`);
  return problems;
}
