import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { parse as parseYaml } from 'yaml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startPreview, type Preview } from '../../scripts/cdn-preview.ts';
import { listFiles, runScript } from '../helpers/commands.ts';
import { buildSite, projectDir, readPage, text } from '../helpers/site.ts';

const FIXTURE = path.join(projectDir, 'tests/fixtures/wordpress');
const EXPORT = path.join(FIXTURE, 'export.xml');
const UPLOADS = path.join(FIXTURE, 'uploads');

/** Every file below `dir` with its sha256: a second import must leave this exactly as it was. */
async function snapshot(dir: string): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  for (const f of await listFiles(dir)) out[f] = createHash('sha256').update(await readFile(path.join(dir, f))).digest('hex');
  return out;
}

/** Front matter of an imported article. */
function frontMatter(file: string): Record<string, unknown> {
  return parseYaml(/^---\n([\s\S]*?)\n---/.exec(readFileSync(file, 'utf8'))![1]!) as Record<string, unknown>;
}

/** The published posts of the fixture, by new slug, with an old address each must answer. */
const PUBLISHED = {
  'port-traffic-record': 'Port traffic hits a record – again',
  'elections-le-debat': 'Élections : le débat s’ouvre',
  'almghrb-yfwz': 'المغرب يفوز بالكأس',
};

