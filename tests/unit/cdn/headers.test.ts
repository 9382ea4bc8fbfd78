import { parseAllHeaders } from '@netlify/headers-parser';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { CACHE_CONTROL, MAX_HEADER_RULES, cacheClassOf, cacheRules, renderHeaders, securityHeaders } from '../../../src/cdn/headers.ts';
import { headersFor, type ParsedHeaderRule } from '../../../src/cdn/rules.ts';
import { urlPathOf } from '../../../src/cdn/redirects.ts';

const files = [
  'index.html',
  '404.html',
  'favicon.svg',
  'rss.xml',
  'feed.json',
  '_astro/app.Ab12Cd34.css',
  '_astro/photo.Xy_987.webp',
  'articles/one/index.html',
  'articles/two/index.html',
  'category/news/index.html',
  'category/news/rss.xml',
  'pagefind/manifest.json',
  'pagefind/briefs/pagefind.js',
  'pagefind/briefs/pagefind-entry.json',
  'pagefind/briefs/pagefind.en_3f2a1b.pf_meta',
  'pagefind/briefs/fragment/en_1a2b3c.pf_fragment',
  'pagefind/briefs/index/en_4d5e6f.pf_index',
  'pagefind/briefs/filter/en_7a8b9c.pf_filter',
  'pagefind/briefs/wasm.en.pagefind',
  'pagefind/shards/2026-11.fedcba9876543210/pagefind-entry.json',
  'pagefind/shards/2026-11.fedcba9876543210/fragment/en_5e6f7a.pf_fragment',
];

// The "Caching" table of docs/deploy.md, stated here rather than read from CACHE_CONTROL/cacheClassOf.
const IMMUTABLE = 'public, max-age=31536000, immutable';
const PAGE = 'public, max-age=60, stale-while-revalidate=600';
const OTHER = 'public, max-age=3600, stale-while-revalidate=86400';
const documented: Record<string, string> = {
  'index.html': PAGE,
  '404.html': PAGE,
  'favicon.svg': OTHER,
  'rss.xml': PAGE,
  'feed.json': PAGE,
  '_astro/app.Ab12Cd34.css': IMMUTABLE,
  '_astro/photo.Xy_987.webp': IMMUTABLE,
  'articles/one/index.html': PAGE,
  'articles/two/index.html': PAGE,
  'category/news/index.html': PAGE,
  'category/news/rss.xml': PAGE,
  // The list of shards tracks the pages; a month's folder is named for its content, so all of it
  // is immutable; the briefs' folder keeps its name: its hashed chunks are immutable, the rest not.
  'pagefind/manifest.json': PAGE,
  'pagefind/briefs/pagefind.js': PAGE,
  'pagefind/briefs/pagefind-entry.json': PAGE,
  'pagefind/briefs/pagefind.en_3f2a1b.pf_meta': IMMUTABLE,
  'pagefind/briefs/fragment/en_1a2b3c.pf_fragment': IMMUTABLE,
  'pagefind/briefs/index/en_4d5e6f.pf_index': IMMUTABLE,
  'pagefind/briefs/filter/en_7a8b9c.pf_filter': IMMUTABLE,
  'pagefind/briefs/wasm.en.pagefind': PAGE,
  'pagefind/shards/2026-11.fedcba9876543210/pagefind-entry.json': IMMUTABLE,
  'pagefind/shards/2026-11.fedcba9876543210/fragment/en_5e6f7a.pf_fragment': IMMUTABLE,
};

describe('cacheClassOf', () => {
  it.each([
    ['_astro/app.Ab12Cd34.css', 'immutable'],
    ['pagefind/shards/2026-11.fedcba9876543210/fragment/en_1a2b3c.pf_fragment', 'immutable'],
    ['pagefind/briefs/pagefind.en_3f2a1b.pf_meta', 'immutable'],
    ['pagefind/shards/2026-11.fedcba9876543210/index/en_4d5e6f.pf_index', 'immutable'],
    ['pagefind/briefs/filter/en_7a8b9c.pf_filter', 'immutable'],
    ['pagefind/shards/2026-11.fedcba9876543210/pagefind-entry.json', 'immutable'],
    ['pagefind/briefs/pagefind.js', 'html'],
    ['pagefind/briefs/pagefind-entry.json', 'html'],
    ['pagefind/shards/2026-11.fedcba9876543210/pagefind.js', 'immutable'],
    ['pagefind/manifest.json', 'html'],
    ['pagefind/shards/briefs/pagefind-entry.json', 'html'],
    ['pagefind/pagefind-entry.json', 'html'],
    ['pagefind/fragment/en_1a2b3c.pf_fragment', 'html'],
    ['sitemap-index.xml', 'html'],
    ['robots.txt', 'html'],
    ['feed.xsl', 'html'],
    ['_astro-like/x.css', 'asset'],
    ['logo.png', 'asset'],
    ['admin/config.yml', 'asset'],
    ['articles/one/index.html', 'html'],
    ['rss.xml', 'html'],
    ['feed.json', 'html'],
    ['category/news/rss.xml', 'html'],
    ['favicon.svg', 'asset'],
  ] as const)('%s is %s', (file, cls) => expect(cacheClassOf(file)).toBe(cls));
});

