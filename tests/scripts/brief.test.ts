import { rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { listFiles, readText, runScript, scratchProject } from '../helpers/commands.ts';

// 2025-01-16T12:00:00Z is 13:00 on Thursday 16 January in Casablanca; 2025-01-14T20:00Z is the 14th.
const ON_THE_14TH = Date.UTC(2025, 0, 14, 20, 0) / 1000;

let dir: string;
beforeEach(async () => {
  dir = await scratchProject();
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('npm run brief', () => {
  it("starts today's briefs file when there is none, then appends to it", async () => {
    const first = await runScript('brief', ['Parliament opens its session: live coverage', '--category', 'news'], { cwd: dir });
    expect(first.code).toBe(0);
    const second = await runScript('brief', ['Second brief', '--link', 'escaped-title'], { cwd: dir, epoch: 1737029100 });
    expect(second.code).toBe(0);
    expect(await readText(dir, 'content/briefs/2025-01-16.yaml')).toBe(
      [
        '# Briefs for Thursday, 16 January 2025: one-line items for the "Latest news" column.',
        '- time: 2025-01-16T13:00:00+01:00',
        '  text: "Parliament opens its session: live coverage"',
        '  category: news',
        '- time: 2025-01-16T13:05:00+01:00',
        '  text: Second brief',
        '  link: escaped-title',
        '',
      ].join('\n'),
    );
    expect((await runScript('check', [], { cwd: dir })).code).toBe(0);
  });

  it("keeps what is already in today's file, comments and all, and adds at the end", async () => {
    const before = await readText(dir, 'content/briefs/2025-01-14.yaml');
    const result = await runScript('brief', ['Evening brief', '--link', 'https://www.example.org/evening'], { cwd: dir, epoch: ON_THE_14TH });
    expect(result.code).toBe(0);
    expect(result.stdout).toBe('content/briefs/2025-01-14.yaml: 2025-01-14T21:00:00+01:00 Evening brief\n');
    const after = await readText(dir, 'content/briefs/2025-01-14.yaml');
    expect(after.startsWith(before)).toBe(true);
    expect(after.slice(before.length)).toBe('- time: 2025-01-14T21:00:00+01:00\n  text: Evening brief\n  link: https://www.example.org/evening\n');
  });

  describe('refuses bad input with a clear message and writes nothing', () => {
    const cases: Array<[string, string[], RegExp]> = [
      ['no text', [], /^brief: missing the text of the brief\nbrief: usage: npm run brief -- "One-line text"/],
      ['an empty text', [''], /^brief: text: must not be empty\nbrief: nothing was written/],
      ['an unknown category', ['Text', '--category', 'weather'], /^brief: --category: unknown category "weather"; allowed: news, sport/],
      ['a link to no article', ['Text', '--link', 'no-such-story'], /^brief: --link: article "no-such-story" does not exist; a brief may link only to a published article or an https:\/\/ URL/],
      ['a link to a draft', ['Text', '--link', 'draft-story'], /^brief: --link: article "draft-story" is a draft or scheduled for later/],
      ['a link to a scheduled article', ['Text', '--link', 'scheduled-story'], /^brief: --link: article "scheduled-story" is a draft or scheduled for later/],
      ['a plain-http link', ['Text', '--link', 'http://www.example.org/'], /^brief: --link: expected an article slug or an absolute https:\/\/ URL, found string "http:\/\/www.example.org\/"/],
      ['a missing option value', ['Text', '--link'], /^brief: Option '--link <value>' argument missing/],
    ];
    it.each(cases)('%s', async (_name, args, message) => {
      const before = await listFiles(dir);
      const result = await runScript('brief', args, { cwd: dir });
      expect(result.code).toBe(1);
      expect(result.stderr).toMatch(message);
      expect(await listFiles(dir)).toEqual(before);
    });

    it('the same brief twice in the same minute', async () => {
      expect((await runScript('brief', ['Once'], { cwd: dir })).code).toBe(0);
      const again = await runScript('brief', ['Once'], { cwd: dir });
      expect(again.code).toBe(1);
      expect(again.stderr).toMatch(/^brief: the same brief \(time and text\) appears twice/);
    });

    it("a broken briefs file for today: fix it first", async () => {
      await writeFile(path.join(dir, 'content/briefs/2025-01-14.yaml'), '- time: 2025-01-14T09:00:00+01:00\n  text: "unclosed\n');
      const result = await runScript('brief', ['More'], { cwd: dir, epoch: ON_THE_14TH });
      expect(result.code).toBe(1);
      expect(result.stderr).toMatch(/^brief: content\/briefs\/2025-01-14.yaml already has problems; fix them first:\nbrief: content\/briefs\/2025-01-14.yaml:\d+: invalid YAML/);
    });
  });
});
