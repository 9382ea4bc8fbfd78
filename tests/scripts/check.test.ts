import { rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runScript, scratchProject } from '../helpers/commands.ts';

describe('npm run check', () => {
  let good: string;
  let broken: string;
  beforeAll(async () => {
    [good, broken] = await Promise.all([scratchProject('tests/fixtures/site/content'), scratchProject('tests/fixtures/broken/content')]);
  });
  afterAll(async () => {
    await Promise.all([good, broken].map((d) => rm(d, { recursive: true, force: true })));
  });

  it('passes valid content quietly, with a one-line summary', async () => {
    const result = await runScript('check', [], { cwd: good });
    expect(result.code).toBe(0);
    expect(result.stdout).toBe('');
    expect(result.stderr).toMatch(/^check: content\/ is valid \(22 articles, 5 briefs, 2 authors, 2 categories, 6 comments\) in \d+ ms\n$/);
  });

  it('prints every problem of every file as file:line: field: message and exits 1', async () => {
    const result = await runScript('check', [], { cwd: broken });
    expect(result.code).toBe(1);
    const lines = result.stdout.trim().split('\n');
    expect(lines.length).toBeGreaterThanOrEqual(19);
    for (const line of lines) expect(line).toMatch(/^content\/\S+?(:\d+)?: (\S+: )?\S/);
    expect(lines).toContain('content/articles/unknown-category.md:5: category: unknown category "nowhere"; allowed: news, sport');
    expect(lines).toContain('content/comments/a-draft.yaml:9: #2.replyTo: no earlier comment has id "c3"; a reply must come after the comment it answers (earlier ids: none)');
    expect(lines).toContain('content/comments/a-draft.yaml:14: #4.id: duplicate comment id "c3"; every comment in a file needs its own id');
    expect(lines).toContain('content/comments/a-draft.yaml:20: #5.time: is earlier than the comment it answers ("c3")');
    expect(lines).toContain('content/comments/no-such-story.yaml: no article "no-such-story"; a comments file is named after its article (content/articles/**/no-such-story.md)');
    expect(lines.find((l) => l.startsWith('content/comments/a-draft.yaml:3: #1.time:'))).toContain('(no time-zone offset)');
    expect(result.stderr).toMatch(/^check: \d+ problems in 16 files; nothing can be published until they are fixed\n$/);
  });

  it('warns about a time written with another offset than the site zone has then, and still passes', async () => {
    // Africa/Casablanca is at +00:00 in November 2026 (Node 24's time-zone data), not +01:00.
    await writeFile(path.join(good, 'content/briefs/2026-11-24.yaml'), '- time: 2026-11-24T09:30:00+01:00\n  text: An hour off.\n');
    const result = await runScript('check', [], { cwd: good, epoch: 1795608000 });
    expect(result.code).toBe(0);
    expect(result.stdout).toBe(
      'content/briefs/2026-11-24.yaml:1: #1.time: warning: 2026-11-24T09:30:00+01:00 has the offset +01:00, but Africa/Casablanca is at +00:00 at that moment, so readers will see 08:30; if 09:30 (Africa/Casablanca time) is meant, write 2026-11-24T09:30:00+00:00\n',
    );
    expect(result.stderr).toMatch(/is valid \(22 articles, 6 briefs, .*; 1 warning above\n$/);
    const github = await runScript('check', ['--format', 'github'], { cwd: good, epoch: 1795608000 });
    expect(github.stdout).toMatch(/^::warning file=content\/briefs\/2026-11-24\.yaml,line=1,title=#1\.time::2026-11-24T09:30:00\+01:00 has the offset/);
    await rm(path.join(good, 'content/briefs/2026-11-24.yaml'));
  });

  it('can annotate a GitHub pull request instead', async () => {
    const result = await runScript('check', ['--format', 'github'], { cwd: broken });
    expect(result.code).toBe(1);
    expect(result.stdout).toContain('::error file=content/articles/unknown-category.md,line=5,title=category::unknown category "nowhere"; allowed: news, sport\n');
    expect(result.stdout).toContain('::error file=content/comments/no-such-story.yaml::no article "no-such-story"');
  });

  it('rejects an unknown output format', async () => {
    const result = await runScript('check', ['--format', 'xml'], { cwd: good });
    expect(result.code).toBe(1);
    expect(result.stderr).toBe('check: --format: expected text or github, found "xml"\n');
  });
});
