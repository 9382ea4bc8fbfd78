// How long and how deeply nested a Markdown body is, measured in single linear passes without
// parsing, so a hostile body (100,000 nested quotes) is refused before a recursive parser sees it.
import { LIMITS } from './limits.ts';

/** Deepest nesting found in a body, and the 1-based line where it is first reached. */
export interface Depth {
  depth: number;
  line: number;
}

// One container marker at the start of what is left of a line: a blockquote `>` or a list
// marker (`-`, `*`, `+`, `1.`, `1)`) followed by a space, a tab or the end of the line.
const CONTAINER = /[ \t]{0,3}(?:>|(?:[-*+]|\d{1,9}[.)])(?=[ \t]|$))[ \t]?/my;

/**
 * The Markdown container depth of a body (blockquotes and list items: markers on one line, plus
 * the indentation in front of a list marker, about two columns a level), in one pass without
 * parsing: linear in the length of the body, so a 100,000-level body is measured in
 * milliseconds. Fenced code is skipped; indentation alone (a continued paragraph, indented
 * code) opens no level.
 */
export function markdownDepth(body: string): Depth {
  let max: Depth = { depth: 0, line: 1 };
  let fence: string | undefined;
  let line = 1;
  for (let start = 0; start <= body.length; line++) {
    let end = body.indexOf('\n', start);
    if (end === -1) end = body.length;
    let col = 0;
    let i = start;
    for (; i < end; i++) {
      const c = body.charCodeAt(i);
      if (c === 32) col++;
      else if (c === 9) col += 4;
      else break;
    }
    let markers = 0;
    let pos = i;
    for (;;) {
      CONTAINER.lastIndex = pos;
      if (pos >= end || !CONTAINER.test(body)) break;
      pos = CONTAINER.lastIndex;
      markers++;
    }
    const rest = body.slice(pos, Math.min(end, pos + 3));
    if (fence) {
      if (rest.startsWith(fence)) fence = undefined;
    } else {
      if (rest === '```' || rest === '~~~') fence = rest;
      const depth = markers ? markers + Math.floor(col / 2) : 0;
      if (depth > max.depth) max = { depth, line };
    }
    start = end + 1;
  }
  return max;
}

const WHITESPACE = /\s/;
const PUNCTUATION = /[\p{P}\p{S}]/u;

/**
 * How deep emphasis (`*`, `_`, `~~`) could nest in a body: within each paragraph, at each
 * closing delimiter run, how many opening delimiters are still open that this and later closers
 * could match (left- and right-flanking runs, as CommonMark defines them), in one pass. Unclosed openers (a `~` in a URL) do not count,
 * and neither do fenced code and code spans.
 */
export function emphasisDepth(body: string): Depth {
  let max: Depth = { depth: 0, line: 1 };
  // Each paragraph's runs as (line, opens, closes); measured when the paragraph ends.
  let runs: Array<{ line: number; open: number; close: number }> = [];
  const measure = () => {
    // At each closing run: the openers still open that this and the later closers can match.
    let closes = runs.reduce((n, r) => n + r.close, 0);
    let open = 0;
    for (const r of runs) {
      open += r.open;
      if (!r.close) continue;
      const depth = Math.min(open, closes);
      if (depth > max.depth) max = { depth, line: r.line };
      open = Math.max(0, open - r.close);
      closes -= r.close;
    }
    runs = [];
  };
  let fence: string | undefined;
  let line = 1;
  for (let start = 0; start <= body.length; line++) {
    let end = body.indexOf('\n', start);
    if (end === -1) end = body.length;
    const text = body.slice(start, end);
    start = end + 1;
    const head = /^(?:[ \t]*(?:>|[-*+](?=[ \t])|\d{1,9}[.)](?=[ \t]))[ \t]?)*[ \t]*/.exec(text)![0];
    const rest = text.slice(head.length);
    if (fence) {
      if (rest.startsWith(fence)) fence = undefined;
      continue;
    }
    if (rest.startsWith('```') || rest.startsWith('~~~')) {
      fence = rest.slice(0, 3);
      measure();
      continue;
    }
    if (rest.trim() === '') {
      measure();
      continue;
    }
    const plain = rest.replace(/(`+)[^`]*?\1/g, ' ');
    for (const m of plain.matchAll(/\*+|_+|~~+/g)) {
      const before = plain[m.index - 1] ?? ' ';
      const after = plain[m.index + m[0].length] ?? ' ';
      const left = !WHITESPACE.test(after) && (!PUNCTUATION.test(after) || WHITESPACE.test(before) || PUNCTUATION.test(before));
      const right = !WHITESPACE.test(before) && (!PUNCTUATION.test(before) || WHITESPACE.test(after) || PUNCTUATION.test(after));
      if (left && !right) runs.push({ line, open: m[0].length, close: 0 });
      else if (right && !left) runs.push({ line, open: 0, close: m[0].length });
    }
  }
  measure();
  return max;
}

const VOID_ELEMENTS = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr']);

/** The raw HTML element depth of a body (open tags not yet closed), in one linear pass. */
export function htmlDepth(body: string): Depth {
  let max = 0;
  let at = 0;
  let depth = 0;
  for (const m of body.matchAll(/<(\/?)([a-zA-Z][a-zA-Z0-9-]*)\b[^<>]*?(\/?)>/g)) {
    const tag = m[2]!.toLowerCase();
    if (VOID_ELEMENTS.has(tag) || m[3]) continue;
    if (m[1]) depth = Math.max(0, depth - 1);
    else if (++depth > max) (max = depth), (at = m.index);
  }
  // The line is counted once, at the end: counting it at every new maximum was quadratic.
  let line = 1;
  for (let i = body.indexOf('\n'); i !== -1 && i < at; i = body.indexOf('\n', i + 1)) line++;
  return { depth: max, line };
}

/** Why a body is too long or too deeply nested to render safely, with the line to look at. */
export function bodyProblem(body: string): { line: number; message: string } | undefined {
  if (body.length > LIMITS.body) return { line: 1, message: `the body is ${body.length} characters long; at most ${LIMITS.body} are allowed (split the story)` };
  const md = markdownDepth(body);
  if (md.depth > LIMITS.markdownDepth) {
    return { line: md.line, message: `quotes and lists are nested ${md.depth} levels deep here; at most ${LIMITS.markdownDepth} are allowed` };
  }
  const emphasis = emphasisDepth(body);
  if (emphasis.depth > LIMITS.markdownDepth) {
    return { line: emphasis.line, message: `emphasis (*, _, ~~) is nested ${emphasis.depth} levels deep here; at most ${LIMITS.markdownDepth} are allowed` };
  }
  const html = htmlDepth(body);
  if (html.depth > LIMITS.htmlDepth) {
    return { line: html.line, message: `HTML elements are nested ${html.depth} levels deep here; at most ${LIMITS.htmlDepth} are allowed` };
  }
  return undefined;
}
