import { describe, expect, it } from 'vitest';
import { bodyHtml, hasBlocks } from '../../../../src/import/wordpress/blocks.ts';
import type { ShortcodeContext } from '../../../../src/import/wordpress/shortcodes.ts';

function ctx() {
  const notes: string[] = [];
  const c: ShortcodeContext = {
    attachment: (id) => (id === '21' ? { id, url: 'https://old.example/wp-content/uploads/v.png', alt: 'Voters queue', caption: '' } : undefined),
    attachedImages: () => [],
    note: (m) => notes.push(m),
  };
  return { c, notes };
}

describe('bodyHtml', () => {
  it('tells block bodies from classic ones', () => {
    expect(hasBlocks('<!-- wp:paragraph --><p>x</p><!-- /wp:paragraph -->')).toBe(true);
    expect(hasBlocks('Classic text\n\nwith <!-- a comment -->')).toBe(false);
  });

  it('keeps the HTML of ordinary blocks, with inner blocks in their places', () => {
    const { c } = ctx();
    const html = bodyHtml('<!-- wp:quote --><blockquote><!-- wp:paragraph --><p>Q</p><!-- /wp:paragraph --></blockquote><!-- /wp:quote -->', c);
    expect(html).toBe('<blockquote><p>Q</p></blockquote>');
  });

  it('turns embed blocks into bare links and keeps their caption', () => {
    const { c } = ctx();
    const html = bodyHtml('<!-- wp:embed {"url":"https://www.youtube.com/watch?v=dQw4w9WgXcQ","providerNameSlug":"youtube"} --><figure class="wp-block-embed"><div>\nhttps://www.youtube.com/watch?v=dQw4w9WgXcQ\n</div><figcaption>The clip</figcaption></figure><!-- /wp:embed -->', c);
    expect(html.replace(/\n+/g, '')).toBe('<p><a href="https://www.youtube.com/watch?v=dQw4w9WgXcQ">https://www.youtube.com/watch?v=dQw4w9WgXcQ</a></p><p><em>The clip</em></p>');
  });

  it('gives an image block without alt text the media library\'s alt', () => {
    const { c } = ctx();
    expect(bodyHtml('<!-- wp:image {"id":21} --><figure><img src="v.png" alt=""/></figure><!-- /wp:image -->', c)).toBe('<figure><img src="v.png" alt="Voters queue"/></figure>');
    expect(bodyHtml('<!-- wp:image {"id":21} --><figure><img src="v.png" alt="Own alt"/></figure><!-- /wp:image -->', c)).toContain('alt="Own alt"');
  });

  it('reports server-rendered blocks and drops layout-only ones; shortcodes inside classic blocks expand', () => {
    const { c, notes } = ctx();
    const html = bodyHtml('<!-- wp:latest-posts {"postsToShow":3} /--><!-- wp:more --><!--more--><!-- /wp:more --><!-- wp:shortcode -->[embed]https://vimeo.com/76979871[/embed]<!-- /wp:shortcode -->', c);
    expect(html).toContain('<a href="https://vimeo.com/76979871">');
    expect(html).not.toContain('more');
    expect(notes).toEqual(['block core/latest-posts is built by WordPress on each request and has no content to import; left out']);
  });
});

describe('bodyHtml with shortcodes in blocks', () => {
  it('expands a shortcode typed into a paragraph block, as WordPress does', () => {
    const { c } = ctx();
    expect(bodyHtml('<!-- wp:paragraph --><p>[embed]https://youtu.be/dQw4w9WgXcQ[/embed]</p><!-- /wp:paragraph -->', c)).toContain('<a href="https://youtu.be/dQw4w9WgXcQ">');
  });
});
