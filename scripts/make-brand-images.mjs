// Regenerates the outlet's own raster images from SVG drawn here: the publisher logo used in
// structured data (public/logo.png, 512×512) and the social card for pages without an image
// of their own (public/og-default.png, 1200×630). Run: node scripts/make-brand-images.mjs
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import sharp from 'sharp';

const PUBLIC = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../public');
const RED = '#9b1c1c';
const PAPER = '#fffdf9';

/** The "A" mark of public/favicon.svg, scaled into a `size` square at (x, y). */
const mark = (x, y, size) =>
  `<g transform="translate(${x} ${y}) scale(${size / 32})"><rect width="32" height="32" rx="6" fill="${RED}"/><path d="M7 25 16 7l9 18h-4l-5-11-5 11z" fill="#fff"/></g>`;

const logo = `<svg xmlns="http://www.w3.org/2000/svg" width="512" height="512">${mark(0, 0, 512)}</svg>`;

const card = `<svg xmlns="http://www.w3.org/2000/svg" width="1200" height="630">
  <rect width="1200" height="630" fill="${PAPER}"/>
  <rect y="0" width="1200" height="14" fill="${RED}"/>
  ${mark(90, 150, 150)}
  <text x="280" y="250" font-family="DejaVu Serif, Liberation Serif, serif" font-weight="bold" font-size="76" fill="#1a1a1a">The Atlas Courier</text>
  <line x1="90" y1="360" x2="1110" y2="360" stroke="#1a1a1a" stroke-width="3"/>
  <line x1="90" y1="368" x2="1110" y2="368" stroke="#1a1a1a" stroke-width="1"/>
  <text x="90" y="440" font-family="DejaVu Sans, Liberation Sans, sans-serif" font-size="32" fill="#595959">Independent news from Morocco and the world, in English</text>
</svg>`;

await sharp(Buffer.from(logo)).png({ compressionLevel: 9, palette: true }).toFile(path.join(PUBLIC, 'logo.png'));
await sharp(Buffer.from(card)).png({ compressionLevel: 9, palette: true }).toFile(path.join(PUBLIC, 'og-default.png'));
console.log('wrote public/logo.png and public/og-default.png');
