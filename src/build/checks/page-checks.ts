import type { Element, Root, RootContent } from 'hast';
import { fromParse5 } from 'hast-util-from-parse5';
import { parse } from 'parse5';
import { cspHash, parseCsp } from '../../cdn/csp.ts';
import { urlPathOf } from '../../cdn/redirects.ts';

/** Everything the checks look at: the built files, as the CDN will serve them. */
export interface OutputSnapshot {
  /** Every file in the output folder, relative to it, with `/`. */
  files: ReadonlySet<string>;
  /** The HTML of every `.html` file, keyed like `files`. */
  html: ReadonlyMap<string, string>;
  /** Paths that `_redirects` answers (they count as existing link targets), and their targets. */
  redirects: ReadonlyArray<{ from: string; to: string }>;
  /** The site's public origin (e.g. https://example.org): absolute links to it are internal. */
  siteUrl: string;
}

/** One thing wrong with the output: the page (URL path) and what is broken. */
export interface OutputProblem {
  page: string;
  message: string;
}

/** Script types that browsers execute (everything else, like JSON-LD, is data). */
const EXECUTABLE_SCRIPT = new Set(['', 'module', 'text/javascript', 'application/javascript']);
/** Attributes that hold a URL the browser fetches or follows. */
const URL_ATTRIBUTES: ReadonlyArray<[tag: string, attribute: string, kind: 'link' | 'image' | 'resource']> = [
  ['a', 'href', 'link'],
  ['area', 'href', 'link'],
  ['link', 'href', 'resource'],
  ['script', 'src', 'resource'],
  ['img', 'src', 'image'],
  ['source', 'src', 'image'],
  ['video', 'poster', 'image'],
  ['iframe', 'src', 'resource'],
  ['form', 'action', 'link'],
];
/** The same, looked up by tag: every element is checked against it. */
const URL_ATTRIBUTES_BY_TAG = Map.groupBy(URL_ATTRIBUTES, ([tag]) => tag);

/** Where a page uses a URL: the attribute's kind decides the wording of a problem. */
type UrlKind = 'link' | 'image' | 'resource';

/** Inline code on a page: an executable `<script>` (its `type`, lowercased) or a `<style>`. */
export interface InlineCode {
  kind: 'script' | 'style';
  type: string;
  text: string;
}

/**
 * What the checks need from one built page, read in a single pass over its parsed HTML, so
 * each page is parsed once however many checks (and the `_headers` policy) look at it.
 */
export interface PageFacts {
  /** Every non-empty `id` and `name`: what a `#fragment` link to this page may point at. */
  ids: ReadonlySet<string>;
  /** The text of the page's (last) `<title>`, trimmed; empty if there is none. */
  title: string;
  /** The `href` of `<link rel="canonical">`, if any. */
  canonical: string | undefined;
  /** The `content` of the (last) CSP `<meta http-equiv>`, if any. */
  policy: string | undefined;
  /** Inline scripts (executable types only; JSON-LD is data) and styles, in document order. */
  inline: readonly InlineCode[];
  /**
   * In document order: problems the page has on its own (`message`), and every URL it uses
   * (`url`), which can only be checked against the whole build.
   */
  findings: ReadonlyArray<{ message: string } | { url: string; kind: UrlKind; tag: string }>;
}

/**
 * Reads one built page into the facts the output checks use. Parses with parse5 as browsers
 * do (scripting off, so `<noscript>` content is checked as markup) into the same hast tree
 * as hast-util-from-html, without source positions, which the checks never use.
 */
