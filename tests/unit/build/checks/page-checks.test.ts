import { describe, expect, it } from 'vitest';
import { cspHash } from '../../../../src/cdn/csp.ts';
import { checkOutput, checkPages, readPageFacts, type OutputSnapshot } from '../../../../src/build/checks/page-checks.ts';

const SITE = 'https://news.example';
const META = `<meta http-equiv="content-security-policy" content="default-src 'self'; script-src 'self' ${cspHash('ok()')}">`;

/** A page with the head every page needs, and `body`. */
const page = (path: string, body: string, head = `<title>T</title><link rel="canonical" href="${SITE}${path}">${META}`) =>
  `<!doctype html><html><head>${head}</head><body>${body}</body></html>`;

function snapshot(pages: Record<string, string>, extra: string[] = [], redirects: OutputSnapshot['redirects'] = []): OutputSnapshot {
  return { files: new Set([...Object.keys(pages), ...extra]), html: new Map(Object.entries(pages)), redirects, siteUrl: SITE };
}

describe('checkOutput', () => {
  it('quotes a bad address in full up to 80 characters, else its first 77 and "..."', () => {
    const long = `data:text/html,${'A'.repeat(100)}`;
    const unreadable = `http://[${'b'.repeat(100)}`;
    const site = snapshot({ 'index.html': page('/', `<a href="${long}">l</a><a href="http://[oops">u</a><a href="${unreadable}">v</a>`) });
    expect(checkOutput(site).map((p) => p.message)).toEqual([
      `<a> points to a data: URL (${long.slice(0, 77)}...), which is never allowed`,
      '<a> has an unreadable address "http://[oops"',
      `<a> has an unreadable address "${unreadable.slice(0, 77)}..."`,
    ]);
  });

  it('reports a link to a path that is not valid percent-encoding as written', () => {
    expect(checkOutput(snapshot({ 'index.html': page('/', '<a href="/bad%E0%A4%A/">w</a>') }))).toEqual([
      { page: '/', message: 'broken link: /bad%E0%A4%A/ (no such file in the build)' },
    ]);
  });

  it('passes a sound site', () => {
    const site = snapshot(
      {
        'index.html': page('/', '<a href="/articles/a/#part">a</a> <a href="https://other.example/">x</a> <img src="/_astro/p.webp" srcset="/_astro/p.webp 1x" alt=""> <a href="/old/">old</a> <a href="#top">top</a>'),
        'articles/a/index.html': page('/articles/a/', `<h2 id="part">Part</h2><script>ok()</script><script type="application/ld+json">{"@type":"NewsArticle"}</script><script type="module" src="/_astro/e.js"></script>`),
      },
      ['_astro/p.webp', '_astro/e.js'],
      [{ from: '/old/', to: '/articles/a/' }],
    );
    expect(checkOutput(site)).toEqual([]);
  });

  it('reports a broken address on every page that has it, and a relative one against each page', () => {
    const site = snapshot({
      'index.html': page('/', '<a href="/gone/">x</a><a href="a/">rel</a>'),
      'articles/index.html': page('/articles/', '<a href="/gone/">x</a><a href="a/">rel</a>'),
      'articles/a/index.html': page('/articles/a/', '<a href="/gone/">x</a>'),
    });
    expect(checkOutput(site).map((p) => `${p.page} ${p.message}`)).toEqual([
      '/ broken link: /gone/ (no such file in the build)',
      '/ broken link: /a/ (no such file in the build)',
      '/articles/ broken link: /gone/ (no such file in the build)',
      '/articles/a/ broken link: /gone/ (no such file in the build)',
    ]);
  });

  it('checks only the pages it is asked to, looking up anchors on all of them (the live build)', () => {
    const site = snapshot({
      'index.html': page('/', '<a href="/latest/#b2">brief</a>'),
      'latest/index.html': page('/latest/', '<p id="b1">One</p><a href="/gone/">x</a>'),
    });
    const facts = new Map([...site.html].map(([file, html]) => [file, readPageFacts(html)]));
    // The front page's link into the briefs page lost its anchor; the briefs page's own link is broken.
    expect(checkPages(facts, site).map((p) => `${p.page} ${p.message}`)).toEqual([
      '/ broken anchor: /latest/#b2 (no element with id "b2" on that page)',
      '/latest/ broken link: /gone/ (no such file in the build)',
    ]);
    expect(checkPages(facts, site, new Set(['index.html'])).map((p) => p.page)).toEqual(['/']);
    expect(checkPages(facts, site, new Set(['latest/index.html'])).map((p) => p.page)).toEqual(['/latest/']);
  });

  it('names the page and the target of broken links, anchors, images and files', () => {
    const site = snapshot({
      'index.html': page('/', '<a href="/articles/gone/">x</a> <a href="/#nowhere">y</a> <img src="/missing.png" alt="m"> <link rel="stylesheet" href="/_astro/gone.css"> <a href="https://news.example/also-gone/">z</a>'),
    });
    expect(checkOutput(site)).toEqual([
      { page: '/', message: 'broken link: /articles/gone/ (no such file in the build)' },
      { page: '/', message: 'broken anchor: /#nowhere (no element with id "nowhere" on that page)' },
      { page: '/', message: 'missing image: /missing.png (no such file in the build)' },
      { page: '/', message: 'missing file: /_astro/gone.css (no such file in the build)' },
      { page: '/', message: 'broken link: /also-gone/ (no such file in the build)' },
    ]);
  });

  it('requires a title, a canonical URL that is a page of the build, and the CSP meta', () => {
    const site = snapshot({
      'a/index.html': page('/a/', 'x', ''),
      'b/index.html': page('/b/', 'x', `<title>B</title><link rel="canonical" href="${SITE}/elsewhere/">${META}`),
    });
    expect(checkOutput(site).map((p) => `${p.page} ${p.message}`)).toEqual([
      '/a/ the page has no <title>',
      '/a/ the page has no canonical URL (<link rel="canonical">)',
      '/a/ the page has no Content-Security-Policy <meta>',
      `/b/ the canonical URL ${SITE}/elsewhere/ is not a page of this build`,
    ]);
  });

  it('flags anything the CSP would block or a writer could have smuggled in', () => {
    const site = snapshot({
      'index.html': page(
        '/',
        '<script>evil()</script><style>p{}</style><p style="color:red" onclick="x()">p</p><a href="javascript:alert(1)">j</a><a href=" java\tscript:alert(1)">t</a><img alt="gone"><iframe src="data:text/html,x"></iframe><script type="application/ld+json">{broken</script>',
      ),
    });
    const messages = checkOutput(site).map((p) => p.message);
    expect(messages).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^an inline <script> is not allowed by the page's CSP.*evil\(\)/),
        expect.stringMatching(/^an inline <style> is not allowed/),
        '<p> has a style attribute, which the CSP blocks; use a class',
        '<p> has an event-handler attribute (onclick), which the CSP blocks',
        '<a> points to a javascript: URL (javascript:alert(1)), which is never allowed',
        '<a> points to a javascript: URL (javascript:alert(1)), which is never allowed',
        expect.stringMatching(/^an image has no source \(alt "gone"\)/),
        '<iframe> points to a data: URL (data:text/html,x), which is never allowed',
        'a JSON-LD block is not valid JSON',
      ]),
    );
    expect(messages).toHaveLength(9);
  });

  it('checks markup inside <noscript> too, as a browser without scripts would show it', () => {
    const site = snapshot({ 'index.html': page('/', '<noscript><img src="/gone.png" alt="" onerror="x()"></noscript>') });
    expect(checkOutput(site).map((p) => p.message)).toEqual([
      '<img> has an event-handler attribute (onerror), which the CSP blocks',
      'missing image: /gone.png (no such file in the build)',
    ]);
  });

  it('checks that redirect targets exist', () => {
    const site = snapshot({ 'index.html': page('/', '') }, [], [{ from: '/old/', to: '/articles/gone/' }]);
    expect(checkOutput(site)).toEqual([{ page: '/old/', message: 'redirect target /articles/gone/ does not exist' }]);
  });
});
