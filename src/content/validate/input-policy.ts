// The input policy: what untrusted content may contain, in one place, so `npm run check`, the
// CMS (through the JSON Schemas) and the build refuse the same things. In: strings, Markdown
// bodies, URLs and file facts from the content folder. Out: a reason (a sentence naming what
// was found and what is allowed) or undefined. Called by src/schemas (characters, lengths),
// src/content/validate/validate.ts (depth, URLs, images), src/content/source.ts (file types)
// and the Markdown pipeline (URLs as a browser reads them). The README's "Limits" lists these.
import type { Element } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { visit } from 'unist-util-visit';

/** Every limit of the policy; the README's "Limits" table mirrors it. */
export const LIMITS = {
  /** Headline, in characters. */
  title: 200,
  /** Summary, in characters. */
  summary: 600,
  /** One tag, in characters. */
  tag: 60,
  /** Tags per article. */
  tags: 30,
  /** Ids: article slugs (file names), category and author ids, comment ids. */
  id: 64,
  /** A brief's text, in characters. */
  brief: 500,
  /** A category or author name, a link label. */
  name: 100,
  /** A description, bio, caption, credit, alt text or correction. */
  note: 1000,
  /** An article body, in characters. */
  body: 300_000,
  /** Any content text file (Markdown, YAML), in bytes. */
  fileBytes: 1_000_000,
  /** A URL in front matter or YAML, in characters. */
  url: 2000,
  /** Blockquotes and list items nested in a body; emphasis nested in a paragraph. */
  markdownDepth: 32,
  /** Raw HTML elements nested in a body. */
  htmlDepth: 64,
  /** Replies to replies in one comment thread. */
  replyDepth: 12,
  /** YAML aliases (`*name`) in one file. */
  yamlAliases: 50,
  /** Pixels of an image (width × height × frames). */
  imagePixels: 40_000_000,
  /** Bytes of a name that becomes a file name in the output (slug, id, tag, image name). */
  fileNameBytes: 200,
} as const;

/**
 * Characters XML 1.0 cannot carry (C0 controls but tab, LF and CR; lone surrogates; U+FFFE and
 * U+FFFF), C1 controls and DEL (invisible, and they corrupt feeds), and the bidi embeddings and
 * overrides (U+202A–U+202E) that make text read differently than it is stored. Bidi marks and
 * isolates stay allowed in text: mixed Arabic and English needs them.
 */
export const FORBIDDEN_TEXT_CHARS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u202A-\u202E\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/u;

