/**
 * WordPress shortcodes in post bodies (`[caption]`, `[embed]`, `[gallery]`, Jetpack's
 * `[youtube]` and `[tweet]`…) expanded into plain HTML that the HTML → Markdown step
 * understands: figures with captions, bare embed links, one figure per gallery image. A
 * shortcode we cannot express is reported and its text kept, so nothing disappears silently.
 */
import { matchEmbed } from '../../markdown/embed-providers.ts';

/** An image attachment as the body converter needs it. */
export interface AttachmentInfo {
  id: string;
  url: string;
  alt: string;
  caption: string;
}

/** What the expansion needs from the import. */
export interface ShortcodeContext {
  /** The attachment with this post id. */
  attachment: (id: string) => AttachmentInfo | undefined;
  /** The images attached to the post being converted, for a `[gallery]` without `ids`. */
  attachedImages: () => AttachmentInfo[];
  /** Records something that could not be converted. */
  note: (message: string) => void;
}

/** Escapes text for an HTML attribute or text node. */
export function escapeHtml(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** Parses `a="1" b='2' c=3 positional "quoted"` into named attributes and positional values. */
export function parseAttributes(text: string): { named: Record<string, string>; positional: string[] } {
  const named: Record<string, string> = {};
  const positional: string[] = [];
  const re = /([\w-]+)\s*=\s*"([^"]*)"|([\w-]+)\s*=\s*'([^']*)'|([\w-]+)\s*=\s*([^\s'"]+)|"([^"]*)"|'([^']*)'|(\S+)/g;
  for (const m of text.matchAll(re)) {
    if (m[1] !== undefined) named[m[1].toLowerCase()] = m[2]!;
    else if (m[3] !== undefined) named[m[3].toLowerCase()] = m[4]!;
    else if (m[5] !== undefined) named[m[5].toLowerCase()] = m[6]!;
    else positional.push(m[7] ?? m[8] ?? m[9]!);
  }
  return { named, positional };
}

/** A bare link paragraph: what an embeddable URL becomes (src/markdown/rehype-embeds.ts). */
export function embedParagraph(url: string): string {
  return `\n\n<p><a href="${escapeHtml(url)}">${escapeHtml(url)}</a></p>\n\n`;
}

/** A figure for one image, with an optional caption (HTML). */
function figure(src: string, alt: string, captionHtml: string): string {
  const caption = captionHtml.trim() ? `<figcaption>${captionHtml.trim()}</figcaption>` : '';
  return `\n\n<figure><img src="${escapeHtml(src)}" alt="${escapeHtml(alt)}">${caption}</figure>\n\n`;
}

type Handler = (attrs: ReturnType<typeof parseAttributes>, content: string | undefined, ctx: ShortcodeContext, whole: string) => string;

/** An embed from a URL-carrying shortcode; a URL outside the allowlist stays a plain link. */
function embedFrom(url: string | undefined, ctx: ShortcodeContext, whole: string): string {
  const clean = url?.trim().replace(/^=/, '').replace(/&amp;/g, '&');
  if (!clean || !/^https?:\/\//.test(clean)) {
    ctx.note(`shortcode ${abbreviate(whole)} has no address; kept as text`);
    return escapeHtml(whole);
  }
  if (!matchEmbed(clean)) ctx.note(`${clean} is not from an embed provider the site allows (src/markdown/embed-providers.ts); kept as a link`);
  return embedParagraph(clean);
}

