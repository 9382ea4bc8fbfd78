import { readFileSync } from 'node:fs';
import path from 'node:path';
import { convert } from 'fontverter';
import * as hb from 'harfbuzzjs';
import { describe, expect, it } from 'vitest';
import { PARTS, SOURCE, cutParts, declaredRanges, fontFaceRange, unicodeRange } from '../../scripts/arabic-font.ts';
import { projectDir } from '../helpers/site.ts';

/** A woff2 font as HarfBuzz reads it (an sfnt, in an ArrayBuffer of its own). */
async function face(woff2: Buffer): Promise<hb.Face> {
  const sfnt = await convert(woff2, 'sfnt');
  return new hb.Face(new hb.Blob(sfnt.buffer.slice(sfnt.byteOffset, sfnt.byteOffset + sfnt.byteLength) as ArrayBuffer));
}

/** Code points a woff2 font maps to glyphs. */
async function unicodes(woff2: Buffer): Promise<Set<number>> {
  return new Set((await face(woff2)).collectUnicodes());
}

/** The glyphs and advances HarfBuzz shapes `text` into with `font` (direction and script guessed from the text). */
function shape(font: hb.Font, text: string) {
  const buffer = new hb.Buffer();
  buffer.addText(text);
  buffer.guessSegmentProperties();
  hb.shape(font, buffer);
  const infos = buffer.getGlyphInfos();
  return buffer.getGlyphPositions().map((p, i) => ({ advance: p.xAdvance, glyphIsNotdef: infos[i]!.codepoint === 0 }));
}

const inRanges = (c: number, ranges: readonly (readonly [number, number])[]) => ranges.some(([a, b]) => c >= a && c <= b);
const original = readFileSync(SOURCE);
const committed = PARTS.map((p) => readFileSync(p.file));

describe('scripts/arabic-font.ts', () => {
  it('the committed font files are exactly what the script cuts from the installed package', async () => {
    const cut = await cutParts(original);
    cut.forEach((bytes, i) => expect(Buffer.compare(bytes, committed[i]!), path.basename(PARTS[i]!.file)).toBe(0));
  });

  it("the two parts cover exactly the unicode-range the package's own stylesheet gives its Arabic file, with no overlap", () => {
    const declared = declaredRanges();
    const count = (ranges: readonly (readonly [number, number])[]) => ranges.reduce((n, [a, b]) => n + b - a + 1, 0);
    expect(count(PARTS.flatMap((p) => p.ranges))).toBe(count(declared));
    for (const [a, b] of declared) for (let c = a; c <= b; c++) expect(PARTS.filter((p) => inRanges(c, p.ranges)), `U+${c.toString(16)}`).toHaveLength(1);
  });

  it('loses no character: every code point the package file draws in its range is in the part for it', async () => {
    const all = [...(await unicodes(original))].filter((c) => PARTS.some((p) => inRanges(c, p.ranges)));
    const parts: Set<number>[] = [];
    for (const bytes of committed) parts.push(await unicodes(bytes));
    expect(all.length).toBeGreaterThan(300);
    const missing = all.filter((c) => !PARTS.some((p, i) => inRanges(c, p.ranges) && parts[i]!.has(c)));
    expect(missing.map((c) => `U+${c.toString(16).toUpperCase()}`)).toEqual([]);
    // The core part is the Arabic block itself, whole: every letter, mark and digit of U+0600-06FF the family draws.
    expect(all.filter((c) => c >= 0x0600 && c <= 0x06ff).every((c) => parts[0]!.has(c))).toBe(true);
  });

  it('shapes Arabic words exactly as the package font does, in regular and bold, with no missing glyph', async () => {
    // Joining forms, a lam-alef ligature, marks, Arabic-Indic digits and the Arabic comma. Word by
    // word: a space or a full stop is outside the font's unicode-range, so browsers draw it in another font.
    const words = 'افتُتح المعرض في الرباط يوم ٢٨ نونبر، ولا يزال مفتوحاً للزوار'.split(' ');
    const [packaged, core] = [new hb.Font(await face(original)), new hb.Font(await face(committed[0]!))];
    for (const wght of [400, 700]) {
      for (const font of [packaged, core]) font.setVariations([new hb.Variation('wght', wght)]);
      for (const word of words) {
        const expected = shape(packaged, word);
        const got = shape(core, word);
        expect(got.some((g) => g.glyphIsNotdef), word).toBe(false);
        expect(got.map((g) => g.advance), word).toEqual(expected.map((g) => g.advance));
      }
    }
  });

  it('the core part, all an Arabic story needs, is under half the package file', () => {
    expect(committed[0]!.length).toBeLessThan(original.length / 2);
  });

  it('the stylesheet (theme.css) loads each part for exactly its unicode-range', () => {
    const css = readFileSync(path.join(projectDir, 'src/styles/theme.css'), 'utf8');
    for (const p of PARTS) expect(fontFaceRange(css, path.basename(p.file)), path.basename(p.file)).toBe(unicodeRange(p.ranges));
  });
});
