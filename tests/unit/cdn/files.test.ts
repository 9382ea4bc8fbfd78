import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { topLevelPaths, writeCdnFiles } from '../../../src/cdn/files.ts';
import { cspHash } from '../../../src/cdn/csp.ts';
import { readPageFacts } from '../../../src/build/checks/page-checks.ts';

// The `_headers` and `_redirects` files as Cloudflare Pages and Netlify read them: a rule is a
// path line (`*` matches the rest of the path) followed by indented `Name: value` lines, and
// every rule whose path matches a request applies, so two rules with a Content-Security-Policy
// on one address would both be enforced. `_redirects` lines are `from to status`.
const files = ['index.html', 'articles/2026/story/index.html', '_astro/app.1a2b3c4d.css', 'admin/index.html', 'rss.xml', 'pagefind/filter/en_1234.pf_filter', '_headers', '_redirects'];
const page = (policy: string) => ({ facts: readPageFacts(`<!doctype html><html><head><meta http-equiv="content-security-policy" content="${policy}"><title>t</title></head><body></body></html>`) });
const pages = new Map([
  ['index.html', page("default-src 'self'; img-src 'self'")],
  ['articles/2026/story/index.html', page("default-src 'self'")],
  ['admin/index.html', page('default-src *')],
]);

// Each test writes the files afresh (in its own temporary folder) rather than once in a
// beforeAll: mutation testing counts the code a test runs as covered by that test, and code run
// in a hook is counted for no test, so its mutants would be tried against the wrong tests.
const outDirs: string[] = [];
afterAll(() => Promise.all(outDirs.map((d) => rm(d, { recursive: true, force: true }))));

const storyAliases = [{ slug: 'story', file: 'content/articles/2026/story.md', aliases: ['/old/story', '/index.html'] }];

/** Writes the CDN files of a site (by default the one above) and reads them back as the hosts do. */
async function written(site: Partial<Parameters<typeof writeCdnFiles>[0]> = {}) {
  const outDir = await mkdtemp(path.join(tmpdir(), 'cdn-files-'));
  outDirs.push(outDir);
  const result = await writeCdnFiles({ outDir, files, pages, aliases: storyAliases, ...site });
  const rules: { path: string; headers: [string, string][] }[] = [];
  for (const line of (await readFile(path.join(outDir, '_headers'), 'utf8')).split('\n')) {
    if (!line.trim() || line.startsWith('#')) continue;
    if (!line.startsWith(' ')) rules.push({ path: line, headers: [] });
    else {
      const [name, ...value] = line.trim().split(': ');
      rules.at(-1)!.headers.push([name!, value.join(': ')]);
    }
  }
  const redirects = (await readFile(path.join(outDir, '_redirects'), 'utf8')).split('\n').filter((l) => l.trim() && !l.startsWith('#')).map((l) => l.split(/\s+/));
  /** Every header the hosts send for `url`: the headers of all the rules that match it. */
  const headersFor = (url: string) => rules.filter((r) => (r.path.endsWith('*') ? url.startsWith(r.path.slice(0, -1)) : url === r.path)).flatMap((r) => r.headers);
  const values = (url: string, name: string) => headersFor(url).filter(([n]) => n === name).map(([, v]) => v);
  return { result, rules, redirects, values };
}

