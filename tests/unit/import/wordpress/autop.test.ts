import { fromHtml } from 'hast-util-from-html';
import { toHtml } from 'hast-util-to-html';
import { describe, expect, it } from 'vitest';
import { autop } from '../../../../src/import/wordpress/autop.ts';

const run = (html: string) => {
  const tree = fromHtml(html, { fragment: true });
  autop(tree);
  return toHtml(tree);
};

describe('autop', () => {
  it('makes paragraphs at blank lines and line breaks at single newlines, like wpautop', () => {
    expect(run('One <b>bold</b>\nline two\n\nThree')).toBe('<p>One <b>bold</b><br>line two</p><p>Three</p>');
  });
  it('leaves block elements alone and wraps loose text inside blockquotes', () => {
    expect(run('Intro\n<table><tr><td>a</td></tr></table>\nAfter\n\n<blockquote>Quoted\n\ntwice</blockquote>')).toBe('<p>Intro</p><table><tbody><tr><td>a</td></tr></tbody></table><p>After</p><blockquote><p>Quoted</p><p>twice</p></blockquote>');
  });
  it('keeps existing paragraphs as they are (white space between blocks carries nothing)', () => {
    expect(run('<p>Already</p>\n\n<h2>Head</h2>\n')).toBe('<p>Already</p><h2>Head</h2>\n');
  });
});
