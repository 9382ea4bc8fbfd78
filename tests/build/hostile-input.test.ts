import { XMLParser } from 'fast-xml-parser';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import matter from 'gray-matter';
import { parseHTML } from 'linkedom';
import { parse as parseYaml } from 'yaml';
import { describe, expect, inject, it } from 'vitest';
import { listFiles } from '../../src/build/checks/output-files.ts';
import { SITE } from '../../src/site.config.ts';
import { findActiveContent } from '../helpers/inert.ts';
import { expectWellFormed } from '../helpers/xml.ts';
import { xmlProblem } from '../helpers/xml-strict.ts';
import { readPage, text } from '../helpers/site.ts';

// The attack matrix, part 2: attacks a writer can put in content that the build accepts and
// must render inert in every output. tests/fixtures/hostile/content holds them; the build
// succeeded (global setup), so none was rejected. Part 1 (attacks rejected with an error) is
// tests/unit/content/validate/validate.hostile.test.ts; the browser side (zero CSP violations) is tests/e2e/csp.test.ts.
const dir = inject('hostileDir');
const fixture = path.join(import.meta.dirname, '../fixtures/hostile/content');
const files = await listFiles(dir);
const pages = files.filter((f) => f.endsWith('.html'));
const source = (f: string) => readFileSync(path.join(fixture, f), 'utf8');
const ARTICLE = '/articles/hostile-body/';
/** Every feed the hostile fixture must have: the site's three, the briefs feed and its one section's. */
const FEEDS = ['atom.xml', 'category/news/rss.xml', 'feed.json', 'latest/rss.xml', 'rss.xml'];

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
    // rel as on every link to another site (the feeds give it the same rel).
    expect([...link.attributes].map((a) => a.name).sort()).toEqual(['class', 'href', 'rel']);
    expect(link.getAttribute('rel')).toBe('noopener noreferrer');
    expect(link.getAttribute('href')).toBe(`https://example.org/a" onmouseover="alert('BR3')`);
  });

  // Read as a browser reads them (WHATWG URL), these links lead to evil.example: the page
  // says so in the href and marks them like every other link that leaves the site.
  it.each([
    ['B31', 'hidden host behind a backslash'],
    ['B32', 'hidden host behind two backslashes'],
    ['B33', 'hidden host behind a tab'],
    ['B34', 'hidden host behind a newline'],
  ])('%s a link whose text hides its host carries the host and the external rel', (id, label) => {
    expect(source('articles/hostile-body.md')).toContain(id);
    const link = [...body.querySelectorAll('a')].find((a) => text(a) === label)!;
    expect(link.getAttribute('href')).toBe(`https://evil.example/${id}`);
    expect(link.getAttribute('rel')).toBe('noopener noreferrer');
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

  it('wrote every feed, so none of the checks below can pass by having nothing to look at', () => {
    expect(feeds).toEqual(expect.arrayContaining(FEEDS));
  });

  // The expected feeds even when the build did not write them (reading one then fails), and any other XML or JSON it wrote (sitemaps).
  it.each([...new Set([...FEEDS, ...feeds])].sort())('%s carries only inert HTML', (feed) => {
    const raw = readFileSync(path.join(dir, feed), 'utf8');
    if (feed.endsWith('.xml')) expectWellFormed(raw, feed);
    const parsed = feed.endsWith('.json') ? JSON.parse(raw) : new XMLParser({ ignoreAttributes: false }).parse(raw);
    for (const html of htmlFields(parsed)) expect(findActiveContent(html), `${feed}: ${html.slice(0, 80)}`).toEqual([]);
  });

  // Every feed, sitemap and section feed, through a strict XML check (the Char production too).
  const xmlFiles = feeds.filter((f) => f.endsWith('.xml'));
  it.each(xmlFiles)('%s is well-formed XML 1.0', (feed) => {
    expect(xmlProblem(readFileSync(path.join(dir, feed), 'utf8'))).toBeUndefined();
  });

  // Feeds carry the pages' HTML: the same hosts for images (this site only) and the same rel on
  // links that leave the site, the hidden-host links of B31–B34 included.
  it.each(feeds)('%s loads images from this site only and marks links to other sites as pages do', (feed) => {
    const raw = readFileSync(path.join(dir, feed), 'utf8');
    const parsed = feed.endsWith('.json') ? JSON.parse(raw) : new XMLParser({ ignoreAttributes: false }).parse(raw);
    const own = new URL(SITE.url).host;
    for (const html of htmlFields(parsed)) {
      const { document } = parseHTML(`<!doctype html><html><body>${html}</body></html>`);
      for (const img of document.querySelectorAll('img[src]')) expect(new URL(img.getAttribute('src')!, SITE.url).host, `${feed}: ${img.outerHTML}`).toBe(own);
      for (const a of document.querySelectorAll('a[href]')) {
        const url = new URL(a.getAttribute('href')!, SITE.url);
        if (/^https?:$/.test(url.protocol) && url.host !== own) expect(a.getAttribute('rel') ?? '', `${feed}: ${a.outerHTML}`).toContain('noopener noreferrer');
      }
    }
  });

  it.each(['rss.xml', 'atom.xml', 'feed.json', 'category/news/rss.xml'])('%s carries the hidden-host links with their host and rel', (feed) => {
    const raw = readFileSync(path.join(dir, feed), 'utf8');
    const parsed = feed.endsWith('.json') ? JSON.parse(raw) : new XMLParser({ ignoreAttributes: false }).parse(raw);
    const links = htmlFields(parsed).flatMap((html) => [...parseHTML(`<!doctype html><html><body>${html}</body></html>`).document.querySelectorAll('a')]);
    for (const id of ['B31', 'B32', 'B33', 'B34']) {
      const link = links.find((a) => a.getAttribute('href') === `https://evil.example/${id}`);
      expect(link?.getAttribute('rel'), `${feed}: ${id}`).toBe('noopener noreferrer');
    }
  });

  const blocks = pages.flatMap((page) => {
    const { document } = parseHTML(readFileSync(path.join(dir, page), 'utf8'));
    return [...document.querySelectorAll('script[type="application/ld+json"]')].map((s) => [page, s.textContent ?? ''] as const);
  });

  it('every JSON-LD block is intact JSON, so no title could break out of it', () => {
    // The article, its author and section pages and the home page all describe themselves.
    expect(blocks.map(([page]) => page)).toEqual(expect.arrayContaining(['index.html', 'articles/hostile-body/index.html']));
    for (const [page, json] of blocks) {
      expect(() => JSON.parse(json), `${page}: ${json.slice(0, 80)}`).not.toThrow();
      expect(json.toLowerCase(), page).not.toContain('</script');
    }
    const article = blocks.filter(([page]) => page === 'articles/hostile-body/index.html').map(([, json]) => JSON.stringify(JSON.parse(json)));
    expect(article.join('\n')).toContain(JSON.stringify(`<script>alert('T1')</script>`).slice(1, -1));
  });
});

