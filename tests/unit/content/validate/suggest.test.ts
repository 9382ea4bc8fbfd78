import { describe, expect, it } from 'vitest';
import { nearestId, unknownIdMessage } from '../../../../src/content/validate/suggest.ts';

const sections = ['news', 'sports', 'economy', 'culture'];

describe('nearestId', () => {
  it('finds the id a writer most likely meant: a letter missing, swapped or in the wrong case', () => {
    expect(nearestId('sport', sections)).toBe('sports');
    expect(nearestId('ecnoomy', sections)).toBe('economy');
    expect(nearestId('Culture', sections)).toBe('culture');
    expect(nearestId('NEWS', sections)).toBe('news');
  });

  it('suggests nothing for a different word, so the message never guesses wildly', () => {
    expect(nearestId('weather', sections)).toBeUndefined();
    expect(nearestId('new-york', sections)).toBeUndefined();
    expect(nearestId('news', [])).toBeUndefined();
  });

  it('allows up to a third of the letters wrong, and at least one', () => {
    // Six letters: two edits are a typo, three are another word.
    expect(nearestId('abcdxy', ['abcdef'])).toBe('abcdef');
    expect(nearestId('abcxyz', ['abcdef'])).toBeUndefined();
    // Five letters: a third is rounded down, so one edit only.
    expect(nearestId('abcdx', ['abcde'])).toBe('abcde');
    expect(nearestId('abcxy', ['abcde'])).toBeUndefined();
    // Two letters: one edit is still allowed.
    expect(nearestId('fr', ['fa'])).toBe('fa');
  });

  it('takes any iterable of ids, as the validator passes a Set', () => {
    expect(nearestId('ann-smth', new Set(['ann-smith', 'bob']))).toBe('ann-smith');
  });
});

describe('unknownIdMessage', () => {
  it('offers the near id, then the rest as a new sentence', () => {
    expect(unknownIdMessage('category', 'sport', sections, 'allowed: news, sports, economy, culture')).toBe(
      'unknown category "sport"; did you mean "sports"? Allowed: news, sports, economy, culture',
    );
  });

  it('gives just the rest when no id is near', () => {
    expect(unknownIdMessage('author', 'zed', ['ann', 'bob-smith'], 'add c/authors/zed.yaml or use one of: ann, bob-smith')).toBe(
      'unknown author "zed"; add c/authors/zed.yaml or use one of: ann, bob-smith',
    );
  });
});
