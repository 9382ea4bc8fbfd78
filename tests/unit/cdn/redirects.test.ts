import { parseAllRedirects } from '@netlify/redirect-parser';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { aliasRedirects, parseAliasSources, pathKey, renderRedirects, urlPathOf } from '../../../src/cdn/redirects.ts';

const output = ['index.html', 'latest/index.html', 'articles/new-name/index.html', 'articles/other/index.html'];

describe('aliasRedirects', () => {
  it('redirects each old address of a published article to its page, with and without the trailing slash', () => {
    const { redirects, problems } = aliasRedirects([{ slug: 'new-name', file: 'content/articles/new-name.md', aliases: ['/2019/05/old.html', '/old/name/'] }], output);
    expect(problems).toEqual([]);
    expect(redirects).toEqual([
      { from: '/2019/05/old.html', to: '/articles/new-name/', status: 301 },
      { from: '/old/name/', to: '/articles/new-name/', status: 301 },
      { from: '/old/name', to: '/articles/new-name/', status: 301 },
    ]);
  });

  it('fails on an alias that is a live page, naming the article and the page', () => {
    const { problems } = aliasRedirects([{ slug: 'new-name', file: 'content/articles/new-name.md', aliases: ['/Latest'] }], output);
    expect(problems).toEqual([
      expect.objectContaining({ file: 'content/articles/new-name.md', field: 'aliases', message: expect.stringContaining('live page (/latest/)') }),
    ]);
  });

  it('fails on an alias claimed by two articles', () => {
    const { problems } = aliasRedirects(
      [
        { slug: 'new-name', file: 'a.md', aliases: ['/old/'] },
        { slug: 'other', file: 'b.md', aliases: ['/old'] },
      ],
      output,
    );
    expect(problems).toHaveLength(1);
    expect(problems[0]!.message).toContain('also an alias of a.md');
  });
});

describe('paths as the CDN compares them', () => {
  it.each([
    ['/Old/Story/', '/old/story'],
    ['/old/story//', '/old/story'],
    ['/old/index.html', '/old'],
    ['/', '/'],
    ['/index.html', '/'],
    ['/2019/05/Old.HTML', '/2019/05/old.html'],
    ['/old/index.htmlx', '/old/index.htmlx'],
  ])('%s is the same address as %s', (p, key) => expect(pathKey(p)).toBe(key));

  it.each([
    ['index.html', '/'],
    ['latest/index.html', '/latest/'],
    ['rss.xml', '/rss.xml'],
    ['category/news/rss.xml', '/category/news/rss.xml'],
    ['not-index.html', '/not-index.html'],
  ])('the file %s answers at %s', (file, url) => expect(urlPathOf(file)).toBe(url));
});

describe('aliasRedirects, edge cases', () => {
  const files = [...output, 'rss.xml'];

  it('names the live page an alias would hide, whatever its case, slash or index.html', () => {
    const { redirects, problems } = aliasRedirects([{ slug: 'x', file: 'x.md', aliases: ['/LATEST/index.html', '/', '/RSS.xml'] }], files);
    expect(redirects).toEqual([]);
    expect(problems.map((p) => [p.file, p.field, p.message])).toEqual([
      ['x.md', 'aliases', 'alias "/LATEST/index.html" is the address of a live page (/latest/); a redirect would hide it. Remove the alias'],
      ['x.md', 'aliases', 'alias "/" is the address of a live page (/); a redirect would hide it. Remove the alias'],
      ['x.md', 'aliases', 'alias "/RSS.xml" is the address of a live page (/rss.xml); a redirect would hide it. Remove the alias'],
    ]);
  });

  it('says which other article holds an alias', () => {
    const { problems } = aliasRedirects(
      [
        { slug: 'a', file: 'a.md', aliases: ['/Old'] },
        { slug: 'b', file: 'b.md', aliases: ['/old/'] },
      ],
      files,
    );
    expect(problems).toEqual([{ file: 'b.md', field: 'aliases', message: 'alias "/old/" is also an alias of a.md; an old address can lead to one article only' }]);
  });

  it('gives a folder-like path with a dot inside a twin, and the root no empty twin', () => {
    expect(aliasRedirects([{ slug: 'a', file: 'a.md', aliases: ['/v1.2/story'] }], files).redirects.map((r) => r.from)).toEqual(['/v1.2/story', '/v1.2/story/']);
    expect(aliasRedirects([{ slug: 'a', file: 'a.md', aliases: ['/'] }], []).redirects).toEqual([{ from: '/', to: '/articles/a/', status: 301 }]);
  });

  it('writes one rule for an alias an article lists twice, and no twin for a file or for extra slashes beyond one', () => {
    const { redirects, problems } = aliasRedirects([{ slug: 'a', file: 'a.md', aliases: ['/old', '/old/', '/feed.rss', '/deep//'] }], files);
    expect(problems).toEqual([]);
    expect(redirects.map((r) => `${r.from} ${r.to} ${r.status}`)).toEqual(['/old /articles/a/ 301', '/old/ /articles/a/ 301', '/feed.rss /articles/a/ 301', '/deep// /articles/a/ 301', '/deep /articles/a/ 301']);
  });
});

