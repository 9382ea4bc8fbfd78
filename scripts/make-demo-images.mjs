// Regenerates the demo article illustrations (SVG drawn in code, rendered with sharp) next to their articles; run: node scripts/make-demo-images.mjs
import { fileURLToPath } from "node:url";
import path from "node:path";
import { stat } from "node:fs/promises";
import sharp from "sharp";

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const W = 1600;
const H = 900;

/** Wraps drawing code in an SVG document of the standard size. */
function svg(defs, body) {
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${H}" viewBox="0 0 ${W} ${H}">
<defs>${defs}</defs>
${body}
</svg>`;
}

/** Deterministic "variation" from an index: no randomness, same output on every run. */
const vary = (i, n, k = 7) => (i * k + 3) % n;

// ---------------------------------------------------------------------------
// 1. Tanger Med: cranes and containers at dusk
function port() {
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

// ---------------------------------------------------------------------------
// 2. Casablanca derby: a floodlit stadium bowl at night
function stadium() {
  const defs = `
    <linearGradient id="night" x1="0" y1="0" x2="0" y2="1">
      <stop offset="0" stop-color="#060b1f"/>
      <stop offset="0.6" stop-color="#142a52"/>
      <stop offset="1" stop-color="#1f3d6b"/>
    </linearGradient>
    <radialGradient id="glow" cx="0.5" cy="0.5" r="0.5">
      <stop offset="0" stop-color="#fffbe6" stop-opacity="0.95"/>
      <stop offset="0.25" stop-color="#fff2b3" stop-opacity="0.45"/>
      <stop offset="1" stop-color="#fff2b3" stop-opacity="0"/>
    </radialGradient>
    <linearGradient id="pitch" x1="0" y1="0" x2="0" y2="1">
      <stop offset="0" stop-color="#2f8f4e"/>
      <stop offset="1" stop-color="#1d6b36"/>
    </linearGradient>
    <radialGradient id="haze" cx="0.5" cy="0.55" r="0.6">
      <stop offset="0" stop-color="#fff6d5" stop-opacity="0.35"/>
      <stop offset="1" stop-color="#fff6d5" stop-opacity="0"/>
    </radialGradient>`;
  let body = `<rect width="${W}" height="${H}" fill="url(#night)"/>`;
  for (let i = 0; i < 60; i++) {
    body += `<circle cx="${(i * 263) % W}" cy="${(i * 97) % 260}" r="${1 + (i % 3) * 0.6}" fill="#ffffff" opacity="${0.3 + (i % 4) * 0.15}"/>`;
  }
  body += `<ellipse cx="800" cy="560" rx="900" ry="420" fill="url(#haze)"/>`;
  // outer shell and roof
  body += `<ellipse cx="800" cy="600" rx="760" ry="300" fill="#0d1730"/>
    <ellipse cx="800" cy="560" rx="740" ry="270" fill="none" stroke="#c9d3e6" stroke-width="14" opacity="0.85"/>`;
  // stands: red half (left) and green half (right), drawn as tiers
  const tiers = [
    { rx: 700, ry: 250 },
    { rx: 640, ry: 222 },
    { rx: 580, ry: 196 },
    { rx: 520, ry: 170 },
  ];
  tiers.forEach((t, i) => {
    const shade = i % 2 === 0 ? 0 : 1;
    body += `<path d="M ${800 - t.rx} 600 A ${t.rx} ${t.ry} 0 0 1 800 ${600 - t.ry} L 800 ${600 + t.ry} A ${t.rx} ${t.ry} 0 0 1 ${800 - t.rx} 600 Z" fill="${shade ? "#9e1b24" : "#c8202c"}"/>`;
    body += `<path d="M ${800 + t.rx} 600 A ${t.rx} ${t.ry} 0 0 0 800 ${600 - t.ry} L 800 ${600 + t.ry} A ${t.rx} ${t.ry} 0 0 0 ${800 + t.rx} 600 Z" fill="${shade ? "#0f6b3a" : "#15894a"}"/>`;
  });
  // crowd speckle (deterministic)
  for (let i = 0; i < 260; i++) {
    const a = (i / 260) * Math.PI * 2;
    const r = 0.78 + ((i * 13) % 17) / 100;
    const x = 800 + Math.cos(a) * 650 * r;
    const y = 600 + Math.sin(a) * 225 * r;
    body += `<circle cx="${x.toFixed(1)}" cy="${y.toFixed(1)}" r="3" fill="#ffffff" opacity="${(0.15 + (i % 5) * 0.08).toFixed(2)}"/>`;
  }
  // pitch
  body += `<ellipse cx="800" cy="600" rx="460" ry="148" fill="url(#pitch)"/>
    <g stroke="#e9f5ea" stroke-width="3" fill="none" opacity="0.85">
      <rect x="440" y="510" width="720" height="180" rx="4"/>
      <line x1="800" y1="510" x2="800" y2="690"/>
      <ellipse cx="800" cy="600" rx="60" ry="30"/>
      <rect x="440" y="560" width="70" height="80"/>
      <rect x="1090" y="560" width="70" height="80"/>
    </g>
    <rect x="440" y="510" width="720" height="180" fill="none"/>`;
  for (let s = 0; s < 8; s++) {
    body += `<rect x="${440 + s * 90}" y="510" width="45" height="180" fill="#ffffff" opacity="0.05"/>`;
  }
  // floodlight masts with glow
  const mast = (x, y) => `
    <line x1="${x}" y1="${y}" x2="${x}" y2="${y + 260}" stroke="#8d99b3" stroke-width="8"/>
    <rect x="${x - 45}" y="${y - 25}" width="90" height="40" rx="4" fill="#e8ecf5"/>
    <circle cx="${x}" cy="${y - 5}" r="170" fill="url(#glow)"/>`;
  body += mast(180, 150) + mast(1420, 150) + mast(520, 90) + mast(1080, 90);
  return { file: "content/articles/2026/11/casablanca-derby-ends-level.jpg", svg: svg(defs, body), format: "jpeg" };
}

