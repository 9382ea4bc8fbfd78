import { execFileSync } from 'node:child_process';
import { mkdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { deflateSync } from 'node:zlib';
import sharp from 'sharp';

/** One attack the input policy rejects: where the problem is reported and what it says. */
export interface RejectedVector {
  id: string;
  what: string;
  /** `file:line: field:` (relative to the content folder), as `npm run check` prints it. */
  where: string;
  /** A piece of the message. */
  message: string;
}

const ARTICLE_HEAD = (fields: string) => `---\ntitle: A fine title\nsummary: A fine summary.\npublished: 2025-01-13T08:00:00+01:00\ncategory: news\n${fields}---\n\n`;
const FFFE = '\uFFFE';

/** A PNG header that claims `width` × `height` pixels, with one tiny zlib block: a decompression bomb's header, without the bomb. */
export function pngHeader(width: number, height: number): Buffer {
  const chunk = (type: string, data: Buffer) => {
    const len = Buffer.alloc(4);
    len.writeUInt32BE(data.length);
    const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(crc32(body));
    return Buffer.concat([len, body, crc]);
  };
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr.set([8, 0, 0, 0, 0], 8); // 8-bit greyscale
  return Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), chunk('IHDR', ihdr), chunk('IDAT', deflateSync(Buffer.alloc(1024))), chunk('IEND', Buffer.alloc(0))]);
}

function crc32(buf: Buffer): number {
  let c = ~0;
  for (const byte of buf) {
    c ^= byte;
    for (let k = 0; k < 8; k++) c = (c >>> 1) ^ (0xedb88320 & -(c & 1));
  }
  return ~c >>> 0;
}

/**
 * Writes a content folder at `dir` in which every file carries attacks the input policy must
 * reject, and returns them. One run of `npm run check` or of the build must report them all.
 * Vectors the machine cannot create (a device file without mknod) are left out.
 */
