import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { importWordPress } from '../../../../src/import/wordpress/import.ts';
import { listFiles } from '../../../helpers/commands.ts';
import { projectDir } from '../../../helpers/site.ts';

const FIXTURE = path.join(projectDir, 'tests/fixtures/wordpress');
const dirs: string[] = [];
afterAll(() => Promise.all(dirs.map((d) => rm(d, { recursive: true, force: true }))));

async function importInto(jobs: number) {
  const dir = await mkdtemp(path.join(tmpdir(), 'wp-import-'));
  dirs.push(dir);
  await mkdir(path.join(dir, 'content'));
  const summary = await importWordPress({ projectDir: dir, root: 'content', exportFile: path.join(FIXTURE, 'export.xml'), uploads: path.join(FIXTURE, 'uploads'), now: new Date('2025-01-16T12:00:00Z'), timeZone: 'Africa/Casablanca', jobs });
  const files = Object.fromEntries((await listFiles(path.join(dir, 'content'))).map((f) => [f, readFileSync(path.join(dir, 'content', f), 'utf8')]));
  return { summary, files };
}

describe('importWordPress', () => {
  it('counts what it imported and skipped, and gives the same files in worker threads as in-process', async () => {
    const one = await importInto(1);
    const two = await importInto(2);
    expect(one.summary.posts).toEqual({ published: 3, scheduled: 1, draft: 2 });
    expect(one.summary.comments).toBe(4);
    expect(Object.fromEntries(one.summary.skipped)).toEqual({
      'comments not approved, pingbacks and trackbacks': 3,
      'pages (the site has articles only)': 1,
      'posts with status "trash"': 1,
      'nav_menu_item items': 1,
    });
    expect(Object.keys(one.files)).toContain('articles/2024/06/almghrb-yfwz.md');
    expect(Object.keys(one.files)).toContain('categories.yaml');
    expect(two.files).toEqual(one.files);
    expect(two.summary.problems.map((p) => p.message).sort()).toEqual(one.summary.problems.map((p) => p.message).sort());
  }, 60_000);
});
