import { expect } from 'vitest';
import { xmlProblem } from './xml-strict.ts';

/**
 * Fails unless `xml` is well-formed XML 1.0 (structure and characters). Feed parsers recover
 * from a stray `<` or `&` and still return the intended text; a strict reader (and the W3C
 * validator) rejects the whole feed.
 */
export function expectWellFormed(xml: string, name = 'feed'): void {
  const problem = xmlProblem(xml);
  expect(problem === undefined ? 'well-formed' : `${name} ${problem}`, name).toBe('well-formed');
}
