import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, rm, stat, utimes, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { carryOverOldAssets, KEEP_OLD_ASSETS_DAYS } from '../../../../src/build/deploy/old-assets.ts';

let from: string;
let to: string;
const NOW = Date.UTC(2026, 10, 20);
const put = async (dir: string, file: string, text: string, daysOld = 1) => {
  await mkdir(path.dirname(path.join(dir, file)), { recursive: true });
  await writeFile(path.join(dir, file), text);
  const time = new Date(NOW - daysOld * 86_400_000);
  await utimes(path.join(dir, file), time, time);
};

beforeEach(async () => {
  from = await mkdtemp(path.join(os.tmpdir(), 'old-assets-from-'));
  to = await mkdtemp(path.join(os.tmpdir(), 'old-assets-to-'));
});
afterEach(() => Promise.all([from, to].map((d) => rm(d, { recursive: true, force: true }))));

describe('carryOverOldAssets', () => {
  it("copies the old site's recent hashed scripts, styles and fonts the new one lacks, keeping their times", async () => {
    await put(from, '_astro/page.Abc123.css', 'body{}', 2);
    await put(from, '_astro/app.Def456.js', 'run()');
    await put(from, '_astro/fonts/sans.Ghi789.woff2', 'font');
    await put(to, '_astro/app.Def456.js', 'run() rebuilt');
    expect(await carryOverOldAssets(from, to, NOW)).toBe(2);
    expect(await readFile(path.join(to, '_astro/page.Abc123.css'), 'utf8')).toBe('body{}');
    expect(await readFile(path.join(to, '_astro/app.Def456.js'), 'utf8')).toBe('run() rebuilt');
    expect(existsSync(path.join(to, '_astro/fonts/sans.Ghi789.woff2'))).toBe(true);
    // The copy expires a week after the original was built, not a week after this build.
    expect((await stat(path.join(to, '_astro/page.Abc123.css'))).mtimeMs).toBe(NOW - 2 * 86_400_000);
  });

  it('drops files older than the keep period, pictures, and anything outside _astro/', async () => {
    await put(from, '_astro/ancient.Abc123.css', 'body{}', KEEP_OLD_ASSETS_DAYS + 1);
    await put(from, '_astro/photo.Abc123_Z1.webp', 'a picture taken down');
    await put(from, 'pagefind/fragment/en_abc.pf_fragment', 'a story taken down');
    await put(from, 'styles.css', 'not hashed');
    expect(await carryOverOldAssets(from, to, NOW)).toBe(0);
    expect(existsSync(path.join(to, '_astro'))).toBe(false);
  });

  it('copies nothing from a site with no _astro folder', async () => {
    await put(from, 'index.html', '<p>');
    expect(await carryOverOldAssets(from, to, NOW)).toBe(0);
  });
});
