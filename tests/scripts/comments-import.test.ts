import { rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { listFiles, readText, runScript, scratchProject } from '../helpers/commands.ts';

let dir: string;
beforeEach(async () => {
  dir = await scratchProject();
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

/** Writes a payload file into the scratch project and runs the import on it. */
async function importPayload(payload: unknown, name = 'payload.json') {
  await writeFile(path.join(dir, name), typeof payload === 'string' ? payload : JSON.stringify(payload));
  return runScript('comments-import', [name], { cwd: dir });
}

describe('npm run comments:import', () => {
  it('appends submissions with new ids, keeps existing comments, and ignores form-service fields', async () => {
    const before = await readText(dir, 'content/comments/escaped-title.yaml');
    const result = await importPayload([
      { article: 'escaped-title', author: 'Rita <i>R</i>', text: 'Line one\n\nLine two', replyTo: 'c3', time: '2025-01-16T09:30:00Z', _id: 'form-123', ip: '203.0.113.9' },
      { article: 'with-image', author: 'Sam', text: 'Nice picture.', replyTo: '' },
    ]);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(result.stdout).toBe('content/comments/escaped-title.yaml: added c6 (Rita <i>R</i>)\ncontent/comments/with-image.yaml: added c1 (Sam)\n');
    const after = await readText(dir, 'content/comments/escaped-title.yaml');
    expect(after.startsWith(before)).toBe(true);
    expect(after.slice(before.length)).toBe(
      '- id: c6\n  author: Rita <i>R</i>\n  time: 2025-01-16T10:30:00+01:00\n  text: |-\n    Line one\n\n    Line two\n  replyTo: c3\n',
    );
    // No time given: the time of the import, in the site's zone.
    expect(await readText(dir, 'content/comments/with-image.yaml')).toContain('- id: c1\n  author: Sam\n  time: 2025-01-16T13:00:00+01:00\n  text: Nice picture.\n');
    expect((await runScript('check', [], { cwd: dir })).code).toBe(0);
  });

  describe('refuses bad submissions, naming the payload entry and field, and writes nothing', () => {
    const cases: Array<[string, unknown, RegExp]> = [
      ['not JSON', 'article=escaped-title&author=x', /^comments:import: payload.json: not valid JSON: /],
      ['no author', { article: 'escaped-title', text: 'Hi' }, /^comments:import: payload.json: author: expected text, found nothing \(the field is missing\)/],
      ['a bad entry in a list', [{ article: 'escaped-title', author: 'A', text: 'ok' }, 42], /^comments:import: payload.json \[1\]: expected a comment submission \{ article, author, text, replyTo\?, time\? \}, found number 42/],
      ['a name too long', { article: 'escaped-title', author: 'x'.repeat(81), text: 'Hi' }, /author: must be at most 80 characters/],
      ['an article that does not exist', { article: 'no-such-story', author: 'A', text: 'Hi' }, /^comments:import: content\/comments\/no-such-story.yaml: no article "no-such-story"/],
      ['a reply to an unknown comment', { article: 'escaped-title', author: 'A', text: 'Hi', replyTo: 'c99' }, /^comments:import: content\/comments\/escaped-title.yaml:\d+: #6.replyTo: no earlier comment has id "c99"/],
      ['a time without offset', { article: 'escaped-title', author: 'A', text: 'Hi', time: '2025-01-16 10:00' }, /time: expected an ISO 8601 date-time with offset/],
    ];
    it.each(cases)('%s', async (_name, payload, message) => {
      const before = await listFiles(path.join(dir, 'content'));
      const beforeText = await readText(dir, 'content/comments/escaped-title.yaml');
      const result = await importPayload(payload);
      expect(result.code).toBe(1);
      expect(result.stderr).toMatch(message);
      expect(result.stderr).toMatch(/comments:import: nothing was written\n$/);
      expect(await listFiles(path.join(dir, 'content'))).toEqual(before);
      expect(await readText(dir, 'content/comments/escaped-title.yaml')).toBe(beforeText);
    });

    it('no payload file named, or one that is missing', async () => {
      const none = await runScript('comments-import', [], { cwd: dir });
      expect(none.stderr).toMatch(/^comments:import: missing the payload file\ncomments:import: usage: npm run comments:import -- <payload.json>/);
      const missing = await runScript('comments-import', ['nope.json'], { cwd: dir });
      expect(missing.stderr).toMatch(/^comments:import: nope.json: no such file/);
    });
  });
});
