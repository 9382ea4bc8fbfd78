import { describe, expect, it } from 'vitest';
import { ContentError, formatProblem, sortProblems } from '../../../../src/content/validate/problems.ts';

// How a content problem reads in the terminal and in CI annotations: `file:line: field: message`.
describe('formatProblem', () => {
  it('gives the file, then the line and the field when they are known', () => {
    expect(formatProblem({ file: 'content/a.md', line: 4, field: 'image.alt', message: 'is empty' })).toBe('content/a.md:4: image.alt: is empty');
    expect(formatProblem({ file: 'content/a.md', line: 4, message: 'is empty' })).toBe('content/a.md:4: is empty');
    expect(formatProblem({ file: 'content/a.md', field: 'title', message: 'is empty' })).toBe('content/a.md: title: is empty');
    expect(formatProblem({ file: 'content/a.md', message: 'is empty' })).toBe('content/a.md: is empty');
  });
});

describe('ContentError', () => {
  const problems = [{ file: 'content/b.md', line: 2, message: 'window is not a field' }, { file: 'content/a.md', field: 'title', message: 'is empty' }];

  it('lists every problem, one indented line each, under a count that says nothing was published', () => {
    const error = new ContentError(problems);
    expect(error.message).toBe('[content] 2 problems in the content; nothing was published:\n  content/b.md:2: window is not a field\n  content/a.md: title: is empty');
    expect(new ContentError(problems.slice(0, 1)).message.split('\n')[0]).toBe('[content] 1 problem in the content; nothing was published:');
    expect(error.problems).toEqual(problems);
  });

  it('is named ContentError, prints no stack of the loader, and its string is the first line only', () => {
    const error = new ContentError(problems);
    expect(error).toBeInstanceOf(Error);
    expect(error.name).toBe('ContentError');
    expect(error.stack).toBe('');
    expect(String(error)).toBe('ContentError: [content] 2 problems in the content; nothing was published:');
  });
});

describe('sortProblems', () => {
  it('orders by file, then by line (a problem without a line first)', () => {
    const sorted = sortProblems([{ file: 'b.md', line: 3, message: '3' }, { file: 'a.md', line: 9, message: '9' }, { file: 'b.md', message: 'none' }, { file: 'b.md', line: 1, message: '1' }]);
    expect(sorted.map((p) => `${p.file}:${p.message}`)).toEqual(['a.md:9', 'b.md:none', 'b.md:1', 'b.md:3']);
  });
});
