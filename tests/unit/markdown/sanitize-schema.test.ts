import { markdownToHtml } from 'satteri';
import { describe, expect, it } from 'vitest';
import { sanitizeHtml } from '../../../src/markdown/sanitize.ts';
import { sanitizeSchema } from '../../../src/markdown/sanitize-schema.ts';

// The allowlist for a writer's raw HTML, as its doc comments state it: GitHub's, plus figures
// and highlights; scripts, styles, frames, embeds and other text-hiding elements dropped with
// their contents; images from the repository only; ids prefixed.
const render = async (markdown: string) => (await markdownToHtml(markdown, { features: { rawHtml: true }, hastPlugins: [sanitizeHtml({ schema: sanitizeSchema })] })).html.trim();

describe('sanitizeSchema', () => {
  it.each(['script', 'style', 'template', 'iframe', 'object', 'noscript', 'noembed', 'noframes', 'textarea', 'title', 'xmp', 'svg', 'math'])('drops <%s> with everything in it', async (tag) => {
    const html = await render(`<div>before<${tag}>HIDDEN <b>x</b></${tag}>after</div>\n`);
    expect(html).not.toMatch(/HIDDEN/);
    expect(html).not.toContain(`<${tag}`);
    expect(html).toMatch(/before/);
  });

  it('keeps figures, captions and highlights', async () => {
    expect(await render('<figure><img src="a.png" alt="A"><figcaption>The <mark>key</mark> part</figcaption></figure>\n')).toBe('<figure><img src="a.png" alt="A"><figcaption>The <mark>key</mark> part</figcaption></figure>');
  });

  it('keeps only images from the repository: no scheme, no //host, and no long description elsewhere', async () => {
    const srcs = ['./a.png', 'b/c.png', '../d.png', 'https://t.example/p.gif', 'HTTP://t.example/p.gif', '//t.example/p.gif', 'data:image/png;base64,AAAA', 'javascript:alert(1)'];
    const html = await render(`${srcs.map((s) => `<img src="${s}" alt="x" longdesc="https://t.example/d">`).join(' ')}\n`);
    expect([...html.matchAll(/src="([^"]*)"/g)].map((m) => m[1])).toEqual(['./a.png', 'b/c.png', '../d.png']);
    expect(html).not.toMatch(/longdesc/i);
    expect(html.match(/<img/g)).toHaveLength(srcs.length);
  });

  it('keeps GitHub\'s other image attributes', async () => {
    expect(await render('<img src="a.png" alt="A" width="10" height="5" title="T">\n')).toBe('<img src="a.png" alt="A" width="10" height="5" title="T">');
  });

  it('keeps an image\'s accessible name and description (ARIA is allowed on images only by their own list)', async () => {
    const html = await render('<p id="note">What the chart shows.</p>\n\n<img src="chart.png" alt="" aria-label="Harbour traffic, 2020 to 2025" aria-describedby="note">\n');
    expect(html).toContain('aria-label="Harbour traffic, 2020 to 2025"');
    // The reference keeps pointing at the (prefixed) id of the writer's paragraph.
    expect(html).toContain('id="user-content-note"');
    expect(html).toContain('aria-describedby="user-content-note"');
  });

  it('lets a <source> (of <picture>) carry no address at all', async () => {
    const html = await render('<picture><source srcset="https://t.example/p.webp" media="(min-width: 1px)"><img src="p.png" alt="P"></picture>\n');
    expect(html).not.toMatch(/t\.example/);
    expect(html).toMatch(/<img src="p.png" alt="P">/);
  });

  it('prefixes a writer\'s ids, so they cannot clobber the page\'s own', async () => {
    expect(await render('<p id="main">x</p>\n')).toBe('<p id="user-content-main">x</p>');
  });
});
