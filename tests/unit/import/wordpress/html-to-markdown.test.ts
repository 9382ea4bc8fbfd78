import { describe, expect, it } from 'vitest';
import { embedLink, htmlToMarkdown, paragraphsText, plainText } from '../../../../src/import/wordpress/html-to-markdown.ts';

function convert(html: string) {
  const notes: string[] = [];
  const result = htmlToMarkdown(html, {
    localImage: (src) => (src.includes('/uploads/') ? `./story-${src.split('/').pop()}` : undefined),
    note: (m) => notes.push(m),
  });
  return { ...result, notes };
}

describe('htmlToMarkdown', () => {
  it('writes nested inline markup as valid Markdown and splits paragraphs at runs of <br>', () => {
    const { markdown } = convert('<p><b><i>Both</i> bold</b> and <em><strong>x</strong></em><br><br><br>Next<br></p>');
    expect(markdown).toBe('**_Both_ bold** and _**x**_\n\nNext\n');
  });

  it('writes tables as GFM tables, with a pipe in a cell escaped', () => {
    expect(convert('<table><tr><th>A</th><th>B</th></tr><tr><td>1|2</td><td>3</td></tr></table>').markdown).toBe('| A    | B |\n| ---- | - |\n| 1\\|2 | 3 |\n');
  });

  it('makes provider iframes and copied tweet embeds into bare embed links; other iframes and scripts are reported', () => {
    const { markdown, notes } = convert(
      '<iframe src="https://www.youtube.com/embed/dQw4w9WgXcQ?feature=oembed"></iframe><blockquote class="twitter-tweet"><p>Hi</p>&mdash; A (@a) <a href="https://twitter.com/a/status/123?ref=x">May 1</a></blockquote><script src="https://platform.twitter.com/widgets.js"></script><iframe src="https://maps.example/e"></iframe>',
    );
    expect(markdown).toBe('<https://www.youtube.com/watch?v=dQw4w9WgXcQ>\n\n<https://twitter.com/a/status/123>\n\n<https://maps.example/e>\n');
    expect(notes).toEqual(['<script> removed (not allowed in articles)', 'an iframe from maps.example was removed (the site embeds only allowlisted providers); a link to it is kept']);
  });

  it('uses local copies of uploaded images, unwraps links to the full-size file, and reports images it cannot copy', () => {
    const { markdown, notes } = convert('<p><a href="https://old.example/wp-content/uploads/big.jpg"><img src="https://old.example/wp-content/uploads/big-300x200.jpg" alt="Big"></a> <img src="https://cdn.example/x.png" alt="Remote"></p>');
    expect(markdown).toBe('![Big](./story-big-300x200.jpg) [Remote](https://cdn.example/x.png)\n');
    expect(notes).toEqual(['image https://cdn.example/x.png is not in the uploads folder; replaced by a link to it']);
  });

  it('turns a figure into its image and an italic caption, without nesting italics', () => {
    expect(convert('<figure><img src="/wp-content/uploads/a.jpg" alt="A"><figcaption>On <em>Saturday</em></figcaption></figure>').markdown).toBe('![A](./story-a.jpg)\n\n_On Saturday_\n');
  });

  it('keeps safe inline HTML that Markdown lacks, and nothing unsafe', () => {
    const { markdown } = convert('<p>H<sub>2</sub>O <mark onclick="x()">hot</mark> <span style="color:red">red</span> <a href="javascript:alert(1)">bad</a></p>');
    expect(markdown).toBe('H<sub>2</sub>O <mark>hot</mark> red bad\n');
  });

  it('demotes h1 (the page has its own), drops empty paragraphs, and gives the lead text for a summary', () => {
    const { markdown, leadText } = convert('<h1>Head</h1><p>&nbsp;</p><p>First paragraph, long enough to be a summary on its own.<br>Same one.</p><p>Second.</p>');
    expect(markdown).toBe('## Head\n\nFirst paragraph, long enough to be a summary on its own.\\\nSame one.\n\nSecond.\n');
    expect(leadText).toBe('First paragraph, long enough to be a summary on its own. Same one.');
  });

  it('turns a URL alone in a paragraph into a link (an embed when the provider is allowed)', () => {
    expect(convert('https://vimeo.com/76979871\n\nhttps://example.org/page').markdown).toBe('<https://vimeo.com/76979871>\n\n<https://example.org/page>\n');
  });
});

describe('embedLink, plainText, paragraphsText', () => {
  it('upgrades http and recognises only allowlisted providers', () => {
    expect(embedLink('http://youtu.be/dQw4w9WgXcQ')).toBeDefined();
    expect(embedLink('https://example.org/video')).toBeUndefined();
  });
  it('decodes entities and keeps comment paragraphs', () => {
    expect(plainText('Port &#8211; <em>again</em> &amp; more')).toBe('Port – again & more');
    expect(paragraphsText('One <b>two</b>\n\nThree<br>four')).toBe('One two\n\nThree\nfour');
  });
});

describe('htmlToMarkdown on galleries', () => {
  it('keeps each image of a gallery block with its own caption, then the gallery\'s caption', () => {
    const html = '<figure class="wp-block-gallery"><figure><img src="/wp-content/uploads/a.jpg" alt="A"><figcaption>Cap A</figcaption></figure><figure><img src="/wp-content/uploads/b.jpg" alt="B"></figure><figcaption>All</figcaption></figure>';
    expect(convert(html).markdown).toBe('![A](./story-a.jpg)\n\n_Cap A_\n\n![B](./story-b.jpg)\n\n_All_\n');
  });
});
