import { mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { request } from 'node:http';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startPreview, type Preview } from '../../scripts/cdn-preview.ts';

// The preview over a tiny hand-made site: what a CDN would answer for each request.
describe('the CDN-like preview', () => {
  let preview: Preview;
  beforeAll(async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'preview-'));
    await mkdir(path.join(dir, 'articles/new'), { recursive: true });
    await mkdir(path.join(dir, '_astro'));
    await writeFile(path.join(dir, 'index.html'), '<h1>home</h1>');
    await writeFile(path.join(dir, '404.html'), '<h1>not found page</h1>');
    await writeFile(path.join(dir, 'articles/new/index.html'), '<h1>new</h1>');
    await writeFile(path.join(dir, '_astro/app.123.css'), 'body{}');
    await writeFile(path.join(dir, '_astro/big.css'), '.a{color:red}\n'.repeat(5000));
    await writeFile(path.join(dir, '_astro/font.woff2'), Buffer.alloc(4000, 7));
    await writeFile(path.join(dir, '_headers'), "/*\n  X-Test: all\n  Content-Security-Policy: default-src 'self'\n/_astro/*\n  Cache-Control: immutable\n/articles/*\n  Cache-Control: short\n");
    await writeFile(path.join(dir, '_redirects'), '/2019/old.html /articles/new/ 301\n/ p=12 /articles/new/ 301!\n/articles/new/ /elsewhere/ 301\n');
    preview = await startPreview(dir);
  });
  afterAll(() => preview?.close());

  const get = (p: string) => fetch(`${preview.origin}${p}`, { redirect: 'manual' });

  it('sends the _headers of the matching rules with each file', async () => {
    const css = await get('/_astro/app.123.css');
    expect(css.status).toBe(200);
    expect(css.headers.get('content-type')).toMatch(/text\/css/);
    expect(css.headers.get('cache-control')).toBe('immutable');
    expect(css.headers.get('x-test')).toBe('all');
    const page = await get('/articles/new/');
    expect(await page.text()).toBe('<h1>new</h1>');
    expect(page.headers.get('cache-control')).toBe('short');
    expect(page.headers.get('content-security-policy')).toBe("default-src 'self'");
  });

  /** The raw answer (no transparent decompression): status, headers and body bytes. */
  const raw = (p: string, encoding?: string) =>
    new Promise<{ status: number; headers: Record<string, string | string[] | undefined>; body: Buffer }>((resolve, reject) => {
      const req = request(`${preview.origin}${p}`, { headers: encoding ? { 'Accept-Encoding': encoding } : {} }, (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
      });
      req.on('error', reject);
      req.end();
    });

  it('gzips text for a client that accepts it, as the hosts do, and nothing else', async () => {
    const css = await raw('/_astro/big.css', 'gzip, deflate, br');
    expect([css.status, css.headers['content-encoding'], css.headers['content-length'], css.headers['cache-control']]).toEqual([200, 'gzip', undefined, 'immutable']);
    expect(css.body.length).toBeLessThan(1000);
    expect(gunzipSync(css.body).toString()).toBe('.a{color:red}\n'.repeat(5000));
    const plain = await raw('/_astro/big.css');
    expect([plain.headers['content-encoding'], plain.body.length]).toEqual([undefined, 70000]);
    const font = await raw('/_astro/font.woff2', 'gzip');
    expect([font.headers['content-encoding'], font.body.length]).toEqual([undefined, 4000]);
    const missing = await raw('/nope/', 'gzip');
    expect([missing.status, missing.body.toString()]).toEqual([404, '<h1>not found page</h1>']);
  });

  it('answers a query alias (/?p=12) with its forced redirect, and the page itself without the query', async () => {
    const res = await get('/?p=12');
    expect(res.status).toBe(301);
    expect(res.headers.get('location')).toBe('/articles/new/');
    expect((await get('/?p=13')).status).toBe(200);
    expect(await (await get('/')).text()).toBe('<h1>home</h1>');
    // An unforced rule does not hide a live page.
    expect((await get('/articles/new/')).status).toBe(200);
  });

  it('answers an alias with its redirect', async () => {
    const res = await get('/2019/old.html');
    expect(res.status).toBe(301);
    expect(res.headers.get('location')).toBe('/articles/new/');
  });

  it('adds the trailing slash to a folder, and serves 404.html with status 404 for anything missing', async () => {
    const folder = await get('/articles/new?x=1');
    expect(folder.status).toBe(308);
    expect(folder.headers.get('location')).toBe('/articles/new/?x=1');
    const missing = await get('/nope/');
    expect(missing.status).toBe(404);
    expect(await missing.text()).toContain('not found page');
    expect(missing.headers.get('x-test')).toBe('all');
  });

  it('never serves its rule files or anything outside the folder', async () => {
    expect((await get('/_headers')).status).toBe(404);
    expect((await get('/_redirects')).status).toBe(404);
    expect((await get('/..%2f..%2fetc/passwd')).status).toBe(404);
  });
});
