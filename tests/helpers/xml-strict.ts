import { XMLValidator } from 'fast-xml-parser';

// XML 1.0's Char production: what a strict parser (libxml2, a feed reader) accepts anywhere.
const NOT_XML_CHAR = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/u;

/**
 * Why a document is not well-formed XML 1.0, or undefined: fast-xml-parser's validator for the
 * structure, plus the Char production it does not enforce (U+FFFE, U+FFFF, C0 controls, lone surrogates).
 */
export function xmlProblem(text: string): string | undefined {
  const bad = NOT_XML_CHAR.exec(text);
  if (bad) {
    const line = text.slice(0, bad.index).split('\n').length;
    return `line ${line}: character U+${bad[0].codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')} is not allowed in XML`;
  }
  const result = XMLValidator.validate(text);
  return result === true ? undefined : `line ${result.err.line}: ${result.err.msg}`;
}
