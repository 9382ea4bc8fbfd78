import { cp, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import { readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { contentRoot, loadContent, readContentFiles } from '../../../src/content/source.ts';
import { ContentError } from '../../../src/content/validate/problems.ts';
import { projectDir } from '../../helpers/site.ts';

// Reading the content folder as `npm run check` and the build do: the demo content, copied into
// a temporary project, plus the files a writer should not be able to slip in.
const demo = path.join(projectDir, 'content');
const mdFiles = (dir: string): string[] => readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.md'));
const dirs: string[] = [];
afterAll(() => Promise.all(dirs.map((d) => rm(d, { recursive: true, force: true }))));

async function project(): Promise<string> {
  const dir = await mkdtemp(path.join(tmpdir(), 'content-source-'));
  dirs.push(dir);
  await cp(demo, path.join(dir, 'content'), { recursive: true });
  return dir;
}

describe('contentRoot', () => {
  it('is content unless NEWSROOM_CONTENT names another folder, written with forward slashes and no trailing one', () => {
    expect(contentRoot({})).toBe('content');
    expect(contentRoot({ NEWSROOM_CONTENT: 'tests\\fixtures\\site\\' })).toBe('tests/fixtures/site');
    expect(contentRoot({ NEWSROOM_CONTENT: 'other//' })).toBe('other');
  });
});

describe('readContentFiles', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await project();
    await writeFile(path.join(dir, 'content/articles/notes.txt'), 'not an article');
    await writeFile(path.join(dir, 'content/briefs/2026-11-25.yml'), 'items: []\n');
    await writeFile(path.join(dir, 'content/articles/2026/too-long.md'), `---\ntitle: x\n---\n${'x'.repeat(1_000_001)}`);
    await writeFile(path.join(dir, 'secret.md'), 'outside');
    await symlink(path.join(dir, 'secret.md'), path.join(dir, 'content/articles/linked.md'));
    await rm(path.join(dir, 'content/front-page.yaml'));
  });

  it('reads every article, brief, author, comment and page file in path order, and categories', async () => {
    const input = await readContentFiles(dir, 'content');
    const expected = mdFiles(path.join(demo, 'articles')).map((f) => `content/articles/${f}`).sort();
    expect(input.articles.map((f) => f.path)).toEqual(expected);
    expect(input.articles.every((f) => f.text.startsWith('---'))).toBe(true);
    expect(input.briefs.map((f) => f.path)).toEqual(['content/briefs/2026-11-22.yaml', 'content/briefs/2026-11-23.yaml', 'content/briefs/2026-11-24.yaml', 'content/briefs/2026-11-25.yml']);
    expect(input.authors.map((f) => path.basename(f.path))).toEqual(['karim-tazi.yaml', 'nadia-el-fassi.yaml', 'salma-bennani.yaml', 'youssef-amrani.yaml']);
    expect(input.comments!.map((f) => path.basename(f.path))).toEqual(['finance-bill-clears-house-of-representatives.yaml', 'port-of-tanger-med-record.yaml']);
    expect(input.pages!.map((f) => path.basename(f.path))).toEqual(['about.md', 'contact.md', 'corrections-policy.md', 'privacy.md']);
    expect(input.categories).toMatchObject({ path: 'content/categories.yaml', text: expect.stringMatching(/\S/) });
    expect(input.frontPage).toBeUndefined();
    expect(input.root).toBe('content');
  });

  it('reports a link and an oversized file once each, and reads neither', async () => {
    const input = await readContentFiles(dir, 'content');
    expect(input.problems!.map((p) => p.file).sort()).toEqual(['content/articles/2026/too-long.md', 'content/articles/linked.md']);
    expect(input.problems!.find((p) => p.file.endsWith('too-long.md'))!.message).toMatch(/at most 1000000 bytes/);
    expect(input.problems!.find((p) => p.file.endsWith('linked.md'))!.message).toMatch(/symbolic link/);
    expect(JSON.stringify(input.problems)).not.toContain('outside');
  });

  it('reports a categories file that is a link, without reading it', async () => {
    const linked = await project();
    await rm(path.join(linked, 'content/categories.yaml'));
    await writeFile(path.join(linked, 'elsewhere.yaml'), '- slug: x\n');
    await symlink(path.join(linked, 'elsewhere.yaml'), path.join(linked, 'content/categories.yaml'));
    const input = await readContentFiles(linked, 'content');
    expect(input.problems!.map((p) => p.file)).toEqual(['content/categories.yaml']);
    expect(input.categories).toMatchObject({ path: 'content/categories.yaml', text: '', unreadable: true });
    expect(input.frontPage).toMatchObject({ path: 'content/front-page.yaml', text: expect.stringMatching(/\S/) });
  });

  it('finds no files in folders that do not exist', async () => {
    const input = await readContentFiles(dir, 'nowhere');
    expect([input.articles, input.briefs, input.authors, input.comments, input.pages, input.problems]).toEqual([[], [], [], [], [], []]);
    expect([input.categories, input.frontPage]).toEqual([undefined, undefined]);
  });
});

describe('loadContent', () => {
  it('gives the demo content as a model', async () => {
    const { model } = await loadContent(await project(), 'content', new Date('2026-12-01T12:00:00Z'), 'Africa/Casablanca');
    expect(model.articles).toHaveLength(mdFiles(path.join(demo, 'articles')).length);
    expect(model.authors).toHaveLength(4);
    expect(model.pages).toHaveLength(4);
  });

  it('throws a ContentError naming every bad file, so nothing is published', async () => {
    const dir = await project();
    await writeFile(path.join(dir, 'content/articles/2026/too-long.md'), 'x'.repeat(1_000_001));
    const error = await loadContent(dir, 'content', new Date('2026-12-01T12:00:00Z'), 'Africa/Casablanca').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ContentError);
    expect((error as ContentError).problems.map((p) => p.file)).toContain('content/articles/2026/too-long.md');
  });
});
