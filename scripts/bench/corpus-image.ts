// The lead images of the bench's corpus (scripts/bench/generate-corpus.ts), drawn from a recipe
// only when a corpus is written, so that listing a corpus's files stays cheap and pure.
import { createRng, int } from './corpus-rng.ts';

/** A lead image, drawn on demand so generating the file list stays cheap and pure. */
export interface ImageRecipe {
  width: number;
  height: number;
  /** Seed of the drawing. */
  seed: number;
}

/** Draws a lead image: soft gradients with some texture, so encoders work about as hard as on a photo. */
export async function drawImage(recipe: ImageRecipe): Promise<Buffer> {
  const { default: sharp } = await import('sharp');
  const { width, height } = recipe;
  const rng = createRng(recipe.seed);
  const pixels = Buffer.alloc(width * height * 3);
  const [r0, g0, b0, r1, g1, b1] = Array.from({ length: 6 }, () => int(rng, 20, 235));
  const freq = 0.01 + rng() * 0.05;
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const t = y / height;
      const wave = Math.sin(x * freq + y * freq * 0.7) * 24;
      const noise = (rng() - 0.5) * 18;
      const o = (y * width + x) * 3;
      pixels[o] = clamp(r0! + (r1! - r0!) * t + wave + noise);
      pixels[o + 1] = clamp(g0! + (g1! - g0!) * t - wave + noise);
      pixels[o + 2] = clamp(b0! + (b1! - b0!) * t + wave * 0.5 + noise);
    }
  }
  return sharp(pixels, { raw: { width, height, channels: 3 } }).jpeg({ quality: 80 }).toBuffer();
}

const clamp = (v: number) => Math.max(0, Math.min(255, Math.round(v)));
