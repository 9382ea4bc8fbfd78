// Tanger Med, cranes and containers at dusk: the illustration of port-of-tanger-med-record
// (scripts/make-demo-images.mjs renders it).
import { W, H, svg, vary } from "./svg.mjs";

/** Tanger Med at dusk: gantry cranes, a container ship and stacks on the quay (JPEG). */
export function port() {
  const defs = `
    <linearGradient id="sky" x1="0" y1="0" x2="0" y2="1">
      <stop offset="0" stop-color="#2b1b47"/>
      <stop offset="0.45" stop-color="#b6465f"/>
      <stop offset="0.8" stop-color="#f29e4c"/>
      <stop offset="1" stop-color="#f7c873"/>
    </linearGradient>
    <linearGradient id="sea" x1="0" y1="0" x2="0" y2="1">
      <stop offset="0" stop-color="#3d3a66"/>
      <stop offset="1" stop-color="#161a33"/>
    </linearGradient>
    <radialGradient id="sun" cx="0.5" cy="0.5" r="0.5">
      <stop offset="0" stop-color="#fff3c4"/>
      <stop offset="0.6" stop-color="#ffd27a" stop-opacity="0.9"/>
      <stop offset="1" stop-color="#ffb347" stop-opacity="0"/>
    </radialGradient>`;
  let body = `<rect width="${W}" height="${H}" fill="url(#sky)"/>
    <circle cx="1180" cy="560" r="190" fill="url(#sun)"/>
    <path d="M0 560 L180 520 L330 545 L520 505 L700 548 L860 530 L1000 560 Z" fill="#5b3556" opacity="0.7"/>
    <rect y="600" width="${W}" height="300" fill="url(#sea)"/>`;
  // sun glitter on the water
  for (let i = 0; i < 14; i++) {
    const w = 160 - i * 9;
    body += `<rect x="${1180 - w / 2 + vary(i, 40) - 20}" y="${615 + i * 14}" width="${w}" height="4" rx="2" fill="#ffd27a" opacity="${(0.55 - i * 0.03).toFixed(2)}"/>`;
  }
  // quay
  body += `<rect y="700" width="${W}" height="200" fill="#1c1b2e"/>
    <rect y="700" width="${W}" height="10" fill="#2c2a45"/>`;
  // a container ship alongside the quay
  body += `<path d="M60 640 L1010 640 L980 700 L95 700 Z" fill="#22203a"/>
    <rect x="860" y="585" width="110" height="55" fill="#2c2a45"/>
    <rect x="880" y="560" width="70" height="25" fill="#2c2a45"/>`;
  const palette = ["#d1495b", "#edae49", "#00798c", "#30638e", "#e07a5f", "#81b29a", "#6d597a", "#f2cc8f"];
  // containers on the ship
  for (let col = 0; col < 22; col++) {
    const h = 2 + vary(col, 3, 5);
    for (let row = 0; row < h; row++) {
      const c = palette[vary(col * 3 + row, palette.length, 5)];
      body += `<rect x="${110 + col * 34}" y="${612 - row * 24}" width="32" height="22" fill="${c}" opacity="0.92"/>`;
    }
  }
  // stacks on the quay
  for (let col = 0; col < 40; col++) {
    const h = 2 + vary(col, 4, 3);
    for (let row = 0; row < h; row++) {
      const c = palette[vary(col + row * 5, palette.length, 3)];
      body += `<rect x="${20 + col * 40}" y="${858 - row * 26}" width="38" height="24" fill="${c}"/>`;
      body += `<rect x="${20 + col * 40}" y="${858 - row * 26}" width="38" height="3" fill="#000" opacity="0.18"/>`;
    }
  }
  // ship-to-shore gantry cranes
  const crane = (x, s) => {
    const legH = 330 * s;
    const top = 700 - legH;
    const leg = `#e8e3d8`;
    return `<g stroke="${leg}" stroke-width="${10 * s}" fill="none" stroke-linecap="square">
        <line x1="${x}" y1="700" x2="${x}" y2="${top}"/>
        <line x1="${x + 120 * s}" y1="700" x2="${x + 120 * s}" y2="${top}"/>
        <line x1="${x}" y1="${top + 90 * s}" x2="${x + 120 * s}" y2="${top + 90 * s}"/>
        <line x1="${x}" y1="${top + 90 * s}" x2="${x + 120 * s}" y2="${top + 200 * s}" stroke-width="${5 * s}"/>
        <line x1="${x - 300 * s}" y1="${top}" x2="${x + 200 * s}" y2="${top}" stroke-width="${14 * s}"/>
        <line x1="${x + 20 * s}" y1="${top - 110 * s}" x2="${x + 20 * s}" y2="${top}"/>
        <line x1="${x + 20 * s}" y1="${top - 110 * s}" x2="${x - 290 * s}" y2="${top}" stroke-width="${4 * s}"/>
        <line x1="${x + 20 * s}" y1="${top - 110 * s}" x2="${x + 195 * s}" y2="${top}" stroke-width="${4 * s}"/>
      </g>
      <rect x="${x - 190 * s}" y="${top + 6 * s}" width="${40 * s}" height="${26 * s}" fill="#d1495b"/>
      <line x1="${x - 170 * s}" y1="${top + 32 * s}" x2="${x - 170 * s}" y2="${top + 140 * s}" stroke="#e8e3d8" stroke-width="2"/>
      <circle cx="${x + 20 * s}" cy="${top - 114 * s}" r="${5 * s}" fill="#ff5a5a"/>`;
  };
  body += crane(420, 1.0) + crane(780, 0.92) + crane(1120, 1.05) + crane(1450, 0.85);
  return { file: "content/articles/2026/11/port-of-tanger-med-record.jpg", svg: svg(defs, body), format: "jpeg" };
}
