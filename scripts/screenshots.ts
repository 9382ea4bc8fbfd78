// `npm run screenshots`: pictures of the demo build for the README. Serves dist/ (run
// `npm run build` first) the way the CDN would, opens the front page, an article and the Arabic
// article in Debian's Chromium at phone (390×844) and desktop (1280×900) sizes, light and dark,
// and writes what a reader sees on first load (the viewport, not the whole page) to
// docs/screenshots/<page>-<phone|desktop>-<light|dark>.png, reduced to a palette PNG to stay small.
//   npm run screenshots -- [--dist dist] [--out docs/screenshots]
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import sharp from 'sharp';
import { launchBrowser } from '../tests/helpers/browser.ts';
import { startPreview } from './cdn-preview.ts';

/** The pages shown in the README. */
export const SHOTS = [
  { name: 'front', path: '/' },
  { name: 'article', path: '/articles/port-of-tanger-med-record/' },
  { name: 'arabic-article', path: '/articles/rabat-calligraphy-exhibition/' },
] as const;

/** The two screens: a common phone and a laptop. */
export const SCREENS = [
  { name: 'phone', width: 390, height: 844 },
  { name: 'desktop', width: 1280, height: 900 },
] as const;

const { values } = parseArgs({ options: { dist: { type: 'string', default: 'dist' }, out: { type: 'string', default: 'docs/screenshots' } } });
mkdirSync(values.out, { recursive: true });
const preview = await startPreview(values.dist);
const browser = await launchBrowser();
try {
  for (const shot of SHOTS) {
    for (const screen of SCREENS) {
      for (const scheme of ['light', 'dark'] as const) {
        const context = await browser.newContext({ viewport: { width: screen.width, height: screen.height }, colorScheme: scheme });
        const tab = await context.newPage();
        await tab.goto(`${preview.origin}${shot.path}`, { waitUntil: 'networkidle' });
        await tab.evaluate(() => document.fonts.ready);
        const png = await tab.screenshot();
        await context.close();
        const file = path.join(values.out, `${shot.name}-${screen.name}-${scheme}.png`);
        writeFileSync(file, await sharp(png).png({ palette: true, colours: 128, compressionLevel: 9, effort: 10 }).toBuffer());
        console.log(`wrote ${file}`);
      }
    }
  }
} finally {
  await browser.close();
  await preview.close();
}