// ---------------------------------------------------------------------------
// 3. Solar storage: rows of panels on a desert plain
function solar() {
  const defs = `
    <linearGradient id="sky" x1="0" y1="0" x2="0" y2="1">
      <stop offset="0" stop-color="#6fa8dc"/>
      <stop offset="0.7" stop-color="#cfe4f2"/>
      <stop offset="1" stop-color="#f4e9d4"/>
    </linearGradient>
    <linearGradient id="sand" x1="0" y1="0" x2="0" y2="1">
      <stop offset="0" stop-color="#e2b878"/>
      <stop offset="1" stop-color="#b97a45"/>
    </linearGradient>
    <linearGradient id="panel" x1="0" y1="0" x2="1" y2="1">
      <stop offset="0" stop-color="#4f7fbf"/>
      <stop offset="0.5" stop-color="#1f3f78"/>
      <stop offset="1" stop-color="#152c57"/>
    </linearGradient>
    <radialGradient id="sun" cx="0.5" cy="0.5" r="0.5">
      <stop offset="0" stop-color="#fffdf2"/>
      <stop offset="0.35" stop-color="#fff6cf" stop-opacity="0.9"/>
      <stop offset="1" stop-color="#fff6cf" stop-opacity="0"/>
    </radialGradient>`;
  let body = `<rect width="${W}" height="${H}" fill="url(#sky)"/>
    <circle cx="1250" cy="170" r="230" fill="url(#sun)"/>
    <path d="M0 400 L120 350 L260 380 L420 300 L560 360 L700 330 L860 270 L1000 340 L1150 310 L1300 355 L1460 320 L1600 360 L1600 430 L0 430 Z" fill="#a98d9c" opacity="0.65"/>
    <path d="M0 430 L200 395 L380 420 L600 380 L820 415 L1050 385 L1280 420 L1600 395 L1600 460 L0 460 Z" fill="#b98f73" opacity="0.8"/>
    <rect y="440" width="${W}" height="460" fill="url(#sand)"/>`;
  // a solar tower on the horizon, as at Noor
  body += `<rect x="1390" y="250" width="16" height="190" fill="#8a7f86"/>
    <rect x="1380" y="232" width="36" height="26" fill="#f6e9c0"/>
    <circle cx="1398" cy="245" r="40" fill="url(#sun)" opacity="0.8"/>`;
  // rows of panels, in perspective: nearer rows are lower, bigger and wider
  for (let r = 0; r < 7; r++) {
    const t = r / 6;
    const y = 470 + Math.pow(t, 1.6) * 380;
    const ph = 14 + t * 70; // panel height
    const pw = 40 + t * 150; // panel width
    const gap = 4 + t * 10;
    const skew = 10 + t * 40;
    const n = Math.ceil(W / (pw + gap)) + 2;
    const offset = -((r * 37) % Math.round(pw));
    for (let i = 0; i < n; i++) {
      const x = offset + i * (pw + gap);
      body += `<path d="M${x.toFixed(1)} ${(y + ph).toFixed(1)} L${(x + pw).toFixed(1)} ${(y + ph).toFixed(1)} L${(x + pw + skew).toFixed(1)} ${y.toFixed(1)} L${(x + skew).toFixed(1)} ${y.toFixed(1)} Z" fill="url(#panel)" stroke="#c9d6ea" stroke-width="${(0.5 + t * 1.5).toFixed(1)}"/>`;
      if (r >= 3) {
        // cell grid lines on the nearer panels
        for (let k = 1; k < 4; k++) {
          const fx = x + (pw * k) / 4;
          body += `<line x1="${fx.toFixed(1)}" y1="${(y + ph).toFixed(1)}" x2="${(fx + skew).toFixed(1)}" y2="${y.toFixed(1)}" stroke="#7fa3d6" stroke-width="1" opacity="0.5"/>`;
        }
        body += `<line x1="${(x + skew / 2).toFixed(1)}" y1="${(y + ph / 2).toFixed(1)}" x2="${(x + pw + skew / 2).toFixed(1)}" y2="${(y + ph / 2).toFixed(1)}" stroke="#7fa3d6" stroke-width="1" opacity="0.5"/>`;
        // highlight reflecting the sky
        body += `<path d="M${(x + skew * 0.8).toFixed(1)} ${(y + ph * 0.2).toFixed(1)} L${(x + skew * 0.8 + pw * 0.3).toFixed(1)} ${(y + ph * 0.2).toFixed(1)} L${(x + skew * 0.5 + pw * 0.15).toFixed(1)} ${(y + ph * 0.6).toFixed(1)} Z" fill="#ffffff" opacity="0.12"/>`;
      }
      // legs
      body += `<rect x="${(x + pw * 0.3).toFixed(1)}" y="${(y + ph).toFixed(1)}" width="${(1 + t * 3).toFixed(1)}" height="${(4 + t * 18).toFixed(1)}" fill="#5b4a3d"/>`;
    }
  }
  // battery container blocks on the horizon, at the edge of the field
  for (let k = 0; k < 4; k++) {
    const x = 70 + k * 64;
    body += `<rect x="${x}" y="428" width="58" height="24" fill="#eeeeea"/>
    <rect x="${x}" y="428" width="58" height="4" fill="#c9c9c2"/>
    <rect x="${x + 20}" y="438" width="18" height="8" fill="#3fa34d"/>`;
  }
  return { file: "content/articles/2026/11/solar-storage-tender-draws-bids.jpg", svg: svg(defs, body), format: "jpeg" };
}

