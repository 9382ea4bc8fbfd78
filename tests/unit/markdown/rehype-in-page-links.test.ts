import { fromHtml } from 'hast-util-from-html';
import { toHtml } from 'hast-util-to-html';
import { describe, expect, it } from 'vitest';
import { rehypeInPageLinks, type InPageLinksOptions } from '../../../src/markdown/rehype-in-page-links.ts';
import { inPageLinkProblems } from '../../helpers/markdown.ts';

// The transform alone, on HTML as the sanitizer hands it on (every id prefixed, hrefs not).
// The whole pipeline runs it in tests/fixtures/markdown/in-page-anchors and footnotes.
function run(html: string, options?: InPageLinksOptions): string {
  const tree = fromHtml(html, { fragment: true });
  rehypeInPageLinks(options)(tree);
  return toHtml(tree);
}

describe('rehypeInPageLinks', () => {
  it('points a link at the prefixed id, so it lands where the writer meant', () => {
    const before = '<p><a href="#table">the table</a></p><p id="user-content-table">Table</p>';
    expect(inPageLinkProblems(before)).toEqual(['link #table points at no element on the page']);
    const after = run(before);
    expect(after).toBe('<p><a href="#user-content-table">the table</a></p><p id="user-content-table">Table</p>');
    expect(inPageLinkProblems(after)).toEqual([]);
  });

  it('leaves a link to an id the page has itself, such as a heading, and one to no id at all', () => {
    const html = '<a href="#method">m</a><a href="#nowhere">n</a><a href="#">top</a><h2 id="method">Method</h2><p id="user-content-method">x</p>';
    expect(run(html)).toBe(html);
  });

  it('matches a %-encoded fragment to its id and keeps the encoding the writer used', () => {
    expect(run('<a href="#caf%C3%A9">c</a><p id="user-content-café">x</p>')).toContain('<a href="#user-content-caf%C3%A9">');
    expect(run('<a href="#100%">c</a><p id="user-content-100%">x</p>')).toContain('<a href="#user-content-100%">');
  });

  it('uses the prefix it is given', () => {
    expect(run('<a href="#n">n</a><p id="note-n">x</p>', { prefix: 'note-' })).toContain('<a href="#note-n">');
    expect(run('<a href="#n">n</a><p id="user-content-n">x</p>', { prefix: 'note-' })).toContain('<a href="#n">');
  });
});
