/**
 * Gutenberg block markup (`<!-- wp:image {"id":12} -->…<!-- /wp:image -->`) turned into plain
 * HTML for the HTML → Markdown step, with @wordpress/block-serialization-default-parser.
 * Most blocks already carry their HTML; embeds become bare links (which the site turns into
 * click-to-load embeds), images get the attachment's alt text when the markup has none, and
 * blocks with no static HTML (latest posts, widgets…) are reported and left out.
 */
import { parse } from '@wordpress/block-serialization-default-parser';
import { embedParagraph, escapeHtml, expandShortcodes, type ShortcodeContext } from './shortcodes.ts';

/** True when a body was written in the block editor. */
export function hasBlocks(html: string): boolean {
  return html.includes('<!-- wp:');
}

/** A parsed block (the package does not export its type). */
type ParsedBlock = ReturnType<typeof parse>[number];

// Blocks that WordPress renders on the server from attributes alone: nothing to carry over.
const DYNAMIC = /^core\/(latest-posts|latest-comments|archives|calendar|categories|tag-cloud|search|rss|page-list|query|navigation|site-|post-|comments|loginout|social-links|shortcode-placeholder)/;

/** Renders parsed blocks back to HTML, expanding what the site cannot take as it is. */
export function blocksToHtml(blocks: readonly ParsedBlock[], ctx: ShortcodeContext): string {
  return blocks.map((b) => blockToHtml(b, ctx)).join('');
}

/** The HTML of one block and its inner blocks. */
function blockToHtml(block: ParsedBlock, ctx: ShortcodeContext): string {
  const name = block.blockName ?? '';
  const attrs = (block.attrs ?? {}) as Record<string, unknown>;
  // Freeform (classic) content between blocks, and core/html, may hold shortcodes.
  if (!block.blockName) return expandShortcodes(block.innerHTML, ctx);
  if (name === 'core/shortcode' || name === 'core/html' || name === 'core/freeform') return `\n\n${expandShortcodes(block.innerHTML, ctx)}\n\n`;
  if (name === 'core/embed' || name.startsWith('core-embed/')) {
    const url = typeof attrs['url'] === 'string' ? attrs['url'] : /https?:\/\/[^\s<"]+/.exec(block.innerHTML)?.[0];
    if (!url) {
      ctx.note(`block ${name} has no address; left out`);
      return '';
    }
    const caption = /<figcaption[^>]*>([\s\S]*?)<\/figcaption>/i.exec(block.innerHTML)?.[1];
    return embedParagraph(url) + (caption?.trim() ? `<p><em>${caption.trim()}</em></p>\n\n` : '');
  }
  if (name === 'core/image') {
    const html = innerHtml(block, ctx);
    const id = attrs['id'] === undefined ? undefined : String(attrs['id']);
    const attachment = id ? ctx.attachment(id) : undefined;
    // The block's own alt wins; an empty one falls back to the media library's alt text.
    if (attachment?.alt) return html.replace(/<img\b([^>]*?)\salt=""/i, `<img$1 alt="${escapeHtml(attachment.alt)}"`).replace(/<img\b(?![^>]*\balt=)/i, `<img alt="${escapeHtml(attachment.alt)}"`);
    return html;
  }
  if (name === 'core/more' || name === 'core/nextpage' || name === 'core/spacer') return '';
  if (DYNAMIC.test(name)) {
    ctx.note(`block ${name} is built by WordPress on each request and has no content to import; left out`);
    return '';
  }
  const html = innerHtml(block, ctx);
  if (!html.trim() && !name.startsWith('core/')) ctx.note(`block ${name} has no HTML of its own; left out`);
  return html;
}

/** A block's HTML with its inner blocks rendered in their places. */
function innerHtml(block: ParsedBlock, ctx: ShortcodeContext): string {
  let i = 0;
  // Shortcodes typed into a paragraph block run on WordPress too.
  return block.innerContent.map((part: string | null) => (part === null ? blockToHtml(block.innerBlocks[i++]!, ctx) : expandShortcodes(part, ctx))).join('');
}

/** Body HTML of a post, whether written in the block editor or the classic one. */
export function bodyHtml(content: string, ctx: ShortcodeContext): string {
  return hasBlocks(content) ? blocksToHtml(parse(content), ctx) : expandShortcodes(content, ctx);
}
