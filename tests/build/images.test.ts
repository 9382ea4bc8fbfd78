import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { projectDir, readPage } from '../helpers/site.ts';

const demo = inject('demoDir');
const pages = (readdirSync(demo, { recursive: true }) as string[]).filter((f) => f.endsWith('index.html')).map((f) => `/${f.replace(/index\.html$/, '')}`);

describe('images on every demo page', () => {
  it('come as AVIF and WebP with a fallback and several widths, with fixed dimensions', () => {
    let checked = 0;
    for (const urlPath of pages) {
      for (const picture of readPage(demo, urlPath).querySelectorAll('picture')) {
        checked++;
        const types = [...picture.querySelectorAll('source')].map((s) => s.getAttribute('type'));
        expect(types, urlPath).toEqual(['image/avif', 'image/webp']);
        const img = picture.querySelector('img')!;
        expect(img.getAttribute('srcset')?.split(',').length, urlPath).toBeGreaterThanOrEqual(2);
        expect(Number(img.getAttribute('width')), urlPath).toBeGreaterThan(0);
        expect(Number(img.getAttribute('height')), urlPath).toBeGreaterThan(0);
        expect(img.getAttribute('alt'), urlPath).toBeTruthy();
      }
    }
    expect(checked).toBeGreaterThan(20);
  });

  it('load lazily, except at most one: the first, fetched eagerly with high priority', () => {
    for (const urlPath of pages) {
      const imgs = [...readPage(demo, urlPath).querySelectorAll('img')];
      const eager = imgs.filter((i) => i.getAttribute('loading') !== 'lazy');
      expect(eager.length, `${urlPath}: eager images`).toBeLessThanOrEqual(1);
      if (eager.length === 0) continue;
      expect(eager[0], `${urlPath}: the eager image is the first`).toBe(imgs[0]);
      expect(eager[0]!.getAttribute('fetchpriority'), urlPath).toBe('high');
      expect(imgs.filter((i) => i.getAttribute('fetchpriority') === 'high'), urlPath).toHaveLength(1);
    }
  });

  it('give the largest picture at the top of the page priority: the lead, the story image, a list’s first picture', () => {
    const first = (urlPath: string, selector: string) => readPage(demo, urlPath).querySelector(selector)?.getAttribute('fetchpriority');
    expect(first('/', '.front__lead img')).toBe('high');
    expect(first('/articles/port-of-tanger-med-record/', '.story__image img')).toBe('high');
    expect(first('/category/economy/', '.list img')).toBe('high');
    // Below the story, related pictures wait until the reader scrolls near them.
    expect(readPage(demo, '/articles/port-of-tanger-med-record/').querySelector('.related img')?.getAttribute('loading')).toBe('lazy');
  });

  it('are kept in the build cache, social crops included, so the next build does not redo them', () => {
    // tests/helpers/site.ts points each test build's cacheDir here.
    const cache = path.join(projectDir, 'node_modules/.astro-test', path.basename(demo), 'assets');
    // Transformed files are named <name>.<source hash>_<transform hash>.<format>; originals have no `_` part.
    const processed = readdirSync(path.join(demo, '_astro')).filter((f) => /\.[\w-]+_[\w-]+\.(avif|webp|jpe?g|png)$/.test(f));
    expect(processed.length).toBeGreaterThan(20);
    expect(processed.some((f) => f.endsWith('.jpeg'))).toBe(true);
    expect(processed.filter((f) => !existsSync(path.join(cache, f)))).toEqual([]);
  });
});
