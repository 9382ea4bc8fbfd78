import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { validateContent, type ContentInput, type ValidateOptions } from '../../../../src/content/validate/validate.ts';
import { loadContent } from '../../../../src/content/source.ts';
import type { ImageFacts } from '../../../../src/content/validate/input-policy.ts';
import { formatProblem } from '../../../../src/content/validate/problems.ts';
import { ValidationMemo, validationMemoFile } from '../../../../src/content/validate/validation-memo.ts';
import { article, author, good, now } from '../../../helpers/content-input.ts';

// src/content/validate/validation-memo.ts: a clean article validated by an earlier build is taken from the
// memo while its text and every answer about the images it names are unchanged. What a reader
// or writer would notice if it went wrong: a problem not reported, a page built from stale front
// matter, a problem reported at the wrong line.

const categories = { path: 'c/categories.yaml', text: '- id: news\n  name: News\n' };
const photo: ImageFacts = { size: 1000, format: 'jpeg', width: 800, height: 600 };

/** Validates `articles` (and ann, and the news section) with `images` on disk, through `memo`. */
function validate(articles: ContentInput['articles'], memo: ValidationMemo | undefined, images: Record<string, ImageFacts> = {}, extra: Partial<ContentInput> = {}) {
  const input: ContentInput = { root: 'c', articles, briefs: [], authors: [author], categories, ...extra };
  const options: ValidateOptions = {
    now,
    timeZone: 'Africa/Casablanca',
    fileExists: (p) => p in images,
    inspectImage: (p) => images[p],
    ...(memo ? { memo } : {}),
  };
  const result = validateContent(input, options);
  return { ...result, report: result.problems.map(formatProblem), warned: result.warnings.map(formatProblem) };
}

/** The memo a build would leave and the next build would read. */
const carried = (memo: ValidationMemo, salt = 'code') => {
  const stored = memo.serialize();
  const file = path.join(root, 'memo.bin');
  return writeFile(file, stored).then(() => ValidationMemo.read(file, salt));
};

let root: string;
beforeEach(async () => {
  root = await mkdtemp(path.join(os.tmpdir(), 'validation-memo-'));
});
afterEach(() => rm(root, { recursive: true, force: true }));

const withImage = article('with-image', `${good}\nauthors: [ann]\nimage: { src: ./photo.jpg, alt: A view }\ncorrections:\n  - { time: 2025-01-15T09:00:00+03:00, text: Fixed a name. }`, 'Text.\n\n![Inline](./inline.jpg)');
const images = { 'c/articles/photo.jpg': photo, 'c/articles/inline.jpg': photo };

