import { unified } from '@astrojs/markdown-remark';
import { markdownOptions } from '../../src/markdown/pipeline.ts';

let renderer: ReturnType<ReturnType<typeof unified>['createRenderer']> | undefined;

/** Renders Markdown through the site's real pipeline, as Astro does for an article body (syntax highlighting off, as configured). */
export async function renderMarkdown(markdown: string): Promise<string> {
  renderer ??= unified(markdownOptions).createRenderer({ syntaxHighlight: false });
  return (await (await renderer).render(markdown)).code;
}