// ---------------------------------------------------------------------------
// 4. Marrakech medina: rooftops and a minaret at sunset (PNG, flat colours so it stays small)
function rooftops() {
  const bands = ["#3b2c5e", "#5a3469", "#7d3c6f", "#a4476d", "#c95c66", "#e47a5c", "#f29b5a", "#f7bb68", "#fbd68a"];
  let body = "";
  const bandH = 560 / bands.length;
  bands.forEach((c, i) => {
    body += `<rect y="${(i * bandH).toFixed(1)}" width="${W}" height="${(bandH + 1).toFixed(1)}" fill="${c}"/>`;
  });
  body += `<rect y="540" width="${W}" height="${H - 540}" fill="#7a3530"/>
    <circle cx="420" cy="470" r="120" fill="#fde3a7"/>
    <circle cx="420" cy="470" r="90" fill="#fff1c9"/>`;
  // distant Atlas ridge
  body += `<path d="M0 470 L140 420 L300 455 L470 390 L640 450 L820 400 L1000 440 L1180 380 L1360 430 L1600 400 L1600 560 L0 560 Z" fill="#b0627a"/>
    <path d="M420 402 L470 390 L520 408 L490 412 Z M1130 392 L1180 380 L1230 396 L1200 400 Z" fill="#f5dbe3"/>`;
  // back row of houses
  const back = "#a0493f";
  const mid = "#c4623f";
  const front = "#8c3b2f";
  for (let i = 0; i < 22; i++) {
    const w = 60 + vary(i, 5) * 14;
    const h = 60 + vary(i, 6, 5) * 18;
    const x = i * 76 - 20;
    body += `<rect x="${x}" y="${620 - h}" width="${w}" height="${h + 300}" fill="${back}"/>`;
  }
  // minaret (Koutoubia-like square tower) rising behind the middle row
  const mx = 1060;
  body += `<g fill="#5e2a2a">
      <rect x="${mx}" y="210" width="120" height="480"/>
      <rect x="${mx - 6}" y="200" width="132" height="18"/>
      <rect x="${mx + 30}" y="140" width="60" height="62"/>
      <rect x="${mx + 26}" y="132" width="68" height="12"/>
      <path d="M${mx + 40} 132 Q${mx + 60} 95 ${mx + 80} 132 Z"/>
      <rect x="${mx + 58}" y="70" width="4" height="40"/>
      <circle cx="${mx + 60}" cy="92" r="7"/>
      <circle cx="${mx + 60}" cy="76" r="5"/>
    </g>`;
  for (let k = 0; k < 6; k++) {
    body += `<rect x="${mx - 6 + k * 24}" y="188" width="12" height="14" fill="#5e2a2a"/>`;
  }
  // decorative windows on the minaret
  for (let k = 0; k < 3; k++) {
    const y = 260 + k * 120;
    body += `<path d="M${mx + 44} ${y + 50} L${mx + 44} ${y + 16} Q${mx + 60} ${y} ${mx + 76} ${y + 16} L${mx + 76} ${y + 50} Z" fill="#f7bb68" opacity="0.85"/>`;
    body += `<rect x="${mx + 16}" y="${y + 70}" width="88" height="6" fill="#7a3a34"/>`;
  }
  // middle row with terraces and parapets
  for (let i = 0; i < 14; i++) {
    const w = 100 + vary(i, 4) * 20;
    const h = 40 + vary(i, 5, 3) * 22;
    const x = i * 118 - 40;
    const y = 700 - h;
    body += `<rect x="${x}" y="${y}" width="${w}" height="${h + 200}" fill="${mid}"/>`;
    body += `<rect x="${x}" y="${y}" width="${w}" height="8" fill="#d9794d"/>`;
    if (i % 3 === 1) {
      // a small arched doorway onto the terrace
      body += `<path d="M${x + 20} ${y + 60} L${x + 20} ${y + 30} Q${x + 32} ${y + 16} ${x + 44} ${y + 30} L${x + 44} ${y + 60} Z" fill="#6b2c24"/>`;
    }
    if (i % 4 === 2) {
      // satellite dish, a feature of every medina roof
      body += `<ellipse cx="${x + w - 30}" cy="${y - 14}" rx="16" ry="12" fill="#efe3d3"/><rect x="${x + w - 32}" y="${y - 6}" width="4" height="8" fill="#efe3d3"/>`;
    }
    if (i % 5 === 3) {
      // washing line
      body += `<line x1="${x + 10}" y1="${y - 24}" x2="${x + w - 10}" y2="${y - 24}" stroke="#4a2020" stroke-width="2"/>
        <rect x="${x + 22}" y="${y - 24}" width="16" height="20" fill="#2f6f8f"/>
        <rect x="${x + 46}" y="${y - 24}" width="14" height="16" fill="#f2e1c1"/>`;
    }
  }
  // palm trees
  const palm = (x, y, s) => {
    let p = `<path d="M${x} ${y} Q${x + 8 * s} ${y - 90 * s} ${x + 2 * s} ${y - 180 * s}" stroke="#3d1f1f" stroke-width="${9 * s}" fill="none"/>`;
    for (let k = 0; k < 7; k++) {
      const a = -Math.PI + (k / 6) * Math.PI;
      const ex = x + 2 * s + Math.cos(a) * 90 * s;
      const ey = y - 180 * s + Math.sin(a) * 40 * s + 30 * s;
      p += `<path d="M${x + 2 * s} ${y - 180 * s} Q${(x + 2 * s + ex) / 2} ${y - 215 * s} ${ex.toFixed(1)} ${ey.toFixed(1)}" stroke="#3d1f1f" stroke-width="${7 * s}" fill="none" stroke-linecap="round"/>`;
    }
    return p;
  };
  body += palm(240, 700, 1.1) + palm(1420, 720, 0.9);
  // front row, darker
  for (let i = 0; i < 9; i++) {
    const w = 170 + vary(i, 3) * 20;
    const h = 30 + vary(i, 4, 3) * 20;
    const x = i * 190 - 30;
    body += `<rect x="${x}" y="${820 - h}" width="${w}" height="${h + 100}" fill="${front}"/>`;
    body += `<rect x="${x}" y="${820 - h}" width="${w}" height="7" fill="#a5493a"/>`;
    for (let k = 0; k < Math.floor(w / 28); k++) {
      if (k % 2 === 0) body += `<rect x="${x + 6 + k * 28}" y="${820 - h - 12}" width="14" height="12" fill="${front}"/>`;
    }
  }
  return { file: "content/articles/2026/11/marrakech-medina-rooftop-restoration.png", svg: svg("", body), format: "png" };
}

