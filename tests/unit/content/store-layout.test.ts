import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { CHUNKED_STORE_FROM, countArticles, storageFor } from '../../../src/content/store-layout.ts';

describe('storageFor', () => {
  it('keeps one store file up to a three-year archive (100,000 articles) and chunks a larger one', () => {
    expect(storageFor(0)).toBe('single-file');
    expect(storageFor(10_000)).toBe('single-file');
    expect(storageFor(100_000)).toBe('single-file');
    expect(storageFor(CHUNKED_STORE_FROM - 1)).toBe('single-file');
    expect(storageFor(CHUNKED_STORE_FROM)).toBe('chunked');
    expect(storageFor(1_000_000)).toBe('chunked');
  });
});

describe('countArticles', () => {
  it('counts Markdown files at any depth and nothing else', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'articles-'));
    mkdirSync(path.join(dir, '2026/11'), { recursive: true });
    writeFileSync(path.join(dir, 'top.md'), '');
    writeFileSync(path.join(dir, '2026/11/one.md'), '');
    writeFileSync(path.join(dir, '2026/11/one.jpg'), '');
    expect(countArticles(dir)).toBe(2);
    expect(countArticles(path.join(dir, 'missing'))).toBe(0);
  });
});
