import { readdirSync } from 'node:fs';
import { describe, expect, inject, it } from 'vitest';
import { ARTICLE_WITH_IMAGE } from '../helpers/quality.ts';
import { readPage, text } from '../helpers/site.ts';

const demo = inject('demoDir');

/** What each built article page says about itself: its address, time, section and tag links. */
const articles = (readdirSync(`${demo}/articles`) as string[]).map((slug) => {
  const url = `/articles/${slug}/`;
  const doc = readPage(demo, url);
  return {
    url,
    doc,
    time: Date.parse(doc.querySelector('.story__dates time')!.getAttribute('datetime')!),
    category: doc.querySelector('.story__category a')!.getAttribute('href'),
    tags: [...doc.querySelectorAll('.tags a')].map((a) => a.getAttribute('href')),
  };
});

describe('article page extras on the demo site', () => {
  it('lists up to four related articles: same section or a shared tag, earlier coverage first, newest first, never itself', () => {
    let withRelated = 0;
    for (const a of articles) {
      const shown = [...a.doc.querySelectorAll('.related .card__title a')].map((l) => l.getAttribute('href'));
      const matches = articles.filter((b) => b !== a && (b.category === a.category || b.tags.some((t) => a.tags.includes(t))));
      const earlier = matches.filter((b) => b.time < a.time).sort((x, y) => y.time - x.time);
      const later = matches.filter((b) => b.time > a.time).sort((x, y) => x.time - y.time);
      const expected = [...earlier, ...later]
        .slice(0, 4)
        .sort((x, y) => y.time - x.time)
        .map((b) => b.url);
      expect(shown, a.url).toEqual(expected);
      if (shown.length > 0) withRelated++;
    }
    expect(withRelated).toBeGreaterThan(articles.length / 2);
  });

  it('links the next older article as previous and the next newer one as next', () => {
    const byTime = [...articles].sort((x, y) => x.time - y.time);
    byTime.forEach((a, i) => {
      expect(a.doc.querySelector('.pager__link--previous')?.getAttribute('href'), a.url).toBe(byTime[i - 1]?.url);
      expect(a.doc.querySelector('.pager__link--next')?.getAttribute('href'), a.url).toBe(byTime[i + 1]?.url);
    });
  });

  it('offers share links to Facebook, X, WhatsApp and email with the canonical URL, and a copy box without script', () => {
    const doc = readPage(demo, ARTICLE_WITH_IMAGE);
    const canonical = doc.querySelector('link[rel="canonical"]')!.getAttribute('href')!;
    const links = [...doc.querySelectorAll('.share__list a')];
    expect(links.map(text)).toEqual(['Facebook', 'X', 'WhatsApp', 'Email']);
    for (const link of links) expect(decodeURIComponent(link.getAttribute('href')!), text(link)).toContain(canonical);
    const copy = doc.querySelector('.share details input[readonly]');
    expect(copy?.getAttribute('value')).toBe(canonical);
    expect(text(doc.querySelector('.share details summary'))).toBe('Copy link');
  });

  it('has the reading order headline, summary, byline, dateline, captioned image with credit, body, tags', () => {
    const doc = readPage(demo, ARTICLE_WITH_IMAGE);
    const order = ['.story__title', '.story__summary', '.story__byline', '.story__dates', '.story__image figcaption .figure__credit', '.story__body', '.tags'];
    const all = [...doc.querySelectorAll(order.join(', '))];
    expect(order.map((sel) => all.indexOf(doc.querySelector(sel)!))).toEqual([0, 1, 2, 3, 4, 5, 6]);
  });

  it('renders a right-to-left article whole in its language: labels, dates, sharing, comments and pager, all one way', () => {
    const doc = readPage(demo, '/articles/rabat-calligraphy-exhibition/');
    const story = doc.querySelector('article.story')!;
    expect([story.getAttribute('lang'), story.getAttribute('dir')]).toEqual(['ar', 'rtl']);
    expect(doc.querySelector('.story__title')?.closest('[dir]')?.getAttribute('dir')).toBe('rtl');
    // The labels around the story are Arabic, with no English-language island among them.
    expect(text(doc.querySelector('.story__byline'))).toMatch(/^بقلم /);
    expect(text(doc.querySelector('.story__dates'))).toMatch(/^نُشر في \d{1,2} [\u0600-\u06FF]+ \d{4}، \d{2}:\d{2}$/);
    expect(text(doc.querySelector('.share__heading'))).toBe('شارك هذا المقال');
    expect(text(doc.querySelector('.comments__heading'))).toMatch(/^التعليقات \(\d+\)$/);
    expect(text(doc.querySelector('.pager__label'))).toMatch(/^المقال (السابق|التالي)$/);
    for (const part of ['.share', '.comments', '.pager', '.related', '.story__footer']) {
      const el = doc.querySelector(part);
      if (el) expect(el.closest('[dir]')?.getAttribute('dir'), part).toBe('rtl');
    }
    const english = [...doc.querySelectorAll('.story-column [lang="en"]')].filter((el) => !el.closest('.card') && !el.closest('.pager__title'));
    expect(english.map((el) => el.outerHTML.slice(0, 80))).toEqual([]);
    // The section's label is its Arabic name from content/categories.yaml (`translations`), in the
    // story's language; search still files the story under the section's one name.
    const section = doc.querySelector('.story__category a')!;
    expect([text(section), section.getAttribute('lang')]).toEqual(['ثقافة', null]);
    expect(section.getAttribute('data-section')).toBe('Culture');
  });

  it("names the section in a card's own language, with a language mark where it differs from the page's", () => {
    const home = readPage(demo, '/');
    const card = [...home.querySelectorAll('article.card')].find((c) => c.querySelector('a[href="/articles/rabat-calligraphy-exhibition/"]'))!;
    expect([card.getAttribute('lang'), card.getAttribute('dir')]).toEqual(['ar', 'rtl']);
    expect(text(card.querySelector('.card__category'))).toBe('ثقافة');
    expect(text(card.querySelector('.card__lang'))).toBe('العربية');
    expect(text(card.querySelector('.card__meta'))).toMatch(/^\d{1,2} [\u0600-\u06FF]+ \d{4}، \d{2}:\d{2}$/);
    // English cards on the English page keep the English name and carry no mark.
    const english = [...home.querySelectorAll('article.card[lang="en"]')];
    expect(english.length).toBeGreaterThan(5);
    expect(english.filter((c) => c.querySelector('.card__lang'))).toEqual([]);
    expect(english.map((c) => text(c.querySelector('.card__category'))).filter((n) => /[\u0600-\u06FF]/.test(n))).toEqual([]);
  });
});
