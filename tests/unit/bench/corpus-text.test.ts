import { describe, expect, it } from 'vitest';
import { createRng } from '../../../scripts/bench/corpus-rng.ts';
import { articleBody, sentence, slugify, tagFor, title } from '../../../scripts/bench/corpus-text.ts';

describe('slugify and title', () => {
  it('make slugs as the site writes them, and capitalise the first letter only', () => {
    expect(slugify('  El Fassi, the port authority!  ')).toBe('el-fassi-the-port-authority');
    expect(title('the budget')).toBe('The budget');
  });
});

describe('sentence', () => {
  it('has min to max words (one more when a place is added), a capital and a full stop', () => {
    const rng = createRng(5);
    for (let k = 0; k < 50; k++) {
      const s = sentence(rng, 4, 6);
      expect(s).toMatch(/^[A-Z].*\.$/);
      const words = s.slice(0, -1).split(' ').length;
      expect(words).toBeGreaterThanOrEqual(4);
      // Every place is one word: a sentence that gained one has up to max + 1 words.
      expect(words).toBeLessThanOrEqual(7);
    }
  });
});

describe('articleBody', () => {
  it('is the same Markdown for the same seed, and varies in length and form across seeds', () => {
    expect(articleBody(createRng(9))).toBe(articleBody(createRng(9)));
    const bodies = Array.from({ length: 200 }, (_, i) => articleBody(createRng(i)));
    expect(bodies.every((b) => b.endsWith('\n') && !b.startsWith('\n'))).toBe(true);
    expect(bodies.some((b) => b.includes('\n## '))).toBe(true);
    expect(bodies.some((b) => b.includes('**'))).toBe(true);
    expect(bodies.some((b) => b.includes('](https://www.example.org/'))).toBe(true);
    const lengths = bodies.map((b) => b.length);
    expect(Math.max(...lengths)).toBeGreaterThan(4 * Math.min(...lengths));
  });
});

describe('tagFor', () => {
  it('gives slug-shaped tags, some narrowed by a place', () => {
    const rng = createRng(6);
    const tags = Array.from({ length: 300 }, () => tagFor(rng));
    expect(tags.every((t) => /^[a-z]+(-[a-z-]+)?$/.test(t))).toBe(true);
    expect(tags.some((t) => t.includes('-'))).toBe(true);
    expect(tags.some((t) => !t.includes('-'))).toBe(true);
  });
});
