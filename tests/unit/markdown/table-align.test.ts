import { markdownToHtml } from 'satteri';
import { describe, expect, it } from 'vitest';
import { tableAlign } from '../../../src/markdown/table-align.ts';

// The plugin alone in Sätteri, before any sanitizer: what it hands on is what the sanitizer
// (which drops every style attribute) would then keep. The whole pipeline runs it in
// tests/fixtures/markdown/table-align.
const render = async (markdown: string) => (await markdownToHtml(markdown, { features: { rawHtml: true }, hastPlugins: [tableAlign()] })).html;

describe('tableAlign', () => {
  it('writes a GFM column alignment as an align attribute on every cell of the column', async () => {
    const html = await render('| Left | Centre | Right | None |\n| :--- | :---: | ---: | --- |\n| a | b | c | d |\n');
    expect(html).not.toContain('style=');
    expect([...html.matchAll(/<t[hd]( align="\w+")?>(\w+)</g)].map((m) => `${m[2]}${m[1] ?? ''}`)).toEqual([
      'Left align="left"', 'Centre align="center"', 'Right align="right"', 'None',
      'a align="left"', 'b align="center"', 'c align="right"', 'd',
    ]);
  });

  it('does the same for a raw HTML cell, with or without a closing semicolon', async () => {
    const html = await render('<table><tr><th style="text-align:center;">h</th><td style=" text-align: right ">d</td></tr></table>\n');
    expect(html).toContain('<th align="center">h</th><td align="right">d</td>');
  });

  it('leaves any other style, and styles outside table cells, for the sanitizer to judge', async () => {
    const html = await render('<table><tr><td style="color: red">a</td><td style="text-align: justify">b</td></tr></table>\n\n<p style="text-align: right">p</p>\n');
    expect(html).toContain('<td style="color: red">a</td><td style="text-align: justify">b</td>');
    expect(html).toContain('<p style="text-align: right">p</p>');
    expect(html).not.toContain('align=');
  });
});
