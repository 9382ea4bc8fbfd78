import { describe, expect, it } from 'vitest';
import { expandShortcodes, parseAttributes, type ShortcodeContext } from '../../../../src/import/wordpress/shortcodes.ts';

function ctx() {
  const notes: string[] = [];
  const c: ShortcodeContext = {
    attachment: (id) => (id === '7' ? { id, url: 'https://old.example/wp-content/uploads/a.jpg', alt: 'A "quoted" alt', caption: 'Cap & more' } : undefined),
    attachedImages: () => [{ id: '8', url: 'https://old.example/wp-content/uploads/b.jpg', alt: 'B', caption: '' }],
    note: (m) => notes.push(m),
  };
  return { c, notes };
}
const squash = (s: string) => s.replace(/\n+/g, '');

describe('expandShortcodes', () => {
  it('[caption] becomes a figure with the image and the caption text (or caption="")', () => {
    const { c } = ctx();
    expect(squash(expandShortcodes('[caption id="attachment_5" width="300"]<a href="x.jpg"><img src="p.jpg" alt="P" /></a> The port[/caption]', c))).toBe('<figure><img src="p.jpg" alt="P" /><figcaption>The port</figcaption></figure>');
    expect(squash(expandShortcodes('[caption caption="Old style"]<img src="p.jpg">[/caption]', c))).toBe('<figure><img src="p.jpg"><figcaption>Old style</figcaption></figure>');
  });

  it('[embed], [youtube], [tweet] become bare embed links; an address outside the allowlist is a link, reported', () => {
    const { c, notes } = ctx();
    expect(squash(expandShortcodes('[embed]https://youtu.be/dQw4w9WgXcQ[/embed]', c))).toBe('<p><a href="https://youtu.be/dQw4w9WgXcQ">https://youtu.be/dQw4w9WgXcQ</a></p>');
    expect(squash(expandShortcodes('[youtube=https://www.youtube.com/watch?v=dQw4w9WgXcQ&amp;t=1]', c))).toContain('href="https://www.youtube.com/watch?v=dQw4w9WgXcQ&amp;t=1"');
    expect(squash(expandShortcodes('[tweet 1790000000000000000]', c))).toContain('https://x.com/i/status/1790000000000000000');
    expect(squash(expandShortcodes('[embed]https://videos.example/v/1[/embed]', c))).toContain('href="https://videos.example/v/1"');
    expect(notes).toEqual(['https://videos.example/v/1 is not from an embed provider the site allows (src/markdown/embed-providers.ts); kept as a link']);
  });

  it('[gallery] gives one figure per image, by ids or the post\'s attached images, with escaped alt text', () => {
    const { c, notes } = ctx();
    expect(squash(expandShortcodes('[gallery ids="7,99"]', c))).toBe('<figure><img src="https://old.example/wp-content/uploads/a.jpg" alt="A &quot;quoted&quot; alt"><figcaption>Cap &amp; more</figcaption></figure>');
    expect(notes).toEqual(['[gallery] image 99 is not an attachment in the export; left out']);
    expect(squash(expandShortcodes('[gallery]', c))).toBe('<figure><img src="https://old.example/wp-content/uploads/b.jpg" alt="B"></figure>');
  });

  it('keeps unknown shortcodes and plain brackets, reporting only what looks like a shortcode; [[x]] is the escape', () => {
    const { c, notes } = ctx();
    expect(expandShortcodes('See [1] and [sic]. [poll id="3"] [[caption]]', c)).toBe('See [1] and [sic]. [poll id="3"] [caption]');
    expect(notes).toEqual(['unknown shortcode [poll] kept as text']);
  });
});

describe('parseAttributes', () => {
  it('reads double-, single- and un-quoted attributes and positional values', () => {
    expect(parseAttributes(` id="a b" Width='300' align=left https://x.example/v "pos two"`)).toEqual({ named: { id: 'a b', width: '300', align: 'left' }, positional: ['https://x.example/v', 'pos two'] });
  });
});
