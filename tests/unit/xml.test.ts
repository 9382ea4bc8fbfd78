import { XMLParser } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { escapeHtml, escapeXml } from '../../src/lib/xml.ts';

describe('escapeXml', () => {
  it('round-trips markup characters, quotes, emoji and Arabic through a parser', () => {
    const text = `Fish & chips <script>alert(1)</script> "quoted" 'single' 🐟 خبر`;
    const parsed = new XMLParser({ ignoreAttributes: false }).parse(`<a b="${escapeXml(text)}">${escapeXml(text)}</a>`);
    expect(parsed.a['#text']).toBe(text);
    expect(parsed.a['@_b']).toBe(text);
  });

  it('drops control characters XML cannot carry, keeping tabs and newlines', () => {
    expect(escapeXml('a\u0000b\u0008c\td\ne\uFFFF')).toBe('abc\td\ne');
    expect(escapeXml('x\uD800y')).toBe('xy');
    expect(escapeXml('🐟')).toBe('🐟');
  });
});

describe('escapeHtml', () => {
  it('escapes markup and double quotes', () => {
    expect(escapeHtml(`<a href="x">&</a>`)).toBe('&lt;a href=&quot;x&quot;&gt;&amp;&lt;/a&gt;');
  });
});