describe('npm run import:wordpress, then the site built from it', () => {
  let dir: string;
  let outDir: string;
  let first: Awaited<ReturnType<typeof runScript>>;
  let preview: Preview;

  beforeAll(async () => {
    dir = await mkdtemp(path.join(os.tmpdir(), 'newsroom-wp-'));
    await mkdir(path.join(dir, 'content'));
    first = await runScript('import-wordpress', [EXPORT, '--uploads', UPLOADS], { cwd: dir });
    outDir = path.join(dir, 'dist');
    // A cache of its own: the scratch folder's name changes every run, the article file names do not.
    const built = await buildSite({
      content: path.relative(projectDir, path.join(dir, 'content')),
      outDir: path.relative(projectDir, outDir),
      env: { NEWSROOM_CACHE_DIR: path.relative(projectDir, path.join(dir, 'cache')) },
    });
    if (built.code !== 0) throw new Error(`the build failed:\n${built.output}`);
    preview = await startPreview(outDir);
  }, 120_000);
  afterAll(async () => {
    await preview?.close();
    await rm(dir, { recursive: true, force: true });
  });

  it('imports every post, says what it skipped and why, lists problems as file:line, and passes the check', () => {
    expect(first.code, first.stderr + first.stdout).toBe(0);
    expect(first.stdout).toMatch(/^imported 3 published, 1 scheduled and 2 draft posts, 4 comments, 4 images, 2 authors; 4 new categories/m);
    expect(first.stdout).toContain('skipped: 1 pages (the site has articles only)');
    expect(first.stdout).toContain('skipped: 1 posts with status "trash"');
    expect(first.stdout).toContain('skipped: 3 comments not approved, pingbacks and trackbacks');
    // Problems point at the item in the export, in the check's `file:line: message` format.
    expect(first.stdout).toMatch(/tests\/fixtures\/wordpress\/export\.xml:\d+: post 10 \(content\/articles\/2024\/05\/port-traffic-record\.md\): an iframe from maps\.example\.net was removed/);
    expect(first.stdout).toMatch(/export\.xml:\d+: post 30 .*: unknown shortcode \[poll\] kept as text/);
    expect(first.stdout).toMatch(/export\.xml:\d+: post 30 .*missing-photo\.jpg is not in the uploads folder; replaced by a link to it/);
    expect(first.stdout).toMatch(/^check: content\/ is valid \(6 articles, 4 comments\)$/m);
    // A progress bar with a rate on stderr (plain lines when not on a terminal).
    expect(first.stderr).toMatch(/^import \[#+\] 100% 6 items, \d+\/s, [\d.]+ MB\/s$/m);
  });

  it('gives every published post its page, with its title, byline, lead image and comments', () => {
    for (const [slug, title] of Object.entries(PUBLISHED)) {
      const doc = readPage(outDir, `/articles/${slug}/`);
      expect(text(doc.querySelector('h1')), slug).toBe(title);
    }
    const port = readPage(outDir, '/articles/port-traffic-record/');
    expect(text(port.body)).toContain('Amina Idrissi');
    expect(text(port.body)).toContain('John Doe');
    expect(text(port.body)).toContain('The tender is expected next year.');
    expect(text(port.body)).toContain('Photo: Atlas Archive');
    expect(port.querySelectorAll('figure.embed--youtube')).toHaveLength(2);
    expect(port.querySelectorAll('table td').length).toBe(4);
    expect(readPage(outDir, '/articles/almghrb-yfwz/').documentElement.getAttribute('lang') === 'ar' || readPage(outDir, '/articles/almghrb-yfwz/').querySelector('[lang="ar"]') !== null).toBe(true);
    expect(readPage(outDir, '/articles/elections-le-debat/').querySelector('figure.embed--x')).not.toBeNull();
  });

  it('serves every image from the site itself', () => {
    let images = 0;
    for (const slug of Object.keys(PUBLISHED)) {
      for (const img of readPage(outDir, `/articles/${slug}/`).querySelectorAll('img')) {
        const src = img.getAttribute('src') ?? '';
        expect(src, `${slug}: ${src}`).toMatch(/^\//);
        expect(existsSync(path.join(outDir, decodeURIComponent(src.split('?')[0]!))), src).toBe(true);
        images++;
      }
    }
    // Lead image + caption figure on the port story, the block image, two gallery images.
    expect(images).toBeGreaterThanOrEqual(5);
  });

  it('leaves drafts, pending and scheduled posts out of the site', async () => {
    for (const slug of ['unfinished-investigation', 'a-pending-story', 'budget-vote-next-week']) expect(existsSync(path.join(outDir, 'articles', slug)), slug).toBe(false);
    const html = (await listFiles(outDir)).filter((f) => /\.(html|xml|json)$/.test(f)).map((f) => readFileSync(path.join(outDir, f), 'utf8')).join('\n');
    expect(html).not.toContain('Unfinished investigation');
    expect(html).not.toContain('Budget vote next week');
    // …but they are in the content, with their state.
    expect(frontMatter(path.join(dir, 'content/articles/2024/07/unfinished-investigation.md'))['draft']).toBe(true);
    expect(frontMatter(path.join(dir, 'content/articles/2030/01/budget-vote-next-week.md'))['published']).toBe('2030-01-10T09:00:00+01:00');
  });

  it('redirects every old address of a published post to its new page (301) through the preview\'s _redirects', async () => {
    const expectations: Array<[string, string]> = [
      ['/2024/05/03/port-traffic-record/', 'port-traffic-record'],
      ['/2024/05/03/port-traffic-record', 'port-traffic-record'],
      ['/?p=10', 'port-traffic-record'],
      ['/2024/05/03/port-traffic-record/cranes/', 'port-traffic-record'],
      ['/?attachment_id=11', 'port-traffic-record'],
      ['/politics/%c3%a9lections-le-d%c3%a9bat/', 'elections-le-debat'],
      ['/politics/debat-elections/', 'elections-le-debat'],
      ['/?attachment_id=21', 'elections-le-debat'],
      [new URL('https://x/2024/06/15/المغرب-يفوز/').pathname, 'almghrb-yfwz'],
      ['/2024/06/15/%d8%a7%d9%84%d9%85%d8%ba%d8%b1%d8%a8-%d9%8a%d9%81%d9%88%d8%b2/stadium-b/', 'almghrb-yfwz'],
      ['/?p=30', 'almghrb-yfwz'],
    ];
    // And every alias the import wrote into a published article.
    for (const slug of Object.keys(PUBLISHED)) {
      const file = (await listFiles(path.join(dir, 'content/articles'))).find((f) => f.endsWith(`/${slug}.md`))!;
      const aliases = frontMatter(path.join(dir, 'content/articles', file))['aliases'] as string[];
      expect(aliases.length, slug).toBeGreaterThan(2);
      for (const a of aliases) expectations.push([a, slug]);
    }
    for (const [old, slug] of expectations) {
      const res = await fetch(`${preview.origin}${old}`, { redirect: 'manual' });
      expect(res.status, old).toBe(301);
      expect(res.headers.get('location'), old).toBe(`/articles/${slug}/`);
      expect((await fetch(`${preview.origin}${res.headers.get('location')}`, { redirect: 'manual' })).status).toBe(200);
    }
    // The front page is still the front page, and a draft's old address goes nowhere.
    expect((await fetch(`${preview.origin}/`, { redirect: 'manual' })).status).toBe(200);
    expect((await fetch(`${preview.origin}/?p=40`, { redirect: 'manual' })).status).toBe(200);
  });

  it('changes no file when run again on the same export, and never overwrites an edited file', async () => {
    const before = await snapshot(path.join(dir, 'content'));
    const again = await runScript('import-wordpress', [EXPORT, '--uploads', UPLOADS], { cwd: dir });
    expect(again.code, again.stdout).toBe(0);
    expect(again.stdout).toContain('files: 0 written, 14 unchanged, 0 left alone');
    expect(await snapshot(path.join(dir, 'content'))).toEqual(before);

    const edited = path.join(dir, 'content/articles/2024/06/elections-le-debat.md');
    await writeFile(edited, (await readFile(edited, 'utf8')).replace('Les partis', 'Tous les partis'));
    const third = await runScript('import-wordpress', [EXPORT, '--uploads', UPLOADS], { cwd: dir });
    expect(third.stdout).toContain('content/articles/2024/06/elections-le-debat.md: edited since the last import; not overwritten');
    expect(await readFile(edited, 'utf8')).toContain('Tous les partis');
  }, 120_000);
});

describe('npm run import:wordpress --dry-run and bad input', () => {
  it('--dry-run reports what it would do and writes nothing', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'newsroom-wp-'));
    await mkdir(path.join(dir, 'content'));
    const result = await runScript('import-wordpress', [EXPORT, '--dry-run'], { cwd: dir });
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^would import 3 published, 1 scheduled and 2 draft posts/m);
    expect(result.stdout).toMatch(/featured image .*cranes\.jpg is not in the uploads folder \(no --uploads given\); left out/);
    expect(result.stdout).toContain('dry run: nothing was written');
    expect(await listFiles(path.join(dir, 'content'))).toEqual([]);
    await rm(dir, { recursive: true, force: true });
  }, 90_000);

  it('names the line of malformed XML and a missing file', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'newsroom-wp-'));
    await writeFile(path.join(dir, 'broken.xml'), '<?xml version="1.0"?>\n<rss><channel>\n<item><title>x</title>\n</channel></rss>\n');
    const broken = await runScript('import-wordpress', ['broken.xml'], { cwd: dir });
    expect(broken.code).toBe(1);
    expect(broken.stderr).toMatch(/^import:wordpress: broken\.xml:4: not well-formed XML/m);
    const missing = await runScript('import-wordpress', ['nope.xml'], { cwd: dir });
    expect(missing.stderr).toMatch(/^import:wordpress: nope\.xml: no such file/m);
    await rm(dir, { recursive: true, force: true });
  }, 90_000);
});
