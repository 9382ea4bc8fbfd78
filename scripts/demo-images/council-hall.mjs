// The regional councils, an arcaded government building with a green tiled roof and flags: the
// illustration of regional-councils-budget-vote (scripts/make-demo-images.mjs renders it).
import { W, H, svg, vary } from "./svg.mjs";

/** An arcaded council building with a green tiled roof and flags (PNG). */
export function councilHall() {
  const defs = `
    <linearGradient id="sky" x1="0" y1="0" x2="0" y2="1">
      <stop offset="0" stop-color="#5b8fc7"/><stop offset="1" stop-color="#cfe3f2"/>
    </linearGradient>`;
  let body = `<rect width="${W}" height="${H}" fill="url(#sky)"/>
    <rect y="760" width="${W}" height="140" fill="#c9b48f"/>
    <rect x="260" y="360" width="1080" height="400" fill="#f4efe6"/>
    <path d="M230 360 L800 220 L1370 360 Z" fill="#2f7d5b"/>
    <rect x="230" y="352" width="1140" height="16" fill="#25654a"/>
    <rect x="260" y="720" width="1080" height="40" fill="#e2d9c8"/>`;
  for (let i = 0; i < 9; i++) {
    const x = 310 + i * 112;
    body += `<path d="M${x} 700 L${x} 500 A40 40 0 0 1 ${x + 80} 500 L${x + 80} 700 Z" fill="#3c4a5a" opacity="0.85"/>
      <rect x="${x - 14}" y="470" width="12" height="250" fill="#e8dfcf"/>`;
  }
  const flags = ["#c1272d", "#c1272d", "#2f7d5b", "#c1272d", "#c1272d"];
  for (let i = 0; i < 5; i++) {
    const x = 420 + i * 190;
    body += `<rect x="${x}" y="560" width="8" height="260" fill="#7a7a7a"/>
      <path d="M${x + 8} 565 q60 ${-10 + vary(i, 20)} 110 10 l0 60 q-50 -20 -110 -10 Z" fill="${flags[i]}"/>`;
  }
  return { file: "content/articles/2026/11/regional-councils-budget-vote.png", svg: svg(defs, body), format: "png" };
}
