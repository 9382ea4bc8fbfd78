// What every demo illustration (scripts/make-demo-images.mjs) is drawn with: the picture's size,
// the SVG document around a drawing, and a repeatable stand-in for randomness.

/** Width of every illustration, in pixels. */
export const W = 1600;
/** Height of every illustration, in pixels. */
export const H = 900;

/** Wraps drawing code in an SVG document of the standard size. */
export function svg(defs, body) {
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${H}" viewBox="0 0 ${W} ${H}">
<defs>${defs}</defs>
${body}
</svg>`;
}

/** Deterministic "variation" from an index: no randomness, same output on every run. */
export const vary = (i, n, k = 7) => (i * k + 3) % n;
