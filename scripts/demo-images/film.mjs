// The film festival, a curving film strip and a golden star: the illustration of
// marrakech-film-festival-lineup (scripts/make-demo-images.mjs renders it).
import { W, H, svg, vary } from "./svg.mjs";

/** A film strip curving under the festival's golden star (JPEG). */
export function film() {
  const defs = `
    <radialGradient id="bg" cx="0.5" cy="0.45" r="0.8">
      <stop offset="0" stop-color="#b3262e"/>
      <stop offset="0.55" stop-color="#6e1020"/>
      <stop offset="1" stop-color="#2a0610"/>
    </radialGradient>
    <linearGradient id="gold" x1="0" y1="0" x2="1" y2="1">
      <stop offset="0" stop-color="#fff1b8"/>
      <stop offset="0.45" stop-color="#f2c14e"/>
      <stop offset="1" stop-color="#b7832f"/>
    </linearGradient>
    <radialGradient id="beam" cx="0.5" cy="0.5" r="0.5">
      <stop offset="0" stop-color="#ffe9a8" stop-opacity="0.45"/>
      <stop offset="1" stop-color="#ffe9a8" stop-opacity="0"/>
    </radialGradient>`;
  let body = `<rect width="${W}" height="${H}" fill="url(#bg)"/>
    <circle cx="800" cy="250" r="420" fill="url(#beam)"/>`;
  // zellige-like eight-pointed stars faintly in the background
  for (let r = 0; r < 4; r++) {
    for (let c = 0; c < 8; c++) {
      const cx = 100 + c * 200 + (r % 2) * 100;
      const cy = 110 + r * 230;
      body += `<g transform="translate(${cx} ${cy})" fill="none" stroke="#f2c14e" stroke-width="2" opacity="0.12">
        <rect x="-40" y="-40" width="80" height="80"/>
        <rect x="-40" y="-40" width="80" height="80" transform="rotate(45)"/>
      </g>`;
    }
  }
  // rays behind everything else, centred on the star
  const cx = 800;
  const cy = 230;
  for (let k = 0; k < 16; k++) {
    const a = (k / 16) * Math.PI * 2;
    body += `<line x1="${(cx + Math.cos(a) * 150).toFixed(1)}" y1="${(cy + Math.sin(a) * 150).toFixed(1)}" x2="${(cx + Math.cos(a) * (210 + (k % 2) * 40)).toFixed(1)}" y2="${(cy + Math.sin(a) * (210 + (k % 2) * 40)).toFixed(1)}" stroke="#f7d774" stroke-width="${k % 2 ? 3 : 5}" opacity="0.5" stroke-linecap="round"/>`;
  }
  // film strip following a sine curve: frames placed along the path
  const frames = 15;
  const frameW = 120;
  for (let i = 0; i < frames; i++) {
    const x = -60 + i * 118;
    const y = 610 + Math.sin(i * 0.55) * 110;
    const ang = Math.cos(i * 0.55) * 0.55 * (180 / Math.PI) * 0.55;
    const tone = ["#3c4a6b", "#6b4a3c", "#3c6b5a", "#5e3c6b", "#6b5e3c"][vary(i, 5, 2)];
    body += `<g transform="translate(${x.toFixed(1)} ${y.toFixed(1)}) rotate(${ang.toFixed(1)})">
      <rect x="${-frameW / 2}" y="-85" width="${frameW}" height="170" fill="#141414"/>
      <rect x="${-frameW / 2 + 12}" y="-58" width="${frameW - 24}" height="116" rx="4" fill="${tone}"/>
      <circle cx="${-frameW / 2 + 40 + (i % 3) * 14}" cy="-20" r="16" fill="#f2c14e" opacity="0.5"/>
      <path d="M${-frameW / 2 + 12} 58 L${-frameW / 2 + 45} ${10 + (i % 4) * 6} L${-frameW / 2 + 75} 40 L${frameW / 2 - 12} ${0 + (i % 2) * 12} L${frameW / 2 - 12} 58 Z" fill="#000000" opacity="0.3"/>`;
    for (let k = 0; k < 5; k++) {
      const hx = -frameW / 2 + 8 + k * 24;
      body += `<rect x="${hx}" y="-79" width="12" height="12" rx="2" fill="#e9d8b4"/><rect x="${hx}" y="67" width="12" height="12" rx="2" fill="#e9d8b4"/>`;
    }
    body += `</g>`;
  }
  // the golden star (the festival prize)
  const pts = [];
  for (let k = 0; k < 10; k++) {
    const a = -Math.PI / 2 + (k * Math.PI) / 5;
    const r = k % 2 === 0 ? 140 : 58;
    pts.push(`${(cx + Math.cos(a) * r).toFixed(1)},${(cy + Math.sin(a) * r).toFixed(1)}`);
  }
  body += `<polygon points="${pts.join(" ")}" fill="url(#gold)" stroke="#fff4cc" stroke-width="4" stroke-linejoin="round"/>`;
  return { file: "content/articles/2026/11/marrakech-film-festival-lineup.jpg", svg: svg(defs, body), format: "jpeg" };
}