// What the hostile fixture's writers typed, read from its source files: each feed field must
// carry it exactly as text (RSS 2.0, RFC 4287 and JSON Feed 1.1 text fields), escaped once.
describe('hostile values in every field of every feed', () => {
  const front = matter(source('articles/hostile-body.md')).data as { title: string; summary: string; image: { alt: string; credit: string } };
  const author = (parseYaml(source('authors/mallory.yaml')) as { name: string }).name;
  const category = (parseYaml(source('categories.yaml')) as Array<{ id: string; name: string; description: string }>)[0]!;
  const briefs = (parseYaml(source('briefs/2025-01-14.yaml')) as Array<{ text: string }>).map((b) => b.text);
  const xml = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '', parseTagValue: false, parseAttributeValue: false });
  const read = (f: string) => readFileSync(path.join(dir, f), 'utf8');
  const textOf = (node: unknown): string => (node !== null && typeof node === 'object' ? String((node as Record<string, unknown>)['#text'] ?? '') : String(node ?? ''));
  const list = <T,>(v: T | T[] | undefined): T[] => (v === undefined ? [] : Array.isArray(v) ? v : [v]);
  /** What a reader shows for an RSS <description>, which is HTML. */
  const shown = (html: string) => parseHTML(`<!doctype html><html><body><div>${html}</div></body></html>`).document.querySelector('div')!.textContent;
  const isHostile = (item: Record<string, any>) => textOf(item['link']).endsWith(ARTICLE) || textOf(item['id']).endsWith(ARTICLE);

  it.each(['rss.xml', 'category/news/rss.xml'])('%s: title, summary, author, section and image text as written', (feed) => {
    const body = read(feed);
    expectWellFormed(body, feed);
    const item = list(xml.parse(body).rss.channel.item).find(isHostile)!;
    expect(item, feed).toBeDefined();
    expect(textOf(item['title'])).toBe(front.title);
    expect(shown(textOf(item['description']))).toBe(front.summary);
    expect(list(item['dc:creator']).map(textOf)).toEqual([author]);
    expect(list(item['category']).map(textOf)).toEqual([category.name]);
    expect(textOf(item['media:content']['media:description'])).toBe(front.image.alt);
    expect(textOf(item['media:content']['media:credit'])).toBe(front.image.credit);
  });

  it('category/news/rss.xml names its section as written', () => {
    const channel = xml.parse(read('category/news/rss.xml')).rss.channel;
    expect(textOf(channel.title)).toContain(category.name);
    expect(shown(textOf(channel.description))).toBe(category.description);
  });

  it('atom.xml: title, summary, author and section as written', () => {
    const body = read('atom.xml');
    expectWellFormed(body, 'atom.xml');
    const entry = list(xml.parse(body).feed.entry).find(isHostile)!;
    expect(entry['title']).toEqual({ '#text': front.title, type: 'text' });
    expect(entry['summary']).toEqual({ '#text': front.summary, type: 'text' });
    expect(list(entry['author']).map((a: Record<string, unknown>) => a['name'])).toEqual([author]);
    expect(entry['category']).toEqual({ term: category.name });
  });

  it('feed.json: title, summary, author and section as written', () => {
    const item = (JSON.parse(read('feed.json')) as { items: Array<Record<string, any>> }).items.find((i) => String(i['url']).endsWith(ARTICLE))!;
    expect(item).toMatchObject({ title: front.title, summary: front.summary, tags: [category.name] });
    expect(item['authors'].map((a: { name: string }) => a.name)).toEqual([author]);
  });

  it('latest/rss.xml: every brief text as written, as title and as the text of its description', () => {
    const body = read('latest/rss.xml');
    expectWellFormed(body, 'latest/rss.xml');
    const items = list(xml.parse(body).rss.channel.item) as Array<Record<string, unknown>>;
    expect(items.map((i) => textOf(i['title'])).sort()).toEqual([...briefs].sort());
    expect(items.map((i) => shown(textOf(i['description']))).sort()).toEqual([...briefs].sort());
  });
});