// ---------------------------------------------------------------------------
// 5. Film festival: a curving film strip and a golden star
function film() {
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

// ---------------------------------------------------------------------------
// 6. Regional councils: an arcaded government building with a green tiled roof and flags
function councilHall() {
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

// 7. Atlantic ports: a stylised map of the West African coast with shipping lines
function coastMap() {
  const defs = `<linearGradient id="sea" x1="0" y1="0" x2="1" y2="1"><stop offset="0" stop-color="#1d4e89"/><stop offset="1" stop-color="#0b2545"/></linearGradient>`;
  let body = `<rect width="${W}" height="${H}" fill="url(#sea)"/>
    <path d="M1600 0 L820 0 C790 90 760 150 700 210 C650 260 610 330 600 400 C590 470 640 520 700 560 C760 600 860 620 960 700 C1040 760 1120 830 1160 900 L1600 900 Z" fill="#e3c58f"/>
    <path d="M1600 0 L900 0 C880 80 850 140 800 200 C760 250 720 320 715 390 C710 450 760 500 820 530 C900 570 980 600 1060 660 C1120 710 1180 790 1220 900 L1600 900 Z" fill="#d4b075"/>`;
  const ports = [[830, 40], [735, 180], [640, 330], [612, 420], [690, 540], [820, 610], [960, 690], [1080, 780], [1150, 870]];
  for (let i = 0; i < ports.length - 1; i++) {
    const [x1, y1] = ports[i];
    const [x2, y2] = ports[i + 1];
    body += `<path d="M${x1 - 40} ${y1} Q${Math.min(x1, x2) - 160} ${(y1 + y2) / 2} ${x2 - 40} ${y2}" stroke="#f7f4ea" stroke-width="5" stroke-dasharray="14 14" fill="none" opacity="0.8"/>`;
  }
  for (const [x, y] of ports) body += `<circle cx="${x - 40}" cy="${y}" r="18" fill="#f29e4c" stroke="#f7f4ea" stroke-width="6"/>`;
  for (let i = 0; i < 6; i++) body += `<path d="M${120 + i * 70} ${200 + vary(i, 5) * 110} l60 0 l-10 18 l-40 0 Z" fill="#f7f4ea" opacity="0.9"/>`;
  return { file: "content/articles/2026/11/west-african-ports-sign-data-pact.png", svg: svg(defs, body), format: "png" };
}

// 8. Language lab: a chip with circuit lines, Tifinagh-like marks along the traces
function chip() {
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

// ---------------------------------------------------------------------------
// `node scripts/make-demo-images.mjs [name...]` redraws only the named images (e.g. chip).
const all = { port, stadium, solar, rooftops, film, councilHall, coastMap, chip };
const wanted = process.argv.slice(2);
const images = (wanted.length ? wanted : Object.keys(all)).map((name) => {
  if (!all[name]) throw new Error(`make-demo-images: no image "${name}"; known: ${Object.keys(all).join(", ")}`);
  return all[name]();
});

for (const img of images) {
  const out = path.join(ROOT, img.file);
  let pipeline = sharp(Buffer.from(img.svg), { density: 72 }).resize(W, H);
  pipeline =
    img.format === "png"
      ? pipeline.png({ palette: true, colours: 64, dither: 0, compressionLevel: 9, effort: 10 })
      : pipeline.jpeg({ quality: 78, mozjpeg: true, chromaSubsampling: "4:2:0" });
  await pipeline.toFile(out);
  const { size } = await stat(out);
  console.log(`${img.file}  ${(size / 1024).toFixed(1)} KB`);
}
