// Solar storage, rows of panels on a desert plain: the illustration of
// solar-storage-tender-draws-bids (scripts/make-demo-images.mjs renders it).
import { W, H, svg } from "./svg.mjs";

/** Rows of solar panels in perspective on a desert plain, a solar tower on the horizon (JPEG). */
export function solar() {
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
