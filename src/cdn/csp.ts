import type { Element } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { createHash } from 'node:crypto';
import { visit } from 'unist-util-visit';
import { EMBED_FRAME_ORIGINS } from '../markdown/embed-providers.ts';

/**
 * The site's Content Security Policy, as directive → sources. Every script and style is a
 * file served from our own origin: no inline code, no `unsafe-inline`, no `unsafe-eval`.
 * `'wasm-unsafe-eval'` lets Pagefind compile its WebAssembly search engine (it permits
 * WebAssembly only, not JavaScript `eval`). Frames are limited to the embed allowlist.
 */
export const CSP_DIRECTIVES: Readonly<Record<string, readonly string[]>> = {
  'default-src': ["'self'"],
  'script-src': ["'self'", "'wasm-unsafe-eval'"],
  'style-src': ["'self'"],
  // data: for images only: Pagefind's search UI draws icons with data: URLs (an image cannot run script).
  'img-src': ["'self'", 'data:'],
  'font-src': ["'self'"],
  'connect-src': ["'self'"],
  'media-src': ["'self'"],
  // 'self': article pages frame the briefs column (/latest/column/); the rest are embeds.
  'frame-src': ["'self'", ...EMBED_FRAME_ORIGINS],
  'object-src': ["'none'"],
  'base-uri': ["'self'"],
  'form-action': ["'self'"],
  // Only meaningful in a header: browsers ignore (and warn about) it in a <meta> policy.
  // Our own pages may frame our pages (the briefs column); no other site may.
  'frame-ancestors': ["'self'"],
};

/** Directives a `<meta http-equiv>` policy cannot carry (the CSP spec ignores them there). */
const HEADER_ONLY = new Set(['frame-ancestors', 'report-uri', 'sandbox']);

/** The policy as one header value, e.g. for `_headers` or a CDN's response-headers policy. */
export function cspHeaderValue(directives: Readonly<Record<string, readonly string[]>> = CSP_DIRECTIVES): string {
  return Object.entries(directives)
    .map(([name, sources]) => [name, ...sources].join(' '))
    .join('; ');
}

/**
 * The same policy for Astro's `security.csp`, which writes it into a `<meta http-equiv>` on
 * every page, so hosts that cannot send headers (GitHub Pages) still enforce it. Astro owns
 * `script-src` and `style-src` (it adds hashes of any inline code it emits, which the build's
 * output checks forbid anyway); the rest go in `directives`.
 */
export function astroCspConfig(directives: Readonly<Record<string, readonly string[]>> = CSP_DIRECTIVES) {
  const rest = Object.entries(directives)
    .filter(([name]) => name !== 'script-src' && name !== 'style-src' && !HEADER_ONLY.has(name))
    .map(([name, sources]) => [name, ...sources].join(' '));
  return {
    algorithm: 'SHA-256' as const,
    // Astro's types list the known directive names; ours are checked by the CSP unit test.
    directives: rest as never[],
    scriptDirective: { resources: [...(directives['script-src'] ?? [])] },
    styleDirective: { resources: [...(directives['style-src'] ?? [])] },
  };
}

/** A policy string parsed into directive → sources (names lowercased, order kept). */
export function parseCsp(policy: string): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const part of policy.split(';')) {
    const [name, ...sources] = part.trim().split(/\s+/);
    if (!name) continue;
    const key = name.toLowerCase();
    // Per the spec, a repeated directive is ignored: the first one wins.
    if (!out.has(key)) out.set(key, sources);
  }
  return out;
}

/**
 * The header policy for a whole site: the union of the policies Astro wrote into each page
 * (the same directives plus per-page hashes of Astro's own inline code), plus the
 * header-only directives from `directives`. One value can then serve every page.
 */
export function siteHeaderPolicy(
  pagePolicies: Iterable<string>,
  directives: Readonly<Record<string, readonly string[]>> = CSP_DIRECTIVES,
  usedHashes?: ReadonlySet<string>,
): string {
  const merged = new Map<string, string[]>();
  for (const policy of pagePolicies) {
    for (const [name, sources] of parseCsp(policy)) {
      const list = merged.get(name) ?? [];
      // Astro lists hashes of its own scripts whether or not a page uses them; keep only
      // hashes of inline code the build really contains, when the caller knows them.
      for (const s of sources) if (!list.includes(s) && !(usedHashes && /^'sha(256|384|512)-/.test(s) && !usedHashes.has(s))) list.push(s);
      merged.set(name, list);
    }
  }
  if (merged.size === 0) for (const [name, sources] of Object.entries(directives)) merged.set(name, [...sources]);
  for (const name of HEADER_ONLY) {
    const sources = directives[name];
    if (sources && !merged.has(name)) merged.set(name, [...sources]);
  }
  return [...merged].map(([name, sources]) => [name, ...sources].join(' ')).join('; ');
}

/** The CSP hash sources of every inline `<script>` (code, not data) and `<style>` in a page. */
export function inlineCodeHashes(html: string): string[] {
  // Cheap pre-check: most pages have no inline code at all.
  if (!/<(script|style)\b(?![^>]*\bsrc=)[^>]*>/i.test(html)) return [];
  const hashes: string[] = [];
  visit(fromHtml(html), 'element', (el: Element) => {
    const type = String(el.properties['type'] ?? '').toLowerCase();
    const code = el.tagName === 'style' || (el.tagName === 'script' && el.properties['src'] === undefined && isHashedInlineCode({ kind: 'script', type }));
    if (!code) return;
    hashes.push(cspHash(el.children.map((c) => (c.type === 'text' ? c.value : '')).join('')));
  });
  return hashes;
}

/** Whether the site's header policy keeps the hash of this inline code: every `<style>`, and scripts of type "", module or text/javascript. */
export function isHashedInlineCode(code: { kind: 'script' | 'style'; type: string }): boolean {
  return code.kind === 'style' || ['', 'module', 'text/javascript'].includes(code.type);
}

/** The CSP hash source (`'sha256-…'`) of an inline script or style, as a browser computes it. */
export function cspHash(text: string): string {
  return `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;
}
