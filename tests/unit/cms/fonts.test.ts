import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { localiseFonts } from '../../../src/cms/fonts.ts';
import { projectDir } from '../../helpers/site.ts';

describe('localiseFonts', () => {
  it('points the Fontsource CDN URLs at /admin/fonts/ and names the package files to serve', () => {
    const css = "src:url(https://cdn.jsdelivr.net/fontsource/fonts/source-sans-3:vf@5.3.0/latin-wght-normal.woff2) src:url(https://cdn.jsdelivr.net/fontsource/fonts/noto-mono@5.3.0/latin-400-normal.woff2)";
    const { bundle, fonts } = localiseFonts(css);
    expect(bundle).toBe('src:url(/admin/fonts/source-sans-3-latin-wght-normal.woff2) src:url(/admin/fonts/noto-mono-latin-400-normal.woff2)');
    expect(fonts.map((f) => [f.pkg, f.file, f.served])).toEqual([
      ['@fontsource-variable/source-sans-3', 'files/source-sans-3-latin-wght-normal.woff2', 'fonts/source-sans-3-latin-wght-normal.woff2'],
      ['@fontsource/noto-mono', 'files/noto-mono-latin-400-normal.woff2', 'fonts/noto-mono-latin-400-normal.woff2'],
    ]);
  });

  it('fails loudly on anything else from that CDN', () => {
    expect(() => localiseFonts('import("https://cdn.jsdelivr.net/npm/x@1/x.js")')).toThrow(/cdn\.jsdelivr\.net that we cannot serve locally/);
  });

  it('finds a local file for every font in the installed Sveltia CMS bundle', () => {
    const installed = readFileSync(path.join(projectDir, 'node_modules/@sveltia/cms/dist/sveltia-cms.js'), 'utf8');
    const { bundle, fonts } = localiseFonts(installed);
    expect(fonts.length).toBeGreaterThanOrEqual(3);
    expect(bundle).not.toContain('cdn.jsdelivr.net');
    for (const f of fonts) expect(existsSync(path.join(projectDir, 'node_modules', f.pkg, f.file)), `${f.pkg}/${f.file}`).toBe(true);
  });
});
