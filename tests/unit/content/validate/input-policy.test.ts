import { describe, expect, it } from 'vitest';
import {
  LIMITS,
  bodyProblem,
  browserUrl,
  emphasisDepth,
  fileNameProblem,
  htmlDepth,
  imageFileProblem,
  isWebUrl,
  leavesSite,
  markdownDepth,
  profileUrlProblem,
  rawImageSources,
  remoteImageProblem,
  textCharProblem,
} from '../../../../src/content/validate/input-policy.ts';

describe('text characters', () => {
  it.each([
    ['U+FFFE', 'A \uFFFE title'],
    ['U+FFFF', 'A \uFFFF title'],
    ['U+0001', 'A \u0001 title'],
    ['U+001B', 'A \u001B[31m title'],
    ['U+0085', 'A \u0085 title'],
    ['U+202E', 'Safe \u202Etxt.exe'],
    ['U+D800', 'lone \uD800 surrogate'],
    ['U+DC00', 'lone \uDC00 surrogate'],
  ])('refuses %s, which XML or a reader cannot take', (name, text) => {
    expect(textCharProblem(text)).toBe(`contains the invisible control character ${name}; retype the text without it`);
  });

  it.each([
    ['tab and newline', 'a\tb\nc'],
    ['Arabic with a right-to-left mark and an isolate', 'المغرب \u200F \u2067x\u2069'],
    ['an emoji (a surrogate pair)', 'Goal \u{1F600}'],
    ['U+FDD0 (a noncharacter XML allows)', 'x\uFDD0'],
  ])('accepts %s', (_what, text) => {
    expect(textCharProblem(text)).toBeUndefined();
  });
});

describe('names that become file names', () => {
  it.each([
    ['300 characters', 'a'.repeat(300), 'is 300 bytes long as a file name; at most 200 are allowed'],
    ['a #', 'photo#1.jpg', 'contains "#"'],
    ['a ?', 'photo?.jpg', 'contains "?"'],
    ['a bidi isolate', 'photo\u2066gpj.exe', 'contains the bidi control U+2066'],
    ['a right-to-left mark', 'a\u200Fb', 'contains the bidi control U+200F'],
  ])('refuses %s', (_what, name, message) => {
    expect(fileNameProblem(name)).toContain(message);
  });

  it('accepts an ordinary name and an Arabic one', () => {
    expect(fileNameProblem('port-of-tanger_2.jpg')).toBeUndefined();
    expect(fileNameProblem('المغرب')).toBeUndefined();
  });
});

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

