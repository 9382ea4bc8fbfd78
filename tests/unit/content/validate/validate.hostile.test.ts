import { describe, expect, it } from 'vitest';
import { validateContent, type ContentInput, type SourceFile } from '../../../../src/content/validate/validate.ts';
import { formatProblem } from '../../../../src/content/validate/problems.ts';

// The attack inputs that are rejected (rather than rendered inert) and the error each gives.
// The rest of the attack matrix, rendered inert, is in tests/build/hostile-input.test.ts.
const root = 'content';
const now = new Date('2025-01-16T12:00:00Z');

function article(name: string, frontMatter: string, body = 'Body.'): SourceFile {
  return { path: `${root}/articles/${name}.md`, text: `---\ntitle: Fine title\nsummary: Fine summary.\npublished: 2025-01-13T08:00:00+01:00\ncategory: news\n${frontMatter}---\n\n${body}\n` };
}

function validate(files: { articles?: SourceFile[]; briefs?: string; authors?: SourceFile[] }) {
  const input: ContentInput = {
    root,
    articles: files.articles ?? [],
    briefs: files.briefs ? [{ path: `${root}/briefs/b.yaml`, text: files.briefs }] : [],
    authors: files.authors ?? [],
    categories: { path: `${root}/categories.yaml`, text: '- id: news\n  name: News\n' },
  };
  const existing = new Set([`${root}/articles/photo.jpg`]);
  return validateContent(input, { now, fileExists: (p) => existing.has(p) }).problems.map(formatProblem);
}

