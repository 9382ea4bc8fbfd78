import { describe, expect, it } from 'vitest';
import { validateContent, type SourceFile } from '../../../src/content/validate/validate.ts';
import { SITE } from '../../../src/site.config.ts';
import { BENCH_EPOCH, articleFiles, briefsFile, corpusAuthors, corpusFiles } from '../../../scripts/bench/generate-corpus.ts';
import { drawImage } from '../../../scripts/bench/corpus-image.ts';

const options = { articles: 300, briefDays: 4, briefsPerDay: 50, imageRatio: 0.1 };

function asInput(files: ReturnType<typeof corpusFiles>) {
  const text = (prefix: string) =>
    files.filter((f) => f.text !== undefined && f.path.startsWith(prefix)).map((f): SourceFile => ({ path: `content/${f.path}`, text: f.text! }));
  const images = new Set(files.filter((f) => f.image).map((f) => `content/${f.path}`));
  return {
    input: { root: 'content', articles: text('articles/'), briefs: text('briefs/'), authors: text('authors/'), categories: text('categories.yaml')[0] },
    fileExists: (p: string) => images.has(p),
  };
}

describe('generate-corpus', () => {
  it('gives the same files for the same options, and different ones for another seed', () => {
    const a = corpusFiles(options);
    expect(corpusFiles(options)).toEqual(a);
    const other = corpusFiles({ ...options, seed: 2 });
    expect(other.map((f) => f.text)).not.toEqual(a.map((f) => f.text));
  });

  it('writes content that the real validation accepts, every brief link included', () => {
    const files = corpusFiles(options);
    const { input, fileExists } = asInput(files);
    const { model, problems, warnings } = validateContent(input, { now: new Date(BENCH_EPOCH * 1000), fileExists, timeZone: SITE.timeZone });
    expect(problems).toEqual([]);
    // Every time carries the offset the site's zone has at that instant (Ramadan included), as a
    // careful newsroom's would: no build of the bench's corpus prints a warning per brief.
    expect(warnings).toEqual([]);
    expect(model.articles).toHaveLength(300);
    expect(model.briefs).toHaveLength(200);
    // Every article is published at the bench's clock, and the set is varied.
    expect(model.articles.every((a) => a.data.published.getTime() <= BENCH_EPOCH * 1000)).toBe(true);
    expect(new Set(model.articles.map((a) => a.data.category)).size).toBeGreaterThan(5);
    expect(new Set(model.articles.flatMap((a) => a.data.tags)).size).toBeGreaterThan(40);
    expect(model.articles.filter((a) => a.data.image).length).toBeGreaterThan(10);
    expect(model.briefs.filter((b) => b.data.link && !b.data.link.startsWith('https:')).length).toBeGreaterThan(10);
    const lengths = model.articles.map((a) => a.body.length);
    expect(Math.max(...lengths)).toBeGreaterThan(4 * Math.min(...lengths));
  });

  it("makes the bench's changes as valid content: an edit, an extra brief, a newest article", () => {
    const files = corpusFiles(options);
    const authors = corpusAuthors(options.articles);
    const edited = articleFiles(100, { authors, imageRatio: 0.1, edit: 1 })[0]!;
    const original = files.find((f) => f.path === edited.path)!;
    expect(edited.text).not.toEqual(original.text);
    const brief = briefsFile(0, { perDay: 50, articles: 300, extra: 1 });
    const added = articleFiles(300, { authors, imageRatio: 0.1, published: BENCH_EPOCH - 300 });
    const changed = [...files.filter((f) => f.path !== edited.path && f.path !== brief.path), edited, brief, ...added];
    const { input, fileExists } = asInput(changed);
    const { model, problems } = validateContent(input, { now: new Date(BENCH_EPOCH * 1000), fileExists });
    expect(problems).toEqual([]);
    expect(model.articles).toHaveLength(301);
    expect(model.briefs).toHaveLength(201);
    const newest = [...model.articles].sort((a, b) => b.data.published.getTime() - a.data.published.getTime())[0]!;
    expect(added[0]!.path).toContain(`${newest.slug}.md`);
  });

  it('draws the same image for the same recipe', async () => {
    const a = await drawImage({ width: 64, height: 36, seed: 7 });
    expect((await drawImage({ width: 64, height: 36, seed: 7 })).equals(a)).toBe(true);
    expect((await drawImage({ width: 64, height: 36, seed: 8 })).equals(a)).toBe(false);
  });
});
