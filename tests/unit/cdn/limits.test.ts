import { describe, expect, it } from 'vitest';
import { HOST_LIMITS, cdnLimitProblems, redirectCountWarning, redirectLimitProblems } from '../../../src/cdn/limits.ts';
import { aliasRedirects } from '../../../src/cdn/redirects.ts';

const rule = (path: string, value = 'public, max-age=60') => ({ path, headers: [['Cache-Control', value] as const] });

describe('cdnLimitProblems', () => {
  it('passes what the hosts read', () => {
    const { redirects } = aliasRedirects([{ slug: 'a', file: 'c/a.md', aliases: Array.from({ length: 1000 }, (_, i) => `/old/${i}/`) }], []);
    expect(redirects).toHaveLength(2000);
    expect(cdnLimitProblems(Array.from({ length: 100 }, (_, i) => rule(`/r${i}`)), redirects)).toEqual([]);
  });

  it('names each host limit that makes a file unreadable: rule count, header line length, redirect line length', () => {
    const { redirects } = aliasRedirects([{ slug: 'a', file: 'c/a.md', aliases: [...Array.from({ length: 1113 }, (_, i) => `/old/${i}/`), `/${'x'.repeat(1000)}.html`] }], []);
    expect(redirects).toHaveLength(2227);
    expect(cdnLimitProblems([...Array.from({ length: 100 }, (_, i) => rule(`/r${i}`)), rule('/long', 'x'.repeat(2000))], redirects)).toEqual([
      '_headers: 101 rules, but Cloudflare Pages reads only 100; group files into fewer folders',
      '_headers: /long: the Cache-Control line is 2015 characters; Cloudflare Pages reads at most 2000',
      `_redirects: the line for /${'x'.repeat(59)}… is 1023 characters; Cloudflare Pages reads at most 1000`,
    ]);
  });
});

describe('redirectCountWarning', () => {
  it('warns past Cloudflare\'s 2,000 redirects, which it ignores (other hosts read them all)', () => {
    const { redirects } = aliasRedirects([{ slug: 'a', file: 'c/a.md', aliases: Array.from({ length: 1113 }, (_, i) => `/old/${i}/`) }], []);
    expect(redirectCountWarning(redirects)).toBe(
      '_redirects: 2226 redirects, but Cloudflare Pages reads at most 2000 (each alias of a folder path is two lines, /old and /old/); there the later ones do not redirect',
    );
    expect(redirectCountWarning(redirects.slice(0, 2000))).toBeUndefined();
  });
});

describe('redirectLimitProblems (the validator side)', () => {
  const article = (n: number) => ({ file: 'c/a.md', data: { aliases: Array.from({ length: n }, (_, i) => `/old/${i}/`) } });
  const locate = (a: { file: string }, i: number) => ({ file: a.file, field: `aliases[${i}]`, message: '' });

  it('is quiet up to the limit and points at the first alias past it', () => {
    expect(redirectLimitProblems([article(HOST_LIMITS.redirects / 2)], locate)).toEqual([]);
    expect(redirectLimitProblems([article(1113)], locate)).toEqual([
      {
        file: 'c/a.md',
        field: 'aliases[1000]',
        message: "the published articles' aliases make 2226 _redirects lines (a folder path counts twice, /old and /old/); Cloudflare Pages reads at most 2000, so there this alias and the later ones will not redirect (Netlify reads them all)",
      },
    ]);
  });
});
