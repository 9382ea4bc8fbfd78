import { describe, expect, it } from 'vitest';
import { headersFor, redirectFor } from '../../../src/cdn/rules.ts';

describe('headersFor', () => {
  const rules = [
    { forRegExp: /^\/?(.*)\/?$/iu, values: { 'X-Content-Type-Options': 'nosniff' } },
    { forRegExp: /^\/_astro\/?(.*)\/?$/iu, values: { 'Cache-Control': 'immutable' } },
    { forRegExp: /^\/dup\/?$/iu, values: { 'cache-control': 'second' } },
    { forRegExp: /^\/dup\/?$/iu, values: { 'Cache-Control': 'third' } },
  ];

  it('applies every matching rule', () => {
    expect(headersFor(rules, '/_astro/a.css')).toEqual({ 'X-Content-Type-Options': 'nosniff', 'Cache-Control': 'immutable' });
    expect(headersFor(rules, '/articles/x/')).toEqual({ 'X-Content-Type-Options': 'nosniff' });
  });

  it('joins a header set by two rules, as Cloudflare Pages does', () => {
    expect(headersFor(rules, '/dup/')['cache-control']).toBe('second, third');
  });
});

describe('redirectFor', () => {
  const redirects = [
    { from: '/2019/05/old.html', to: '/articles/new/', status: 301 },
    { from: '/old/', to: '/articles/new/' },
    { from: '/news/:year/*', to: '/archive/:year/:splat', status: 302 },
  ];

  it('matches exact paths ignoring case and the trailing slash', () => {
    expect(redirectFor(redirects, '/2019/05/OLD.html')).toEqual({ location: '/articles/new/', status: 301, force: false });
    expect(redirectFor(redirects, '/old')).toEqual({ location: '/articles/new/', status: 301, force: false });
  });

  it('fills placeholders and splats', () => {
    expect(redirectFor(redirects, '/news/2020/a/b')).toEqual({ location: '/archive/2020/a/b', status: 302, force: false });
  });

  it('matches query parameters (WordPress\'s /?p=123) only when the request carries them', () => {
    const rules = [
      { from: '/', query: { p: '12' }, to: '/articles/twelve/', status: 301, force: true },
      { from: '/', query: { p: ':id' }, to: '/by-id/:id/', status: 302 },
    ];
    expect(redirectFor(rules, '/', new URLSearchParams('p=12'))).toEqual({ location: '/articles/twelve/', status: 301, force: true });
    expect(redirectFor(rules, '/', new URLSearchParams('p=13&utm=x'))).toEqual({ location: '/by-id/13/', status: 302, force: false });
    expect(redirectFor(rules, '/')).toBeUndefined();
    expect(redirectFor(rules, '/', new URLSearchParams('page_id=12'))).toBeUndefined();
  });

  it('leaves other paths alone', () => {
    expect(redirectFor(redirects, '/2019/05/old.htm')).toBeUndefined();
    expect(redirectFor(redirects, '/older/')).toBeUndefined();
  });
});
