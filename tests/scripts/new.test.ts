import { rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { listFiles, readText, runScript, scratchProject, type CommandResult } from '../helpers/commands.ts';

// The fixture clock is 2025-01-16T12:00:00Z: 13:00 in Casablanca (UTC+1 in January 2025).
let dir: string;
beforeEach(async () => {
  dir = await scratchProject();
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

const newArticle = (...args: string[]) => runScript('new', args, { cwd: dir });

describe('npm run new', () => {
  it('creates a valid draft whose slug comes from the headline, dated now in the site time zone', async () => {
    const result = await newArticle("L'économie résiste à la sécheresse", '--category', 'news', '--author', 'ann-writer');
    expect(result.code).toBe(0);
    expect(result.stdout.trim()).toBe('content/articles/2025/01/l-economie-resiste-a-la-secheresse.md');
    const text = await readText(dir, result.stdout.trim());
    expect(text).toContain('title: "L\'économie résiste à la sécheresse"');
    expect(text).toContain('published: 2025-01-16T13:00:00+01:00');
    expect(text).toContain('category: news\nauthors: [ann-writer]');
    expect(text).toContain('draft: true');
    // The same rules as the build accept it as it is.
    const check = await runScript('check', [], { cwd: dir });
    expect(check.stdout).toBe('');
    expect(check.code).toBe(0);
  });

  it('never reuses a slug: an existing article or an earlier new one gets -2, -3', async () => {
    // escaped-title.md already exists in the fixture (in articles/2025/).
    const first = await newArticle('Escaped title', '--category', 'news');
    const second = await newArticle('Escaped   title!', '--category', 'news');
    expect([first.stdout.trim(), second.stdout.trim()]).toEqual([
      'content/articles/2025/01/escaped-title-2.md',
      'content/articles/2025/01/escaped-title-3.md',
    ]);
  });

  it('gives Arabic and Amazigh headlines readable ASCII slugs', async () => {
    expect((await newArticle('المغرب يفوز', '--category', 'sport')).stdout.trim()).toBe('content/articles/2025/01/almghrb-yfwz.md');
    expect((await newArticle('ⵜⴰⵎⴰⵣⵉⵖⵜ', '--category', 'sport')).stdout.trim()).toBe('content/articles/2025/01/tamazight.md');
    // Nothing transliterable: a dated fallback rather than an empty file name.
    expect((await newArticle('中文新闻', '--category', 'sport')).stdout.trim()).toBe('content/articles/2025/01/story-2025-01-16.md');
  });

  it('will not publish the placeholders it writes', async () => {
    const file = (await newArticle('Half-written story', '--category', 'news')).stdout.trim();
    await writeFile(path.join(dir, file), (await readText(dir, file)).replace('draft: true', 'draft: false'));
    const check = await runScript('check', [], { cwd: dir });
    expect(check.code).toBe(1);
    expect(check.stdout).toContain(`${file}:3: summary: still the placeholder from "npm run new"`);
    expect(check.stdout).toContain(`${file}:10: the body still has the placeholder from "npm run new"`);
  });

  describe('refuses bad input with a clear message and writes nothing', () => {
    const cases: Array<[string, string[], RegExp]> = [
      ['no headline', ['--category', 'news'], /^new: missing the headline\nnew: usage: npm run new -- "Headline here"/],
      ['a blank headline', ['  ', '--category', 'news'], /^new: headline: must not be empty/],
      ['an unquoted headline', ['Two', 'words', '--category', 'news'], /expected one headline, found 2 arguments; put the headline in quotes/],
      ['no category', ['A story'], /^new: --category is required; one of: news, sport/],
      ['an unknown category', ['A story', '--category', 'nowhere'], /^new: --category: unknown category "nowhere"; allowed: news, sport\nnew: nothing was written/],
      ['an unknown author', ['A story', '--category', 'news', '--author', 'ghost'], /^new: --author: unknown author "ghost"; add content\/authors\/ghost.yaml or use one of: ann-writer, bob-reporter/],
      ['an unknown option', ['A story', '--category', 'news', '--tag', 'x'], /^new: Unknown option '--tag'/],
    ];
    it.each(cases)('%s', async (_name, args, message) => {
      const before = await listFiles(dir);
      const result: CommandResult = await newArticle(...args);
      expect(result.code).toBe(1);
      expect(result.stderr).toMatch(message);
      expect(result.stdout).toBe('');
      expect(await listFiles(dir)).toEqual(before);
    });
  });
});
