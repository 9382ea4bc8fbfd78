import { describe, expect, it } from 'vitest';
import { renderMarkdown } from '../../helpers/markdown.ts';

// Addresses a browser reads differently from how they are written (WHATWG URL): the page must
// end up with what the browser would do, so the feeds (which reuse this HTML) and the
// external-link rel agree with it.
describe('rehypeUrlPolicy, through the real Markdown pipeline', () => {
  it.each([
    ['a raw image at \\\\host/', '<img src="\\\\evil.example/p.gif" alt="x">'],
    ['a raw image at /\\host/', '<img src="/\\evil.example/p.gif" alt="x">'],
    ['a raw image with a tab after the slashes', '<img src="/&#9;/evil.example/p.gif" alt="x">'],
    ['a raw image with a newline inside', '<img src="/\n/evil.example/p.gif" alt="x">'],
    ['a raw image with an entity-encoded backslash', '<img src="&#92;&#92;evil.example/p.gif" alt="x">'],
  ])('%s loses its src: no request to another host', async (_what, html) => {
    const out = await renderMarkdown(`Text.\n\n${html}\n`);
    expect(out).not.toMatch(/evil\.example/);
    expect(out).toContain('<img');
  });

  it.each([
    ['raw /\\host/', '<a href="/\\evil.example/x">go</a>'],
    ['raw \\\\host/', '<a href="\\\\evil.example/x">go</a>'],
    ['raw with a tab in the scheme separator', '<a href="https:/&#9;/evil.example/x">go</a>'],
    ['raw with a newline after the slashes', '<a href="//\nevil.example/x">go</a>'],
  ])('a link %s is written as the URL a browser opens, with the external rel', async (_what, md) => {
    const out = await renderMarkdown(`${md}\n`);
    expect(out).toMatch(/<a href="https:\/\/evil\.example\/x" rel="noopener noreferrer">go<\/a>/);
  });

  it('keeps a Markdown [go](/\\host/) on this site: Markdown escapes the backslash, so no browser reads a host', async () => {
    const out = await renderMarkdown('[go](/\\evil.example/x)\n');
    const href = /href="([^"]*)"/.exec(out)![1]!;
    expect(new URL(href, 'https://site.example/a/').host).toBe('site.example');
  });

  it('leaves ordinary links and repository images as they were', async () => {
    const out = await renderMarkdown('[in](/articles/x/) [out](https://example.org/a?b=c#d) <a href="#top">top</a>\n');
    expect(out).toContain('<a href="/articles/x/">in</a>');
    expect(out).toContain('<a href="https://example.org/a?b=c#d" rel="noopener noreferrer">out</a>');
    expect(out).toContain('<a href="#top">top</a>');
  });
});