describe('nesting depth', () => {
  it('measures blockquotes and lists, on one line or by indentation', () => {
    expect(markdownDepth('Plain text.\n\nMore text - with a dash, 1. and a number.')).toEqual({ depth: 0, line: 1 });
    expect(markdownDepth('- a\n  - b\n    - c\n\n> > quote')).toEqual({ depth: 3, line: 3 });
    expect(markdownDepth('> > > - - x')).toEqual({ depth: 5, line: 1 });
    expect(markdownDepth('Intro\n\n1. one\n   1) two')).toEqual({ depth: 2, line: 4 });
  });

  it('does not count indentation without a marker, or what is inside fenced code', () => {
    expect(markdownDepth(`- item\n${' '.repeat(120)}continued\n\n\`\`\`\n${'> '.repeat(100)}\n\`\`\`\n`).depth).toBe(1);
  });

  // One pass, no recursion: a parser's stack would overflow long before these depths.
  it('measures 100,000 levels of quotes, lists and HTML', () => {
    expect(markdownDepth(`${'> '.repeat(100_000)}deep`).depth).toBe(100_000);
    expect(markdownDepth(`${'- '.repeat(100_000)}deep`).depth).toBe(100_000);
    expect(markdownDepth(Array.from({ length: 1000 }, (_, i) => `${'  '.repeat(i)}- item`).join('\n'))).toEqual({ depth: 1000, line: 1000 });
    expect(htmlDepth('<div>'.repeat(100_000)).depth).toBe(100_000);
  });

  it('measures how deep emphasis could nest, counting only delimiters that are closed later', () => {
    expect(emphasisDepth('Some **bold** and _italic_ and ***both*** and ~~gone~~.')).toEqual({ depth: 3, line: 1 });
    expect(emphasisDepth(`${'*'.repeat(5000)}x${'*'.repeat(5000)}`).depth).toBe(5000);
    expect(emphasisDepth(`Intro.\n\n${'*a '.repeat(5000)}x${' b*'.repeat(5000)}`)).toEqual({ depth: 5000, line: 3 });
    // Not emphasis: snake_case, unclosed openers (a ~ in URLs), code spans and fenced code.
    expect(emphasisDepth(`a_b_c ${'https://x.example/~u '.repeat(100)}\n\n\`${'*'.repeat(100)}\`\n\n\`\`\`\n${'*a '.repeat(100)}\n${' b*'.repeat(100)}\n\`\`\``).depth).toBe(0);
    // A paragraph ends emphasis: openers in one and closers in the next do not nest.
    expect(emphasisDepth(`${'*a '.repeat(100)}\n\n${' b*'.repeat(100)}`).depth).toBe(0);
  });

  it('counts open HTML elements, not void or closed ones', () => {
    expect(htmlDepth('<div><p>a<br>b<img src=x></p><p>c</p></div>')).toEqual({ depth: 2, line: 1 });
    expect(htmlDepth('a\n<div>\n<div>\n</div></div>')).toEqual({ depth: 2, line: 3 });
  });

  it('names the line where a body passes a limit', () => {
    expect(bodyProblem(`Intro.\n\n${'> '.repeat(2500)}deep`)).toEqual({ line: 3, message: `quotes and lists are nested 2500 levels deep here; at most ${LIMITS.markdownDepth} are allowed` });
    expect(bodyProblem(`Intro.\n\n${'<span>'.repeat(65)}x`)).toEqual({ line: 3, message: `HTML elements are nested 65 levels deep here; at most ${LIMITS.htmlDepth} are allowed` });
    expect(bodyProblem(`${'*'.repeat(5000)}x${'*'.repeat(5000)}`)).toEqual({ line: 1, message: `emphasis (*, _, ~~) is nested 5000 levels deep here; at most ${LIMITS.markdownDepth} are allowed` });
    expect(bodyProblem('x'.repeat(LIMITS.body + 1))?.message).toBe(`the body is ${LIMITS.body + 1} characters long; at most ${LIMITS.body} are allowed (split the story)`);
    expect(bodyProblem(`${'> '.repeat(LIMITS.markdownDepth)}ok`)).toBeUndefined();
  });
});

describe('image files, by their bytes', () => {
  it.each([
    ['an empty .jpg', 'a.jpg', { size: 0 }, '"a.jpg" is empty (0 bytes); expected a JPEG image'],
    ['HTML named .jpg', 'a.jpg', { size: 40, error: 'Input file contains unsupported image format' }, '"a.jpg" is not an image'],
    ['SVG named .png', 'a.png', { size: 90, format: 'svg', width: 10, height: 10 }, '"a.png" holds SVG data, not PNG'],
    ['a 20000×20000 PNG', 'bomb.png', { size: 400, format: 'png', width: 20000, height: 20000 }, '"bomb.png" is 20000×20000 pixels; at most 40 million pixels are allowed'],
    ['a long animation', 'a.gif', { size: 400, format: 'gif', width: 2000, height: 2000, pages: 11 }, '"a.gif" is 2000×2000 × 11 frames pixels'],
  ])('refuses %s', (_what, name, facts, message) => {
    expect(imageFileProblem(name, facts)).toContain(message);
  });

  it('accepts an image whose bytes match its name, JPEG under .jpeg and AVIF as heif', () => {
    expect(imageFileProblem('a.jpeg', { size: 9, format: 'jpeg', width: 1200, height: 800 })).toBeUndefined();
    expect(imageFileProblem('a.avif', { size: 9, format: 'heif', width: 1200, height: 800 })).toBeUndefined();
  });
});
