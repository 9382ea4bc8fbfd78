// Cuts the Arabic web font (Noto Naskh Arabic, variable weight, from @fontsource-variable/noto-naskh-arabic)
// into the two files src/styles/theme.css loads by unicode-range: the core Arabic block, which every
// Arabic story uses (44 KB instead of the package's 94 KB file), and the rest of the package's
// Arabic subset (Arabic Supplement and Extended-A, presentation forms, a few marks), which a browser
// fetches only for a page that uses one of those characters.
// Run after upgrading the package: npm run fonts (tests/scripts/arabic-font.test.ts checks the
// committed files are exactly what this writes from the installed package).
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import subsetFont from 'subset-font';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/** The package's Arabic file: every Arabic-script glyph the family has. */
export const SOURCE = path.join(root, 'node_modules/@fontsource-variable/noto-naskh-arabic/files/noto-naskh-arabic-arabic-wght-normal.woff2');

type Range = readonly [first: number, last: number];

/** The `unicode-range` a stylesheet gives the `@font-face` whose `src` names `file`, as written; undefined if none. */
export function fontFaceRange(css: string, file: string): string | undefined {
  const face = [...css.matchAll(/@font-face\s*\{([^}]*)\}/g)].map((m) => m[1]!).find((f) => f.includes(`/${file}`));
  return face && /unicode-range:\s*([^;]+);/.exec(face)?.[1];
}

/** The unicode-range the package's own stylesheet gives its Arabic file, as inclusive ranges. */
export function declaredRanges(): Range[] {
  const range = fontFaceRange(readFileSync(path.join(path.dirname(SOURCE), '../index.css'), 'utf8'), path.basename(SOURCE));
  if (!range) throw new Error(`${SOURCE}: no unicode-range for it in the package's index.css`);
  return range.split(',').map((r) => {
    const [a, b = a] = r.trim().replace(/^U\+/i, '').split('-').map((h) => parseInt(h, 16)) as [number, number?];
    return [a, b] as const;
  });
}

/** The Arabic block, and the joiners, marks and hyphens Arabic text uses: all an Arabic story needs. */
const CORE: readonly Range[] = [[0x0600, 0x06ff], [0x200c, 0x200e], [0x2010, 0x2011]];
const inCore = ([a, b]: Range) => CORE.some(([c, d]) => a >= c && b <= d);

/** The two files and their code points; theme.css's unicode-range names the same. */
export const PARTS: readonly { file: string; ranges: readonly Range[] }[] = [
  { file: path.join(root, 'src/assets/fonts/noto-naskh-arabic-core.woff2'), ranges: CORE },
  { file: path.join(root, 'src/assets/fonts/noto-naskh-arabic-extended.woff2'), ranges: declaredRanges().filter((r) => !inCore(r)) },
];

/** `U+0600-06FF, U+200C-200E`: a CSS unicode-range for `ranges`. */
export function unicodeRange(ranges: readonly Range[]): string {
  const hex = (n: number) => n.toString(16).toUpperCase().padStart(4, '0');
  return ranges.map(([a, b]) => (a === b ? `U+${hex(a)}` : `U+${hex(a)}-${hex(b)}`)).join(', ');
}

/** Every code point of `ranges`, as one string for the subsetter. */
function text(ranges: readonly Range[]): string {
  let s = '';
  for (const [a, b] of ranges) for (let c = a; c <= b; c++) s += String.fromCodePoint(c);
  return s;
}

/** The bytes of each part, cut from the package's file (weights 400-700 kept: the font stays variable). */
export async function cutParts(source: Buffer = readFileSync(SOURCE)): Promise<Buffer[]> {
  return Promise.all(PARTS.map((p) => subsetFont(source, text(p.ranges), { targetFormat: 'woff2' })));
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const parts = await cutParts();
  PARTS.forEach((p, i) => {
    writeFileSync(p.file, parts[i]!);
    console.log(`${path.relative(root, p.file)}: ${parts[i]!.length} bytes (${unicodeRange(p.ranges)})`);
  });
}
