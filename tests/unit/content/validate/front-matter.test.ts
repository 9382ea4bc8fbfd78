import { describe, expect, it } from 'vitest';
import { bodyStartLine, frontMatter, lazySource } from '../../../../src/content/validate/front-matter.ts';

// Markdown files split into front matter and body (src/content/validate/front-matter.ts), with
// the lines of the file itself, so a problem points at the writer's line.
const file = { path: 'c/articles/a.md', text: '---\ntitle: T\nsummary: S\n---\nFirst line of the body.\n' };

describe('front matter', () => {
  it("gives the fields at the file's own lines, and the body with the line it starts on", () => {
    const front = frontMatter(file);
    if (!('content' in front) || Array.isArray(front.source)) throw new Error('expected front matter');
    expect(front.source.data).toEqual({ title: 'T', summary: 'S' });
    expect(front.source.lineOf(['summary'])).toBe(3);
    expect(front.content).toBe('First line of the body.\n');
    expect(bodyStartLine(file.text, front.content)).toBe(5);
  });

  it('gives YAML problems at the line of the file', () => {
    const front = frontMatter({ path: 'c/articles/b.md', text: '---\ntitle: T\nsummary: [\n---\nBody.\n' });
    expect('content' in front && Array.isArray(front.source) ? front.source.map((p) => [p.file, p.line]) : front).toEqual([['c/articles/b.md', 3]]);
  });

  it('counts the body from line 1 when it is not the end of the text', () => {
    expect(bodyStartLine('---\n---\nBody.\n', 'Other.\n')).toBe(1);
  });
});

describe('front matter validated before', () => {
  it('is parsed when a line is asked for, at the same lines', () => {
    const source = lazySource(file);
    expect(source.lineOf(['summary'])).toBe(3);
    expect(source.data).toEqual({ title: 'T', summary: 'S' });
  });

  it('says which file no longer parses, only when it is read', () => {
    const source = lazySource({ path: 'c/articles/b.md', text: '---\ntitle: [\n---\n' });
    expect(() => source.lineOf(['title'])).toThrow(/^c\/articles\/b\.md: front matter validated before no longer parses: invalid YAML: /);
  });
});