export function readPageFacts(html: string): PageFacts {
  // A document always maps to a hast root.
  const tree = fromParse5(parse(html, { scriptingEnabled: false })) as Root;
  const ids = new Set<string>();
  const inline: InlineCode[] = [];
  const findings: Array<{ message: string } | { url: string; kind: UrlKind; tag: string }> = [];
  const report = (message: string) => findings.push({ message });
  let title = '';
  let canonical: string | undefined;
  let policy: string | undefined;

  forEachElement(tree, (el) => {
    const props = el.properties;
    for (const key of ['id', 'name'] as const) {
      const v = props[key];
      if (typeof v === 'string' && v !== '') ids.add(v);
    }
    if (el.tagName === 'title') title = textOf(el).trim();
    // The canonical link is checked on its own (checkPages), with a clearer message.
    const isCanonical = el.tagName === 'link' && asList(props['rel']).includes('canonical');
    if (isCanonical && typeof props['href'] === 'string') canonical = props['href'];
    if (el.tagName === 'meta' && String(props['httpEquiv'] ?? '').toLowerCase() === 'content-security-policy') {
      policy = String(props['content'] ?? '');
    }
    if (el.tagName === 'script' && props['src'] === undefined) {
      const type = String(props['type'] ?? '').toLowerCase();
      if (EXECUTABLE_SCRIPT.has(type)) inline.push({ kind: 'script', type, text: textOf(el) });
      else if (type === 'application/ld+json') {
        try {
          JSON.parse(textOf(el));
        } catch {
          report('a JSON-LD block is not valid JSON');
        }
      }
    }
    if (el.tagName === 'style') inline.push({ kind: 'style', type: '', text: textOf(el) });
    for (const name of Object.keys(props)) {
      // hast names event handlers onClick, onError, ...: any of them would run page code.
      if (/^on[A-Z]/.test(name)) report(`<${el.tagName}> has an event-handler attribute (${name.toLowerCase()}), which the CSP blocks`);
    }
    if (props['style'] !== undefined) report(`<${el.tagName}> has a style attribute, which the CSP blocks; use a class`);
    if (el.tagName === 'img' && (typeof props['src'] !== 'string' || props['src'] === '')) {
      report(`an image has no source (alt "${String(props['alt'] ?? '')}"); remote or unsafe image addresses are removed: use a file from the repository`);
    }
    for (const [, attribute, kind] of isCanonical ? [] : (URL_ATTRIBUTES_BY_TAG.get(el.tagName) ?? [])) {
      const value = props[attribute];
      if (typeof value === 'string') findings.push({ url: value, kind, tag: el.tagName });
    }
    const srcSet = props['srcSet'];
    const list = Array.isArray(srcSet) ? srcSet.join(',') : typeof srcSet === 'string' ? srcSet : '';
    for (const candidate of list ? list.split(',') : []) {
      const url = candidate.trim().split(/\s+/)[0];
      if (url) findings.push({ url, kind: 'image', tag: el.tagName });
    }
  });
  return { ids, title, canonical, policy, inline, findings };
}

/**
 * Checks a built site before it may replace the live one: every internal link, anchor,
 * image and asset resolves; every page has a title, a canonical URL and the CSP <meta>;
 * nothing on a page would run code the CSP blocks or that a writer could have smuggled in
 * (inline scripts without a matching hash, style or event-handler attributes, javascript:
 * or data: URLs). Problems name the page and the broken target.
 */
export function checkOutput(site: OutputSnapshot): OutputProblem[] {
  const pages = new Map([...site.html].map(([file, html]) => [file, readPageFacts(html)]));
  return checkPages(pages, site);
}

/**
 * `checkOutput` for pages already read with `readPageFacts` (keyed like `site.files`). `only`:
 * the pages to check (default: all); the others still answer anchor look-ups. The live build
 * checks the pages it changed (src/build/live/live-build.ts).
 */
