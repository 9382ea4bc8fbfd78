import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { pageExists, readPage, text } from '../helpers/site.ts';

const dir = inject('siteDir');

/** Every built HTML file, relative to the output folder. */
function allPages(): string[] {
  return (readdirSync(dir, { recursive: true }) as string[]).filter((f) => f.endsWith('.html'));
}

describe('front page', () => {
  const doc = readPage(dir, '/');

  it("leads with the editors' pinned story, then their top story, then the newest", () => {
    // content/front-page.yaml pins filler-05 as the lead and filler-02 first among the top stories.
    expect(text(doc.querySelector('.front__lead .card--lead .card__title'))).toBe('Filler story 05');
    const top = [...doc.querySelectorAll('.front__under .card__title, .front__top .card__title')].map(text);
    expect(top[0]).toBe('Filler story 02');
    expect(top[1]).toContain('Fish & chips');
    expect(top).toContain('Picture story');
    expect(new Set(top).size).toBe(top.length);
  });

  it('shows the briefs column newest first, times in Casablanca time, linked where a brief has a link', () => {
    const items = [...doc.querySelectorAll('.briefs .briefs__item')];
    expect(items.map((li) => text(li.querySelector('.briefs__time')))).toEqual(['00:30', '17:20', '09:05', '12:00']);
    expect(items[0]!.querySelector('a')?.getAttribute('href')).toBe('/articles/escaped-title/');
    expect(items[1]!.querySelector('a')?.getAttribute('href')).toBe('https://www.example.org/story');
    expect(items[2]!.querySelector('a')).toBeNull();
    expect(items[0]!.querySelector('time')?.getAttribute('datetime')).toBe('2025-01-15T00:30:00+01:00');
  });

  it('escapes brief text instead of rendering it as HTML', () => {
    const brief = [...doc.querySelectorAll('.briefs__text')].find((el) => text(el).startsWith('Afternoon'));
    expect(text(brief)).toBe('Afternoon brief with "quotes" <b>and tags</b>');
    expect(brief?.querySelector('b')).toBeNull();
  });

  it('has a navigation entry per category and the social links in the footer', () => {
    const nav = [...doc.querySelectorAll('nav.sections a')].map(text);
    expect(nav).toEqual(['Home', 'News', 'Sport', 'Latest news']);
    const follow = doc.querySelector('.site-footer .follow')!;
    expect([...follow.querySelectorAll('a')].map(text)).toEqual(expect.arrayContaining(['RSS: all stories', 'RSS: latest news', 'Facebook']));
    expect(follow.querySelector('a[href="/rss.xml"]')).not.toBeNull();
    expect([...doc.querySelectorAll('.site-footer a[href^="/category/"][href$="/rss.xml"]')].map(text)).toEqual(['News', 'Sport']);
    expect(text(doc.querySelector('.site-footer__copyright'))).toBe('© 2025 The Atlas Courier. All rights reserved.');
    expect(text(doc.querySelector('.site-footer__about'))).toContain('All times are Morocco time.');
  });
});

describe('article page', () => {
  const doc = readPage(dir, '/articles/escaped-title/');

  it('shows the headline as text, escaped exactly once', () => {
    expect(text(doc.querySelector('h1'))).toBe('Fish & chips <script>alert(1)</script> "quoted"');
    expect(doc.querySelector('title')?.textContent).toBe('Fish & chips <script>alert(1)</script> "quoted" | The Atlas Courier');
    expect(doc.querySelectorAll('script:not([type="application/ld+json"])')).toHaveLength(0);
  });

  it('strips scripts and event handlers from the body but keeps safe HTML', () => {
    const body = doc.querySelector('.story__body')!;
    expect(body.innerHTML).not.toMatch(/alert\('body'\)|onclick|steal\(\)/);
    expect(text(body.querySelector('em'))).toBe('inline');
    expect(body.querySelector('h2')?.id).toBe('a-subheading');
  });

  it('marks external links noopener noreferrer', () => {
    const link = doc.querySelector('.story__body a[href="https://www.example.org/a"]');
    expect(link?.getAttribute('rel')?.split(' ').sort()).toEqual(['noopener', 'noreferrer']);
  });

  it('gives published and updated times in the site time zone', () => {
    const times = [...doc.querySelectorAll('.story__dates time')];
    expect(times.map((t) => t.getAttribute('datetime'))).toEqual(['2025-01-14T15:20:00+01:00', '2025-01-15T10:00:00+01:00']);
    expect(text(doc.querySelector('.story__dates'))).toBe('Published 14 January 2025, 15:20 · Updated 15 January 2025, 10:00');
  });

  it('has a byline with author links, the category link, tags and the briefs column', () => {
    const authors = [...doc.querySelectorAll('.story__byline a')];
    expect(authors.map((a) => [text(a), a.getAttribute('href')])).toEqual([
      ['Ann Writer', '/author/ann-writer/'],
      ['Bob Reporter', '/author/bob-reporter/'],
    ]);
    expect(doc.querySelector('.story__category a')?.getAttribute('href')).toBe('/category/news/');
    expect([...doc.querySelectorAll('.tags a')].map((a) => a.getAttribute('href'))).toEqual(['/tag/food/', '/tag/open-data/']);
    // The column is framed: one small document that a new brief rebuilds instead of every article.
    const frame = doc.querySelector('iframe.briefs-frame');
    expect(frame?.getAttribute('title')).toBe('Latest news');
    expect(frame?.getAttribute('src')).toBe('/latest/column/');
    const column = readPage(dir, '/latest/column/');
    expect(column.querySelectorAll('.briefs .briefs__item').length).toBe(4);
    expect(column.querySelector('base')?.getAttribute('target')).toBe('_top');
    expect(column.querySelector('meta[name="robots"]')?.getAttribute('content')).toBe('noindex');
  });

  it('uses the staff byline when an article names no author', () => {
    expect(text(readPage(dir, '/articles/with-image/').querySelector('.story__byline'))).toBe('By Atlas Courier staff');
  });

  it('renders the image with modern formats, dimensions, caption and credit', () => {
    const page = readPage(dir, '/articles/with-image/');
    const types = [...page.querySelectorAll('.story__image source')].map((s) => s.getAttribute('type'));
    expect(types).toEqual(['image/avif', 'image/webp']);
    const img = page.querySelector('.story__image img')!;
    expect(img.getAttribute('alt')).toBe('A red square');
    expect(Number(img.getAttribute('width'))).toBeGreaterThan(0);
    expect(Number(img.getAttribute('height'))).toBeGreaterThan(0);
    expect(img.getAttribute('fetchpriority')).toBe('high');
    expect(text(page.querySelector('.story__image figcaption'))).toBe('The caption Test credit');
  });

  it('renders a right-to-left article with dir="rtl" and its language', () => {
    const story = readPage(dir, '/articles/arabic-story/').querySelector('article.story');
    expect(story?.getAttribute('dir')).toBe('rtl');
    expect(story?.getAttribute('lang')).toBe('ar');
  });
});

