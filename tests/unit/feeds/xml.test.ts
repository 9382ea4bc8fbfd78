import { XMLParser } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { escapeHtml, escapeXml, stripXmlForbidden } from '../../../src/feeds/xml.ts';

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

describe('escapeXml, character by character', () => {
  it('writes the five predefined entities (XML 1.0 section 4.6) and nothing else', () => {
    expect(escapeXml(`<a href="x" title='y'>&</a>`)).toBe('&lt;a href=&quot;x&quot; title=&apos;y&apos;&gt;&amp;&lt;/a&gt;');
    expect(escapeXml('&amp;')).toBe('&amp;amp;');
  });

  it('drops every C0 control but tab, LF and CR, U+FFFE and lone surrogates, keeping surrogate pairs (XML 1.0 Char)', () => {
    expect(escapeXml('a\u000Bb\u000Cc\u000Ed\u001Fe\uFFFEf\r\n\t')).toBe('abcdef\r\n\t');
    expect(escapeXml('x\uDC00y')).toBe('xy');
    expect(escapeXml('\uD83D\uDC1F\uD800')).toBe('\uD83D\uDC1F');
    expect(escapeXml('\uDBFF\uDFFF')).toBe('\uDBFF\uDFFF');
    expect(escapeXml('\u0001\u0002\u0003')).toBe('');
    expect(escapeXml('\u0020\u007F\u0085\uFFFD')).toBe('\u0020\u007F\u0085\uFFFD');
  });
});

describe('escapeHtml', () => {
  it('escapes markup and double quotes', () => {
    expect(escapeHtml(`<a href="x">&</a>`)).toBe('&lt;a href=&quot;x&quot;&gt;&amp;&lt;/a&gt;');
    expect(escapeHtml('&lt; < > "" &')).toBe('&amp;lt; &lt; &gt; &quot;&quot; &amp;');
  });
});

describe('stripXmlForbidden', () => {
  it('drops only what XML 1.0 cannot carry (C0 controls but tab, LF, CR; lone surrogates; U+FFFE, U+FFFF), leaving markup as it is', () => {
    expect(stripXmlForbidden('<a>\u0000x\u0008\u000B\u000C\u001F\uFFFE\uFFFF\uD800y\uDC00</a>')).toBe('<a>xy</a>');
    expect(stripXmlForbidden('tab\tLF\nCR\r \u{1F600} é')).toBe('tab\tLF\nCR\r \u{1F600} é');
  });
});
