import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { parseAtomFeed, parseJsonFeed, parseRssFeed } from 'feedsmith';
import { parseHTML } from 'linkedom';
import { describe, expect, inject, it } from 'vitest';
import { SITE } from '../../src/site.config.ts';
import { readPage, text } from '../helpers/site.ts';

// Feeds as a feed reader sees them: parsed with a real feed parser, on the fixture site
// (built at 2025-01-16T12:00Z, with a draft, a scheduled article and a brief timed later).
const dir = inject('siteDir');
const read = (file: string) => readFileSync(path.join(dir, file), 'utf8');
const rss = (file: string) => parseRssFeed(read(file));

/** Published article pages the build wrote, newest first by their publication time. */
function articlePages(outDir: string): Array<{ url: string; published: number; category: string }> {
  return readdirSync(path.join(outDir, 'articles'))
    .map((slug) => {
      const doc = readPage(outDir, `/articles/${slug}/`);
      return {
        url: `${SITE.url}/articles/${slug}/`,
        published: Date.parse(doc.querySelector('.story__dates time')!.getAttribute('datetime')!),
        category: text(doc.querySelector('.story__category')),
      };
    })
    .sort((a, b) => b.published - a.published || a.url.localeCompare(b.url));
}

/** Every address an HTML fragment refers to (links, images, srcset candidates). */
function urlsIn(html: string): string[] {
  const { document } = parseHTML(`<!doctype html><html><body>${html}</body></html>`);
  return [...document.querySelectorAll('[href], [src], [srcset]')].flatMap((el) => [
    ...['href', 'src'].map((a) => el.getAttribute(a)).filter((v): v is string => v !== null),
    ...(el.getAttribute('srcset')?.split(',').map((c) => c.trim().split(/\s+/)[0]!) ?? []),
  ]);
}

/** The file a site URL is served from. */
const fileOf = (outDir: string, url: string) => path.join(outDir, decodeURIComponent(new URL(url).pathname));

const UNPUBLISHED = /draft-story|scheduled-story|Secret draft|Future scheduled|Future brief/;

