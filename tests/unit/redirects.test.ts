import { parseAllRedirects } from '@netlify/redirect-parser';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { aliasRedirects, parseAliasSources, renderRedirects } from '../../src/lib/redirects.ts';

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

describe('renderRedirects', () => {
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

  it.each(['/old\n/* https://evil.example 200', '/old /evil', '/*', '/:splat', 'https://evil.example/', '/?p=1 /evil', '/?p=:id', '/?a=1?b=2'])('refuses to write the unsafe source %j', (from) => {
    expect(() => renderRedirects([{ from, to: '/articles/x/', status: 301 }])).toThrow(/unsafe redirect/);
  });
});

describe('parseAliasSources', () => {
  it('accepts the list the build hands over', () => {
    const sources = [{ slug: 'a', file: 'content/articles/a.md', aliases: ['/old/'] }];
    expect(parseAliasSources(sources, 'aliases.json')).toEqual(sources);
  });

  it.each([
    [{}, /expected a list/],
    [[{ slug: 'a', file: 'a.md' }], /entry 0 is not/],
    [[{ slug: 'a', file: 'a.md', aliases: ['/ok/'] }, { slug: 'b', file: 'b.md', aliases: [1] }], /entry 1 is not/],
  ])('names what is wrong with %j', (value, message) => {
    expect(() => parseAliasSources(value, 'aliases.json')).toThrow(message);
  });
});
