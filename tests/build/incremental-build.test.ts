import { appendFile, cp, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { diffTrees, hashTree } from '../../scripts/bench/tree-hash.ts';
import { DEMO_EPOCH, buildSite, pageExists, projectDir, readPage, text, type BuildResult } from '../helpers/site.ts';

// A rebuild reuses Astro's cache (pages put in place by scripts/build.mjs, processed images, the
// content store). Whatever it reuses, it must publish exactly what a full build of the same
// content publishes: a deleted story gone, an edit shown, a new brief listed.
const work = 'tests/.output/incremental';
const content = `${work}/content`;
const cache = 'node_modules/.astro-test/incremental';
const DELETED = 'solar-storage-tender-draws-bids';
const EDITED = 'deputies-question-minister-on-dam-levels';
const NEW_TITLE = 'Deputies press the water minister on falling dam levels';

describe('a rebuild after edits publishes what a full build publishes', () => {
  let rebuild: BuildResult;
  let cold: BuildResult;

  beforeAll(async () => {
    await rm(path.join(projectDir, work), { recursive: true, force: true });
    await rm(path.join(projectDir, cache), { recursive: true, force: true });
    await rm(path.join(projectDir, `${cache}-cold`), { recursive: true, force: true });
    await cp(path.join(projectDir, 'content'), path.join(projectDir, content), { recursive: true });
    const first = await buildSite({ content, outDir: `${work}/site`, epoch: DEMO_EPOCH, env: { NEWSROOM_CACHE_DIR: cache } });
    if (first.code !== 0) throw new Error(`first build failed:\n${first.output.slice(-3000)}`);

    // A story deleted, another retitled, one more brief.
    await rm(path.join(projectDir, content, `articles/2026/11/${DELETED}.md`));
    await rm(path.join(projectDir, content, `articles/2026/11/${DELETED}.jpg`));
    const edited = path.join(projectDir, content, `articles/2026/11/${EDITED}.md`);
    await writeFile(edited, (await readFile(edited, 'utf8')).replace(/^title: .*$/m, `title: "${NEW_TITLE}"`));
    await appendFile(
      path.join(projectDir, content, 'briefs/2026-11-24.yaml'),
      '- time: 2026-11-24T21:10:00+00:00\n  text: Royal Air Maroc adds a second daily flight between Casablanca and Dakhla from next month.\n  category: economy\n',
    );

    rebuild = await buildSite({ content, outDir: `${work}/site`, epoch: DEMO_EPOCH, env: { NEWSROOM_CACHE_DIR: cache } });
    cold = await buildSite({ content, outDir: `${work}/cold`, epoch: DEMO_EPOCH, env: { NEWSROOM_CACHE_DIR: `${cache}-cold` } });
  }, 300_000);

  it('reuses the cached pages and drops the deleted story', () => {
    expect(rebuild.code, rebuild.output.slice(-3000)).toBe(0);
    expect(rebuild.output).toMatch(/put \d+ cached pages in place/);
    // The output checks parsed only the pages whose HTML changed.
    const [, parsed, unchanged] = rebuild.output.match(/(\d+) pages parsed, (\d+) unchanged since the last build/) ?? [];
    expect(Number(unchanged)).toBeGreaterThan(Number(parsed));
    expect(rebuild.output).toContain(`removed 1 page(s) this build no longer has, e.g. articles/${DELETED}/index.html`);
    expect(pageExists(rebuild.outDir, `/articles/${DELETED}/`)).toBe(false);
    expect(text(readPage(rebuild.outDir, `/articles/${EDITED}/`).querySelector('h1'))).toBe(NEW_TITLE);
    expect(text(readPage(rebuild.outDir, '/latest/').querySelector('main'))).toContain('second daily flight between Casablanca and Dakhla');
  });

  it('writes byte for byte the files a full build writes', async () => {
    expect(cold.code, cold.output.slice(-3000)).toBe(0);
    const [got, want] = await Promise.all([hashTree(rebuild.outDir), hashTree(cold.outDir)]);
    expect(diffTrees(want, got)).toEqual({ added: [], removed: [], changed: [] });
    expect(got.size).toBeGreaterThan(100);
  });
});