describe('drafts and scheduled articles', () => {
  it('have no page', () => {
    expect(pageExists(dir, '/articles/draft-story/')).toBe(false);
    expect(pageExists(dir, '/articles/scheduled-story/')).toBe(false);
    expect(pageExists(dir, '/articles/escaped-title/')).toBe(true);
  });

  it('appear on no page, list, tag or count', () => {
    for (const file of allPages()) {
      const html = readFileSync(path.join(dir, file), 'utf8');
      expect(html, file).not.toMatch(/Secret draft story|Future scheduled story|draft-story|scheduled-story/);
    }
    expect(pageExists(dir, '/tag/draftonly/')).toBe(false);
    expect(pageExists(dir, '/tag/futureonly/')).toBe(false);
  });

  it('hide briefs timed after the build', () => {
    expect(readFileSync(path.join(dir, 'latest/index.html'), 'utf8')).not.toContain('Future brief');
  });
});

describe('lists', () => {
  it('number a section\'s archive pages from the oldest story, newest first within a page', () => {
    // Sport has 18 stories at 12 a page: archive page 1 holds the 12 oldest, the first page the 6 newest.
    const first = readPage(dir, '/category/sport/');
    const titles = [...first.querySelectorAll('.list .card__title')].map(text);
    expect(titles).toEqual(['Picture story', 'Filler story 09', 'Filler story 08', 'Filler story 07', 'Filler story 06', 'Filler story 05']);
    const archive = readPage(dir, '/category/sport/1/');
    const older = [...archive.querySelectorAll('.list .card__title')].map(text);
    expect(older).toHaveLength(12);
    expect(older.slice(0, 2)).toEqual(['Filler story 04', 'Filler story 13']);
    expect(older.slice(-4)).toEqual(['Archive story 04', 'Archive story 03', 'Archive story 02', 'Archive story 01']);
    expect(pageExists(dir, '/category/sport/2/')).toBe(false);
    // The pager: links both ways, and the archive page names the days it covers.
    expect(first.querySelector('a[rel="next"]')?.getAttribute('href')).toBe('/category/sport/1/');
    expect(first.querySelector('a[rel="prev"]')).toBeNull();
    expect(archive.querySelector('a[rel="prev"]')?.getAttribute('href')).toBe('/category/sport/');
    expect(archive.querySelector('a[rel="next"]')).toBeNull();
    expect(text(archive.querySelector('.pagination'))).toContain('28 December 2024 to 4 January 2025');
    expect(text(archive.querySelector('title'))).toMatch(/^Sport \(page 1\)/);
  });

  it('have tag and author pages', () => {
    expect([...readPage(dir, '/tag/food/').querySelectorAll('.card__title')].map(text)).toEqual([
      'Fish & chips <script>alert(1)</script> "quoted"',
      'Picture story',
    ]);
    expect(text(readPage(dir, '/tag/open-data/').querySelector('h1'))).toBe('Open Data');
    const ann = [...readPage(dir, '/author/ann-writer/').querySelectorAll('.card__title')].map(text);
    expect(ann).toEqual(['Fish & chips <script>alert(1)</script> "quoted"']);
  });

  it('group every brief by day on the latest news page, newest first', () => {
    const doc = readPage(dir, '/latest/');
    const days = [...doc.querySelectorAll('.brief-day')].map((s) => s.getAttribute('data-day'));
    expect(days).toEqual(['2025-01-15', '2025-01-14', '2025-01-13']);
    const day14 = [...doc.querySelectorAll('[data-day="2025-01-14"] .briefs__time')].map(text);
    expect(day14).toEqual(['17:20', '09:05']);
    expect(pageExists(dir, '/latest/2025-01-13/')).toBe(true);
  });

  it('has a 404 page', () => {
    expect(text(readPage(dir, '/404.html').querySelector('h1'))).toBe('Page not found');
  });
});
