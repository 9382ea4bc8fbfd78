import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { factsFingerprint, loadPageFacts, savePageFacts } from '../../../../src/build/checks/page-facts-cache.ts';
import { readPageFacts } from '../../../../src/build/checks/page-checks.ts';

let cacheDir: string;
beforeEach(async () => {
  cacheDir = await mkdtemp(path.join(os.tmpdir(), 'page-facts-'));
});
afterEach(() => rm(cacheDir, { recursive: true, force: true }));

const html = `<!doctype html><html lang="en"><head><title>A story</title><link rel="canonical" href="https://example.com/a/">
<meta http-equiv="content-security-policy" content="default-src 'self'"><style>p{color:red}</style></head>
<body><h2 id="part-one">One</h2><a href="/b/#top">B</a><img src="/x.avif" srcset="/x-1.avif 1x, /x-2.avif 2x" alt="x"><p style="color:red">styled</p></body></html>`;

describe('page facts cache', () => {
  it('gives back, for the next build, exactly the facts a fresh parse gives', async () => {
    const facts = readPageFacts(html);
    await savePageFacts(cacheDir, 'fp', new Map([['a/index.html', { digest: 'd1', facts }]]));
    const loaded = await loadPageFacts(cacheDir, 'fp');
    expect([...loaded.keys()]).toEqual(['a/index.html']);
    expect(loaded.get('a/index.html')!.digest).toBe('d1');
    expect(loaded.get('a/index.html')!.facts).toEqual(readPageFacts(html));
    // The anchors stay a set, as the checks expect.
    expect(loaded.get('a/index.html')!.facts.ids.has('part-one')).toBe(true);
  });

  it('keeps a page\'s publication time and the stamp of the cached copy it came from, and no stamp for a page rendered anew', async () => {
    const facts = readPageFacts(html);
    const pages = new Map([
      ['a/index.html', { digest: 'd1', facts, published: '2026-11-24T08:30:00.000Z', origin: '12:345:678' }],
      ['b/index.html', { digest: 'd2', facts }],
    ]);
    await savePageFacts(cacheDir, 'fp', pages);
    const loaded = await loadPageFacts(cacheDir, 'fp');
    expect(loaded.get('a/index.html')).toMatchObject({ digest: 'd1', published: '2026-11-24T08:30:00.000Z', origin: '12:345:678' });
    expect(loaded.get('b/index.html')!.published).toBeUndefined();
    expect(loaded.get('b/index.html')!.origin).toBeUndefined();
  });

  it('keeps one page per line and each shared string once, so an archive whose facts pass the largest string JavaScript holds still saves and loads', async () => {
    const facts = readPageFacts(html);
    const many = new Map(Array.from({ length: 2000 }, (_, i) => [`p${i}/index.html`, { digest: `d${i}`, facts }] as const));
    await savePageFacts(cacheDir, 'fp', many);
    const text = await readFile(path.join(cacheDir, 'newsroom-page-facts.ndjson'), 'utf8');
    const lines = text.trimEnd().split('\n');
    const pageLines = lines.filter((l) => l.startsWith('['));
    expect(pageLines).toHaveLength(2000);
    // No line holds more than one page: the file grows by lines, never as one string.
    expect(Math.max(...lines.map((l) => l.length))).toBeLessThan(2 * JSON.stringify([...many][0]).length + 200);
    // What pages share (their links, anchors, tags and policy) is written once, not 2,000 times.
    expect(text.split('https://example.com/a/').length - 1).toBe(1);
    const spelledOut = [...many].reduce((n, [file, { digest, facts: f }]) => n + JSON.stringify([file, digest, { ...f, ids: [...f.ids] }]).length + 1, 0);
    expect(text.length).toBeLessThan(spelledOut / 2);
    const loaded = await loadPageFacts(cacheDir, 'fp');
    expect(loaded.size).toBe(2000);
    expect(loaded.get('p1999/index.html')!.digest).toBe('d1999');
    expect(loaded.get('p1999/index.html')!.facts).toEqual(facts);
  });

  it('uses nothing from a file cut short, and removes the one-document file of earlier versions', async () => {
    const facts = readPageFacts(html);
    await writeFile(path.join(cacheDir, 'newsroom-page-facts.json'), JSON.stringify({ fingerprint: 'fp', pages: [] }));
    await savePageFacts(cacheDir, 'fp', new Map([['a/index.html', { digest: 'd1', facts }], ['b/index.html', { digest: 'd2', facts }]]));
    expect(existsSync(path.join(cacheDir, 'newsroom-page-facts.json'))).toBe(false);
    const file = path.join(cacheDir, 'newsroom-page-facts.ndjson');
    const [header, first] = (await readFile(file, 'utf8')).split('\n');
    await writeFile(file, `${header}\n${first}\n`);
    expect((await loadPageFacts(cacheDir, 'fp')).size).toBe(0);
  });

  it('creates the cache folder when a first build has none yet', async () => {
    const fresh = path.join(cacheDir, 'not', 'yet');
    await savePageFacts(fresh, 'fp', new Map([['a/index.html', { digest: 'd1', facts: readPageFacts(html) }]]));
    expect((await loadPageFacts(fresh, 'fp')).get('a/index.html')!.digest).toBe('d1');
  });

  it('uses nothing saved by other code (another fingerprint), and nothing unreadable', async () => {
    await savePageFacts(cacheDir, 'old', new Map([['a/index.html', { digest: 'd1', facts: readPageFacts(html) }]]));
    expect((await loadPageFacts(cacheDir, 'new')).size).toBe(0);
    await writeFile(path.join(cacheDir, 'newsroom-page-facts.ndjson'), '{"fingerprint": "new", "pag');
    expect((await loadPageFacts(cacheDir, 'new')).size).toBe(0);
    expect((await loadPageFacts(path.join(cacheDir, 'missing'), 'new')).size).toBe(0);
  });

  it('fingerprints the code that reads the facts: a change to it or to the locked dependencies is a new fingerprint', async () => {
    const root = path.join(cacheDir, 'project');
    await mkdir(path.join(root, 'src/build/checks'), { recursive: true });
    await writeFile(path.join(root, 'src/build/checks/page-checks.ts'), 'export const v = 1;');
    await writeFile(path.join(root, 'package-lock.json'), '{"packages":{"node_modules/parse5":{"version":"8.0.0"}}}');
    const first = await factsFingerprint(root);
    expect(await factsFingerprint(root)).toBe(first);
    await writeFile(path.join(root, 'src/build/checks/page-checks.ts'), 'export const v = 2;');
    const second = await factsFingerprint(root);
    expect(second).not.toBe(first);
    await writeFile(path.join(root, 'package-lock.json'), '{"packages":{"node_modules/parse5":{"version":"8.0.1"}}}');
    expect(await factsFingerprint(root)).not.toBe(second);
    // The project's own fingerprint is a SHA-256.
    expect(await factsFingerprint()).toMatch(/^[0-9a-f]{64}$/);
  });
});
