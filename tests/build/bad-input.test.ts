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
    ['articles/unknown-author.md:6: authors #2:', 'unknown author "ghost-writer"'],
    ['articles/missing-image.md:7: image.src:', 'file "./nope.jpg" does not exist'],
    ['articles/no-alt.md:7: image.alt:', 'found nothing (the field is missing)'],
    ['articles/b/dup-story.md:', 'duplicate slug "dup-story"'],
    ['articles/bad-yaml.md:4:', 'invalid YAML'],
    ['briefs/broken.yaml:4:', 'invalid YAML'],
    ['briefs/links.yaml:3: #1.link:', 'article "no-such-article" does not exist'],
    ['briefs/links.yaml:6: #2.link:', 'an absolute https:// URL, found string "http://www.example.org/insecure"'],
    ['briefs/links.yaml:9: #3.link:', 'article "a-draft" is a draft or scheduled for later'],
    // One article with every kind of problem: all of them in the first run, with the nearest id.
    ['articles/everything-wrong.md:2: title:', 'found nothing (the field is missing)'],
    ['articles/everything-wrong.md:4: category:', 'unknown category "sports"; did you mean "sport"?'],
    ['articles/everything-wrong.md:5: authors #2:', 'unknown author "ghost"'],
    ['articles/everything-wrong.md:7: image.src:', 'file "./not-here.jpg" does not exist'],
    ['articles/everything-wrong.md:7: image.alt:', 'found nothing (the field is missing)'],
    ['articles/everything-wrong.md:11: image', 'file "./never-committed.png" does not exist'],
    ['front-page.yaml:2: lead:', 'article "no-such-story" does not exist; the front page may name only published articles'],
    ['front-page.yaml:4: top #1:', 'article "a-draft" is a draft or scheduled for later'],
    ['front-page.yaml:6: banner.expires:', 'found nothing (the field is missing)'],
  ])('reports %s in the same run', (where, message) => {
    const line = broken.output.split('\n').find((l) => l.includes(`${root}/${where}`));
    expect(line, `no line for ${where} in:\n${broken.output}`).toBeDefined();
    expect(line).toContain(message);
  });

  it('prints the problems and nothing else: no stack trace, no hint about browser code for a "window" in a problem', () => {
    expect(broken.output).toContain('#4.link: article "window-and-document-repairs" does not exist');
    const lines = broken.output.split('\n').filter((l) => l.trim() !== '');
    const start = lines.findIndex((l) => /^\[content\] \d+ problems in the content; nothing was published:$/.test(l));
    expect(start, broken.output).toBeGreaterThanOrEqual(0);
    // Before the list, only Astro's own progress lines ("12:00:00 [content] Syncing content").
    for (const line of lines.slice(0, start)) expect(line).toMatch(/^\d\d:\d\d:\d\d \[[\w:-]+\] /);
    const after = lines.slice(start + 1);
    const problems = after.filter((l) => l.startsWith(`  ${root}/`));
    expect(problems.length).toBeGreaterThanOrEqual(20);
    expect(after.filter((l) => !l.startsWith(`  ${root}/`))).toEqual(['[build] the build failed; tests/.output/broken is incomplete.']);
  });
});
