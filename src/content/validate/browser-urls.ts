// URLs in content read as a browser reads them (WHATWG URL: tabs and newlines dropped, `\` read
// as `/`), so a check sees the address a reader's browser would load, not the one written.
import type { Element } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { visit } from 'unist-util-visit';
import { LIMITS } from './limits.ts';

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
