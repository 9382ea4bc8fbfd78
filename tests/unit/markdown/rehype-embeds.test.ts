import type { Element, Root } from 'hast';
import { toHtml } from 'hast-util-to-html';
import { describe, expect, it } from 'vitest';
import { rehypeEmbeds } from '../../../src/markdown/rehype-embeds.ts';

// The plugin alone, on hand-made trees. The Markdown fixtures (tests/fixtures/markdown) run it
// inside the whole pipeline once, in tests/unit/markdown/pipeline.test.ts.
const VIDEO = 'https://www.youtube.com/watch?v=dQw4w9WgXcQ';

const text = (value: string) => ({ type: 'text' as const, value });
const el = (tagName: string, properties: Element['properties'], children: Element['children'] = []): Element => ({ type: 'element', tagName, properties, children });
const link = (href: string, words = href) => el('a', { href }, [text(words)]);
const run = (...children: Root['children']): Root => {
  const tree: Root = { type: 'root', children };
  rehypeEmbeds()(tree);
  return tree;
};

describe('rehypeEmbeds', () => {
  it('turns a paragraph holding only a bare YouTube URL into a click-to-load figure with no frame', () => {
    const [figure] = run(el('p', {}, [text('\n'), link(VIDEO), text('  ')])).children as Element[];
    expect(figure!.tagName).toBe('figure');
    expect(figure!.properties['className']).toEqual(['embed', 'embed--video', 'embed--youtube']);
    const html = toHtml(figure!);
    expect(html).not.toContain('<iframe');
    const button = (figure!.children[0] as Element).children[1] as Element;
    expect(button.properties).toMatchObject({ type: 'button', hidden: true, dataEmbedSrc: 'https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ', dataEmbedTitle: 'Video from YouTube' });
    expect(toHtml(button)).toContain('>Load video from YouTube</button>');
    expect(html).toContain('This video is hosted by YouTube. Loading it here connects your browser to YouTube, which may set cookies.');
    expect(html).toContain(`<figcaption class="embed__caption"><a href="${VIDEO.replace('&', '&#x26;')}">Watch on YouTube</a></figcaption>`);
  });

  it('words a post as a post', () => {
    const [figure] = run(el('p', {}, [link('https://x.com/someone/status/1234567890')])).children as Element[];
    const html = toHtml(figure!);
    expect(html).toContain('This post is hosted by X.');
    expect(html).toContain('Load post from X');
    expect(html).toContain('data-embed-title="Post from X"');
    expect(html).toContain('>View on X</a>');
  });

  it('finds the paragraph inside other elements', () => {
    const tree = run(el('blockquote', {}, [el('p', {}, [link(VIDEO)])]));
    expect(((tree.children[0] as Element).children[0] as Element).tagName).toBe('figure');
  });

  it.each([
    ['a link with words', el('p', {}, [link(VIDEO, 'this video')])],
    ['a URL inside a sentence', el('p', {}, [text('Watch '), link(VIDEO)])],
    ['two URLs', el('p', {}, [link(VIDEO), link(VIDEO)])],
    ['a URL not on the allowlist', el('p', {}, [link('https://www.youtube.com.evil.example/watch?v=dQw4w9WgXcQ')])],
    ['a bare URL outside a paragraph', el('li', {}, [link(VIDEO)])],
    ['a paragraph holding something else', el('p', {}, [el('em', {}, [text(VIDEO)])])],
    ['a link without an address', el('p', {}, [el('a', {}, [text(VIDEO)])])],
  ])('leaves %s alone', (_what, node) => {
    const before = structuredClone(node);
    expect(run(node).children).toEqual([before]);
  });

  it('asks `match` whether a URL is embeddable', () => {
    const seen: string[] = [];
    const tree: Root = { type: 'root', children: [el('p', {}, [link('https://video.example/1')])] };
    rehypeEmbeds({ match: (href) => (seen.push(href), { provider: 'vimeo', name: 'Example', kind: 'video', url: href, frameSrc: 'https://player.example/1' }) })(tree);
    expect(seen).toEqual(['https://video.example/1']);
    expect(toHtml(tree)).toContain('data-embed-src="https://player.example/1"');
  });
});
