// The Marrakech medina, rooftops and a minaret at sunset: the illustration of
// marrakech-medina-rooftop-restoration (scripts/make-demo-images.mjs renders it). A PNG in flat
// colours, so that it stays small.
import { W, H, svg, vary } from "./svg.mjs";

/** Medina rooftops, palms and a minaret against a banded sunset (PNG). */
export function rooftops() {
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
