import { parseHTML } from 'linkedom';

/** Elements that must never come out of content: they run code, load other sites or hijack the page. */
const FORBIDDEN_ELEMENTS = ['iframe', 'frame', 'frameset', 'object', 'embed', 'applet', 'base', 'form', 'input', 'textarea', 'svg', 'math', 'template', 'portal'];
/**
 * The site's own controls, which the layouts (never content) put on pages: the header search
 * form, the search page's form, the read-only "copy link" field, the frame of our own briefs
 * column beside articles, the frame of our own breaking-news strip under the masthead, and
 * those documents' `<base target="_top">` (no href: it only makes links
 * open in the whole window). Content cannot produce them: the sanitizer drops every form,
 * frame and base, and turns every input into a disabled checkbox (a GFM task list's box, as on GitHub).
 */
const SITE_CONTROLS = [
  'header.masthead form[role="search"][action="/search/"]',
  'main form.search[action="/search/"]',
  'details.share__copy',
  'iframe.briefs-frame[src="/latest/column/"]',
  'header.masthead > iframe.banner-frame[src="/banner/"]',
  'head > base[target="_top"]:not([href])',
];

/** A task list's box: it cannot be focused, changed or submitted (no form can exist), so it is inert. */
const TASK_CHECKBOX = 'input[type="checkbox"][disabled]';

/** Attributes whose value is a URL the browser loads or follows. */
const URL_ATTRIBUTES = ['href', 'src', 'action', 'formaction', 'poster', 'data', 'cite', 'background', 'xlink:href', 'ping'];
/** Script types that are data, not code. */
const DATA_SCRIPTS = new Set(['application/ld+json', 'application/json']);

/** The scheme of a URL as a browser reads it (after dropping white space and control characters), or undefined. */
export function schemeOf(url: string): string | undefined {
  // eslint-disable-next-line no-control-regex
  const cleaned = url.replace(/[\u0000-\u0020\u007f]/g, '');
  return /^([a-z][a-z0-9+.-]*):/i.exec(cleaned)?.[1]?.toLowerCase();
}

/**
 * Everything in an HTML document or fragment that could run code or pull in another site:
 * scripts other than our own files and data blocks, event handlers, style attributes,
 * javascript:/data:/vbscript: URLs, frames, forms, SVG/MathML, <base>, meta refresh.
 * Returns one line per finding; an empty list means the markup is inert.
 */
export function findActiveContent(html: string, ownScriptPrefixes: readonly string[] = ['/_astro/', '/pagefind/', '/admin/']): string[] {
  const { document } = parseHTML(html.includes('<html') ? html : `<!doctype html><html><body>${html}</body></html>`);
  const found: string[] = [];
  for (const script of document.querySelectorAll('script')) {
    const type = (script.getAttribute('type') ?? '').toLowerCase();
    const src = script.getAttribute('src');
    if (DATA_SCRIPTS.has(type)) continue;
    if (src && ownScriptPrefixes.some((p) => src.startsWith(p)) && (script.textContent ?? '').trim() === '') continue;
    found.push(`<script${src ? ` src="${src}"` : ''}> ${(script.textContent ?? '').slice(0, 60)}`);
  }
  for (const tag of FORBIDDEN_ELEMENTS) {
    for (const el of document.querySelectorAll(tag)) {
      if (SITE_CONTROLS.some((selector) => el.closest(selector)) || el.matches(TASK_CHECKBOX)) continue;
      found.push(`<${tag}> ${el.outerHTML.slice(0, 80)}`);
    }
  }
  for (const style of document.querySelectorAll('body style')) found.push(`<style> in the body: ${style.textContent?.slice(0, 60)}`);
  for (const meta of document.querySelectorAll('meta[http-equiv]')) {
    if (meta.getAttribute('http-equiv')!.toLowerCase() === 'refresh') found.push(`<meta http-equiv=refresh>`);
  }
  for (const link of document.querySelectorAll('link[href]')) {
    const href = link.getAttribute('href')!;
    const rel = link.getAttribute('rel') ?? '';
    if (/stylesheet|import|preload|modulepreload/.test(rel) && !href.startsWith('/')) found.push(`<link rel="${rel}" href="${href}"> from another site`);
  }
  for (const el of document.querySelectorAll('*')) {
    for (const { name, value } of [...el.attributes]) {
      const n = name.toLowerCase();
      if (n.startsWith('on')) found.push(`<${el.localName} ${n}="${value.slice(0, 40)}">`);
      if (n === 'style' || n === 'srcdoc') found.push(`<${el.localName} ${n}="${value.slice(0, 40)}">`);
      const urls = n === 'srcset' ? value.split(',').map((c) => c.trim().split(/\s+/)[0] ?? '') : URL_ATTRIBUTES.includes(n) ? [value] : [];
      for (const url of urls) {
        const scheme = schemeOf(url);
        if (scheme && !['http', 'https', 'mailto', 'tel'].includes(scheme)) found.push(`<${el.localName} ${n}="${url.slice(0, 40)}"> (${scheme}:)`);
      }
    }
  }
  return found;
}
