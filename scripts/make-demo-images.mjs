// Regenerates the demo article illustrations (SVG drawn in code, rendered with sharp) next to their articles; run: node scripts/make-demo-images.mjs
// Each illustration is drawn in a file of its own under scripts/demo-images/; this file renders them.
import { fileURLToPath } from "node:url";
import path from "node:path";
import { stat } from "node:fs/promises";
import sharp from "sharp";
import { W, H } from "./demo-images/svg.mjs";
import { port } from "./demo-images/port.mjs";
import { stadium } from "./demo-images/stadium.mjs";
import { solar } from "./demo-images/solar.mjs";
import { rooftops } from "./demo-images/rooftops.mjs";
import { film } from "./demo-images/film.mjs";
import { councilHall } from "./demo-images/council-hall.mjs";
import { coastMap } from "./demo-images/coast-map.mjs";
import { chip } from "./demo-images/chip.mjs";

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");

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
