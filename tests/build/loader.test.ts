import { existsSync } from 'node:fs';
import { copyFile, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { hashTree } from '../../scripts/bench/tree-hash.ts';
import { astroSync, copyProject, deployBuild, editFile } from '../../scripts/bench/project-copy.ts';
import { LIVE_RECORD_FILE } from '../../src/build/live/live-record.ts';
import { FIXTURE_EPOCH, projectDir, readPage } from '../helpers/site.ts';

// The content loader (src/content/loader.ts) keeps the store between builds and article bodies
// in a body cache beside it. What a user of the deploy build (`npm run build`) would notice: the
// store does not carry the article bodies, a build after `astro sync` (which `npm test` and
// `astro check` run) still succeeds when it renders a page with a lead image again, and a body
// cache that is gone is filled again, with the same output.
const root = path.join(projectDir, 'tests/.output/loader');
const cache = path.join(root, 'node_modules/.astro');
const dist = path.join(root, 'dist');

async function build(): Promise<void> {
  const result = await deployBuild(root, FIXTURE_EPOCH);
  expect(result.code, result.output.slice(-3000)).toBe(0);
}

describe('the content store and the body cache across builds', () => {
  beforeAll(async () => {
    await copyProject(root, path.join(projectDir, 'tests/fixtures/site/content'));
    // A lead image and no image in the body: after a sync, its front-matter image must still
    // resolve on its own (the picture story's body image is registered again on reuse).
    const articles = path.join(root, 'content/articles/2025');
    await copyFile(path.join(articles, 'picture.png'), path.join(articles, 'lead-only.png'));
    await writeFile(
      path.join(articles, 'lead-only.md'),
      '---\ntitle: Lead picture story\nsummary: A story with a lead image only.\npublished: 2025-01-12T08:00:00Z\ncategory: sport\nimage:\n  src: ./lead-only.png\n  alt: A red square again\n---\nWords without pictures.\n',
    );
    await build();
  }, 600_000);

  it('keeps article bodies without images out of the store, and the one with an image in it', async () => {
    const store = await readFile(path.join(cache, 'data-store.json'), 'utf8');
    expect(store).toContain('Filler story 01');
    expect(store).not.toContain('Filler body 01.');
    // Its image placeholders are resolved by Astro's render(), which reads the stored HTML.
    expect(store).toContain('Words about a red square');
    expect(readPage(dist, '/articles/filler-01/').querySelector('.story__body')!.textContent).toContain('Filler body 01.');
  });

  it('renders a page with a lead image again after `astro sync` wrote the store', async () => {
    const sync = await astroSync(root, FIXTURE_EPOCH);
    expect(sync.code, sync.output.slice(-3000)).toBe(0);
    // The article's own file is unchanged, so its store entry may be reused; its page shows the
    // section's name, so it is rendered again, with its lead image.
    await editFile(root, 'content/categories.yaml', 'name: Sport', 'name: Sports');
    await build();
    for (const slug of ['lead-only', 'with-image']) {
      const page = readPage(dist, `/articles/${slug}/`);
      expect(page.querySelector('.story__category')!.textContent, slug).toBe('Sports');
      const lead = page.querySelector('.story__image img')!.getAttribute('src')!;
      expect(existsSync(path.join(dist, lead)), `${slug}: ${lead}`).toBe(true);
    }
  }, 600_000);

  it('renders the bodies again when the body cache is gone, with the same output', async () => {
    const before = await hashTree(dist);
    const bodies = path.join(cache, 'newsroom-bodies');
    expect((await readdir(bodies)).length).toBeGreaterThan(10);
    await rm(bodies, { recursive: true });
    // With nothing changed, the deploy build would be a live build, which reads no article
    // body; without the record of the last full build it is a full one.
    await rm(path.join(cache, LIVE_RECORD_FILE));
    await build();
    expect(await hashTree(dist)).toEqual(before);
    expect((await readdir(bodies)).length).toBeGreaterThan(10);
  }, 600_000);
});
