import { describe, expect, it } from 'vitest';
import { bodyProblem, emphasisDepth, htmlDepth, markdownDepth } from '../../../../src/content/validate/body-limits.ts';
import { LIMITS } from '../../../../src/content/validate/limits.ts';

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
