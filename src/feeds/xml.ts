// Characters XML 1.0 forbids anywhere in a document (C0 controls other than tab, LF, CR,
// lone surrogates, U+FFFE/U+FFFF). A stray one in a YAML string would make a feed unparsable.
const FORBIDDEN = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** `text` without the characters XML cannot carry: the last guard of a feed writer that escapes on its own (@astrojs/rss). */
export function stripXmlForbidden(text: string): string {
  return text.replace(FORBIDDEN, '');
}

/** Escapes text for XML element content or a quoted attribute value, dropping characters XML cannot carry. */
export function escapeXml(text: string): string {
  return text
    .replace(FORBIDDEN, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}

/** Escapes text for HTML element content or a quoted attribute value. */
export function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}
