import { markdownToHtml } from 'satteri';
import { describe, expect, it } from 'vitest';
import { smartypants, type SmartypantsOptions } from '../../../src/markdown/smartypants.ts';

// The plugin alone in Sätteri, with the smart punctuation src/markdown/pipeline.ts asks Sätteri
// for (quotes only). The whole pipeline runs it in tests/fixtures/markdown/smart-punctuation.
const features = { smartPunctuation: { quotes: true, dashes: false, ellipses: false }, rawHtml: true };
const render = async (markdown: string, options?: SmartypantsOptions) =>
  (await markdownToHtml(markdown, { features, mdastPlugins: [smartypants(options)] })).html.trim();

describe('smartypants', () => {
  it('makes two hyphens an em dash, as SmartyPants did, and leaves three as written', async () => {
    expect(await render('She said -- twice. Pages 10--12; a --- b.')).toBe('<p>She said — twice. Pages 10—12; a --- b.</p>');
  });

  it('makes three or more dots, spaced or not, an ellipsis', async () => {
    expect(await render('Wait... and . . . and ....')).toBe('<p>Wait… and … and …</p>');
  });

  it('writes an apostrophe before a decade, where Sätteri would open a quote', async () => {
    expect(await render("In the '90s and the '60s.")).toBe('<p>In the ’90s and the ’60s.</p>');
    expect(await render("He said 'rock' -- twice.")).toBe('<p>He said ‘rock’ — twice.</p>');
  });

  it('leaves code, attributes of raw HTML and an address shown as its own link text alone', async () => {
    expect(await render('Run `a -- b...` now.\n\n    x -- y...\n')).toBe('<p>Run <code>a -- b...</code> now.</p>\n<pre><code>x -- y...\n</code></pre>');
    expect(await render('<span title="a--b">x -- y</span>')).toBe('<p><span title="a--b">x — y</span></p>');
    expect(await render('See https://example.org/a--b or <https://example.org/c...>')).toBe(
      '<p>See <a href="https://example.org/a--b">https://example.org/a--b</a> or <a href="https://example.org/c...">https://example.org/c...</a></p>',
    );
    // The address shown without the scheme the link adds.
    expect(await render('At www.example.org/a--b or <news--desk@example.org>')).toBe(
      '<p>At <a href="http://www.example.org/a--b">www.example.org/a--b</a> or <a href="mailto:news--desk@example.org">news--desk@example.org</a></p>',
    );
  });

  it('still curls the words of a link that are not its address', async () => {
    expect(await render('[Read more...](https://example.org/more...)')).toBe('<p><a href="https://example.org/more...">Read more…</a></p>');
  });

  it('can be told to leave dashes or ellipses alone', async () => {
    expect(await render('a -- b... c', { dashes: false })).toBe('<p>a -- b… c</p>');
    expect(await render('a -- b... c', { ellipses: false })).toBe('<p>a — b... c</p>');
  });
});
