import { XMLParser } from 'fast-xml-parser';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parseHTML } from 'linkedom';
import { describe, expect, inject, it } from 'vitest';
import { listFiles } from '../../src/lib/output-files.ts';
import { findActiveContent } from '../helpers/inert.ts';
import { readPage, text } from '../helpers/site.ts';

// The attack matrix, part 2: attacks a writer can put in content that the build accepts and
// must render inert in every output. tests/fixtures/hostile/content holds them; the build
// succeeded (global setup), so none was rejected. Part 1 (attacks rejected with an error) is
// tests/unit/content-validate.test.ts; the browser side (zero CSP violations) is tests/e2e/csp.test.ts.
const dir = inject('hostileDir');
const fixture = path.join(import.meta.dirname, '../fixtures/hostile/content');
const files = await listFiles(dir);
const pages = files.filter((f) => f.endsWith('.html'));
const source = (f: string) => readFileSync(path.join(fixture, f), 'utf8');
const ARTICLE = '/articles/hostile-body/';

describe('hostile content in the built pages', () => {
  it('built every page of the fixture', () => {
    expect(pages).toEqual(expect.arrayContaining(['index.html', 'articles/hostile-body/index.html', 'author/mallory/index.html', 'latest/index.html']));
  });

  it.each(pages)('%s has nothing that could run code or load another site', (page) => {
    expect(findActiveContent(readFileSync(path.join(dir, page), 'utf8'))).toEqual([]);
  });

  // Body attacks: id in the fixture, what it is, and the text that must survive (or null when
  // the element is dropped whole). The marker proves each attack really is in the fixture.
  const body = readPage(dir, ARTICLE).querySelector('.story__body')!;
  const bodyHtml = body.innerHTML;
  it.each([
    ['B01', '<script> element', null],
    ['B02', 'onerror handler on an image', null],
    ['B03', 'raw <a href="javascript:">', 'raw javascript link'],
    ['B04', 'Markdown [link](javascript:)', 'markdown javascript link'],
    ['B05', 'mixed-case JaVaScRiPt: scheme', 'mixed case scheme'],
    ['B06', 'tab inside the scheme', 'tab inside the scheme'],
    ['B07', 'entity-encoded scheme', 'entity-encoded scheme'],
    ['B08', 'reference-style link to javascript:', 'reference link'],
    ['B09', 'autolink <javascript:...>', 'javascript:alert'],
    ['B10', 'raw <a href="data:text/html">', 'data link'],
    ['B11', 'Markdown link to data:', 'markdown data link'],
    ['B12', '<iframe>', null],
    ['B13', '<svg onload>', null],
    ['B14', '<style> with a javascript: URL', null],
    ['B15', 'CSS expression() in a style attribute', 'CSS expression'],
    ['B16', '<details ontoggle>', 'toggle'],
    ['B17', '<form action="javascript:"> and formaction', 'go'],
    ['B18', '<object> and <embed>', null],
    ['B19', '<base href> hijack', null],
    ['B20', '<meta http-equiv="refresh">', null],
    ['B21', 'MathML xlink:href="javascript:"', null],
    ['B22', '<input autofocus onfocus>', null],
    ['B23', 'forged click-to-load button to another site', 'forged embed button'],
    ['B24', '<noscript> parser-differential (mXSS)', null],
    ['B25', 'onclick on a link', 'click handler'],
    ['B26', '<template> holding a script', null],
    ['B27', 'leading space before javascript:', 'leading space'],
    ['B28', 'vbscript: URL', 'vbscript'],
    ['B29', 'javascript: in srcset', null],
    ['B30', 'stylesheet from another site', null],
  ] as const)('%s %s is rendered inert', (id, _what, survives) => {
    expect(source('articles/hostile-body.md')).toContain(id);
    if (survives) expect(text(body)).toContain(survives);
    expect(findActiveContent(bodyHtml)).toEqual([]);
    expect(body.querySelector('[data-embed-src*="evil"]')).toBeNull();
  });

  it('shows HTML in front matter as text, exactly as written (title, summary, tags, image alt, caption, credit)', () => {
    const doc = readPage(dir, ARTICLE);
    expect(text(doc.querySelector('h1'))).toBe(`<script>alert('T1')</script> & "quoted" </title><img src=x onerror=alert('T2')>`);
    expect(doc.querySelector('title')!.textContent).toContain(`<script>alert('T1')</script>`);
    expect(doc.querySelector('meta[name="description"]')!.getAttribute('content')).toBe(`"><script>alert('S1')</script> summary with <b>tags</b>`);
    expect(doc.querySelector('meta[property="og:title"]')!.getAttribute('content')).toContain(`</title><img src=x onerror=alert('T2')>`);
    expect([...doc.querySelectorAll('a[rel="tag"]')].map((a) => a.textContent)).toEqual([`<img src=x onerror=alert('TAG1')>`, `"onmouseover="alert('TAG2')`]);
    expect(doc.querySelector('.story__image img')!.getAttribute('alt')).toBe(`" onerror="alert('ALT1')`);
    expect(text(doc.querySelector('.story__image figcaption'))).toContain(`<b>bold</b><script>alert('CAP1')</script>`);
    expect(text(doc.querySelector('.figure__credit'))).toBe(`</figcaption><script>alert('CRED1')</script>`);
  });

  it('shows HTML in author and category names as text', () => {
    const doc = readPage(dir, '/author/mallory/');
    expect(text(doc.querySelector('h1'))).toContain(`Mallory <script>alert('AUTH1')</script>`);
    expect(doc.body.innerHTML).not.toContain('<svg');
    expect(text(readPage(dir, '/category/news/').querySelector('h1'))).toContain(`News <b onmouseover=alert('CAT1')>now</b>`);
  });

  it('shows brief text as text and keeps a quote-laden brief link inside its href', () => {
    const doc = readPage(dir, '/latest/');
    const items = [...doc.querySelectorAll('.briefs__text')].map((el) => el.textContent);
    expect(items).toEqual(
      expect.arrayContaining([`<script>alert('BR1')</script> brief`, `"><img src=x onerror=alert('BR2')> second brief`, `</title></head><body onload=alert('BR4')>`]),
    );
    const link = [...doc.querySelectorAll('a.briefs__text')].find((a) => a.textContent === 'Attribute breakout in a link')!;
    expect([...link.attributes].map((a) => a.name).sort()).toEqual(['class', 'href']);
    expect(link.getAttribute('href')).toBe(`https://example.org/a" onmouseover="alert('BR3')`);
  });

  it('turns only the allowlisted video into a click-to-load embed, with no frame in the page', () => {
    const doc = readPage(dir, ARTICLE);
    const buttons = [...doc.querySelectorAll('button[data-embed-src]')];
    expect(buttons.map((b) => b.getAttribute('data-embed-src'))).toEqual(['https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ']);
    expect(buttons[0]!.hasAttribute('hidden')).toBe(true);
    // The only frames are the layout's own briefs column and banner strip; none comes from the article.
    expect(doc.querySelectorAll('.story iframe, iframe:not(.briefs-frame):not(.banner-frame)')).toHaveLength(0);
    expect(text(doc.querySelector('.embed__caption a'))).toBe('Watch on YouTube');
    const links = [...doc.querySelectorAll('.story__body a')].map((a) => a.getAttribute('href'));
    expect(links).toContain('https://www.youtube.com.evil.example/watch?v=dQw4w9WgXcQ');
  });
});

