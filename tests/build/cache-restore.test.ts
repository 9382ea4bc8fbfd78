import { appendFile, cp, rename, rm } from 'node:fs/promises';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { astroSync, copyProject, deployBuild, type DeployResult } from '../../scripts/bench/project-copy.ts';
import { deployDiff, hashTree, type TreeDiff } from '../../scripts/bench/tree-hash.ts';
import { FIXTURE_EPOCH, pageExists, projectDir, readPage, text } from '../helpers/site.ts';

// The build cache (node_modules/.astro) is kept between deploys, and the project's own `.astro/`
// folder holds the image map of the last content Astro synced. Three things that happen to a
// newsroom's checkout must not make the next deploy build fail or publish anything a cold build
// would not: the content folder moves (NEWSROOM_CONTENT), `astro sync` / `astro check` runs
// (`npm test` runs it), and another content folder is built in the same project (`npm test`
// builds four). Each step adds a comment to the story with a lead image, so that its page is
// rendered again from its stored entry rather than restored from the page cache. (A cache
// restored into a checkout at another path is safe already: Astro empties its store when the
// project's root changes.)
const work = path.join(projectDir, 'tests/.output/cache-restore');
const lanes = { kept: path.join(work, 'kept'), cold: path.join(work, 'cold') };
/** The content folder after the move. */
const DESK = 'desk';
const env = { NEWSROOM_CONTENT: DESK };
const COMMENTS = `${DESK}/comments/with-image.yaml`;
const comment = (id: string, words: string) => `- id: ${id}\n  author: A Reader\n  time: 2025-01-14T10:00:00Z\n  text: ${words}\n`;

/** The story's lead picture as its built page shows it, whether that file was published, and its comments. */
function story(root: string): { published: boolean; comments: string[] } {
  const page = readPage(path.join(root, 'dist'), '/articles/with-image/');
  const src = page.querySelector('.story img')?.getAttribute('src');
  return { published: !!src && pageExists(path.join(root, 'dist'), src), comments: [...page.querySelectorAll('.comment__text')].map(text) };
}

describe('a kept build cache', () => {
  const steps: Record<'moved' | 'synced' | 'otherSite', DeployResult & { published: boolean; comments: string[] }> = {} as never;
  let sync: DeployResult;
  let otherSite: DeployResult;
  let diff: TreeDiff;

  beforeAll(async () => {
    await rm(work, { recursive: true, force: true });
    await copyProject(lanes.kept, path.join(projectDir, 'tests/fixtures/site/content'));
    await copyProject(lanes.cold);
    const first = await deployBuild(lanes.kept, FIXTURE_EPOCH);
    if (first.code !== 0) throw new Error(`first build failed:\n${first.output.slice(-3000)}`);
    const step = async (name: keyof typeof steps, words: string) => {
      await appendFile(path.join(lanes.kept, COMMENTS), comment(name.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`), words));
      const result = await deployBuild(lanes.kept, FIXTURE_EPOCH, env);
      steps[name] = { ...result, ...(result.code === 0 ? story(lanes.kept) : { published: false, comments: [] }) };
    };
    // 1. The newsroom moves its content folder; the cache stays.
    await rename(path.join(lanes.kept, 'content'), path.join(lanes.kept, DESK));
    await step('moved', 'Written after the move.');
    // 2. `astro sync` writes the store and the image map.
    sync = await astroSync(lanes.kept, FIXTURE_EPOCH, env);
    await step('synced', 'Written after a sync.');
    // 3. Another site's content is built in the same project, with its own cache and output.
    await cp(path.join(projectDir, 'tests/fixtures/hostile/content'), path.join(lanes.kept, 'other'), { recursive: true });
    otherSite = await deployBuild(lanes.kept, FIXTURE_EPOCH, { NEWSROOM_CONTENT: 'other', NEWSROOM_CACHE_DIR: 'node_modules/.astro-other', NEWSROOM_DIST: 'dist-other' });
    await step('otherSite', 'Written after another site was built.');
    // And what a cold build of the final state publishes.
    await cp(path.join(lanes.kept, DESK), path.join(lanes.cold, DESK), { recursive: true });
    const cold = await deployBuild(lanes.cold, FIXTURE_EPOCH, env);
    if (cold.code !== 0) throw new Error(`cold build failed:\n${cold.output.slice(-3000)}`);
    const [got, want] = await Promise.all([hashTree(path.join(lanes.kept, 'dist')), hashTree(path.join(lanes.cold, 'dist'))]);
    diff = deployDiff(want, got, new Map());
  }, 900_000);

  it('builds after the content folder moved', () => {
    expect(steps.moved.code, steps.moved.output.slice(-3000)).toBe(0);
    expect(steps.moved).toMatchObject({ published: true, comments: ['Written after the move.'] });
  });

  it('builds after `astro sync`', () => {
    expect(sync.code, sync.output.slice(-2000)).toBe(0);
    expect(steps.synced.code, steps.synced.output.slice(-3000)).toBe(0);
    expect(steps.synced).toMatchObject({ published: true, comments: ['Written after the move.', 'Written after a sync.'] });
  });

  it('builds after another content folder was built in the same project', () => {
    expect(otherSite.code, otherSite.output.slice(-2000)).toBe(0);
    expect(steps.otherSite.code, steps.otherSite.output.slice(-3000)).toBe(0);
    expect(steps.otherSite.published).toBe(true);
  });

  it('publishes at the end exactly what a cold build publishes', () => {
    expect(diff).toEqual({ added: [], removed: [], changed: [] });
  });
});
