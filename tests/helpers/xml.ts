import { XMLValidator } from 'fast-xml-parser';
import { expect } from 'vitest';

/**
 * Fails unless `xml` is well-formed XML. Feed parsers recover from a stray `<` or `&` and
 * still return the intended text; a strict reader (and the W3C validator) rejects the whole feed.
 */
export function expectWellFormed(xml: string, name = 'feed'): void {
  const result = XMLValidator.validate(xml);
  expect(result === true ? 'well-formed' : `${name} line ${result.err.line}:${result.err.col}: ${result.err.msg}`, name).toBe('well-formed');
}