// Feeds and JSON-LD (added by other parts of the site) must carry the same content inertly:
// these run over whatever feed files and ld+json blocks the build wrote.
describe('hostile content in feeds and structured data', () => {
  const feeds = files.filter((f) => /\.(xml|json)$/.test(f) && !f.startsWith('pagefind/'));
  // Fields a reader renders as HTML: RSS description and content:encoded, Atom content (type
  // html), JSON Feed content_html. Atom <summary type="text"> and JSON Feed summary are plain
  // text by their specs, shown as written.
  const HTML_FIELDS = new Set(['description', 'content:encoded', 'content', 'content_html']);

  /** Every string in a parsed feed that a reader renders as HTML. */
  function htmlFields(value: unknown, key = ''): string[] {
    if (typeof value === 'string') return HTML_FIELDS.has(key) ? [value] : [];
    if (Array.isArray(value)) return value.flatMap((v) => htmlFields(v, key));
    if (value && typeof value === 'object') return Object.entries(value).flatMap(([k, v]) => htmlFields(v, k === '#text' ? key : k));
    return [];
  }

  it.skipIf(feeds.length === 0).each(feeds.length ? feeds : ['(none)'])('%s carries only inert HTML', (feed) => {
    const raw = readFileSync(path.join(dir, feed), 'utf8');
    const parsed = feed.endsWith('.json') ? JSON.parse(raw) : new XMLParser({ ignoreAttributes: false }).parse(raw);
    for (const html of htmlFields(parsed)) expect(findActiveContent(html), `${feed}: ${html.slice(0, 80)}`).toEqual([]);
  });

  const blocks = pages.flatMap((page) => {
    const { document } = parseHTML(readFileSync(path.join(dir, page), 'utf8'));
    return [...document.querySelectorAll('script[type="application/ld+json"]')].map((s) => [page, s.textContent ?? ''] as const);
  });

  it.skipIf(blocks.length === 0)('every JSON-LD block is intact JSON, so no title could break out of it', () => {
    for (const [page, json] of blocks) {
      expect(() => JSON.parse(json), `${page}: ${json.slice(0, 80)}`).not.toThrow();
      expect(json.toLowerCase(), page).not.toContain('</script');
    }
    const article = blocks.filter(([page]) => page === 'articles/hostile-body/index.html').map(([, json]) => JSON.stringify(JSON.parse(json)));
    expect(article.join('\n')).toContain(JSON.stringify(`<script>alert('T1')</script>`).slice(1, -1));
  });
});