/** Bidi controls of every kind (marks, embeddings, overrides, isolates): never in a slug, id or file name. */
export const BIDI_CONTROLS = /[\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/u;

/** `U+FFFE`-style name of the first character of `s` matching `pattern`, or undefined. */
export function firstCharIn(s: string, pattern: RegExp = FORBIDDEN_TEXT_CHARS): string | undefined {
  const m = new RegExp(pattern.source, pattern.flags.replace('g', '')).exec(s);
  if (!m) return undefined;
  return `U+${m[0].codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;
}

/** Why `s` may not be used as text, or undefined. */
export function textCharProblem(s: string): string | undefined {
  const ch = firstCharIn(s);
  return ch ? `contains the invisible control character ${ch}; retype the text without it` : undefined;
}

/** Why `name` cannot become an output file or folder name, or undefined. */
export function fileNameProblem(name: string): string | undefined {
  const bytes = Buffer.byteLength(name, 'utf8');
  if (bytes > LIMITS.fileNameBytes) return `is ${bytes} bytes long as a file name; at most ${LIMITS.fileNameBytes} are allowed`;
  if (/[#?%\\]/.test(name)) return `contains "${/[#?%\\]/.exec(name)![0]}", which a URL would read as a fragment, query, escape or folder; rename it with letters, digits, "-" and "_"`;
  const bidi = firstCharIn(name, BIDI_CONTROLS);
  if (bidi) return `contains the bidi control ${bidi}, which makes a name read differently than it is stored`;
  const ch = firstCharIn(name);
  if (ch) return `contains the invisible control character ${ch}`;
  return undefined;
}

/** A URL as a browser reads it (WHATWG URL: tabs and newlines removed, `\` read as `/`), against `base`. */
export function browserUrl(value: string, base: string): URL | undefined {
  try {
    return new URL(value, base);
  } catch {
    return undefined;
  }
}

/** Where relative URLs of content resolve in checks: a host no real URL can name. */
export const CONTENT_ORIGIN = 'https://content.invalid';

/** Whether a browser would load `value` from another host than the page's (for images: a remote load). */
export function leavesSite(value: string): boolean {
  const url = browserUrl(value, `${CONTENT_ORIGIN}/page/`);
  return !url || url.origin !== CONTENT_ORIGIN;
}

/** Why an image address is not a repository file, when a browser would fetch it from another host. */
export function remoteImageProblem(src: string): string | undefined {
  if (!leavesSite(src)) return undefined;
  const url = browserUrl(src, `${CONTENT_ORIGIN}/page/`);
  // Say how a browser reads it when that is not plain to see (`\\host/`, `/\host/`, a tab inside).
  const read = url && !/^(?:[a-z][a-z0-9+.-]*:|\/\/)/i.test(src) ? ` (a browser reads it as ${url.href})` : '';
  return `${JSON.stringify(src)} is a URL${read}; images must be files in the repository, given relative to this file (e.g. ./photo.jpg)`;
}

/** The `src` of every `<img>` in a piece of raw HTML, decoded as a browser decodes it (entities included). */
export function rawImageSources(html: string): string[] {
  if (!/<img/i.test(html)) return [];
  const sources: string[] = [];
  visit(fromHtml(html, { fragment: true }), 'element', (node: Element) => {
    const src = node.properties['src'];
    if (node.tagName === 'img' && typeof src === 'string') sources.push(src);
  });
  return sources;
}

/** Schemes a profile link may use, and why others fail. */
export function profileUrlProblem(value: string): string | undefined {
  if (value.length > LIMITS.url) return `is ${value.length} characters long; at most ${LIMITS.url} are allowed`;
  // Checked before parsing: WHATWG URL would quietly drop tabs and newlines inside.
  if (/[\s\u0000-\u001F\u007F]/.test(value)) return `contains white space or a control character; expected an https:// or mailto: address`;
  // Browsers read `\` as `/`, other URL parsers (mail and feed readers) do not: `https://a.example\@b.example/` has two hosts.
  if (value.includes('\\')) return `contains "\\", which browsers read as "/" and other programs as part of the host; expected an https:// or mailto: address`;
  const url = browserUrl(value, 'invalid:');
  if (!url) return `is not a URL a browser can open; expected an https:// or mailto: address`;
  if (url.protocol === 'mailto:') return /^[^@\s]+@[^@\s]+$/.test(decodeURIComponent(url.pathname)) ? undefined : `expected mailto:name@host`;
  if (url.protocol !== 'https:') return `uses the scheme "${url.protocol}"; expected an https:// or mailto: address`;
  if (!url.hostname.includes('.') && !url.hostname.startsWith('[')) return `has the host "${url.hostname}", which is not a domain name; expected https://host.example/…`;
  return undefined;
}

/** Whether `value` is an absolute https URL with a real host, read as a browser reads it. */
export function isWebUrl(value: string): boolean {
  // Tabs, newlines and backslashes a browser would silently drop or turn into "/": never meant.
  if (/[\u0000-\u001F\u007F\\]/.test(value) || !/^https:\/\//i.test(value)) return false;
  const url = browserUrl(value, 'invalid:');
  return !!url && url.protocol === 'https:' && url.hostname.includes('.');
}

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

/** What an image file's bytes say it is (from sharp's header read), for {@link imageFileProblem}. */
export interface ImageFacts {
  /** Bytes on disk. */
  size: number;
  /** sharp's format name (`jpeg`, `png`, `webp`, `gif`, `heif`, `svg`, …), or undefined when sharp knows none. */
  format?: string | undefined;
  width?: number | undefined;
  height?: number | undefined;
  /** Frames of an animation (default 1). */
  pages?: number | undefined;
  /** Why sharp could not read the header, when it could not. */
  error?: string | undefined;
}

/** The formats each image extension may hold. */
const FORMATS: Record<string, readonly string[]> = {
  '.jpg': ['jpeg'],
  '.jpeg': ['jpeg'],
  '.png': ['png'],
  '.webp': ['webp'],
  '.gif': ['gif'],
  '.avif': ['heif'],
};

/** Why an image file cannot be published, judged by its bytes rather than its name, or undefined. */
export function imageFileProblem(name: string, facts: ImageFacts): string | undefined {
  const ext = name.slice(name.lastIndexOf('.')).toLowerCase();
  const allowed = FORMATS[ext];
  if (!allowed) return undefined;
  const kind = ext === '.jpg' || ext === '.jpeg' ? 'JPEG' : ext.slice(1).toUpperCase();
  if (facts.size === 0) return `"${name}" is empty (0 bytes); expected a ${kind} image`;
  if (!facts.format) return `"${name}" is not an image (its bytes are no format sharp reads); expected a ${kind} image`;
  if (!allowed.includes(facts.format)) return `"${name}" holds ${facts.format.toUpperCase()} data, not ${kind}; save it as a real ${kind} file`;
  const pixels = (facts.width ?? 0) * (facts.height ?? 0) * (facts.pages ?? 1);
  if (pixels > LIMITS.imagePixels) {
    return `"${name}" is ${facts.width}×${facts.height}${(facts.pages ?? 1) > 1 ? ` × ${facts.pages} frames` : ''} pixels; at most ${LIMITS.imagePixels / 1e6} million pixels are allowed (scale it down)`;
  }
  return undefined;
}
