import { appendFile, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { copyProject, deployBuild, type DeployResult } from '../../scripts/bench/project-copy.ts';
import { hashTree } from '../../scripts/bench/tree-hash.ts';
import { FIXTURE_EPOCH, projectDir, readPage } from '../helpers/site.ts';

// The live build (src/build/live/live-build.ts) as a newsroom meets it: after a full deploy build, a
// push that changes only briefs. What an editor would notice: a bad brief fails the build with
// its file, line and field named and the live site untouched; a good one is live with the
// column and the front page updated; a restored cache of another output is not patched.
const root = path.join(projectDir, 'tests/.output/live');
const dist = path.join(root, 'dist');
const briefs = path.join(root, 'content/briefs/2025-01-14.yaml');
const record = path.join(root, 'node_modules/.astro/newsroom-live.json');

describe('the live build publishes briefs, and refuses bad ones with the site untouched', () => {
  let full: DeployResult;
  let original: string;
  beforeAll(async () => {
    await copyProject(root, path.join(projectDir, 'tests/fixtures/site/content'));
    full = await deployBuild(root, FIXTURE_EPOCH);
    original = await readFile(briefs, 'utf8');
  }, 300_000);

  it('the first build is a full one, and says why', () => {
    expect(full.code, full.output.slice(-3000)).toBe(0);
    expect(full.output).toContain('[live] a full build is needed: no record of a full build to start from');
  });

  it('a brief linking to a story that is not published fails, naming the file, line and field; dist/ is untouched', async () => {
    const before = await hashTree(dist);
    await appendFile(briefs, '- time: 2025-01-14T21:00:00+01:00\n  text: Points at the draft\n  link: draft-story\n- time: 2025-01-14T21:05:00+01:00\n  text: Points nowhere\n  link: no-such-story\n');
    const result = await deployBuild(root, FIXTURE_EPOCH);
    expect(result.code).not.toBe(0);
    expect(result.output).toContain('[live] only the briefs or the front page changed');
    expect(result.output).toMatch(/content\/briefs\/2025-01-14\.yaml:\d+: #\d+\.link: article "draft-story" is a draft or scheduled for later/);
    expect(result.output).toMatch(/content\/briefs\/2025-01-14\.yaml:\d+: #\d+\.link: article "no-such-story" does not exist/);
    expect(result.output).toContain('was left untouched');
    expect(await hashTree(dist)).toEqual(before);
  }, 300_000);

  it('a good brief is live: on the front page, in the column and on its day, through the live build', async () => {
    await writeFile(briefs, `${original}- time: 2025-01-14T21:10:00+01:00\n  text: The harbour reopens after the storm\n  link: filler-03\n`);
    const result = await deployBuild(root, FIXTURE_EPOCH + 600);
    expect(result.code, result.output.slice(-3000)).toBe(0);
    expect(result.output).toMatch(/\[live\] published \d+ changed/);
    for (const page of ['/', '/latest/column/', '/latest/2025-01-14/']) {
      const link = [...readPage(dist, page).querySelectorAll('a')].find((a) => a.textContent?.includes('The harbour reopens after the storm'));
      expect(link?.getAttribute('href'), page).toBe('/articles/filler-03/');
    }
  }, 300_000);

  it('an output that is not the one the record was made for (another dist/) takes the full build', async () => {
    await writeFile(path.join(dist, 'stray.txt'), 'left by hand');
    const result = await deployBuild(root, FIXTURE_EPOCH + 600);
    expect(result.code, result.output.slice(-3000)).toBe(0);
    expect(result.output).toContain('[live] a full build is needed: dist/ is not the output the last build left');
    // The full build's output has no stray file, and the next brief is live again.
    await appendFile(briefs, '- time: 2025-01-14T21:20:00+01:00\n  text: One more\n');
    const trash = async () => (await readdir(root)).filter((n) => n.startsWith('.dist-trash-'));
    const replaced = await trash();
    expect(replaced, 'the site the full build replaced, set aside').toHaveLength(1);
    const next = await deployBuild(root, FIXTURE_EPOCH + 900);
    expect(next.output).toMatch(/\[live\] published \d+ changed/);
    // A brief does not wait for the removal of the replaced site: the next full build does it.
    expect(await trash()).toEqual(replaced);
    await rm(record);
    const without = await deployBuild(root, FIXTURE_EPOCH + 900);
    expect(without.output).toContain('[live] a full build is needed: no record of a full build to start from');
    const after = await trash();
    expect(after).toHaveLength(1);
    expect(after).not.toEqual(replaced);
  }, 600_000);
});
