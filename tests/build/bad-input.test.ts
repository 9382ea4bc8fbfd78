import { existsSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, inject, it } from 'vitest';

const broken = inject('broken');
const root = 'tests/fixtures/broken/content';

describe('a build with broken content', () => {
  it('fails', () => {
    expect(broken.code).not.toBe(0);
  });

  it('writes no site that could be mistaken for a good one', () => {
    expect(existsSync(path.join(broken.outDir, 'index.html'))).toBe(false);
  });

  // Each case: the file, the field (with its line), and what the writer needs to know.
  it.each([
    ['articles/missing-title.md:2: title:', 'found nothing (the field is missing)'],
    ['articles/wrong-type.md:6: tags:', 'expected a list of tags, found number 42'],
    ['articles/bad-date.md:4: published:', 'found string "last tuesday"'],
    ['articles/no-offset.md:4: published:', '(no time-zone offset)'],
    ['articles/unknown-category.md:5: category:', 'unknown category "nowhere"; allowed: news, sport'],
    ['articles/unknown-author.md:6: authors[1]:', 'unknown author "ghost-writer"'],
    ['articles/missing-image.md:7: image.src:', 'file "./nope.jpg" does not exist'],
    ['articles/no-alt.md:7: image.alt:', 'found nothing (the field is missing)'],
    ['articles/b/dup-story.md:', 'duplicate slug "dup-story"'],
    ['articles/bad-yaml.md:4:', 'invalid YAML'],
    ['briefs/broken.yaml:4:', 'invalid YAML'],
    ['briefs/links.yaml:3: [0].link:', 'article "no-such-article" does not exist'],
    ['briefs/links.yaml:6: [1].link:', 'an absolute https:// URL, found string "http://www.example.org/insecure"'],
    ['briefs/links.yaml:9: [2].link:', 'article "a-draft" is a draft or scheduled for later'],
    ['front-page.yaml:2: lead:', 'article "no-such-story" does not exist; the front page may name only published articles'],
    ['front-page.yaml:4: top[0]:', 'article "a-draft" is a draft or scheduled for later'],
    ['front-page.yaml:6: banner.expires:', 'found nothing (the field is missing)'],
  ])('reports %s in the same run', (where, message) => {
    const line = broken.output.split('\n').find((l) => l.includes(`${root}/${where}`));
    expect(line, `no line for ${where} in:\n${broken.output}`).toBeDefined();
    expect(line).toContain(message);
  });
});
