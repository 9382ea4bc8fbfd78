import { describe, expect, it } from 'vitest';
import { checkBody } from '../../../../src/content/validate/body.ts';
import { formatProblem } from '../../../../src/content/validate/problems.ts';
import { article, contentRunner, good, now } from '../../../helpers/content-input.ts';

// Markdown bodies of articles and pages (src/content/validate/body.ts). More attack bodies: validate.hostile.test.ts.
const run = contentRunner({ path: 'c/categories.yaml', text: '- id: news\n  name: News\n- id: sport\n  name: Sport\n' });
const check = (body: string, firstLine = 5) => checkBody(body, firstLine, 'c/articles/a.md', 'c', { now, fileExists: () => false }).map(formatProblem);

describe('bodies', () => {
  it('rejects body images that would load from another host', () => {
    const body = 'Text.\n\n![Pixel](https://tracker.example/p.gif)\n\n<img alt="x" src="//cdn.example/y.png">\n\n![Local](./fine.png)';
    const { report } = run({ articles: [article('remote', good, body)] }, ['c/articles/fine.png']);
    expect(report).toEqual([
      'c/articles/remote.md:9: image "https://tracker.example/p.gif" is a URL; images must be files in the repository, given relative to this file (e.g. ./photo.jpg)',
      'c/articles/remote.md:11: image "//cdn.example/y.png" is a URL; images must be files in the repository, given relative to this file (e.g. ./photo.jpg)',
    ]);
  });

  it('reports a raw <img> to a missing file at its line', () => {
    const body = 'Text.\n\n<figure>\n<img alt="x" src="./here.png">\n<img alt="y" src=\'./gone.png\'>\n</figure>';
    const { report } = run({ articles: [article('raw-img', good, body)] }, ['c/articles/here.png']);
    expect(report).toEqual(['c/articles/raw-img.md:11: image file "./gone.png" does not exist (looked for c/articles/gone.png)']);
  });

  it('names an invisible control character at its line in the file', () => {
    expect(check('First.\n\nA \u0007 bell.')).toEqual(['c/articles/a.md:7: the text contains the invisible control character U+0007; retype the line without it']);
  });

  it('reports a body nested past the limit once, without looking further into it', () => {
    expect(check(`Intro.\n${'> '.repeat(40)}x\n\nA \u0000 byte.\n\n![x](https://evil.example/p.png)`)).toEqual([
      'c/articles/a.md:6: quotes and lists are nested 40 levels deep here; at most 32 are allowed',
    ]);
  });

  it('leaves alone what is not an image it must check: unused image definitions, site paths, links', () => {
    expect(check('[a link][pic]\n\n[pic]: https://evil.example/p.png\n\n<img src="/favicon.svg">\n\n[text](https://example.org/)')).toEqual([]);
  });
});
