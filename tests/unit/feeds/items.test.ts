import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { absolutizeHtml, articleFeedItem, briefFeedItem, figureHtml } from '../../../src/feeds/items.ts';
import { SITE, article, body, image, item, urlsIn } from '../../helpers/feeds.ts';

describe('absolutizeHtml', () => {
  it('makes links, images and srcset candidates absolute against the page, leaving other hosts alone', () => {
    const urls = urlsIn(absolutizeHtml(body, `${SITE}/articles/tricky/`));
    expect(urls).toEqual([
      `${SITE}/articles/other/`,
      `${SITE}/articles/tricky/#part-two`,
      'https://elsewhere.example/x?a=1&b=2',
      `${SITE}/_astro/inline.webp`,
      `${SITE}/_astro/inline-640.webp`,
      `${SITE}/_astro/inline-960.webp`,
    ]);
  });

  it('keeps text, entities and scripts of other languages exactly', () => {
    const html = absolutizeHtml('<p>a &amp; b &lt;c&gt; “d” 🐟 خبر</p>', `${SITE}/`);
    expect(parseHTML(`<!doctype html><html><body>${html}</body></html>`).document.querySelector('p')?.textContent).toBe('a & b <c> “d” 🐟 خبر');
  });

  it('keeps srcset descriptors however they are spaced', () => {
    const html = absolutizeHtml('<img src="/a.webp" srcset="/a-640.webp   640w,/a-960.webp\t960w" alt="">', `${SITE}/x/`);
    expect(html).toContain(`srcset="${SITE}/a-640.webp 640w, ${SITE}/a-960.webp 960w"`);
  });

  it('leaves an address it cannot resolve as written, and rewrites cite and poster too', () => {
    const html = absolutizeHtml('<a href="http://[bad">x</a><blockquote cite="/source/"></blockquote><video poster="/p.jpg"></video>', `${SITE}/a/`);
    expect(html).toContain('href="http://[bad"');
    expect(html).toContain(`cite="${SITE}/source/"`);
    expect(html).toContain(`poster="${SITE}/p.jpg"`);
  });
});

describe('articleFeedItem', () => {
  it('puts the lead image on top of the full body, every URL absolute', () => {
    const it_ = item();
    expect(it_.id).toBe(`${SITE}/articles/tricky/`);
    expect(it_.contentHtml.startsWith('<figure><img src="https://news.example/_astro/lead.jpeg"')).toBe(true);
    expect(it_.contentHtml).toContain('<figcaption>The port. Photo: Desk</figcaption>');
    expect(urlsIn(it_.contentHtml).every((u) => /^https:\/\//.test(u))).toBe(true);
    expect(it_.authors).toEqual([{ name: 'Ann Writer', url: `${SITE}/author/ann-writer/` }]);
  });

  it('falls back to the staff byline', () => {
    const it_ = articleFeedItem(article({ authors: [] }), { site: SITE, html: '<p>x</p>', staffByline: 'Staff' });
    expect(it_.authors).toEqual([{ name: 'Staff' }]);
    expect(it_.image).toBeUndefined();
    // No lead image: the body alone, nothing before it.
    expect(it_.contentHtml).toBe('<p>x</p>');
  });
});

describe('briefFeedItem', () => {
  const brief = { time: new Date('2025-01-14T16:20:00Z'), text: 'Rain & "wind" <expected>' };

  it('links a brief without a link to its line in the archive', () => {
    const b = briefFeedItem(brief, { site: SITE, permalink: '/latest/2025-01-14/#brief-1' });
    expect(b.id).toBe(`${SITE}/latest/2025-01-14/#brief-1`);
    expect(b.url).toBe(b.id);
    expect(b.contentHtml).toBe('<p>Rain &amp; &quot;wind&quot; &lt;expected&gt;</p>');
    expect(parseHTML(`<!doctype html><html><body>${b.contentHtml}</body></html>`).document.querySelector('p')?.textContent).toBe(brief.text);
  });

  it('leads to its link but keeps the archive line as its id', () => {
    const b = briefFeedItem(brief, { site: SITE, permalink: '/latest/2025-01-14/#brief-1', href: '/articles/x/', categoryName: 'News' });
    expect(b.url).toBe(`${SITE}/articles/x/`);
    expect(b.id).toBe(`${SITE}/latest/2025-01-14/#brief-1`);
    expect(b.category).toBe('News');
    expect(b.contentHtml).toBe('<p>Rain &amp; &quot;wind&quot; &lt;expected&gt; <a href="https://news.example/articles/x/">Read more</a></p>');
  });

  it('opens a link to another site as the pages do: no window handle for it, no referrer', () => {
    const b = briefFeedItem(brief, { site: SITE, permalink: '/latest/2025-01-14/#brief-1', href: 'https://elsewhere.example/story' });
    const a = parseHTML(`<!doctype html><html><body>${b.contentHtml}</body></html>`).document.querySelector('a')!;
    expect(a.getAttribute('href')).toBe('https://elsewhere.example/story');
    expect(a.getAttribute('rel')?.split(' ').sort()).toEqual(['noopener', 'noreferrer']);
  });
});

describe('figureHtml', () => {
  it('a figure has a caption only from what the image has', () => {
    const { caption: _c, credit: _r, ...plain } = image;
    expect(figureHtml(plain)).toBe(`<figure><img src="${image.url}" alt="Cranes &amp; &quot;boxes&quot;" width="1200" height="675"></figure>`);
    expect(figureHtml({ ...plain, credit: 'Photo: Desk' })).toContain('<figcaption>Photo: Desk</figcaption>');
    expect(figureHtml({ ...plain, caption: 'The port.' })).toContain('<figcaption>The port.</figcaption>');
    expect(figureHtml({ ...plain, caption: '<b>' })).toContain('<figcaption>&lt;b&gt;</figcaption>');
  });
});
