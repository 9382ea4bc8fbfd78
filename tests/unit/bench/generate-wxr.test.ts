import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { writeWxr } from '../../../scripts/bench/generate-wxr.ts';
import { readWxr } from '../../../src/import/wordpress/wxr-reader.ts';
import { toItem } from '../../../src/import/wordpress/wxr-model.ts';

const dirs: string[] = [];
afterAll(() => Promise.all(dirs.map((d) => rm(d, { recursive: true, force: true }))));

describe('writeWxr', () => {
  it('writes a well-formed export of the asked size, the same bytes for the same seed', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'gen-wxr-'));
    dirs.push(dir);
    const a = path.join(dir, 'a.xml');
    const b = path.join(dir, 'b.xml');
    const bytes = await writeWxr(a, { posts: 50, postKb: 2, seed: 3 });
    await writeWxr(b, { posts: 50, postKb: 2, seed: 3 });
    expect(await readFile(a, 'utf8')).toBe(await readFile(b, 'utf8'));
    expect(bytes).toBeGreaterThan(50 * 2 * 1024);
    const statuses: string[] = [];
    let comments = 0;
    for await (const r of readWxr(a)) {
      if (r.kind !== 'item') continue;
      const item = toItem(r.node, r.line);
      statuses.push(item.status);
      comments += item.comments.length;
    }
    expect(statuses).toHaveLength(50);
    expect(statuses.filter((s) => s === 'future')).toHaveLength(3);
    expect(comments).toBeGreaterThan(0);
  });
});