describe('attack inputs that validation rejects', () => {
  it.each([
    ['a control character in a title', article('a', ''), 'title: "Bell\\a title"', 'content/articles/a.md:2: title: contains the invisible control character U+0007'],
    ['a bidi override in a title', article('a', ''), 'title: "Safe \\u202Etxt.exe"', 'content/articles/a.md:2: title: contains the invisible control character U+202E'],
    ['a control character in a tag', article('a', 'tags: ["ok", "bad\\x1b[31m"]\n'), undefined, 'content/articles/a.md:6: tags #2: contains the invisible control character U+001B'],
    ['a homoglyph (Cyrillic) slug', article('p\u0430yments', ''), undefined, 'content/articles/p\u0430yments.md: file name "p\u0430yments" is not a valid slug'],
    ['a ../ lead image leaving the content folder', article('a', 'image: { src: ../../../etc/passwd.jpg, alt: x }\n'), undefined, 'content/articles/a.md:6: image.src: "../../../etc/passwd.jpg" points outside the content/ folder'],
    ['an SVG lead image (SVG can carry script)', article('a', 'image: { src: ./evil.svg, alt: x }\n'), undefined, 'image.src: "./evil.svg" is not a supported image'],
    ['an alias that is an absolute URL', article('a', 'aliases: ["https://evil.example/"]\n'), undefined, 'aliases #1: expected a path on this site starting with "/"'],
    ['an alias that injects a redirect rule', article('a', 'aliases: ["/old\\n/* https://evil.example 200"]\n'), undefined, 'aliases #1: expected a path on this site'],
    ['an alias with ../', article('a', 'aliases: ["/news/../admin/"]\n'), undefined, 'aliases #1: expected a path on this site'],
    ['an alias with a splat', article('a', 'aliases: ["/old/*"]\n'), undefined, 'aliases #1: expected a path on this site'],
    ['an alias with two query parameters', article('a', 'aliases: ["/?p=1&x=2"]\n'), undefined, 'aliases #1: expected a path on this site'],
    ['an alias with a query placeholder', article('a', 'aliases: ["/?p=:id"]\n'), undefined, 'aliases #1: expected a path on this site'],
  ])('%s', (_what, file, replaceTitle, message) => {
    const f = replaceTitle ? { ...file, text: file.text.replace('title: Fine title', replaceTitle) } : file;
    const problems = validate({ articles: [f] });
    expect(problems.some((p) => p.includes(message)), `no problem containing ${JSON.stringify(message)} in:\n${problems.join('\n')}`).toBe(true);
  });

  it.each([
    ['a NUL byte in the body', 'Line one.\n\nA \u0000 hidden byte.', 'content/articles/a.md:10: the text contains the invisible control character U+0000'],
    ['a javascript: Markdown image', '![x](javascript:alert(1))', 'content/articles/a.md:8: image "javascript:alert(1)" is a URL'],
    ['a data: Markdown image', '![x](data:image/svg+xml;base64,PHN2Zz4=)', 'image "data:image/svg+xml;base64,PHN2Zz4=" is a URL'],
    ['a remote tracking pixel', '![](https://evil.example/pixel.gif)', 'image "https://evil.example/pixel.gif" is a URL'],
    ['a ../ image in the body', 'Text.\n\n![x](../../../secret.png)', 'content/articles/a.md:10: image "../../../secret.png" points outside the content/ folder'],
    ['a reference-style image to a URL', '![x][pic]\n\n[pic]: https://evil.example/p.png', 'content/articles/a.md:10: image "https://evil.example/p.png" is a URL'],
  ])('%s in an article body', (_what, body, message) => {
    const problems = validate({ articles: [article('a', '', body)] });
    expect(problems.some((p) => p.includes(message)), `no problem containing ${JSON.stringify(message)} in:\n${problems.join('\n')}`).toBe(true);
  });

  it('accepts a WordPress plain permalink (one query parameter) as an alias', () => {
    expect(validate({ articles: [article('a', 'aliases: ["/?p=123", "/?attachment_id=9", "/2019/05/old/"]\n')] })).toEqual([]);
  });

  it('accepts a body image that is a repository file', () => {
    expect(validate({ articles: [article('a', '', '![A photo](./photo.jpg)')] })).toEqual([]);
  });

  it.each([
    ['a javascript: brief link', 'javascript:alert(1)', '#1.link: expected an article slug or an absolute https:// URL, found string "javascript:alert(1)"'],
    ['a data: brief link', 'data:text/html,<script>alert(1)</script>', '#1.link: expected an article slug or an absolute https:// URL'],
    ['a protocol-relative brief link', '//evil.example/', '#1.link: expected an article slug or an absolute https:// URL'],
    ['a homoglyph slug as brief link', 'p\u0430yments', '#1.link: expected an article slug or an absolute https:// URL'],
  ])('%s', (_what, link, message) => {
    const problems = validate({ briefs: `- time: 2025-01-14T09:00:00+01:00\n  text: A brief\n  link: ${JSON.stringify(link)}\n` });
    expect(problems.some((p) => p.includes(message)), problems.join('\n')).toBe(true);
  });

  it('rejects a control character in a brief', () => {
    const problems = validate({ briefs: '- time: 2025-01-14T09:00:00+01:00\n  text: "Escape \\e[2J clears the screen"\n' });
    expect(problems).toEqual(['content/briefs/b.yaml:2: #1.text: contains the invisible control character U+001B; retype the text without it']);
  });

  it('rejects a javascript: link on an author page', () => {
    const problems = validate({ authors: [{ path: `${root}/authors/mallory.yaml`, text: 'name: Mallory\nlinks:\n  - { label: Site, url: "javascript:alert(1)" }\n' }] });
    expect(problems.join('\n')).toContain('links #1.url: expected an https:// or mailto: address, found string "javascript:alert(1)"');
  });

  it('rejects an alias that is another article\'s address or already taken', () => {
    const problems = validate({
      articles: [article('a', 'aliases: [/articles/b/]\n'), article('b', 'aliases: [/old/]\n'), article('c', 'aliases: [/OLD]\n')],
    });
    expect(problems).toEqual([
      'content/articles/a.md:6: aliases #1: "/articles/b/" is the address of an article; an alias must be an old address that no page uses',
      'content/articles/c.md:6: aliases #1: "/OLD" is already an alias of content/articles/b.md',
    ]);
  });
});