/** Writes the rules as `_headers` and reads them back with Netlify's own parser. */
async function viaNetlifyParser(text: string): Promise<ParsedHeaderRule[]> {
  const dir = await mkdtemp(path.join(tmpdir(), 'headers-'));
  await writeFile(path.join(dir, '_headers'), text);
  const { headers, errors } = await parseAllHeaders({ headersFiles: [path.join(dir, '_headers')], configHeaders: [], minimal: false });
  expect(errors).toEqual([]);
  return headers as ParsedHeaderRule[];
}

describe('the _headers file', () => {
  it('gives every file exactly one Cache-Control of its class, as a CDN matches the rules', async () => {
    const text = renderHeaders([{ path: '/*', headers: securityHeaders("default-src 'self'") }, ...cacheRules(files)]);
    const rules = await viaNetlifyParser(text);
    for (const file of files) {
      const headers = headersFor(rules, urlPathOf(file));
      expect(headers['Cache-Control'], file).toBe(documented[file]);
      expect(headers['X-Content-Type-Options'], file).toBe('nosniff');
      expect(headers['Content-Security-Policy'], file).toBe("default-src 'self'");
    }
  });

  it('groups folders whose files share a class into one rule', () => {
    const paths = cacheRules(files).map((r) => r.path);
    expect(paths).toContain('/_astro/*');
    expect(paths).toContain('/articles/*');
    // However many months: one rule for all their shards.
    expect(paths).toContain('/pagefind/shards/*');
    expect(paths).toContain('/pagefind/briefs/fragment/*');
    expect(paths).toContain('/pagefind/manifest.json');
    const months = (n: number) => Array.from({ length: n }, (_, m) => `pagefind/shards/2020-${String(m + 1).padStart(2, '0')}.${String(m).padStart(16, '0')}/pagefind-entry.json`);
    expect(cacheRules([...files, ...months(12)]).length).toBe(cacheRules([...files, ...months(1)]).length);
    expect(paths).toContain('/category/*');
  });

  it("stays within Cloudflare's 100 rules however many sections, tags and brief days a site has", () => {
    const big = [...files];
    for (let i = 0; i < 400; i++) big.push(`category/section-${i}/index.html`, `category/section-${i}/rss.xml`, `category/section-${i}/2/index.html`);
    for (let d = 1; d <= 365; d++) big.push(`latest/2026-01-${String(d).padStart(3, '0')}/index.html`);
    big.push('latest/index.html', 'latest/rss.xml');
    for (let t = 0; t < 2000; t++) big.push(`tag/tag-${t}/index.html`);
    // Ten years of monthly search shards.
    for (let m = 0; m < 120; m++) big.push(`pagefind/shards/${2020 + Math.floor(m / 12)}-${String((m % 12) + 1).padStart(2, '0')}.${String(m).padStart(16, '0')}/pagefind-entry.json`);
    const rules = cacheRules(big);
    expect(rules.length).toBeLessThanOrEqual(MAX_HEADER_RULES);
    expect(rules.map((r) => r.path)).toEqual(expect.arrayContaining(['/category/*', '/latest/*', '/tag/*']));
  });

  it('keeps pages and feeds short-lived with stale-while-revalidate, hashed files immutable', () => {
    expect(CACHE_CONTROL).toEqual({ immutable: IMMUTABLE, html: PAGE, asset: OTHER });
  });

  it('refuses a rule whose text would inject another rule', () => {
    expect(() => renderHeaders([{ path: '/x', headers: [['X-Test', 'a\n/*\n  X-Evil: 1']] }])).toThrow(/unsafe rule/);
    expect(() => renderHeaders([{ path: '/x y', headers: [['X-Test', 'a']] }])).toThrow(/unsafe rule/);
  });
});
