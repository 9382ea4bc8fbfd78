import type { Element, ElementContent, Root } from 'hast';
import { matchEmbed, type Embed } from './embed-providers.ts';

/** Options for {@link rehypeEmbeds}. */
export interface EmbedsOptions {
  /** Recognises an embeddable URL. Default: the allowlist in src/markdown/embed-providers.ts. */
  match?: (href: string) => Embed | undefined;
}

/**
 * Turns a paragraph that holds nothing but a bare URL of an allowlisted provider (a YouTube or
 * Vimeo video, an X or Instagram post) into a click-to-load embed: a notice, a link to the
 * original, and a hidden "Load" button that src/components/EmbedLoader.astro reveals and wires
 * up. No request reaches the provider until the reader clicks. Runs after the sanitizer, so a
 * writer cannot forge the button's data attributes (the sanitizer drops them from raw HTML).
 */
export function rehypeEmbeds(options: EmbedsOptions = {}) {
  const match = options.match ?? matchEmbed;
  const transform = (parent: Root | Element) => {
    parent.children.forEach((node, index) => {
      if (node.type !== 'element') return;
      const embed = node.tagName === 'p' ? embedOf(node, match) : undefined;
      if (embed) parent.children[index] = embedFigure(embed);
      else transform(node);
    });
  };
  return (tree: Root) => transform(tree);
}

/** The embed a paragraph stands for, if it holds nothing but a bare allowlisted URL. */
function embedOf(paragraph: Element, match: (href: string) => Embed | undefined): Embed | undefined {
  const content = paragraph.children.filter((c) => !(c.type === 'text' && c.value.trim() === ''));
  const link = content[0];
  if (content.length !== 1 || link?.type !== 'element' || link.tagName !== 'a') return undefined;
  const href = link.properties['href'];
  // Only a bare URL (the link text is the address itself) becomes an embed: a link with
  // words stays a link, so writers choose embeds deliberately.
  if (typeof href !== 'string' || textOf(link).trim() !== href) return undefined;
  return match(href);
}

/** The embed's markup before the click. */
function embedFigure(embed: Embed): Element {
  const what = embed.kind === 'video' ? 'video' : 'post';
  const el = (tagName: string, properties: Element['properties'], children: ElementContent[]): Element => ({ type: 'element', tagName, properties, children });
  const text = (value: string) => ({ type: 'text' as const, value });
  return el('figure', { className: ['embed', `embed--${embed.kind}`, `embed--${embed.provider}`] }, [
    el('div', { className: ['embed__placeholder'] }, [
      el('p', { className: ['embed__notice'] }, [
        text(`This ${what} is hosted by ${embed.name}. Loading it here connects your browser to ${embed.name}, which may set cookies.`),
      ]),
      el(
        'button',
        {
          type: 'button',
          className: ['embed__load'],
          hidden: true,
          dataEmbedSrc: embed.frameSrc,
          dataEmbedTitle: `${embed.kind === 'video' ? 'Video' : 'Post'} from ${embed.name}`,
        },
        [text(`Load ${what} from ${embed.name}`)],
      ),
    ]),
    el('figcaption', { className: ['embed__caption'] }, [
      el('a', { href: embed.url }, [text(embed.kind === 'video' ? `Watch on ${embed.name}` : `View on ${embed.name}`)]),
    ]),
  ]);
}

function textOf(node: ElementContent): string {
  if (node.type === 'text') return node.value;
  if (node.type === 'element') return node.children.map(textOf).join('');
  return '';
}