export async function writeRejectedCorpus(dir: string): Promise<RejectedVector[]> {
  rmSync(dir, { recursive: true, force: true });
  for (const sub of ['articles', 'briefs', 'authors', 'comments']) mkdirSync(path.join(dir, sub), { recursive: true });
  const v: RejectedVector[] = [];
  const write = (file: string, text: string | Buffer) => writeFileSync(path.join(dir, file), text);
  const add = (id: string, what: string, where: string, message: string) => v.push({ id, what, where, message });

  write('categories.yaml', `- id: news\n  name: News\n- id: ${'c'.repeat(300)}\n  name: Long id\n- id: huge\n  name: "${'N'.repeat(900_000)}"\n- id: fffe\n  name: "Bad ${FFFE} name"\n`);
  add('C1', '300-character category id (ENAMETOOLONG)', 'categories.yaml:3: #2.id:', 'must be at most 64 characters (it becomes a file name), found 300');
  add('C2', '900 KB category name', 'categories.yaml:6: #3.name:', 'must be at most 100 characters, found 900000');
  add('C3', 'U+FFFE in a category name', 'categories.yaml:8: #4.name:', 'contains the invisible control character U+FFFE');

  // Characters XML forbids, in every text field of an article.
  await sharp({ create: { width: 8, height: 8, channels: 3, background: '#777' } }).png().toFile(path.join(dir, 'articles/ok.png'));
  write(
    'articles/xml-chars.md',
    `---\ntitle: "Title ${FFFE}"\nsummary: "Summary \uFFFF"\npublished: 2025-01-13T08:00:00+01:00\ncategory: news\ntags: ["tag ${FFFE}"]\nimage:\n  src: ./ok.png\n  alt: "Alt ${FFFE}"\n  caption: "Caption ${FFFE}"\n  credit: "Credit ${FFFE}"\n---\n\nBody ${FFFE} line.\n`,
  );
  add('X1', 'U+FFFE in a title', 'articles/xml-chars.md:2: title:', 'contains the invisible control character U+FFFE');
  add('X2', 'U+FFFF in a summary', 'articles/xml-chars.md:3: summary:', 'contains the invisible control character U+FFFF');
  add('X3', 'U+FFFE in a tag', 'articles/xml-chars.md:6: tags #1:', 'U+FFFE');
  add('X4', 'U+FFFE in alt text', 'articles/xml-chars.md:9: image.alt:', 'U+FFFE');
  add('X5', 'U+FFFE in a caption', 'articles/xml-chars.md:10: image.caption:', 'U+FFFE');
  add('X6', 'U+FFFE in a credit', 'articles/xml-chars.md:11: image.credit:', 'U+FFFE');
  add('X7', 'U+FFFE in a body', 'articles/xml-chars.md:14:', 'the text contains the invisible control character U+FFFE');

  // Lengths and names that become file names.
  write('articles/long-fields.md', ARTICLE_HEAD(`tags: ["${'t'.repeat(61)}", "🔥🔥", "${'\uFDFA'.repeat(20)}"]\n`).replace('A fine title', 'T'.repeat(201)) + 'Body.\n');
  add('L1', '201-character title', 'articles/long-fields.md:2: title:', 'must be at most 200 characters, found 201');
  add('L2', '61-character tag', 'articles/long-fields.md:6: tags #1:', 'must be at most 60 characters, found 61');
  add('L3', 'emoji-only tag (empty /tag/ address)', 'articles/long-fields.md:6: tags #2:', 'has no letter or digit, so it cannot have a page at /tag/<tag>/');
  add('L4', 'tag whose NFKC address is 1,000+ bytes (ENAMETOOLONG)', 'articles/long-fields.md:6: tags #3:', 'bytes long as a file name; at most 200 are allowed');
  write(`articles/${'s'.repeat(240)}.md`, ARTICLE_HEAD('') + 'Body.\n');
  add('L5', '240-character slug', `articles/${'s'.repeat(240)}.md:`, 'is 240 characters long; a slug has at most 64');
  write('articles/huge-body.md', ARTICLE_HEAD('') + 'word '.repeat(70_000) + '\n');
  add('L6', '350,000-character body', 'articles/huge-body.md:', 'characters long; at most 300000 are allowed (split the story)');
  await sharp({ create: { width: 8, height: 8, channels: 3, background: '#777' } }).png().toFile(path.join(dir, 'articles/pic#1.png'));
  await sharp({ create: { width: 8, height: 8, channels: 3, background: '#777' } }).png().toFile(path.join(dir, 'articles/pic?.png'));
  write('articles/file-names.md', ARTICLE_HEAD('image: { src: "./pic#1.png", alt: x }\n') + 'Text.\n\n![q](<./pic?.png>)\n');
  add('N1', '"#" in an image file name', 'articles/file-names.md:6: image.src:', 'contains "#", which a URL would read as a fragment');
  add('N2', '"?" in an image file name', 'articles/file-names.md:11:', 'contains "?"');

  // Nesting.
  write('articles/deep-quote.md', ARTICLE_HEAD('') + `Intro.\n\n${'> '.repeat(2500)}deep\n`);
  add('D1', '2,500 nested blockquotes', 'articles/deep-quote.md:10:', 'quotes and lists are nested 2500 levels deep here; at most 32');
  write('articles/deep-list.md', ARTICLE_HEAD('') + `${'- '.repeat(10_000)}deep\n`);
  add('D2', '10,000 nested list items', 'articles/deep-list.md:8:', 'nested 10000 levels deep');
  write('articles/deep-100k.md', ARTICLE_HEAD('') + `${'>'.repeat(100_000)} deep ![x](./ok.png)\n`);
  add('D3', '100,000 nested blockquotes (with an image, so the check would parse it)', 'articles/deep-100k.md:8:', 'nested 100000 levels deep');
  write('articles/deep-html.md', ARTICLE_HEAD('') + `${'<div>'.repeat(10_000)}x\n`);
  add('D4', '10,000 nested raw HTML elements', 'articles/deep-html.md:8:', 'HTML elements are nested 10000 levels deep here; at most 64');
  write('articles/deep-emphasis.md', ARTICLE_HEAD('') + `${'*a '.repeat(5000)}x${' b*'.repeat(5000)}\n`);
  add('D6', '5,000 nested emphasis spans', 'articles/deep-emphasis.md:8:', 'emphasis (*, _, ~~) is nested 5000 levels deep here; at most 32');
  write('articles/thread.md', ARTICLE_HEAD('') + 'Body.\n');
  const comments = Array.from({ length: 1000 }, (_, i) => `- id: c${i}\n  author: Reader ${i}\n  time: 2025-01-14T09:00:00+01:00\n  text: Reply ${i}\n${i ? `  replyTo: c${i - 1}\n` : ''}`);
  write('comments/thread.yaml', comments.join(''));
  add('D5', 'a 1,000-deep comment reply chain', 'comments/thread.yaml:69: #14.replyTo:', 'would be reply 13 in a chain of replies; at most 12');

  // YAML aliases.
  const laughs = ['a: &a ["lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol"]'];
  for (let i = 1; i < 9; i++) laughs.push(`${'abcdefghi'[i]}: &${'abcdefghi'[i]} [${Array(9).fill(`*${'abcdefghi'[i - 1]}`).join(', ')}]`);
  write('briefs/laughs.yaml', `- time: 2025-01-14T09:00:00+01:00\n  text: Billion laughs\n  x:\n${laughs.map((l) => `    ${l}`).join('\n')}\n`);
  add('Y1', 'a billion-laughs briefs file', 'briefs/laughs.yaml:10:', 'uses 72 YAML aliases (*name); at most 50 are allowed');
  write('authors/anchors.yaml', `name: &n Ann\nlinks:\n${Array(60).fill('  - { label: *n, url: "https://example.org/" }').join('\n')}\n`);
  add('Y2', 'one anchor reused 60 times (author file)', 'authors/anchors.yaml:53:', 'uses 60 YAML aliases');
  write('articles/alias-front.md', `---\ntitle: &t Title\nsummary: *t\npublished: 2025-01-13T08:00:00+01:00\ncategory: news\ntags: [${Array(60).fill('*t').join(', ')}]\n---\n\nBody.\n`);
  add('Y3', '60 aliases in front matter', 'articles/alias-front.md:6:', 'uses 61 YAML aliases');

  // URLs a browser reads as another host, and link schemes.
  write(
    'articles/hidden-hosts.md',
    ARTICLE_HEAD('') +
      'Text.\n\n<img src="\\\\evil.example/p1.gif" alt="a">\n\n<img src="/\\evil.example/p2.gif" alt="b">\n\n<img src="/&#9;/evil.example/p3.gif" alt="c">\n\n![d](\\\\\\\\evil.example/p4.png)\n',
  );
  add('U1', 'raw <img src="\\\\host/">', 'articles/hidden-hosts.md:10:', 'a browser reads it as https://evil.example/p1.gif');
  add('U2', 'raw <img src="/\\host/">', 'articles/hidden-hosts.md:12:', 'a browser reads it as https://evil.example/p2.gif');
  add('U3', 'raw <img> with a tab between the slashes', 'articles/hidden-hosts.md:14:', 'a browser reads it as https://evil.example/p3.gif');
  add('U4', 'Markdown image at \\\\host/', 'articles/hidden-hosts.md:16:', 'a browser reads it as https://evil.example/p4.png');
  write('articles/hidden-host-lead.md', ARTICLE_HEAD('image: { src: "/\\\\evil.example/lead.jpg", alt: x }\n') + 'Body.\n');
  add('U5', 'front matter image.src at /\\host/', 'articles/hidden-host-lead.md:6: image.src:', 'a browser reads it as https://evil.example/lead.jpg');
  write(
    'authors/mallory.yaml',
    `name: Mallory\nlinks:\n  - { label: A, url: "https://javascript:alert(1)" }\n  - { label: B, url: "xmpp:mallory@example.org" }\n  - { label: C, url: "https://exa\\tmple.org/" }\n  - { label: D, url: "https://localhost/" }\n  - { label: E, url: "https://example.org\\\\@evil.example/" }\n`,
  );
  add('A1', 'author link https://javascript:alert(1)', 'authors/mallory.yaml:3: links #1.url:', 'is not a URL a browser can open');
  add('A2', 'author link xmpp:', 'authors/mallory.yaml:4: links #2.url:', 'expected an https:// or mailto: address, found string "xmpp:mallory@example.org"');
  add('A3', 'author link with a tab in the host', 'authors/mallory.yaml:5: links #3.url:', 'contains white space or a control character');
  add('A4', 'author link to a host that is no domain', 'authors/mallory.yaml:6: links #4.url:', 'is not a domain name');
  add('A6', 'author link with a backslash before the host', 'authors/mallory.yaml:7: links #5.url:', 'contains "\\", which browsers read as "/"');
  write(`authors/${'m'.repeat(240)}.yaml`, 'name: Long\n');
  add('A5', '240-character author id', `authors/${'m'.repeat(240)}.yaml:`, 'an author id has at most 64');

  // Briefs.
  write(
    'briefs/bad.yaml',
    `- time: 2025-01-14T09:00:00+01:00\n  text: "Brief ${FFFE}"\n- time: 2025-01-14T10:00:00+01:00\n  text: "${'b'.repeat(600)}"\n- time: 2025-01-14T11:00:00+01:00\n  text: Link\n  link: "https://javascript:alert(1)"\n- time: 2025-01-14T12:00:00+01:00\n  text: Link\n  link: "https:/\\t/evil.example/"\n`,
  );
  add('BR1', 'U+FFFE in a brief', 'briefs/bad.yaml:2: #1.text:', 'U+FFFE');
  add('BR2', '600-character brief', 'briefs/bad.yaml:4: #2.text:', 'must be at most 500 characters, found 600');
  add('BR3', 'brief link https://javascript:alert(1)', 'briefs/bad.yaml:7: #3.link:', 'expected an article slug or an absolute https:// URL');
  add('BR4', 'brief link with a tab inside', 'briefs/bad.yaml:10: #4.link:', 'expected an article slug or an absolute https:// URL');
  write('briefs/2mb.yaml', `- time: 2025-01-14T09:00:00+01:00\n  text: "${'x'.repeat(2_000_000)}"\n`);
  add('BR5', 'a 2 MB brief', 'briefs/2mb.yaml:', 'bytes; a content file may have at most 1000000 bytes');
  write('briefs/50mb.yaml', Buffer.alloc(50_000_000, 'y'));
  add('BR6', 'a 50 MB brief file', 'briefs/50mb.yaml:', 'is 50000000 bytes; a content file may have at most 1000000 bytes');

  // Files that are not what their names say, and files that are not files.
  write('articles/html.jpg', '<!doctype html><title>x</title><script>alert(1)</script>');
  write('articles/empty.jpg', '');
  write('articles/svg.png', '<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><script>alert(1)</script></svg>');
  write('articles/bomb.png', pngHeader(20_000, 20_000));
  symlinkSync('/etc/hostname', path.join(dir, 'articles/linked.png'));
  write('articles/files.md', ARTICLE_HEAD('') + '![a](./html.jpg)\n\n![b](./empty.jpg)\n\n![c](./svg.png)\n\n![d](./bomb.png)\n\n![e](./linked.png)\n');
  add('F1', 'HTML named .jpg', 'articles/files.md:8:', 'image "./html.jpg" is not an image');
  add('F2', '0-byte .jpg', 'articles/files.md:10:', 'image "./empty.jpg" is empty (0 bytes)');
  add('F3', 'SVG named .png', 'articles/files.md:12:', 'image "./svg.png" holds SVG data, not PNG');
  add('F4', '20000×20000 PNG (decompression bomb)', 'articles/files.md:14:', 'image "./bomb.png" is 20000×20000 pixels; at most 40 million');
  add('F5', 'image symlinked to a file outside the repository', 'articles/linked.png:', 'is a symbolic link; content must be regular files');
  symlinkSync('/etc/passwd', path.join(dir, 'authors/passwd.yaml'));
  add('F6', 'author YAML symlinked to /etc/passwd', 'authors/passwd.yaml:', 'is a symbolic link');
  symlinkSync('/etc', path.join(dir, 'articles/etc'));
  add('F7', 'a folder symlinked out of the repository', 'articles/etc:', 'is a symbolic link');
  execFileSync('mkfifo', [path.join(dir, 'briefs/pipe.yaml')]);
  add('F8', 'a named pipe as a briefs file', 'briefs/pipe.yaml:', 'is a named pipe, not a regular file');
  try {
    execFileSync('mknod', [path.join(dir, 'briefs/zero.yaml'), 'c', '1', '5'], { stdio: 'ignore' });
    add('F9', 'a device file (/dev/zero) as a briefs file', 'briefs/zero.yaml:', 'is a device file, not a regular file');
  } catch {
    // No mknod here (not root, or no CAP_MKNOD): the pipe stands in for it.
  }

  return v;
}