export function checkPages(pages: ReadonlyMap<string, PageFacts>, site: Omit<OutputSnapshot, 'html'>, only?: ReadonlySet<string>): OutputProblem[] {
  const origin = new URL(site.siteUrl).origin;
  const problems: OutputProblem[] = [];
  const redirectSources = new Set(site.redirects.map((r) => normalise(r.from)));

  /** The output file a URL path is served from, or undefined. */
  const fileFor = (pathname: string): string | undefined => {
    const rel = pathname.replace(/^\/+/, '');
    const candidates = pathname.endsWith('/') ? [`${rel}index.html`] : [rel, `${rel}/index.html`];
    return candidates.find((c) => site.files.has(c));
  };

  /** What is wrong with a link, image or file address on a page at `base`, or undefined. */
  const urlProblem = (raw: string, kind: UrlKind, tag: string, base: URL): string | undefined => {
    // Browsers drop tabs and newlines inside URLs before reading the scheme.
    const value = raw.replace(/[\t\n\r]/g, '').trim();
    const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(value)?.[1]?.toLowerCase();
    if (scheme && !['http', 'https', 'mailto', 'tel'].includes(scheme)) return `<${tag}> points to a ${scheme}: URL (${shorten(value)}), which is never allowed`;
    let url: URL;
    try {
      url = new URL(value, base);
    } catch {
      return `<${tag}> has an unreadable address "${shorten(value)}"`;
    }
    if (url.origin !== origin) return undefined;
    let pathname: string;
    try {
      pathname = decodeURIComponent(url.pathname);
    } catch {
      pathname = url.pathname;
    }
    const target = fileFor(pathname);
    if (!target) {
      if (kind === 'link' && redirectSources.has(normalise(pathname))) return undefined;
      const what = kind === 'image' ? 'missing image' : kind === 'link' ? 'broken link' : 'missing file';
      return `${what}: ${url.pathname}${url.hash} (no such file in the build)`;
    }
    const anchor = url.hash.slice(1);
    // `#top` scrolls to the start of any page (HTML spec), even with no such id.
    if (anchor && anchor.toLowerCase() !== 'top' && target.endsWith('.html')) {
      let id = anchor;
      try {
        id = decodeURIComponent(anchor);
      } catch {
        // keep it as written
      }
      if (!pages.get(target)?.ids.has(id)) return `broken anchor: ${url.pathname}#${anchor} (no element with id "${id}" on that page)`;
    }
    return undefined;
  };
  /** Verdicts on root-relative addresses (the same on every page), null when nothing is wrong. */
  const verdicts = new Map<string, string | null>();

  for (const [file, facts] of pages) {
    if (only && !only.has(file)) continue;
    const page = urlPathOf(file);
    // The CMS at /admin/ is an editors' tool, not a reader's page: it carries its own policy
    // (src/integrations/cms.ts) and no canonical URL, and is never indexed.
    if (page.startsWith('/admin/')) continue;
    const base = new URL(page, origin);
    const report = (message: string) => problems.push({ page, message });

    for (const finding of facts.findings) {
      if ('message' in finding) report(finding.message);
      else checkUrl(finding.url, finding.kind, finding.tag);
    }

    function checkUrl(raw: string, kind: UrlKind, tag: string) {
      // A root-relative address means the same on every page: its verdict is worked out once.
      const shared = raw.startsWith('/') && !raw.startsWith('//');
      const key = `${kind}\0${tag}\0${raw}`;
      let verdict = shared ? verdicts.get(key) : undefined;
      if (verdict === undefined) {
        verdict = urlProblem(raw, kind, tag, base) ?? null;
        if (shared) verdicts.set(key, verdict);
      }
      if (verdict !== null) report(verdict);
    }

    const { title, canonical } = facts;
    const policy = facts.policy === undefined ? undefined : parseCsp(facts.policy);
    if (!title) report('the page has no <title>');
    if (!canonical) report('the page has no canonical URL (<link rel="canonical">)');
    else if (!canonical.startsWith(`${origin}/`)) report(`the canonical URL ${canonical} is not on ${origin}`);
    else if (!fileFor(decodeURIComponent(new URL(canonical).pathname))) report(`the canonical URL ${canonical} is not a page of this build`);
    if (!policy) report('the page has no Content-Security-Policy <meta>');
    for (const { kind, text } of facts.inline) {
      const allowed = policy?.get(`${kind}-src-elem`) ?? policy?.get(`${kind}-src`) ?? [];
      if (!allowed.includes(cspHash(text))) {
        report(`an inline <${kind}> is not allowed by the page's CSP (no matching hash); move it to a file: ${shorten(text.trim())}`);
      }
    }
  }

  for (const r of site.redirects) {
    const to = new URL(r.to, origin);
    if (to.origin === origin && !fileFor(to.pathname)) problems.push({ page: r.from, message: `redirect target ${r.to} does not exist` });
  }
  return problems;
}

/** A problem as one line for the build log. */
export function formatOutputProblem(p: OutputProblem): string {
  return `${p.page}: ${p.message}`;
}

function normalise(p: string): string {
  return p.toLowerCase().replace(/\/+$/, '') || '/';
}

/** Calls `fn` on every element under `node`, in document order (as unist-util-visit does: not inside `<template>` content). */
function forEachElement(node: Root | Element, fn: (el: Element) => void): void {
  // A stack, not recursion: a hostile page nested thousands deep must not overflow it.
  const stack: RootContent[] = [...node.children].reverse();
  for (let n = stack.pop(); n; n = stack.pop()) {
    if (n.type !== 'element') continue;
    fn(n);
    for (let i = n.children.length - 1; i >= 0; i--) stack.push(n.children[i]!);
  }
}

/** All the text under an element, in document order. */
function textOf(node: Element): string {
  let out = '';
  const stack: RootContent[] = [...node.children].reverse();
  for (let n = stack.pop(); n; n = stack.pop()) {
    if (n.type === 'text') out += n.value;
    else if (n.type === 'element') for (let i = n.children.length - 1; i >= 0; i--) stack.push(n.children[i]!);
  }
  return out;
}

function asList(value: unknown): string[] {
  if (Array.isArray(value)) return value.map(String);
  return typeof value === 'string' ? value.split(/\s+/) : [];
}

function shorten(s: string): string {
  return s.length > 80 ? `${s.slice(0, 77)}...` : s;
}