describe('ValidationMemo', () => {
  it('gives the next build the same articles, warnings and model as validating afresh', async () => {
    const files = [withImage, article('plain', good)];
    const seeded = new ValidationMemo('code');
    const first = validate(files, seeded, images);
    expect(first.report).toEqual([]);
    // The correction's time is written with another offset than the site zone's: a warning the memo must carry.
    expect(first.warned).toEqual([expect.stringMatching(/^c\/articles\/with-image\.md:9: corrections #1\.time: .*\+03:00/)]);
    const memo = await carried(seeded);
    expect(memo.recall(withImage, { fileExists: (p) => p in images, inspectImage: (p) => images[p as keyof typeof images] })).toBeDefined();
    const again = validate(files, memo, images);
    expect(again.model).toEqual(validate(files, undefined, images).model);
    expect(again.model.articles[0]!.data.published).toBeInstanceOf(Date);
    expect(again.model.articles[0]!.body).toBe('Text.\n\n![Inline](./inline.jpg)\n');
    expect(again.warned).toEqual(first.warned);
    expect(again.report).toEqual([]);
  });

  it('validates again a file whose text changed', async () => {
    const seeded = new ValidationMemo('code');
    validate([article('a', good)], seeded);
    const changed = article('a', good.replace('title: T', 'title: ""'));
    const again = validate([changed], await carried(seeded));
    expect(again.report.join('\n')).toMatch(/c\/articles\/a\.md:2: title/);
  });

  it('validates again when an image it names changed on disk, and reports the new problem', async () => {
    const seeded = new ValidationMemo('code');
    expect(validate([withImage], seeded, images).report).toEqual([]);
    const huge: ImageFacts = { ...photo, width: 100_000, height: 100_000 };
    const again = validate([withImage], await carried(seeded), { ...images, 'c/articles/inline.jpg': huge });
    expect(again.report.join('\n')).toMatch(/c\/articles\/with-image\.md:\d+: image "\.\/inline\.jpg".*pixels/);
    const gone = validate([withImage], await carried(seeded), { 'c/articles/inline.jpg': photo });
    expect(gone.report.join('\n')).toMatch(/file "\.\/photo\.jpg" does not exist/);
  });

  it('never keeps an article with problems: the next build reports them again', async () => {
    const broken = article('broken', `${good}\nupdated: 2025-01-01T00:00:00Z`);
    const seeded = new ValidationMemo('code');
    const first = validate([broken], seeded);
    expect(first.report.join('\n')).toMatch(/updated: is earlier than published/);
    const again = validate([broken], await carried(seeded));
    expect(again.report).toEqual(first.report);
  });

  it('reports a problem another file causes at the right line of a remembered article', async () => {
    const seeded = new ValidationMemo('code');
    const byBob = article('by-bob', `${good}\nauthors:\n  - ann\n  - bob`);
    const bob = { path: 'c/authors/bob.yaml', text: 'name: Bob\n' };
    expect(validate([byBob], seeded, {}, { authors: [author, bob] }).report).toEqual([]);
    // bob's file is deleted: the article did not change, but its reference is now broken.
    const again = validate([byBob], await carried(seeded));
    expect(again.report).toEqual([expect.stringMatching(/^c\/articles\/by-bob\.md:8: authors #2: unknown author "bob"/)]);
    expect(again.report).toEqual(validate([byBob], undefined).report);
  });

  it('is discarded whole when the code that validates changed, and when its file is unreadable', async () => {
    const seeded = new ValidationMemo('code');
    validate([article('a', good)], seeded);
    const file = path.join(root, 'memo.bin');
    await writeFile(file, seeded.serialize());
    const outside = { fileExists: () => false };
    expect(ValidationMemo.read(file, 'code').recall(article('a', good), outside)).toBeDefined();
    expect(ValidationMemo.read(file, 'other code').recall(article('a', good), outside)).toBeUndefined();
    expect(ValidationMemo.read(path.join(root, 'missing.bin'), 'code').recall(article('a', good), outside)).toBeUndefined();
    await writeFile(file, 'not a memo');
    expect(ValidationMemo.read(file, 'code').recall(article('a', good), outside)).toBeUndefined();
  });
});

describe('loadContent with a memo', () => {
  it('writes the memo a full build reads, and a change to a file is seen by the next run', async () => {
    await mkdir(path.join(root, 'content/articles'), { recursive: true });
    await mkdir(path.join(root, 'content/authors'), { recursive: true });
    await writeFile(path.join(root, 'content/authors/ann.yaml'), 'name: Ann\n');
    await writeFile(path.join(root, 'content/categories.yaml'), categories.text);
    await writeFile(path.join(root, 'content/articles/a.md'), `---\n${good}\nauthors: [ann]\n---\nBody.\n`);
    const memo = { file: validationMemoFile(path.join(root, 'cache')), code: 'code' };
    const first = await loadContent(root, 'content', now, 'Africa/Casablanca', undefined, memo);
    expect(existsSync(memo.file)).toBe(true);
    const again = await loadContent(root, 'content', now, 'Africa/Casablanca', undefined, memo);
    expect(again.model).toEqual(first.model);
    await writeFile(path.join(root, 'content/articles/a.md'), `---\n${good.replace('category: news', 'category: nope')}\nauthors: [ann]\n---\nBody.\n`);
    await expect(loadContent(root, 'content', now, 'Africa/Casablanca', undefined, memo)).rejects.toThrow(/content\/articles\/a\.md:5: category: .*"nope"/);
  });
});
