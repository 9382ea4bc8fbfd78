import { describe, expect, it } from 'vitest';
import { checkImagePath } from '../../../../src/content/validate/image-paths.ts';
import { article, contentRunner, good, now } from '../../../helpers/content-input.ts';

// Image paths in lead images, bodies and avatars (src/content/validate/image-paths.ts).
const run = contentRunner({ path: 'c/categories.yaml', text: '- id: news\n  name: News\n- id: sport\n  name: Sport\n' });

describe('image paths', () => {
  it('checks images: inside the content folder, a known format, present, with alt', () => {
    const img = (src: string, i: number) => article(`img-${i}`, `${good}\nimage:\n  src: ${src}\n  alt: A picture`);
    const { report } = run(
      {
        articles: ['./here.jpg', '../../etc/passwd.jpg', 'https://cdn.example/x.jpg', './vector.svg', './missing.png'].map(img),
      },
      ['c/articles/here.jpg'],
    );
    expect(report).toEqual([
      'c/articles/img-1.md:7: image.src: "../../etc/passwd.jpg" points outside the c/ folder',
      'c/articles/img-2.md:7: image.src: "https://cdn.example/x.jpg" is a URL; images must be files in the repository, given relative to this file (e.g. ./photo.jpg)',
      'c/articles/img-3.md:7: image.src: "./vector.svg" is not a supported image; use .jpg, .jpeg, .png, .webp, .avif, .gif',
      'c/articles/img-4.md:7: image.src: file "./missing.png" does not exist (looked for c/articles/missing.png)',
    ]);
  });

  it.each([
    ['/photo.jpg', '"/photo.jpg" is an absolute path; give it relative to this file (e.g. ./photo.jpg)'],
    ['./photo#1.jpg', '"./photo#1.jpg": the file name contains "#", which a URL would read as a fragment, query, escape or folder; rename it with letters, digits, "-" and "_"'],
    ['/\\evil.example/p.gif', '"/\\\\evil.example/p.gif" is a URL (a browser reads it as https://evil.example/p.gif); images must be files in the repository, given relative to this file (e.g. ./photo.jpg)'],
  ])('refuses %j', (src, message) => {
    expect(checkImagePath(src, 'c/articles/a.md', 'c', { now, fileExists: () => true })).toBe(message);
  });

  it("accepts a repository image next to the file, unless its bytes are not what its name says", () => {
    const looked: string[] = [];
    const fileExists = (p: string) => (looked.push(p), true);
    expect(checkImagePath('./photo.JPG', 'c/articles/2025/a.md', 'c', { now, fileExists })).toBeUndefined();
    expect(looked).toEqual(['c/articles/2025/photo.JPG']);
    const inspectImage = () => ({ size: 120, format: 'png', width: 10, height: 10 });
    expect(checkImagePath('./photo.jpg', 'c/articles/a.md', 'c', { now, fileExists, inspectImage })).toBe('"./photo.jpg" holds PNG data, not JPEG; save it as a real JPEG file');
  });
});
