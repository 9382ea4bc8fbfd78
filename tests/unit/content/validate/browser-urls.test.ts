import { describe, expect, it } from 'vitest';
import { browserUrl, isWebUrl, leavesSite, profileUrlProblem, rawImageSources, remoteImageProblem } from '../../../../src/content/validate/browser-urls.ts';

describe('URLs, read as a browser reads them', () => {
  it.each([
    ['\\\\evil.example/p.gif', 'https://evil.example/p.gif'],
    ['/\\evil.example/p.gif', 'https://evil.example/p.gif'],
    ['/\t/evil.example/p.gif', 'https://evil.example/p.gif'],
    ['/\n/evil.example/p.gif', 'https://evil.example/p.gif'],
    ['ht\ttps://evil.example/', 'https://evil.example/'],
  ])('%j leaves the site for %s', (value, read) => {
    expect(leavesSite(value)).toBe(true);
    expect(browserUrl(value, 'https://site.example/a/')!.href).toBe(read);
  });

  it.each(['./photo.jpg', 'photo.jpg', '/articles/x/', '#top', '../a/b.png'])('%j stays on the site', (value) => {
    expect(leavesSite(value)).toBe(false);
  });

  it('names how a browser reads a hidden host, for the writer', () => {
    expect(remoteImageProblem('/\\evil.example/p.gif')).toBe(
      '"/\\\\evil.example/p.gif" is a URL (a browser reads it as https://evil.example/p.gif); images must be files in the repository, given relative to this file (e.g. ./photo.jpg)',
    );
    expect(remoteImageProblem('./photo.jpg')).toBeUndefined();
  });

  it('finds raw HTML image sources with entities decoded', () => {
    expect(rawImageSources('<p><img src="&#92;&#92;evil.example/x.png"> <IMG SRC=./a.jpg></p>')).toEqual(['\\\\evil.example/x.png', './a.jpg']);
    expect(rawImageSources('<b>no image</b>')).toEqual([]);
  });

  it.each([
    ['https://javascript:alert(1)', 'is not a URL a browser can open'],
    ['https://localhost/', 'is not a domain name'],
    ['xmpp:mallory@example.org', 'uses the scheme "xmpp:"'],
    ['javascript:alert(1)', 'uses the scheme "javascript:"'],
    ['https://exa\tmple.org/', 'contains white space or a control character'],
    ['mailto:nobody', 'expected mailto:name@host'],
    ['https://a.example\\@b.example/', 'contains "\\", which browsers read as "/"'],
  ])('refuses the profile link %j', (url, message) => {
    expect(profileUrlProblem(url)).toContain(message);
  });

  it('accepts ordinary profile links', () => {
    expect(profileUrlProblem('https://mastodon.example/@ann')).toBeUndefined();
    expect(profileUrlProblem('mailto:ann@example.org')).toBeUndefined();
  });

  it.each([
    ['https://javascript:alert(1)', false],
    ['https://exa\\mple.org/', false],
    ['https://example.org/\t/x', false],
    ['https://example.org/a" b', true],
    ['https://example.org/', true],
  ])('isWebUrl(%j) is %s', (url, ok) => {
    expect(isWebUrl(url)).toBe(ok);
  });
});