describe('writeCdnFiles', () => {
  const site = ['/', '/index.html', '/articles/2026/story/', '/_astro/app.1a2b3c4d.css', '/rss.xml', '/pagefind/filter/en_1234.pf_filter'];

  it('sends every address exactly one Content-Security-Policy: the site\'s pages\' policy, or the CMS\'s own under /admin/', async () => {
    const { values } = await written();
    for (const url of site) {
      const csp = values(url, 'Content-Security-Policy');
      expect(csp, url).toHaveLength(1);
      expect(csp[0], url).toMatch(/^default-src 'self'; img-src 'self'/);
      expect(csp[0], url).not.toMatch(/default-src \*|api\.github\.com/);
    }
    const admin = values('/admin/', 'Content-Security-Policy');
    expect(admin).toHaveLength(1);
    expect(admin[0]).toMatch(/connect-src [^;]*https:\/\/api\.github\.com/);
  });

  it("keeps the CMS's looser sources out of the site's policy, which is the union of the pages' own", async () => {
    const { values } = await written();
    const csp = values('/', 'Content-Security-Policy')[0]!;
    // A CSP is `directive source source; ...`: read the sources of each directive.
    const sources = new Map(csp.split(';').map((d) => d.trim().split(/\s+/)).map(([name, ...list]) => [name!, list]));
    expect(sources.get('default-src')).toEqual(["'self'"]);
    expect([...sources.values()].flat()).not.toContain('*');
    // The home page's own img-src reaches the header every page is sent.
    expect(sources.get('img-src')).toEqual(["'self'"]);
  });

  it('sends the other security headers and one cache lifetime everywhere, immutable only for hashed files', async () => {
    const { values } = await written();
    // Not /index.html: the hosts answer it with a redirect to /.
    for (const url of [...site.filter((u) => u !== '/index.html'), '/admin/']) {
      expect(values(url, 'X-Content-Type-Options'), url).toEqual(['nosniff']);
      expect(values(url, 'X-Frame-Options'), url).toEqual(['SAMEORIGIN']);
      expect(values(url, 'Cache-Control'), url).toHaveLength(1);
    }
    expect(values('/_astro/app.1a2b3c4d.css', 'Cache-Control')[0]).toMatch(/max-age=31536000.*immutable/);
    expect(values('/articles/2026/story/', 'Cache-Control')[0]).not.toMatch(/immutable/);
  });

  it('redirects an old address (and its folder twin) to the article with a 301, and refuses one that is a live page', async () => {
    const { result, redirects } = await written();
    expect(redirects).toEqual([['/old/story', '/articles/story/', '301'], ['/old/story/', '/articles/story/', '301']]);
    expect(result.problems).toEqual([expect.stringMatching(/^content\/articles\/2026\/story\.md: aliases: alias "\/index\.html" is the address of a live page/)]);
  });

  it('sums up what it wrote', async () => {
    const { result, rules } = await written();
    expect(result.summary).toBe(`_headers: ${rules.length} rules; _redirects: 2 redirects`);
  });
});

describe('writeCdnFiles on other sites', () => {
  it('writes no /admin/ rule for a site without the CMS', async () => {
    const { rules, values } = await written({ files: files.filter((f) => !f.startsWith('admin/')), pages: new Map([...pages].filter(([f]) => !f.startsWith('admin/'))) });
    expect(rules.map((r) => r.path)).not.toContain('/admin/*');
    expect(values('/', 'Content-Security-Policy')).toHaveLength(1);
  });

  it("keeps the hash of a page's inline script in the header, and ignores a page without a policy", async () => {
    const code = 'ok()';
    const withScript = { facts: readPageFacts(`<!doctype html><html><head><meta http-equiv="content-security-policy" content="default-src 'self'; script-src 'self' ${cspHash(code)}"><title>t</title></head><body><script>${code}</script></body></html>`) };
    const noPolicy = { facts: readPageFacts('<!doctype html><html><head><title>t</title></head><body></body></html>') };
    const { values } = await written({ files: ['index.html', 'a/index.html'], pages: new Map([['index.html', withScript], ['a/index.html', noPolicy]]), aliases: [] });
    const csp = values('/', 'Content-Security-Policy')[0]!;
    expect(csp).toMatch(/^default-src 'self'; script-src 'self' 'sha256-/);
    expect(csp).toContain(cspHash(code));
    // The page's directives, then the site's frame-ancestors, which CSP 3 ignores in a <meta>.
    expect(csp.split(';').map((d) => d.trim().split(/\s+/)[0])).toEqual(['default-src', 'script-src', 'frame-ancestors']);
  });

  // Cloudflare Pages reads a `_redirects` line of at most 1,000 characters.
  it("fails the build for a redirect line longer than Cloudflare Pages reads", async () => {
    const long = `/old/${'a'.repeat(1100)}`;
    const { result } = await written({ aliases: [{ slug: 'story', file: 'content/articles/2026/story.md', aliases: [long] }] });
    expect(result.problems).toEqual(expect.arrayContaining([expect.stringMatching(/^_redirects: the line for \/old\/a+… is \d+ characters; Cloudflare Pages reads at most 1000$/)]));
  });
});

describe('topLevelPaths', () => {
  it('is /, then one pattern per top-level folder and one path per top-level file, leaving out the CMS and the hosts\' own files', () => {
    expect(topLevelPaths(files)).toEqual(['/', '/_astro/*', '/articles/*', '/index.html', '/pagefind/*', '/rss.xml']);
  });

  it("lists a file that only ends like the hosts' own files", () => {
    expect(topLevelPaths(['index.html', 'old_headers', 'moved_redirects'])).toEqual(['/', '/index.html', '/moved_redirects', '/old_headers']);
  });
});
