import { satteri } from '@astrojs/markdown-satteri';
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
