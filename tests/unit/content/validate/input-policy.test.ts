import { describe, expect, it } from 'vitest';
import { fileNameProblem, textCharProblem } from '../../../../src/content/validate/input-policy.ts';

// The entry file's own rules: characters in text, names that become file names. The rest of the
// policy: limits, browser-urls, body-limits and image-files, each with its test.
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
