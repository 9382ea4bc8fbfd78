import { execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { groupOf, summarise } from '../../../scripts/bench/profile-summary.ts';
import { projectDir } from '../../helpers/site.ts';

describe('groupOf', () => {
  it('groups code in node_modules by package, scoped packages by scope and name', () => {
    expect(groupOf('file:///work/site/node_modules/astro/dist/core/build/generate.js')).toBe('astro');
    expect(groupOf('file:///work/site/node_modules/@astrojs/markdown-satteri/dist/index.js')).toBe('@astrojs/markdown-satteri');
  });

  it('names the innermost package of a nested node_modules', () => {
    expect(groupOf('file:///work/site/node_modules/astro/node_modules/vite/dist/node/chunk.js')).toBe('vite');
  });

  it('keeps Node built-ins as they are, and puts samples without a script under one name', () => {
    expect(groupOf('node:internal/fs/promises')).toBe('node:internal/fs/promises');
    expect(groupOf('')).toBe('(native/idle/gc)');
  });

  it('shows our source files from src/, and other files by their path', () => {
    expect(groupOf('file:///work/site/src/feeds/rss.ts')).toBe('src/feeds/rss.ts');
    expect(groupOf('file:///work/site/scripts/build.mjs')).toBe('/work/site/scripts/build.mjs');
  });
});

/** A call frame in a profile's node. */
const frame = (functionName: string, url: string, lineNumber: number) => ({ functionName, url, lineNumber, scriptId: '0', columnNumber: 0 });

/** A profile in the shape `node --cpu-prof` writes; time deltas are in microseconds. */
const profile = {
  nodes: [
    { id: 1, callFrame: frame('(root)', '', -1), children: [2, 3, 5] },
    { id: 2, callFrame: frame('render', 'file:///w/node_modules/astro/dist/render.js', 9), children: [4] },
    { id: 3, callFrame: frame('toFeedItem', 'file:///w/src/feeds/items.ts', 41) },
    { id: 4, callFrame: frame('', 'file:///w/node_modules/astro/dist/render.js', 99) },
    { id: 5, callFrame: frame('(garbage collector)', '', -1) },
  ],
  samples: [2, 3, 2, 4, 5, 3, 2],
  timeDeltas: [1000, 2000, 1000, 4500, 500, 2000, 1000],
};

describe('summarise', () => {
  it('adds up self time in milliseconds per group and per function, heaviest first', () => {
    const { total, groups, functions } = summarise(profile);
    expect(total).toBe(12);
    expect(groups).toEqual([
      ['astro', 7.5],
      ['src/feeds/items.ts', 4],
      ['(native/idle/gc)', 0.5],
    ]);
    expect(functions).toEqual([
      ['(anonymous) astro:100', 4.5],
      ['toFeedItem src/feeds/items.ts:42', 4],
      ['render astro:10', 3],
      ['(garbage collector) (native/idle/gc):0', 0.5],
    ]);
  });

  it('is empty for a profile without samples', () => {
    expect(summarise({ ...profile, samples: [], timeDeltas: [] })).toEqual({ total: 0, groups: [], functions: [] });
  });
});

describe('profile-summary on the command line', () => {
  it('prints the sampled seconds, then the top groups and functions as --top asks', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'profile-summary-'));
    try {
      const file = path.join(dir, 'build.cpuprofile');
      // Seconds, so that the printed figures are not all 0.00.
      await writeFile(file, JSON.stringify({ ...profile, timeDeltas: profile.timeDeltas.map((t) => t * 1000) }));
      const stdout = await new Promise<string>((resolve, reject) =>
        execFile(process.execPath, [path.join(projectDir, 'scripts/bench/profile-summary.ts'), file, '--top', '2'], (error, out) => (error ? reject(error) : resolve(out))),
      );
      expect(stdout.split('\n')).toEqual([
        `${file}: 12.0 s sampled`,
        '',
        'self time by package / file:',
        '     7.50 s   62.5%  astro',
        '     4.00 s   33.3%  src/feeds/items.ts',
        '',
        'heaviest functions (self time):',
        '     4.50 s  (anonymous) astro:100',
        '     4.00 s  toFeedItem src/feeds/items.ts:42',
        '',
        '',
      ]);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
