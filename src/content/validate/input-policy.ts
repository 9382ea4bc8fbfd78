// The input policy: what untrusted content may contain, in one place, so `npm run check`, the
// CMS (through the JSON Schemas) and the build refuse the same things. In: strings, Markdown
// bodies, URLs and file facts from the content folder. Out: a reason (a sentence naming what
// was found and what is allowed) or undefined. Called by src/schemas (characters, lengths), the
// content validator beside this file (depth, URLs, images), src/content/files.ts (file types)
// and the Markdown pipeline (URLs as a browser reads them). docs/writers-guide.md ("Limits") lists these.
// This entry file holds the rules for characters and file names and re-exports the others:
// limits.ts (every limit), browser-urls.ts, body-limits.ts (length and nesting), image-files.ts.
import { LIMITS } from './limits.ts';

export { LIMITS } from './limits.ts';
export { CONTENT_ORIGIN, browserUrl, isWebUrl, leavesSite, profileUrlProblem, rawImageSources, remoteImageProblem } from './browser-urls.ts';
export { bodyProblem, emphasisDepth, htmlDepth, markdownDepth, type Depth } from './body-limits.ts';
export { imageFileProblem, type ImageFacts } from './image-files.ts';

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