describe('site RSS feed (/rss.xml)', () => {
  const feed = rss('rss.xml');
  const items = feed.items ?? [];
  const pages = articlePages(dir);

  it('lists every published article newest first, with absolute permalinks as guid', () => {
    expect(items.map((i) => i.link)).toEqual(pages.map((p) => p.url));
    for (const item of items) expect(item.guid).toEqual({ value: item.link, isPermaLink: true });
    expect(feed.atom?.links?.[0]?.href).toBe(`${SITE.url}/rss.xml`);
  });

  it('keeps titles with &, <, quotes, emoji and Arabic exactly, escaped once', () => {
    const escaped = items.find((i) => i.link?.endsWith('/escaped-title/'))!;
    expect(escaped.title).toBe('Fish & chips <script>alert(1)</script> "quoted"');
    // A reader renders <description> as HTML; what it shows is the summary exactly as written.
    expect(text(parseHTML(`<!doctype html><html><body><p>${escaped.description}</p></body></html>`).document.querySelector('p'))).toBe('A summary with <b>tags</b> & ampersands.');
    expect(items.find((i) => i.link?.endsWith('/arabic-story/'))?.title).toBe('خبر باللغة العربية 🌙');
  });

  it('carries the full sanitized body, the section and the authors', () => {
    const escaped = items.find((i) => i.link?.endsWith('/escaped-title/'))!;
    const { document } = parseHTML(`<!doctype html><html><body>${escaped.content!.encoded}</body></html>`);
    expect(document.querySelector('h2')?.id).toBe('a-subheading');
    expect(text(document.querySelector('em'))).toBe('inline');
    expect(document.querySelectorAll('script, [onclick]')).toHaveLength(0);
    expect(escaped.categories).toEqual([{ name: 'News' }]);
    expect(escaped.dc?.creators).toEqual(['Ann Writer', 'Bob Reporter']);
    expect(new Date(escaped.pubDate!).toISOString()).toBe('2025-01-14T14:20:00.000Z');
    expect(items.find((i) => i.link?.endsWith('/with-image/'))?.dc?.creators).toEqual([SITE.staffByline]);
  });

  it('gives the lead image as enclosure and media:content with the type and size of the real file', () => {
    const item = items.find((i) => i.link?.endsWith('/with-image/'))!;
    const [enclosure] = item.enclosures!;
    const url = enclosure!.url!;
    expect(url.startsWith(`${SITE.url}/_astro/`)).toBe(true);
    expect(enclosure!.type).toBe('image/jpeg');
    expect(enclosure!.length).toBe(statSync(fileOf(dir, url)).size);
    // A JPEG, as the type says.
    expect(readFileSync(fileOf(dir, url)).subarray(0, 3)).toEqual(Buffer.from([0xff, 0xd8, 0xff]));
    expect(item.media?.contents?.[0]).toMatchObject({ url, type: 'image/jpeg', fileSize: enclosure!.length, description: { value: 'A red square' } });
  });

  it('makes every link and image inside the content absolute, and every image exists', () => {
    const item = items.find((i) => i.link?.endsWith('/with-image/'))!;
    const urls = urlsIn(item.content!.encoded!);
    expect(urls).toContain(`${SITE.url}/articles/escaped-title/`);
    expect(urls).toContain(`${SITE.url}/articles/with-image/#detail`);
    const { document } = parseHTML(`<!doctype html><html><body>${item.content!.encoded}</body></html>`);
    // The lead image on top, and the image written into the body.
    expect([...document.querySelectorAll('img')].map((img) => img.getAttribute('alt'))).toEqual(['A red square', 'The same square, inside the text']);
    const images = urls.filter((u) => u.includes('/_astro/'));
    expect(images).toHaveLength(2);
    for (const url of urls) expect(url, url).toMatch(/^https:\/\//);
    for (const url of images) expect(existsSync(fileOf(dir, url)), url).toBe(true);
  });
});

describe('Atom and JSON Feed', () => {
  const rssIds = (rss('rss.xml').items ?? []).map((i) => i.guid?.value);

  it('carry the same items as the RSS feed', () => {
    const atom = parseAtomFeed(read('atom.xml'));
    expect(atom.entries?.map((e) => e.id)).toEqual(rssIds);
    const json = JSON.parse(read('feed.json'));
    expect(json.version).toBe('https://jsonfeed.org/version/1.1');
    const feed = parseJsonFeed(json);
    expect(feed.items?.map((i) => i.id)).toEqual(rssIds);
    const escaped = feed.items!.find((i) => i.url?.endsWith('/escaped-title/'))!;
    expect(escaped.title).toBe('Fish & chips <script>alert(1)</script> "quoted"');
    expect(escaped.date_published).toBe('2025-01-14T15:20:00+01:00');
    expect(escaped.date_modified).toBe('2025-01-15T10:00:00+01:00');
    const image = feed.items!.find((i) => i.url?.endsWith('/with-image/'))!;
    expect(existsSync(fileOf(dir, image.image!))).toBe(true);
  });
});

describe('category feeds', () => {
  it('exist for each section and carry only its articles', () => {
    for (const [id, name] of [
      ['news', 'News'],
      ['sport', 'Sport'],
    ] as const) {
      const items = rss(`category/${id}/rss.xml`).items ?? [];
      expect(items.map((i) => i.link)).toEqual(articlePages(dir).filter((p) => p.category === name).map((p) => p.url));
    }
  });

  it('are announced in the head of their section page, next to the site feeds', () => {
    const doc = readPage(dir, '/category/sport/');
    const hrefs = [...doc.querySelectorAll('link[rel="alternate"]')].map((l) => [l.getAttribute('type'), l.getAttribute('href')]);
    expect(hrefs).toEqual([
      ['application/rss+xml', `${SITE.url}/category/sport/rss.xml`],
      ['application/rss+xml', `${SITE.url}/rss.xml`],
      ['application/atom+xml', `${SITE.url}/atom.xml`],
      ['application/feed+json', `${SITE.url}/feed.json`],
    ]);
    const home = [...readPage(dir, '/').querySelectorAll('link[rel="alternate"]')].map((l) => l.getAttribute('href')!);
    expect(home).toEqual([`${SITE.url}/rss.xml`, `${SITE.url}/atom.xml`, `${SITE.url}/feed.json`]);
    for (const href of [...hrefs.map(([, h]) => h!), ...home]) expect(existsSync(fileOf(dir, href)), href).toBe(true);
  });
});

describe('briefs feed (/latest/rss.xml)', () => {
  const items = rss('latest/rss.xml').items ?? [];

  it('has each live brief as an item with its text and time, newest first', () => {
    const live = [...readPage(dir, '/latest/').querySelectorAll('.briefs__item')];
    expect(items.map((i) => i.title)).toEqual(live.map((li) => text(li.querySelector('.briefs__text'))));
    expect(items.map((i) => new Date(i.pubDate!).getTime())).toEqual(live.map((li) => Date.parse(li.querySelector('time')!.getAttribute('datetime')!)));
    expect(items.find((i) => i.title?.startsWith('Afternoon'))?.title).toBe('Afternoon brief with "quotes" <b>and tags</b>');
  });

  it('links briefs that have a link, and gives every brief its archive line as guid', () => {
    const linked = items.find((i) => i.title?.startsWith('Late brief'))!;
    expect(linked.link).toBe(`${SITE.url}/articles/escaped-title/`);
    expect(items.find((i) => i.title?.startsWith('Afternoon'))?.link).toBe('https://www.example.org/story');
    for (const item of items) {
      const guid = new URL(item.guid!.value!);
      expect(`${guid.origin}${guid.pathname}`).toMatch(/\/latest\/\d{4}-\d{2}-\d{2}\/$/);
      // The guid is a real line on the archive page.
      expect(readPage(dir, guid.pathname).getElementById(guid.hash.slice(1)), item.guid!.value).not.toBeNull();
    }
    expect(new Set(items.map((i) => i.guid!.value)).size).toBe(items.length);
  });
});

describe('every feed', () => {
  const files = ['rss.xml', 'atom.xml', 'feed.json', 'latest/rss.xml', 'category/news/rss.xml', 'category/sport/rss.xml'];

  it('leaves out drafts, scheduled articles and briefs timed after the build', () => {
    for (const file of files) {
      const body = read(file);
      const entries = file.endsWith('.json')
        ? (parseJsonFeed(JSON.parse(body)).items ?? []).map((i) => [i.id, i.url, i.title])
        : file === 'atom.xml'
          ? (parseAtomFeed(body).entries ?? []).map((e) => [e.id, e.title?.value])
          : (parseRssFeed(body).items ?? []).map((i) => [i.link, i.guid?.value, i.title]);
      expect(entries.length, file).toBeGreaterThan(0);
      for (const fields of entries) expect(fields.join(' '), file).not.toMatch(UNPUBLISHED);
      expect(body, file).not.toMatch(UNPUBLISHED);
    }
  });

  it('stays under the 2 MB Google News limit', () => {
    for (const file of files) expect(statSync(path.join(dir, file)).size, file).toBeLessThanOrEqual(2_000_000);
  });
});

describe('demo feeds', () => {
  const demo = inject('demoDir');

  it('show every demo article with its full text and, where it has one, its image', () => {
    const items = parseRssFeed(readFileSync(path.join(demo, 'rss.xml'), 'utf8')).items ?? [];
    const pages = articlePages(demo);
    expect(items.map((i) => i.link)).toEqual(pages.map((p) => p.url));
    for (const item of items) {
      const page = readPage(demo, new URL(item.link!).pathname);
      const { document } = parseHTML(`<!doctype html><html><body>${item.content!.encoded}</body></html>`);
      // Every paragraph of the page's body is in the feed.
      const paragraphs = [...page.querySelectorAll('.story__body p')].map(text);
      const inFeed = new Set([...document.querySelectorAll('p')].map(text));
      expect(paragraphs.filter((p) => !inFeed.has(p)), item.link).toEqual([]);
      const hasImage = page.querySelector('.story__image img') !== null;
      expect(item.enclosures?.length ?? 0, item.link).toBe(hasImage ? 1 : 0);
      if (hasImage) expect(statSync(fileOf(demo, item.enclosures![0]!.url!)).size).toBe(item.enclosures![0]!.length);
    }
  });
});