describe('renderRedirects', () => {
  it('writes a comment, then one `from to status` line per redirect, ending in a newline', () => {
    const text = renderRedirects([
      { from: '/a', to: '/articles/x/', status: 301 },
      { from: '/b/', to: '/articles/y/', status: 301 },
    ]);
    expect(text.split('\n')).toEqual([expect.stringMatching(/^# /), '/a /articles/x/ 301', '/b/ /articles/y/ 301', '']);
    expect(renderRedirects([]).split('\n')).toEqual([expect.stringMatching(/^# /), '']);
  });

  it.each([['/x y'], ['https://evil.example/'], ['/x\n/* /evil 200'], ['']])('refuses to write the unsafe target %j', (to) => {
    expect(() => renderRedirects([{ from: '/old', to, status: 301 }])).toThrow(`[redirects] refusing to write an unsafe redirect "/old" → ${JSON.stringify(to)}`);
  });

  it.each(['/a#b', '/a!', '/a*', ' /a', '/a b', '/a\tb'])('refuses the source %j', (from) => {
    expect(() => renderRedirects([{ from, to: '/articles/x/', status: 301 }])).toThrow(/unsafe redirect/);
  });

  it('writes lines that Netlify\'s own parser reads back unchanged', async () => {
    const { redirects } = aliasRedirects([{ slug: 'new-name', file: 'x.md', aliases: ['/2019/05/old.html'] }], output);
    const dir = await mkdtemp(path.join(tmpdir(), 'redirects-'));
    await writeFile(path.join(dir, '_redirects'), renderRedirects(redirects));
    const parsed = await parseAllRedirects({ redirectsFiles: [path.join(dir, '_redirects')], configRedirects: [], minimal: true });
    expect(parsed.errors).toEqual([]);
    expect(parsed.redirects).toEqual([expect.objectContaining({ from: '/2019/05/old.html', to: '/articles/new-name/', status: 301 })]);
  });

  it('writes a query alias in Netlify\'s query form, forced past the live page at its path', async () => {
    const { redirects } = aliasRedirects([{ slug: 'new-name', file: 'x.md', aliases: ['/?p=123', '/2019/05/old/'] }], output);
    expect(redirects.filter((r) => r.from.includes('?'))).toEqual([{ from: '/?p=123', to: '/articles/new-name/', status: 301 }]);
    const dir = await mkdtemp(path.join(tmpdir(), 'redirects-'));
    await writeFile(path.join(dir, '_redirects'), renderRedirects(redirects));
    const parsed = await parseAllRedirects({ redirectsFiles: [path.join(dir, '_redirects')], configRedirects: [], minimal: true });
    expect(parsed.errors).toEqual([]);
    expect(parsed.redirects[0]).toEqual(expect.objectContaining({ from: '/', query: { p: '123' }, to: '/articles/new-name/', status: 301, force: true }));
  });

  it('writes a WordPress page address (/?page_id=42), whose key is a whole word', () => {
    expect(renderRedirects([{ from: '/?page_id=42', to: '/articles/x/', status: 301 }])).toMatch(/^\/ page_id=42 \/articles\/x\/ 301!$/m);
  });

  it.each(['/old\n/* https://evil.example 200', '/old /evil', '/*', '/:splat', 'https://evil.example/', '/?p=1 /evil', '/?p=:id', '/?a=1?b=2'])('refuses to write the unsafe source %j', (from) => {
    expect(() => renderRedirects([{ from, to: '/articles/x/', status: 301 }])).toThrow(/unsafe redirect/);
  });
});

describe('parseAliasSources', () => {
  it('accepts the list the build hands over', () => {
    const sources = [{ slug: 'a', file: 'content/articles/a.md', aliases: ['/old/'] }];
    expect(parseAliasSources(sources, 'aliases.json')).toEqual(sources);
  });

  it('names the file and what it found', () => {
    expect(() => parseAliasSources({}, 'dist/aliases.json')).toThrow('[redirects] dist/aliases.json: expected a list of { slug, file, aliases }, found object');
    expect(() => parseAliasSources('x', 'dist/aliases.json')).toThrow('found string');
    expect(() => parseAliasSources([null], 'dist/aliases.json')).toThrow('[redirects] dist/aliases.json: entry 0 is not { slug, file, aliases: string[] }');
  });

  it.each([
    [[null], /entry 0 is not/],
    [['a'], /entry 0 is not/],
    [[{ slug: 1, file: 'a.md', aliases: [] }], /entry 0 is not/],
    [[{ slug: 'a', file: 1, aliases: [] }], /entry 0 is not/],
    [[{ slug: 'a', file: 'a.md', aliases: '/old/' }], /entry 0 is not/],
    [[{ slug: 'a', file: 'a.md', aliases: ['/old/', 2] }], /entry 0 is not/],
    [{}, /expected a list/],
    [[{ slug: 'a', file: 'a.md' }], /entry 0 is not/],
    [[{ slug: 'a', file: 'a.md', aliases: ['/ok/'] }, { slug: 'b', file: 'b.md', aliases: [1] }], /entry 1 is not/],
  ])('names what is wrong with %j', (value, message) => {
    expect(() => parseAliasSources(value, 'aliases.json')).toThrow(message);
  });
});
