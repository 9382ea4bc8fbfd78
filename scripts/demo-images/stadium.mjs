// The Casablanca derby, a floodlit stadium bowl at night: the illustration of
// casablanca-derby-ends-level (scripts/make-demo-images.mjs renders it).
import { W, H, svg } from "./svg.mjs";

/** A floodlit stadium at night, its stands half red and half green (JPEG). */
export function stadium() {
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