const HANDLERS: Record<string, Handler> = {
  caption: (attrs, content = '', ctx) => {
    // [caption]<a><img></a> The caption text[/caption]; older sites put the text in caption="".
    const img = /<img\b[^>]*>/i.exec(content)?.[0];
    if (!img) {
      ctx.note('[caption] without an image; its text is kept as a paragraph');
      return `\n\n<p>${content}</p>\n\n`;
    }
    const text = attrs.named['caption'] ?? content.replace(/<a\b[^>]*>\s*<img\b[^>]*>\s*<\/a>|<img\b[^>]*>/i, '');
    return `\n\n<figure>${img}<figcaption>${text.trim()}</figcaption></figure>\n\n`;
  },
  embed: (attrs, content, ctx, whole) => embedFrom(content ?? attrs.named['url'] ?? attrs.named['src'], ctx, whole),
  youtube: (attrs, content, ctx, whole) => embedFrom(attrs.positional[0] ?? content ?? attrs.named['url'], ctx, whole),
  vimeo: (attrs, content, ctx, whole) => {
    const id = attrs.positional[0] ?? content ?? attrs.named['id'];
    return embedFrom(id && /^\d+$/.test(id.trim()) ? `https://vimeo.com/${id.trim()}` : id, ctx, whole);
  },
  tweet: (attrs, content, ctx, whole) => {
    const v = attrs.positional[0] ?? attrs.named['tweet'] ?? content;
    return embedFrom(v && /^\d+$/.test(v.trim()) ? `https://x.com/i/status/${v.trim()}` : v, ctx, whole);
  },
  instagram: (attrs, content, ctx, whole) => embedFrom(attrs.named['url'] ?? attrs.positional[0] ?? content, ctx, whole),
  gallery: (attrs, _content, ctx) => {
    const ids = (attrs.named['ids'] ?? attrs.named['include'] ?? '').split(',').map((s) => s.trim()).filter(Boolean);
    const images = ids.length ? ids.map((id) => ctx.attachment(id) ?? id) : ctx.attachedImages();
    return images
      .map((a) => {
        if (typeof a === 'string') {
          ctx.note(`[gallery] image ${a} is not an attachment in the export; left out`);
          return '';
        }
        return figure(a.url, a.alt, escapeHtml(a.caption));
      })
      .join('');
  },
  video: (attrs, _content, ctx, whole) => mediaLink(attrs, ctx, whole, 'video'),
  audio: (attrs, _content, ctx, whole) => mediaLink(attrs, ctx, whole, 'audio'),
};
HANDLERS['wp_caption'] = HANDLERS['caption']!;

/** `[video src=…]`/`[audio mp3=…]`: the site has no player, so a link to the file, reported. */
function mediaLink(attrs: ReturnType<typeof parseAttributes>, ctx: ShortcodeContext, whole: string, kind: string): string {
  const src = attrs.named['src'] ?? Object.entries(attrs.named).find(([k]) => /^(mp4|m4v|webm|ogv|mp3|ogg|m4a|wav)$/.test(k))?.[1];
  if (src && matchEmbed(src)) return embedParagraph(src);
  ctx.note(`[${kind}] has no player on this site; ${src ? `replaced by a link to ${src}` : 'kept as text'}`);
  return src ? `\n\n<p><a href="${escapeHtml(src)}">${escapeHtml(src)}</a></p>\n\n` : escapeHtml(whole);
}

function abbreviate(s: string): string {
  return s.length > 60 ? `${s.slice(0, 57)}...` : s;
}

/** Names of shortcodes this module expands. */
export const KNOWN_SHORTCODES: ReadonlySet<string> = new Set(Object.keys(HANDLERS));

/**
 * Expands the known shortcodes in `html`. `[[name]]` is WordPress's escape and prints
 * `[name]`. Anything shaped like another shortcode (`[name attr=…]` or with a closing
 * `[/name]`) is reported and left as it is.
 */
export function expandShortcodes(html: string, ctx: ShortcodeContext): string {
  if (!html.includes('[')) return html;
  const re = /\[(\[?)([A-Za-z][\w-]*)((?:\s|=)[^\]]*?)?(\/)?\](?:([\s\S]*?)\[\/\2\])?(\]?)/g;
  return html.replace(re, (whole, open: string, name: string, rawAttrs: string | undefined, selfClosing: string | undefined, content: string | undefined, close: string) => {
    if (open && close) return whole.slice(1, -1);
    const key = name.toLowerCase();
    const handler = HANDLERS[key];
    if (!handler) {
      if (content !== undefined || /=/.test(rawAttrs ?? '')) ctx.note(`unknown shortcode [${name}] kept as text`);
      return whole;
    }
    const inner = selfClosing ? undefined : content;
    const attrs = parseAttributes((rawAttrs ?? '').replace(/^=/, ' '));
    return open + handler(attrs, inner, ctx, whole) + close;
  });
}