// Issue 14, the input policy (src/content/validate/input-policy.ts): the same vectors, end to end through
// `npm run check` and the build, are in tests/build/hostile-rejected.test.ts.
describe('attack inputs that the input policy rejects', () => {
  it.each([
    ['U+FFFE in a title (breaks every RSS feed)', article('a', '').text.replace('title: Fine title', 'title: "Bad \\uFFFE"'), 'content/articles/a.md:2: title: contains the invisible control character U+FFFE'],
    ['a 300-character tag', article('a', `tags: [${'t'.repeat(300)}]\n`).text, 'content/articles/a.md:6: tags #1: must be at most 60 characters, found 300'],
    ['an emoji-only tag', article('a', 'tags: ["🔥"]\n').text, 'tags #1: string "🔥" has no letter or digit'],
    ['2,500 nested quotes', article('a', '', `${'> '.repeat(2500)}x`).text, 'content/articles/a.md:8: quotes and lists are nested 2500 levels deep here'],
    ['a raw image behind /\\host/', article('a', '', '<img src="/\\evil.example/p.gif">').text, 'a browser reads it as https://evil.example/p.gif'],
    ['61 aliases in front matter', `---\ntitle: &t T\nsummary: *t\npublished: 2025-01-13T08:00:00+01:00\ncategory: news\ntags: [${Array(60).fill('*t').join(', ')}]\n---\nBody.\n`, 'content/articles/a.md:6: uses 61 YAML aliases (*name); at most 50 are allowed'],
  ])('%s', (_what, text, message) => {
    const problems = validate({ articles: [{ path: `${root}/articles/a.md`, text }] });
    expect(problems.some((p) => p.includes(message)), `no problem containing ${JSON.stringify(message)} in:\n${problems.join('\n')}`).toBe(true);
  });

  it('names a billion-laughs briefs file at its line instead of crashing', () => {
    const laughs = ['  x:', '    a: &a [lol, lol, lol, lol, lol, lol, lol, lol, lol]'];
    for (const [prev, name] of ['ab', 'bc', 'cd', 'de', 'ef', 'fg', 'gh', 'hi']) laughs.push(`    ${name}: &${name} [${Array(9).fill(`*${prev}`).join(', ')}]`);
    const problems = validate({ briefs: `- time: 2025-01-14T09:00:00+01:00\n  text: A brief\n${laughs.join('\n')}\n` });
    expect(problems).toEqual(['content/briefs/b.yaml:10: uses 72 YAML aliases (*name); at most 50 are allowed in one file (write the values out)']);
  });

  it('rejects author links a browser would not open as https', () => {
    const links = ['https://javascript:alert(1)', 'xmpp:m@example.org'].map((url, i) => `  - { label: L${i}, url: ${JSON.stringify(url)} }`).join('\n');
    const problems = validate({ authors: [{ path: `${root}/authors/mallory.yaml`, text: `name: Mallory\nlinks:\n${links}\n` }] });
    expect(problems).toEqual([
      'content/authors/mallory.yaml:3: links #1.url: expected an https:// or mailto: address, found string "https://javascript:alert(1)" (it is not a URL a browser can open)',
      'content/authors/mallory.yaml:4: links #2.url: expected an https:// or mailto: address, found string "xmpp:m@example.org" (it uses the scheme "xmpp:")',
    ]);
  });

  it('rejects a comment reply chain deeper than the page nests, once, at the first reply past the limit', () => {
    const comments = Array.from({ length: 40 }, (_, i) => `- id: c${i}\n  author: R\n  time: 2025-01-14T09:00:00+01:00\n  text: T\n${i ? `  replyTo: c${i - 1}\n` : ''}`).join('');
    const input: ContentInput = {
      root,
      articles: [article('a', '')],
      briefs: [],
      authors: [],
      categories: { path: `${root}/categories.yaml`, text: '- id: news\n  name: News\n' },
      comments: [{ path: `${root}/comments/a.yaml`, text: comments }],
    };
    const problems = validateContent(input, { now, fileExists: () => false }).problems.map(formatProblem);
    expect(problems).toEqual(['content/comments/a.yaml:69: #14.replyTo: would be reply 13 in a chain of replies; at most 12 are shown nested, so answer an earlier comment in the chain']);
  });

  it('rejects an image whose bytes are not what its name says, using what the reader found in the file', () => {
    const input: ContentInput = { root, articles: [article('a', '', '![x](./photo.jpg)')], briefs: [], authors: [], categories: { path: `${root}/categories.yaml`, text: '- id: news\n  name: News\n' } };
    const problems = validateContent(input, { now, fileExists: () => true, inspectImage: () => ({ size: 120, format: 'svg', width: 10, height: 10 }) }).problems.map(formatProblem);
    expect(problems).toEqual(['content/articles/a.md:8: image "./photo.jpg" holds SVG data, not JPEG; save it as a real JPEG file']);
  });
});

describe('more aliases than a host reads', () => {
  it('warns at the first alias past Cloudflare Pages\' 2,000 redirect lines, without failing the build', () => {
    const aliases = Array.from({ length: 1113 }, (_, i) => `  - /old/${i}/\n`).join('');
    const input: ContentInput = { root, articles: [article('a', `aliases:\n${aliases}`)], briefs: [], authors: [], categories: { path: `${root}/categories.yaml`, text: '- id: news\n  name: News\n' } };
    const { problems, warnings } = validateContent(input, { now, fileExists: () => false });
    expect(problems).toEqual([]);
    expect(warnings.map(formatProblem)).toEqual([
      "content/articles/a.md:1007: aliases #1001: the published articles' aliases make 2226 _redirects lines (a folder path counts twice, /old and /old/); Cloudflare Pages reads at most 2000, so there this alias and the later ones will not redirect (Netlify reads them all)",
    ]);
  });
});
