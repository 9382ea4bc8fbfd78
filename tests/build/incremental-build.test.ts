import { existsSync } from 'node:fs';
import { appendFile, readdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import sharp from 'sharp';
import { beforeAll, describe, expect, it } from 'vitest';
import { pageCounts } from '../../scripts/bench/measure.ts';
import { deployDiff, hashTree, type TreeDiff } from '../../scripts/bench/tree-hash.ts';
import { listFiles } from '../../src/build/checks/output-files.ts';
import { copyProject, deployBuild, editFile, type DeployResult } from '../../scripts/bench/project-copy.ts';
import { COMMENTS_ENDPOINT, FIXTURE_EPOCH, projectDir } from '../helpers/site.ts';

// The deploy build (`npm run build`: into dist/, the cache in node_modules/.astro) reuses pages,
// the content store and processed images from the last build. After every kind of change it
// must publish exactly what a cold build of the same state publishes. Two copies of the project
// get the same changes one after another: one is rebuilt after each change, keeping its dist/
// and cache; the other is built cold each time (no dist/, no cache), at the same time.
const work = path.join(projectDir, 'tests/.output/incremental');
const lanes = { rebuilt: path.join(work, 'rebuilt'), cold: path.join(work, 'cold') };
/** 2025-02-02T12:00:00Z: the fixture's scheduled story (2025-02-01) is due. */
const LATER_EPOCH = 1738497600;
const TAKEN_DOWN = { slug: 'with-image', texts: ['Picture story', 'Words about a red square', 'A red square', 'Test credit'], image: 'picture' };

/** A small picture of one colour, for the image replaced under the same name. */
const picture = (colour: string) => sharp({ create: { width: 48, height: 32, channels: 3, background: colour } }).png().toBuffer();

interface Step {
  kind: string;
  /** Applies the change to a copy of the project. */
  change: (root: string) => Promise<void>;
  /** The clock and variables from this step on. */
  epoch?: number;
  env?: Record<string, string>;
}

const article = (slug: string) => `content/articles/2025/${slug}.md`;

const STEPS: Step[] = [
  { kind: 'article text', change: (r) => editFile(r, article('filler-01'), 'Filler body 01.', 'Filler body 01, now with a second sentence.') },
  { kind: 'author renamed', change: (r) => editFile(r, 'content/authors/ann-writer.yaml', 'name: Ann Writer', 'name: Ann Writer-Haddad') },
  { kind: 'category renamed', change: (r) => editFile(r, 'content/categories.yaml', 'name: Sport', 'name: Sports') },
  {
    kind: 'comment added',
    change: (r) => appendFile(path.join(r, 'content/comments/escaped-title.yaml'), '- id: c6\n  author: Late Reader\n  time: 2025-01-15T10:00:00Z\n  text: One more thought.\n'),
  },
  {
    kind: 'correction added',
    change: (r) => editFile(r, article('filler-02'), /\n---\n/, '\ncorrections:\n  - time: 2025-01-15T09:00:00Z\n    text: The summary gave the wrong day.\n---\n'),
  },
  { kind: 'tag added', change: (r) => editFile(r, article('filler-04'), 'authors: [bob-reporter]', 'authors: [bob-reporter]\ntags: [harbour]') },
  {
    kind: 'briefs: one added, one edited, one deleted',
    change: async (r) => {
      const file = 'content/briefs/2025-01-14.yaml';
      await editFile(r, file, 'Morning brief & more', 'Morning brief, corrected');
      await editFile(r, file, /- time: 2025-01-14T17:20:00\+01:00\n {2}text: .*\n {2}link: .*\n/, '');
      await appendFile(path.join(r, file), '- time: 2025-01-14T20:00:00+01:00\n  text: Evening brief added later\n  category: news\n');
    },
  },
  {
    kind: 'a brief added an hour later (live build, the clock moved on)',
    change: (r) => appendFile(path.join(r, 'content/briefs/2025-01-14.yaml'), '- time: 2025-01-14T21:00:00+01:00\n  text: Late brief that links to an older story\n  link: filler-03\n'),
    epoch: FIXTURE_EPOCH + 3600,
  },
  { kind: 'nothing changed but the clock (live build)', change: async () => {}, epoch: FIXTURE_EPOCH + 7200 },
  {
    kind: 'a brief on a day that had none (live build: a new day page, the pages sitemap changes)',
    change: (r) => appendFile(path.join(r, 'content/briefs/2025-01-14.yaml'), '- time: 2025-01-16T12:30:00+01:00\n  text: A brief on a new day\n  category: news\n'),
    epoch: FIXTURE_EPOCH + 7200,
  },
  {
    kind: "the editors' lead and banner changed (live build)",
    change: async (r) => {
      await editFile(r, 'content/front-page.yaml', 'lead: filler-05', 'lead: filler-07');
      await editFile(r, 'content/front-page.yaml', 'the harbour bridge is closed to traffic', 'the harbour bridge reopens');
    },
  },
  { kind: 'image in a body replaced under the same name', change: async (r) => writeFile(path.join(r, 'content/articles/2025/chart.png'), await picture('#1d4ed8')) },
  { kind: 'draft: true (takedown)', change: (r) => editFile(r, article(TAKEN_DOWN.slug), 'category: sport', 'category: sport\ndraft: true') },
  {
    kind: 'slug renamed (with an alias), another story deleted',
    change: async (r) => {
      await rename(path.join(r, article('filler-06')), path.join(r, article('filler-06-moved')));
      await editFile(r, article('filler-06-moved'), 'authors: [bob-reporter]', 'authors: [bob-reporter]\naliases: ["/articles/filler-06/"]');
      await rm(path.join(r, article('filler-13')));
    },
  },
  { kind: 'scheduled article coming due', change: async () => {}, epoch: LATER_EPOCH },
  { kind: 'site settings', change: (r) => editFile(r, 'src/site.config.ts', "tagline: '", "tagline: 'Now: ") },
  { kind: 'a component', change: (r) => editFile(r, 'src/components/ShareLinks.astro', /(<h2 id="share-heading"[^>]*>)/, '$1Now: ') },
  { kind: 'the CSS (a part global.css imports)', change: (r) => appendFile(path.join(r, 'src/styles/parts.css'), '\n.share__heading { letter-spacing: 0.01em; }\n') },
  { kind: 'a Markdown plugin', change: (r) => editFile(r, 'src/markdown/rehype-external-links.ts', "'noopener', 'noreferrer'", "'noopener', 'noreferrer', 'nofollow'") },
  { kind: 'a schema', change: (r) => editFile(r, 'src/schemas/article.ts', /\.default\(\[\]\),(\n\s*\/\*\* Lead image)/, ".default(['general']),$1") },
  { kind: 'image settings', change: (r) => editFile(r, 'src/build/image-settings.ts', 'webp: { effort: 2 }', 'webp: { effort: 5 }') },
  { kind: 'a build-time variable', change: async () => {}, env: { NEWSROOM_COMMENTS_ENDPOINT: COMMENTS_ENDPOINT } },
  {
    // The live build's own cache was last used before every code change above: nothing of it may show.
    kind: 'a brief after the code changes (live build)',
    change: (r) => appendFile(path.join(r, 'content/briefs/2025-01-14.yaml'), '- time: 2025-01-14T22:00:00+01:00\n  text: A brief after the redesign\n'),
    epoch: LATER_EPOCH + 3600,
  },
];

interface Outcome {
  kind: string;
  rebuilt: DeployResult;
  cold: DeployResult;
  /** How the rebuilt dist/ differs from the cold one, beyond the old scripts and styles a deploy keeps. */
  diff: TreeDiff;
  /** Every file of the rebuilt output, with its bytes as Latin-1 text (for searching). */
  files?: Map<string, string>;
  /** Processed images in the rebuilt copy's cache that its dist/ does not have (the cache is pruned after each build). */
  staleCachedImages: string[];
  /** The source-image part (`name.<hash>`) of the story's picture files in the dist/ before this step. */
  imageNamesBefore: string[];
}

/** A file's bytes as Latin-1 text to search, gzip (Pagefind's chunks) unpacked. */
function readable(bytes: Buffer): string {
  return (bytes[0] === 0x1f && bytes[1] === 0x8b ? gunzipSync(bytes) : bytes).toString('latin1');
}

describe('the deploy build after each kind of change publishes what a cold build publishes', () => {
  const outcomes: Outcome[] = [];
  let first: DeployResult;

  beforeAll(async () => {
    // The fixture site, plus a picture used only inside an article body.
    await rm(work, { recursive: true, force: true });
    await copyProject(lanes.rebuilt, path.join(projectDir, 'tests/fixtures/site/content'));
    await writeFile(path.join(lanes.rebuilt, 'content/articles/2025/chart.png'), await picture('#b91c1c'));
    await editFile(lanes.rebuilt, article('filler-05'), 'Filler body 05.', 'Filler body 05.\n\n![A chart of the harbour traffic](./chart.png)');
    await copyProject(lanes.cold, path.join(lanes.rebuilt, 'content'));

    let epoch = FIXTURE_EPOCH;
    let env: Record<string, string> = {};
    first = await deployBuild(lanes.rebuilt, epoch, env);
    if (first.code !== 0) throw new Error(`first build failed:\n${first.output.slice(-3000)}`);
    for (const step of STEPS) {
      await step.change(lanes.rebuilt);
      await step.change(lanes.cold);
      epoch = step.epoch ?? epoch;
      env = { ...env, ...step.env };
      const before = await hashTree(path.join(lanes.rebuilt, 'dist'));
      await rm(path.join(lanes.cold, 'dist'), { recursive: true, force: true });
      await rm(path.join(lanes.cold, 'node_modules/.astro'), { recursive: true, force: true });
      const [rebuilt, cold] = await Promise.all([deployBuild(lanes.rebuilt, epoch, env), deployBuild(lanes.cold, epoch, env)]);
      const imageNamesBefore = [...new Set([...before.keys()].map((f) => f.match(new RegExp(`^_astro/(${TAKEN_DOWN.image}\\.[^._]+)`))?.[1]).filter((n) => n !== undefined))];
      const cached = await readdir(path.join(lanes.rebuilt, 'node_modules/.astro/assets')).catch(() => [] as string[]);
      const staleCachedImages = cached.filter((f) => !f.endsWith('.json') && !existsSync(path.join(lanes.rebuilt, 'dist/_astro', f)));
      const outcome: Outcome = { kind: step.kind, rebuilt, cold, diff: { added: [], removed: [], changed: [] }, imageNamesBefore, staleCachedImages };
      if (rebuilt.code === 0 && cold.code === 0) {
        const [got, want] = await Promise.all([hashTree(path.join(lanes.rebuilt, 'dist')), hashTree(path.join(lanes.cold, 'dist'))]);
        outcome.diff = deployDiff(want, got, before);
        if (step.kind.startsWith('draft')) {
          const dist = path.join(lanes.rebuilt, 'dist');
          outcome.files = new Map(await Promise.all((await listFiles(dist)).map(async (f) => [f, readable(await readFile(path.join(dist, f)))] as const)));
        }
      }
      outcomes.push(outcome);
    }
  }, 1_200_000);

  it('the first deploy build succeeds', () => {
    expect(first.code, first.output.slice(-3000)).toBe(0);
  });

  it.each(STEPS.map((s) => s.kind))('%s: the rebuilt dist/ holds byte for byte the cold build’s files', (kind) => {
    const o = outcomes.find((x) => x.kind === kind)!;
    expect(o.rebuilt.code, o.rebuilt.output.slice(-3000)).toBe(0);
    expect(o.cold.code, o.cold.output.slice(-3000)).toBe(0);
    expect(o.diff).toEqual({ added: [], removed: [], changed: [] });
  });

  it('the processed-image cache holds only images the output uses (a replaced picture’s are pruned)', () => {
    const replaced = outcomes.find((o) => o.kind.startsWith('image in a body'))!;
    expect(replaced.rebuilt.output).toMatch(/dropped \d+ processed image\(s\) this build no longer uses/);
    expect(outcomes.flatMap((o) => o.staleCachedImages.map((f) => `${o.kind}: ${f}`))).toEqual([]);
    expect(outcomes.find((o) => o.kind === 'image settings')!.rebuilt.output).toContain('emptied the processed-image cache: the image settings changed');
  });

  it('content changes reuse the pages they do not touch, through the deploy build itself', () => {
    for (const kind of ['article text', 'comment added', 'correction added', 'image in a body replaced under the same name']) {
      const { reused, rendered } = pageCounts(outcomes.find((o) => o.kind === kind)!.rebuilt.output);
      expect(reused, `${kind}: pages reused`).toBeGreaterThan(rendered);
    }
    expect(pageCounts(outcomes[0]!.cold.output).reused).toBe(0);
  });

  it('the search index re-indexes only the shards whose input changed', () => {
    const shards = (kind: string) => outcomes.find((o) => o.kind === kind)!.rebuilt.output.match(/\[pagefind\] .*shards, built \d+ \(([^)]*)\), reused (\d+)/)?.slice(1);
    // The story taken down leaves its month's shard, which is built again without it; December and the briefs are reused.
    expect(shards('draft: true (takedown)')).toEqual(['2025-01', '2']);
    // The scheduled story coming due opens its month's shard; January is unchanged.
    expect(shards('scheduled article coming due')?.[0]).toContain('2025-02');
  });

  it('briefs go live without building the archive, and only while nothing else changed', () => {
    const output = (kind: string) => outcomes.find((o) => o.kind.startsWith(kind))!.rebuilt.output;
    for (const kind of ['briefs: one added', 'a brief added an hour later', 'nothing changed but the clock', 'a brief on a day that had none', "the editors' lead", 'a brief after the code changes']) {
      expect(output(kind), kind).toMatch(/\[live\] published \d+ changed and removed \d+ file\(s\)/);
      // No page of the archive is rendered (no article page built or reused), and no month of the search index is indexed again.
      expect(output(kind), kind).not.toMatch(/\/articles\/[a-z0-9-]+\/index\.html/);
      expect(output(kind), kind).not.toContain('[pagefind] indexed');
    }
    expect(output('briefs: one added')).toMatch(/building the live pages with \d+ of \d+ stories/);
    expect(output('article text')).toMatch(/\[live\] a full build is needed: more than the briefs and the front page changed: content\/articles\/2025\/filler-01\.md/);
    expect(output('scheduled article coming due')).toContain('[live] a full build is needed: the clock has left the window');
    expect(output('a build-time variable')).toContain('[live] a full build is needed: the build-time variables changed');
    expect(output('a Markdown plugin')).toMatch(/more than the briefs and the front page changed: src\/markdown\/rehype-external-links\.ts/);
  });

  it('after draft: true no file of the output holds the story’s text, its images or its URL', () => {
    const { files, imageNamesBefore: imageNames } = outcomes.find((o) => o.kind.startsWith('draft'))!;
    // The story's pictures as the build before the takedown named them (`picture.<hash>`), all sizes.
    expect(imageNames.length).toBeGreaterThan(0);
    expect(files!.size).toBeGreaterThan(50);
    const traces: string[] = [];
    for (const [file, bytes] of files!) {
      if (file.includes(TAKEN_DOWN.slug) || imageNames.some((n) => file.includes(n))) traces.push(`${file}: its name`);
      for (const needle of [...TAKEN_DOWN.texts, `/articles/${TAKEN_DOWN.slug}`, ...imageNames]) {
        if (bytes.includes(needle)) traces.push(`${file}: "${needle}"`);
      }
    }
    expect(traces).toEqual([]);
  });
});
