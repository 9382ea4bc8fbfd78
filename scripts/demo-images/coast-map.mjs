// The Atlantic ports, a stylised map of the West African coast with shipping lines: the
// illustration of west-african-ports-sign-data-pact (scripts/make-demo-images.mjs renders it).
import { W, H, svg, vary } from "./svg.mjs";

/** A map of the West African coast with its ports joined by shipping lines (PNG). */
export function coastMap() {
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
