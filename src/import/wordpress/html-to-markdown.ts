/**
 * Post HTML (after shortcodes and blocks are expanded) → clean Markdown, with the unified
 * tools: hast-util-from-html, our hast clean-up, hast-util-sanitize with the site's own
 * allowlist, hast-util-to-mdast and mdast-util-to-markdown (GFM tables). Images are replaced
 * by local copies (or by links when the file is not there), provider iframes and embedded
 * tweets become bare embed links, and everything dropped is reported through `note`.
 */
import type { Element, ElementContent, Root, RootContent, Text } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { sanitize } from 'hast-util-sanitize';
import { toHtml } from 'hast-util-to-html';
import { toMdast, type Handle } from 'hast-util-to-mdast';
import type { Root as MdastRoot, Paragraph } from 'mdast';
import { gfmToMarkdown } from 'mdast-util-gfm';
import { toMarkdown } from 'mdast-util-to-markdown';
import { toString } from 'mdast-util-to-string';
import { matchEmbed } from '../../markdown/embed-providers.ts';
import { sanitizeSchema } from '../../markdown/sanitize-schema.ts';
import { autop } from './autop.ts';

/** What the converter needs from the import. */
export interface MarkdownContext {
  /** A local path (`./name.jpg`) for an image address, after copying the file; undefined when it is not available. */
  localImage: (src: string) => string | undefined;
  /** Records something that could not be converted as it was. */
  note: (message: string) => void;
}

/** Converted body: the Markdown and the text of its first paragraphs (for a summary). */
export interface ConvertedBody {
  markdown: string;
  /** Plain text of the leading paragraphs, for a summary. */
  leadText: string;
}

// Elements with no Markdown form that the site's allowlist still accepts: kept as raw HTML.
const KEEP_AS_HTML = new Set(['sup', 'sub', 'kbd', 'ins', 'mark', 'samp', 'var', 'ruby', 'details', 'q']);
// Elements the sanitizer removes with their content: reported, since a reader would miss them.
const DROPPED = new Set(['script', 'style', 'iframe', 'object', 'embed', 'form', 'input', 'button', 'select', 'textarea', 'svg', 'math', 'video', 'audio', 'canvas', 'noscript', 'template']);
const IMAGE_FILE = /\.(jpe?g|png|gif|webp|avif|tiff?)(\?.*)?$/i;

const el = (tagName: string, children: ElementContent[], properties: Element['properties'] = {}): Element => ({ type: 'element', tagName, properties, children });
const txt = (value: string): Text => ({ type: 'text', value });

