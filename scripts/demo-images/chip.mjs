// The language lab, a chip with circuit lines and Tifinagh-like marks along the traces: the
// illustration of rabat-university-opens-ai-lab (scripts/make-demo-images.mjs renders it).
import { W, H, svg, vary } from "./svg.mjs";

/** A chip with circuit traces and Tifinagh-like marks, drawn without a font (PNG). */
export function chip() {
  const defs = `<radialGradient id="glow" cx="0.5" cy="0.5" r="0.6"><stop offset="0" stop-color="#1f4e79"/><stop offset="1" stop-color="#0a1a2f"/></radialGradient>`;
  let body = `<rect width="${W}" height="${H}" fill="url(#glow)"/>`;
  for (let i = 0; i < 12; i++) {
    const y = 120 + i * 60;
    const bend = 300 + vary(i, 5) * 60;
    body += `<path d="M0 ${y} L${bend} ${y} L${bend + 80} ${450 + (i - 6) * 14} L640 ${450 + (i - 6) * 14}" stroke="#4fd1c5" stroke-width="4" fill="none" opacity="0.7"/>
      <path d="M${W} ${y} L${W - bend} ${y} L${W - bend - 80} ${450 + (i - 6) * 14} L960 ${450 + (i - 6) * 14}" stroke="#f6ad55" stroke-width="4" fill="none" opacity="0.7"/>
      <circle cx="${bend}" cy="${y}" r="7" fill="#e6fffa"/><circle cx="${W - bend}" cy="${y}" r="7" fill="#fffaf0"/>`;
  }
  body += `<rect x="620" y="250" width="360" height="400" rx="24" fill="#1a202c" stroke="#a0aec0" stroke-width="6"/>
    <rect x="680" y="310" width="240" height="280" rx="12" fill="#2d3748"/>`;
  // Tifinagh-like marks: circles, crosses and bars, drawn (no font needed)
  const marks = [`<circle r="30" fill="none" stroke="#f7fafc" stroke-width="8"/>`, `<path d="M-30 0 H30 M0 -30 V30" stroke="#f7fafc" stroke-width="8"/>`, `<path d="M-25 -30 V30 M25 -30 V30" stroke="#f7fafc" stroke-width="8"/>`, `<path d="M-30 30 L0 -30 L30 30" stroke="#f7fafc" stroke-width="8" fill="none"/>`];
  marks.forEach((m, i) => (body += `<g transform="translate(${740 + (i % 2) * 120} ${390 + Math.floor(i / 2) * 120})">${m}</g>`));
  return { file: "content/articles/2026/11/rabat-university-opens-ai-lab.png", svg: svg(defs, body), format: "png" };
}
