import { mkdir, mkdtemp, rm, stat, utimes, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { changedInputs, distIdentity, forgetLiveRecord, inputsTable, readLiveRecord, recordFullBuild } from '../../../../src/build/live/live-record.ts';
import { LIVE_INDEX_FILE } from '../../../../src/build/live/live-set.ts';

let dir: string;
const put = async (file: string, text: string) => {
  await mkdir(path.dirname(path.join(dir, file)), { recursive: true });
  await writeFile(path.join(dir, file), text);
};

beforeEach(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'live-record-'));
  await put('src/a.ts', 'export const a = 1;');
  await put('astro.config.mjs', 'export default {};');
  await put('package-lock.json', '{}');
  await put('content/articles/2025/one.md', '---\ntitle: One\n---\n');
  await put('content/briefs/2025-01-14.yaml', '- time: 2025-01-14T09:00:00Z\n  text: A brief\n');
});
afterEach(() => rm(dir, { recursive: true, force: true }));

describe('inputsTable', () => {
  it('lists the code, the settings and the content but the briefs and the front page, each with its size, change time and hash', async () => {
    await put('scripts/build.mjs', '// the build');
    await put('scripts/bench/notes.ts', '// not part of any build');
    await put('.env.production', 'PUBLIC_X=1');
    await put('content/front-page.yaml', 'lead: one\n');
    const table = await inputsTable(dir, 'content');
    expect(Object.keys(table)).toEqual(['.env.production', 'astro.config.mjs', 'content/articles/2025/one.md', 'package-lock.json', 'scripts/build.mjs', 'src/a.ts']);
    expect(table['src/a.ts']![0]).toBe(19);
    expect(table['src/a.ts']![2]).toMatch(/^[0-9a-f]{64}$/);
  });

  it('names what changed: an edited article, a new file, a removed one; a brief or the front page changes nothing', async () => {
    const before = await inputsTable(dir, 'content');
    await put('content/articles/2025/one.md', '---\ntitle: One, edited\n---\n');
    await put('src/b.ts', 'export const b = 2;');
    await rm(path.join(dir, 'astro.config.mjs'));
    await put('content/briefs/2025-01-14.yaml', '- time: 2025-01-14T09:00:00Z\n  text: A brief, edited\n');
    await put('content/front-page.yaml', 'lead: one\n');
    expect(changedInputs(before, await inputsTable(dir, 'content', before))).toEqual(['astro.config.mjs', 'content/articles/2025/one.md', 'src/b.ts']);
  });

  it('sees a file rewritten with the same bytes (a fresh checkout) as unchanged, and new bytes of the same size as changed even with the old time put back', async () => {
    const before = await inputsTable(dir, 'content');
    await put('src/a.ts', 'export const a = 1;');
    expect(changedInputs(before, await inputsTable(dir, 'content', before))).toEqual([]);
    const { mtime } = await stat(path.join(dir, 'src/a.ts'));
    await put('src/a.ts', 'export const a = 2;');
    await utimes(path.join(dir, 'src/a.ts'), mtime, mtime);
    expect(changedInputs(before, await inputsTable(dir, 'content', before))).toEqual(['src/a.ts']);
  });
});

describe('the record of a full build', () => {
  it('is kept only with the index the build wrote, and forgotten when a full build starts', async () => {
    const cache = path.join(dir, 'cache');
    const dist = path.join(dir, 'dist');
    await mkdir(cache);
    await mkdir(dist);
    const inputs = await inputsTable(dir, 'content');
    // No index: the build wrote none (e.g. it ran no deploy build), so there is nothing to record.
    expect(await recordFullBuild(cache, dist, inputs)).toBe(false);
    expect(await readLiveRecord(cache)).toBeUndefined();
    const index = { builtAt: 1, until: 2, articles: [], comments: {} };
    await writeFile(path.join(cache, LIVE_INDEX_FILE), JSON.stringify(index));
    expect(await recordFullBuild(cache, dist, inputs)).toBe(true);
    const record = await readLiveRecord(cache);
    expect(record?.index).toEqual(index);
    expect(record?.inputs).toEqual(inputs);
    expect(record?.dist.path).toBe(dist);
    // The output's identity: the same for an untouched copy, another for an output that gained a file.
    expect(record?.dist.identity).toBe(await distIdentity(dist, []));
    await writeFile(path.join(dist, 'index.html'), '<!doctype html>');
    expect(await distIdentity(dist, [])).not.toBe(record?.dist.identity);
    expect(await distIdentity(dist, ['index.html'])).not.toBe(await distIdentity(dist, []));
    await forgetLiveRecord(cache);
    expect(await readLiveRecord(cache)).toBeUndefined();
  });
});