/** A bare embed link paragraph for an allowlisted provider URL, or undefined. */
export function embedLink(src: string): Element | undefined {
  let url: URL;
  try {
    url = new URL(src.replace(/^\/\//, 'https://').replace(/^http:\/\//, 'https://'));
  } catch {
    return undefined;
  }
  const video = /^\/embed\/([A-Za-z0-9_-]{11})$/.exec(url.pathname);
  // A player address (youtube.com/embed/ID) reads better to writers as the watch page.
  const clean = url.hostname.endsWith('youtube.com') && url.pathname === '/watch' ? url.href : url.hostname.endsWith('youtube.com') && video ? `https://www.youtube.com/watch?v=${video[1]}` : `${url.origin}${url.pathname}`;
  if (!matchEmbed(clean)) return undefined;
  return el('p', [el('a', [txt(clean)], { href: clean })]);
}

/** Visible text of a hast node. */
function textOf(node: RootContent | Root): string {
  if (node.type === 'text') return node.value;
  if (node.type === 'element' || node.type === 'root') return node.children.map(textOf).join('');
  return '';
}

/** True for white space only (including no-break spaces WordPress leaves in empty paragraphs). */
const blank = (s: string) => /^[\s\u00a0]*$/.test(s);

/** Rewrites the tree in place: embeds, images, figures, line-break runs, headings. */
function clean(parent: Root | Element, ctx: MarkdownContext): void {
  const out: Array<RootContent> = [];
  for (const node of parent.children) {
    if (node.type !== 'element') {
      out.push(node);
      continue;
    }
    out.push(...cleanElement(node, ctx));
  }
  parent.children = out as never;
}

function cleanElement(node: Element, ctx: MarkdownContext): RootContent[] {
  const tag = node.tagName;
  const cls = ([] as unknown[]).concat(node.properties['className'] ?? []).map(String);
  if (tag === 'iframe') {
    const src = String(node.properties['src'] ?? '');
    const embed = embedLink(src);
    if (embed) return [embed];
    ctx.note(`an iframe${src ? ` from ${hostOf(src)}` : ''} was removed (the site embeds only allowlisted providers)${src ? '; a link to it is kept' : ''}`);
    return src && /^https?:/.test(src) ? [el('p', [el('a', [txt(src)], { href: src })])] : [];
  }
  if (tag === 'blockquote' && (cls.includes('twitter-tweet') || cls.includes('instagram-media'))) {
    // The copied embed code: the post's own address is its last status link, or the permalink attribute.
    const links: string[] = [];
    const collect = (n: RootContent) => {
      if (n.type === 'element') {
        if (n.tagName === 'a' && typeof n.properties['href'] === 'string') links.push(n.properties['href']);
        n.children.forEach(collect);
      }
    };
    collect(node);
    const permalink = String(node.properties['dataInstgrmPermalink'] ?? '');
    const embed = [permalink, ...links.reverse()].map((l) => (l ? embedLink(l) : undefined)).find(Boolean);
    if (embed) return [embed];
  }
  if (DROPPED.has(tag)) {
    ctx.note(`<${tag}> removed (not allowed in articles)`);
    return [];
  }
  if (tag === 'img') {
    const src = String(node.properties['src'] ?? '');
    const local = src ? ctx.localImage(src) : undefined;
    if (local) {
      node.properties = { src: local, alt: String(node.properties['alt'] ?? '').trim(), ...(node.properties['title'] ? { title: node.properties['title'] } : {}) };
      if (!node.properties['alt']) ctx.note(`image ${src} has no alt text; add one in the article`);
      return [node];
    }
    const alt = String(node.properties['alt'] ?? '').trim();
    ctx.note(`image ${src || '(no address)'} is not in the uploads folder; ${/^https?:/.test(src) ? 'replaced by a link to it' : 'left out'}`);
    return /^https?:/.test(src) ? [el('a', [txt(alt || 'Image')], { href: src })] : [];
  }
  clean(node, ctx);
  if (tag === 'a') {
    // A thumbnail linked to its full-size file: the old file will not outlive the old site.
    const only = node.children.filter((c) => !(c.type === 'text' && blank(c.value)));
    if (only.length === 1 && only[0]!.type === 'element' && only[0]!.tagName === 'img' && IMAGE_FILE.test(String(node.properties['href'] ?? ''))) return [only[0]!];
  }
  if (tag === 'figure') return figureParts(node);
  if (tag === 'h1') node.tagName = 'h2';
  if (tag === 'p') return splitParagraph(node);
  if (tag === 'td' || tag === 'th' || tag === 'li') collapseBreaks(node);
  return [node];
}

function hostOf(src: string): string {
  try {
    return new URL(src.replace(/^\/\//, 'https://')).hostname;
  } catch {
    return JSON.stringify(src);
  }
}

/** A figure as Markdown can say it: its images as paragraphs, then its caption in italics. */
function figureParts(figure: Element): RootContent[] {
  const parts: RootContent[] = [];
  let caption: Element | undefined;
  const visit = (n: RootContent) => {
    if (n.type !== 'element') return;
    if (n.tagName === 'figcaption') caption = n;
    else if (n.tagName === 'img') parts.push(el('p', [n]));
    // Paragraphs are already converted content: an inner figure's image and caption, an embed link.
    else if (n.tagName === 'p') parts.push(n);
    else n.children.forEach(visit);
  };
  figure.children.forEach(visit);
  if (parts.length === 0) return figure.children.filter((c) => c.type === 'element') as RootContent[];
  // Emphasis inside the caption would nest in the italics: its words are italic already.
  const flat = (nodes: ElementContent[]): ElementContent[] => nodes.flatMap((n) => (n.type === 'element' && (n.tagName === 'em' || n.tagName === 'i') ? flat(n.children) : [n]));
  if (caption && !blank(textOf(caption))) parts.push(el('p', [el('em', flat(caption.children as ElementContent[]))]));
  return parts;
}

/** Splits a paragraph at runs of two or more `<br>`, drops leading/trailing ones and empty paragraphs; a bare URL becomes a link. */
function splitParagraph(p: Element): Element[] {
  const groups: ElementContent[][] = [[]];
  const blocks = new Set<ElementContent[]>();
  let breaks = 0;
  for (const child of p.children) {
    // An embed or figure made from inline markup (an iframe in a classic paragraph) stands alone.
    if (child.type === 'element' && (child.tagName === 'p' || child.tagName === 'figure')) {
      const alone = [child];
      blocks.add(alone);
      groups.push(alone, []);
      breaks = 0;
      continue;
    }
    if (child.type === 'element' && child.tagName === 'br') {
      breaks++;
      continue;
    }
    if (child.type === 'text' && blank(child.value) && breaks > 0) continue;
    if (breaks === 1) groups.at(-1)!.push(el('br', []));
    else if (breaks > 1) groups.push([]);
    breaks = 0;
    groups.at(-1)!.push(child);
  }
  return groups
    .filter((g) => g.some((c) => (c.type === 'text' ? !blank(c.value) : c.type === 'element')))
    .map((children) => {
      if (blocks.has(children)) return children[0] as Element;
      const para = el('p', children, p.properties);
      const only = children.filter((c) => !(c.type === 'text' && blank(c.value)));
      // WordPress turns an address alone on a line into an embed; so does the site, for links.
      if (only.length === 1 && only[0]!.type === 'text' && /^https?:\/\/\S+$/.test(only[0]!.value.trim())) {
        const url = only[0]!.value.trim();
        return embedLink(url) ?? el('p', [el('a', [txt(url)], { href: url })]);
      }
      return para;
    });
}

/** Table cells and list items keep single line breaks only. */
function collapseBreaks(node: Element): void {
  node.children = node.children.filter((c, i, all) => !(c.type === 'element' && c.tagName === 'br' && (i === all.length - 1 || (all[i + 1]?.type === 'element' && (all[i + 1] as Element).tagName === 'br'))));
}

/** A link whose address the sanitizer removed (`javascript:`…) is just its text. */
function unwrapBareLinks(parent: Root | Element): void {
  const out: RootContent[] = [];
  for (const n of parent.children as RootContent[]) {
    if (n.type !== 'element') out.push(n);
    else {
      unwrapBareLinks(n);
      if (n.tagName === 'a' && n.properties['href'] === undefined) out.push(...n.children);
      else out.push(n);
    }
  }
  parent.children = out as never;
}

const keepHtml: Handle = (_state, node) => ({ type: 'html', value: toHtml(node) });

/** Converts body HTML to Markdown. */
export function htmlToMarkdown(html: string, ctx: MarkdownContext): ConvertedBody {
  const tree = fromHtml(html, { fragment: true });
  autop(tree);
  clean(tree, ctx);
  const safe = sanitize(tree, sanitizeSchema) as Root;
  unwrapBareLinks(safe);
  const mdast = toMdast(safe, { handlers: Object.fromEntries([...KEEP_AS_HTML].map((t) => [t, keepHtml])) }) as MdastRoot;
  const markdown = toMarkdown(mdast, {
    bullet: '-',
    emphasis: '_',
    strong: '*',
    fences: true,
    rule: '-',
    listItemIndent: 'one',
    extensions: [gfmToMarkdown()],
  }).trim();
  const lead = mdast.children
    .filter((n): n is Paragraph => n.type === 'paragraph' && !n.children.every((c) => c.type === 'image' || c.type === 'emphasis' || c.type === 'link'))
    .map((n) => n.children.map((c) => (c.type === 'break' ? ' ' : toString(c, { includeImageAlt: false }))).join('').trim())
    .filter(Boolean);
  // The first paragraph, and the next one too when the first is only a few words.
  const leadText = (lead[0] ?? '').length >= 40 ? lead[0]! : lead.slice(0, 2).join(' ');
  return { markdown: markdown ? `${markdown}\n` : '', leadText };
}

/** The text of an HTML fragment (titles, excerpts): entities decoded, tags dropped, white space collapsed. */
export function plainText(html: string): string {
  return textOf(fromHtml(html, { fragment: true })).replace(/[\s\u00a0]+/g, ' ').trim();
}

/** The text of a comment: its paragraphs (blank lines, `<p>`, `<br><br>`) kept as blank lines. */
export function paragraphsText(html: string): string {
  const tree = fromHtml(html.replace(/\r\n?/g, '\n'), { fragment: true });
  autop(tree);
  const blocks: string[] = [];
  const walk = (n: RootContent | Root) => {
    if (n.type === 'element' && (n.tagName === 'p' || n.tagName === 'li' || /^h[1-6]$/.test(n.tagName) || n.tagName === 'pre')) {
      const lines: string[] = [''];
      const inline = (c: RootContent) => {
        if (c.type === 'text') lines[lines.length - 1] += c.value;
        else if (c.type === 'element' && c.tagName === 'br') lines.push('');
        else if (c.type === 'element') c.children.forEach(inline);
      };
      n.children.forEach(inline);
      const text = lines.map((l) => l.replace(/[ \t\u00a0]+/g, ' ').trim()).join('\n').trim();
      if (text) blocks.push(...text.split(/\n{2,}/));
    } else if (n.type === 'element' || n.type === 'root') n.children.forEach(walk);
    else if (n.type === 'text' && n.value.trim()) blocks.push(n.value.trim());
  };
  walk(tree);
  return blocks.join('\n\n');
}
