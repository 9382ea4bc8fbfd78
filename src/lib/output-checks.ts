import type { Element, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { visit } from 'unist-util-visit';
import { cspHash, parseCsp } from './csp.ts';
import { urlPathOf } from './redirects.ts';

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

/**
 * Checks a built site before it may replace the live one: every internal link, anchor,
 * image and asset resolves; every page has a title, a canonical URL and the CSP <meta>;
 * nothing on a page would run code the CSP blocks or that a writer could have smuggled in
 * (inline scripts without a matching hash, style or event-handler attributes, javascript:
 * or data: URLs). Problems name the page and the broken target.
 */
export function checkOutput(site: OutputSnapshot): OutputProblem[] {
  const origin = new URL(site.siteUrl).origin;
  const problems: OutputProblem[] = [];
  const redirectSources = new Set(site.redirects.map((r) => normalise(r.from)));
  const trees = new Map<string, Root>();
  const ids = new Map<string, Set<string>>();
  for (const [file, html] of site.html) {
    const tree = fromHtml(html);
    trees.set(file, tree);
    const found = new Set<string>();
    visit(tree, 'element', (el: Element) => {
      for (const key of ['id', 'name'] as const) {
        const v = el.properties[key];
        if (typeof v === 'string' && v !== '') found.add(v);
      }
    });
    ids.set(file, found);
  }

  /** The output file a URL path is served from, or undefined. */
  const fileFor = (pathname: string): string | undefined => {
    const rel = pathname.replace(/^\/+/, '');
    const candidates = pathname.endsWith('/') ? [`${rel}index.html`] : [rel, `${rel}/index.html`];
    return candidates.find((c) => site.files.has(c));
  };

  for (const [file, tree] of trees) {
    const page = urlPathOf(file);
    // The CMS at /admin/ is an editors' tool, not a reader's page: it carries its own policy
    // (src/integrations/cms.ts) and no canonical URL, and is never indexed.
    if (page.startsWith('/admin/')) continue;
    const base = new URL(page, origin);
    const report = (message: string) => problems.push({ page, message });
    let title = '';
    let canonical: string | undefined;
    let policy: Map<string, string[]> | undefined;
    const inline: Array<{ kind: 'script' | 'style'; text: string }> = [];

    visit(tree, 'element', (el: Element) => {
      const props = el.properties;
      if (el.tagName === 'title') title = textOf(el).trim();
      if (el.tagName === 'link' && asList(props['rel']).includes('canonical') && typeof props['href'] === 'string') canonical = props['href'];
      if (el.tagName === 'meta' && String(props['httpEquiv'] ?? '').toLowerCase() === 'content-security-policy') {
        policy = parseCsp(String(props['content'] ?? ''));
      }
      if (el.tagName === 'script' && props['src'] === undefined) {
        const type = String(props['type'] ?? '').toLowerCase();
        if (EXECUTABLE_SCRIPT.has(type)) inline.push({ kind: 'script', text: textOf(el) });
        else if (type === 'application/ld+json') {
          try {
            JSON.parse(textOf(el));
          } catch {
            report('a JSON-LD block is not valid JSON');
          }
        }
      }
      if (el.tagName === 'style') inline.push({ kind: 'style', text: textOf(el) });
      for (const name of Object.keys(props)) {
        // hast names event handlers onClick, onError, ...: any of them would run page code.
        if (/^on[A-Z]/.test(name)) report(`<${el.tagName}> has an event-handler attribute (${name.toLowerCase()}), which the CSP blocks`);
      }
      if (props['style'] !== undefined) report(`<${el.tagName}> has a style attribute, which the CSP blocks; use a class`);
      if (el.tagName === 'img' && (typeof props['src'] !== 'string' || props['src'] === '')) {
        report(`an image has no source (alt "${String(props['alt'] ?? '')}"); remote or unsafe image addresses are removed: use a file from the repository`);
      }

      // The canonical link is checked on its own below, with a clearer message.
      const isCanonical = el.tagName === 'link' && asList(props['rel']).includes('canonical');
      for (const [tag, attribute, kind] of URL_ATTRIBUTES) {
        if (el.tagName !== tag || isCanonical) continue;
        const value = props[attribute];
        if (typeof value === 'string') checkUrl(value, kind, el.tagName);
      }
      for (const attribute of ['srcSet'] as const) {
        const value = props[attribute];
        const list = Array.isArray(value) ? value.join(',') : typeof value === 'string' ? value : '';
        for (const candidate of list.split(',')) {
          const url = candidate.trim().split(/\s+/)[0];
          if (url) checkUrl(url, 'image', el.tagName);
        }
      }
    });

    function checkUrl(raw: string, kind: 'link' | 'image' | 'resource', tag: string) {
      // Browsers drop tabs and newlines inside URLs before reading the scheme.
      const value = raw.replace(/[\t\n\r]/g, '').trim();
      const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(value)?.[1]?.toLowerCase();
      if (scheme && !['http', 'https', 'mailto', 'tel'].includes(scheme)) {
        report(`<${tag}> points to a ${scheme}: URL (${shorten(value)}), which is never allowed`);
        return;
      }
      let url: URL;
      try {
        url = new URL(value, base);
      } catch {
        report(`<${tag}> has an unreadable address "${shorten(value)}"`);
        return;
      }
      if (url.origin !== origin) return;
      let pathname: string;
      try {
        pathname = decodeURIComponent(url.pathname);
      } catch {
        pathname = url.pathname;
      }
      const target = fileFor(pathname);
      if (!target) {
        if (kind === 'link' && redirectSources.has(normalise(pathname))) return;
        const what = kind === 'image' ? 'missing image' : kind === 'link' ? 'broken link' : 'missing file';
        report(`${what}: ${url.pathname}${url.hash} (no such file in the build)`);
        return;
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
        if (!ids.get(target)?.has(id)) report(`broken anchor: ${url.pathname}#${anchor} (no element with id "${id}" on that page)`);
      }
    }

    if (!title) report('the page has no <title>');
    if (!canonical) report('the page has no canonical URL (<link rel="canonical">)');
    else if (!canonical.startsWith(`${origin}/`)) report(`the canonical URL ${canonical} is not on ${origin}`);
    else if (!fileFor(decodeURIComponent(new URL(canonical).pathname))) report(`the canonical URL ${canonical} is not a page of this build`);
    if (!policy) report('the page has no Content-Security-Policy <meta>');
    for (const { kind, text } of inline) {
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

function textOf(node: Element | Root): string {
  let out = '';
  visit(node, 'text', (t) => {
    out += t.value;
  });
  return out;
}

function asList(value: unknown): string[] {
  if (Array.isArray(value)) return value.map(String);
  return typeof value === 'string' ? value.split(/\s+/) : [];
}

function shorten(s: string): string {
  return s.length > 80 ? `${s.slice(0, 77)}...` : s;
}
