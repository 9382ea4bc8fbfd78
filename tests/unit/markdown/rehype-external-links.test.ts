import { fromHtml } from 'hast-util-from-html';
import { toHtml } from 'hast-util-to-html';
import { describe, expect, it } from 'vitest';
import { rehypeExternalLinks, type ExternalLinksOptions } from '../../../src/markdown/rehype-external-links.ts';

// The transform alone, on HTML as the sanitizer hands it on. The whole pipeline runs it in
// tests/fixtures/markdown/external-links.
function run(html: string, options: ExternalLinksOptions = { siteUrl: 'https://atlascourier.example' }): string {
  const tree = fromHtml(html, { fragment: true });
  rehypeExternalLinks(options)(tree);
  return toHtml(tree);
}

describe('rehypeExternalLinks', () => {
  it('marks a link to another site noopener noreferrer, wherever it sits', () => {
    expect(run('<p>See <a href="https://www.example.org/a">this</a>.</p>')).toBe('<p>See <a href="https://www.example.org/a" rel="noopener noreferrer">this</a>.</p>');
    expect(run('<ul><li><blockquote><a href="http://example.org/">deep</a></blockquote></li></ul>')).toContain('<a href="http://example.org/" rel="noopener noreferrer">deep</a>');
    expect(run('<a href="//cdn.example/x">protocol-relative</a> <a href="HTTPS://EXAMPLE.ORG/">shouting</a>')).toBe(
      '<a href="//cdn.example/x" rel="noopener noreferrer">protocol-relative</a> <a href="HTTPS://EXAMPLE.ORG/" rel="noopener noreferrer">shouting</a>',
    );
  });

  it('leaves links that stay on the site, or open no page, as they were', () => {
    const html = '<a href="https://atlascourier.example/articles/x/">ours</a><a href="/articles/x/">relative</a><a href="#top">top</a><a href="mailto:desk@example.org">mail</a><a>no href</a>';
    expect(run(html)).toBe(html);
  });

  it('keeps a rel the link already has, without repeating a word', () => {
    expect(run('<a href="https://example.org/" rel="nofollow noopener">x</a>')).toBe('<a href="https://example.org/" rel="nofollow noopener noreferrer">x</a>');
  });

  it('treats another port of the site as another site, and every absolute link as external with no site URL', () => {
    expect(run('<a href="https://atlascourier.example:8443/">x</a>')).toContain('rel="noopener noreferrer"');
    expect(run('<a href="https://atlascourier.example/">x</a>', {})).toContain('rel="noopener noreferrer"');
  });

  it('does not judge an address no browser could open', () => {
    expect(run('<a href="https://[bad/">x</a>')).toBe('<a href="https://[bad/">x</a>');
  });
});
