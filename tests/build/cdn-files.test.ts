import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { readCdnRules } from '../../scripts/cdn-preview.ts';
import { headersFor } from '../../src/cdn/rules.ts';
import { inlineCodeHashes, parseCsp } from '../../src/cdn/csp.ts';
import { listFiles } from '../../src/build/checks/output-files.ts';
import { ALIASES_FILE, urlPathOf } from '../../src/cdn/redirects.ts';
import { readPage } from '../helpers/site.ts';

// Cache-Control per kind of file, as the "Caching" table of docs/deploy.md documents them (not
// taken from src/cdn/headers.ts, so a wrong rule there cannot agree with itself).
const IMMUTABLE = 'public, max-age=31536000, immutable';
const PAGE = 'public, max-age=60, stale-while-revalidate=600';
const OTHER = 'public, max-age=3600, stale-while-revalidate=86400';

/** The documented class of an output file: hashed names and search shards forever, pages, feeds and the shard list briefly, the rest for an hour. */
function documentedCacheControl(file: string): string {
  if (file.startsWith('_astro/')) return IMMUTABLE;
  if (file.startsWith('pagefind/shards/')) return IMMUTABLE;
  if (/^pagefind\/briefs\/(fragment|index|filter)\//.test(file) || /^pagefind\/briefs\/[^/]+\.pf_meta$/.test(file)) return IMMUTABLE;
  if (file.startsWith('pagefind/')) return PAGE;
  if (/\.(html|xml|json|txt|xsl)$/.test(file)) return PAGE;
  return OTHER;
}

// The demo build's _headers and _redirects, read by Netlify's own parsers and matched the way
// the CDN matches them: what each file would be served with.
describe('_headers of the demo build', async () => {
  const dir = inject('demoDir');
  const files = (await listFiles(dir)).filter((f) => f !== '_headers' && f !== '_redirects');
  const { headers: rules } = await readCdnRules(dir);

  it('gives every file exactly one Cache-Control: immutable for hashed assets, short with stale-while-revalidate for pages', () => {
    for (const file of files) expect(headersFor(rules, urlPathOf(file))['Cache-Control'], file).toBe(documentedCacheControl(file));
    const hashed = files.filter((f) => f.startsWith('_astro/'));
    expect(hashed.length).toBeGreaterThan(5);
  });

  it('caches the month shards (folders named for their content) and the briefs shard\'s hashed chunks forever, the rest of search like pages', () => {
    const of = (pattern: RegExp) => files.filter((f) => pattern.test(f));
    const shard = String.raw`^pagefind\/shards\/[^/]+\.[0-9a-f]{16}\/`;
    // Every kind is in the demo build, so none of the rules below is vacuous.
    for (const [pattern, expected] of [
      [new RegExp(`${shard}fragment\\/`), IMMUTABLE],
      [new RegExp(`${shard}index\\/`), IMMUTABLE],
      [new RegExp(`${shard}[^/]+\\.pf_meta$`), IMMUTABLE],
      [new RegExp(`${shard}pagefind-entry\\.json$`), IMMUTABLE],
      [/^pagefind\/briefs\/filter\/[^/]+\.pf_filter$/, IMMUTABLE],
      [/^pagefind\/briefs\/fragment\//, IMMUTABLE],
      [/^pagefind\/briefs\/index\//, IMMUTABLE],
      [/^pagefind\/briefs\/[^/]+\.pf_meta$/, IMMUTABLE],
      [/^pagefind\/briefs\/pagefind\.js$/, PAGE],
      [/^pagefind\/briefs\/pagefind-entry\.json$/, PAGE],
      [/^pagefind\/briefs\/wasm\.[^/]+\.pagefind$/, PAGE],
      [/^pagefind\/manifest\.json$/, PAGE],
    ] as const) {
      expect(of(pattern), String(pattern)).not.toEqual([]);
      for (const file of of(pattern)) expect(headersFor(rules, `/${file}`)['Cache-Control'], file).toBe(expected);
    }
  });

  it('caches pages, feeds and sitemaps briefly, and other files for an hour', () => {
    for (const [url, expected] of [
      ['/', PAGE],
      ['/articles/port-of-tanger-med-record/', PAGE],
      ['/rss.xml', PAGE],
      ['/atom.xml', PAGE],
      ['/feed.json', PAGE],
      ['/latest/rss.xml', PAGE],
      ['/category/economy/', PAGE],
      ['/category/economy/rss.xml', PAGE],
      ['/sitemap-index.xml', PAGE],
      ['/robots.txt', PAGE],
      ['/favicon.svg', OTHER],
      ['/og-default.png', OTHER],
    ] as const) {
      expect(files, url).toContain(url.endsWith('/') ? `${url.slice(1)}index.html` : url.slice(1));
      expect(headersFor(rules, url)['Cache-Control'], url).toBe(expected);
    }
    expect(headersFor(rules, `/${files.find((f) => f.startsWith('_astro/') && f.endsWith('.css'))}`)['Cache-Control']).toBe(IMMUTABLE);
  });

  it('sends the security headers with every file', () => {
    for (const file of files) {
      const h = headersFor(rules, urlPathOf(file));
      expect(h['X-Content-Type-Options'], file).toBe('nosniff');
      expect(h['Referrer-Policy'], file).toBe('strict-origin-when-cross-origin');
      expect(h['Permissions-Policy'], file).toContain('camera=()');
      expect(h['Strict-Transport-Security'], file).toMatch(/^max-age=\d{8,}/);
      expect(h['Content-Security-Policy'], file).toBeTruthy();
    }
  });

  it('sends a strict CSP that allows what each page\'s own <meta> policy allows, except hashes of code that is not there', () => {
    const header = headersFor(rules, '/')['Content-Security-Policy']!;
    expect(header).not.toMatch(/unsafe-inline|'unsafe-eval'/);
    const policy = parseCsp(header);
    expect(policy.get('frame-ancestors')).toEqual(["'self'"]);
    expect(policy.get('object-src')).toEqual(["'none'"]);
    for (const page of files.filter((f) => f.endsWith('.html') && !f.startsWith('admin/'))) {
      expect(headersFor(rules, urlPathOf(page))['Content-Security-Policy'], page).toBe(header);
      const meta = readPage(dir, urlPathOf(page)).querySelector('meta[http-equiv="content-security-policy"]');
      expect(meta, page).not.toBeNull();
      for (const [name, sources] of parseCsp(meta!.getAttribute('content')!)) {
        expect(policy.get(name), `${page}: ${name}`).toEqual(expect.arrayContaining(sources.filter((s) => !s.startsWith("'sha"))));
      }
      const html = readFileSync(path.join(dir, page), 'utf8');
      for (const hash of inlineCodeHashes(html)) expect([...policy.get('script-src')!, ...policy.get('style-src')!], page).toContain(hash);
    }
  });

  it('gives the CMS at /admin/ its own policy, never joined with the site\'s', () => {
    const admin = headersFor(rules, '/admin/')['Content-Security-Policy']!;
    const meta = readPage(dir, '/admin/').querySelector('meta[http-equiv="content-security-policy"]')!.getAttribute('content');
    expect(admin).toBe(meta);
    expect(admin).not.toContain(', ');
    expect(headersFor(rules, '/articles/port-of-tanger-med-record/')['Content-Security-Policy']).not.toContain('unsafe-inline');
  });

  it('writes an empty _redirects when no article has aliases', () => {
    expect(readFileSync(path.join(dir, '_redirects'), 'utf8').split('\n').filter((l) => l && !l.startsWith('#'))).toEqual([]);
  });

  it('leaves no hand-off file behind', () => {
    expect(files).not.toContain(ALIASES_FILE);
  });
});

describe('_redirects of a site with renamed articles', async () => {
  const { redirects } = await readCdnRules(inject('hostileDir'));
  it('sends every alias to its article with a permanent redirect', () => {
    expect(redirects.map((r) => [r.from, r.to, r.status])).toEqual([
      ['/2019/05/old-story.html', '/articles/renamed-story/', 301],
      ['/old/renamed-story/', '/articles/renamed-story/', 301],
      ['/old/renamed-story', '/articles/renamed-story/', 301],
    ]);
  });
});
