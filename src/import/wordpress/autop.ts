/**
 * WordPress's classic editor stores paragraphs as blank lines and line breaks as newlines
 * (PHP's `wpautop` adds the `<p>` and `<br>` when a page is shown). This does the same on a
 * parsed hast tree: runs of text and inline elements at the top level (and inside blockquotes
 * and divs) become paragraphs, split at blank lines, with single newlines as `<br>`.
 */
import type { Element, ElementContent, Root, RootContent } from 'hast';
import { phrasing } from 'hast-util-phrasing';

// Containers whose loose text WordPress also wraps in paragraphs.
const CONTAINERS = new Set(['blockquote', 'div', 'section', 'article', 'aside', 'main']);

/** Adds the paragraphs and line breaks `wpautop` would, in place. */
export function autop(tree: Root | Element): void {
  const out: Array<RootContent> = [];
  let run: ElementContent[] = [];
  const flush = () => {
    if (run.some((n) => n.type !== 'text' || n.value.trim() !== '')) out.push(paragraph(run));
    else out.push(...run);
    run = [];
  };
  for (const child of tree.children) {
    if (child.type === 'text') {
      const pieces = child.value.split(/\n[ \t]*\n\s*/);
      pieces.forEach((value, i) => {
        if (i > 0) flush();
        if (value) run.push({ type: 'text', value });
      });
    } else if (child.type === 'comment' || (child.type === 'element' && phrasing(child) && child.tagName !== 'link' && child.tagName !== 'meta')) {
      run.push(child as ElementContent);
    } else {
      flush();
      if (child.type === 'element' && CONTAINERS.has(child.tagName)) autop(child);
      out.push(child);
    }
  }
  flush();
  tree.children = out as never;
}

/** A `<p>` for a run of inline content: outer white space trimmed, inner newlines as `<br>`. */
function paragraph(run: ElementContent[]): Element {
  const children: ElementContent[] = [];
  run.forEach((node, i) => {
    if (node.type !== 'text') return void children.push(node);
    let value = node.value;
    if (i === 0) value = value.replace(/^\s+/, '');
    if (i === run.length - 1) value = value.replace(/\s+$/, '');
    value.split('\n').forEach((line, j) => {
      if (j > 0) children.push({ type: 'element', tagName: 'br', properties: {}, children: [] });
      if (line) children.push({ type: 'text', value: line });
    });
  });
  return { type: 'element', tagName: 'p', properties: {}, children };
}
