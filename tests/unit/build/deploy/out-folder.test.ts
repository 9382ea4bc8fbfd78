import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { mayEmptyForBuild, parseOutFlag } from '../../../../src/build/deploy/out-folder.ts';

describe('parseOutFlag', () => {
  it('takes the folder after --out and keeps every other argument in order', () => {
    expect(parseOutFlag(['--force', '--out', '/tmp/site', '--verbose'])).toEqual({ kind: 'folder', target: '/tmp/site', rest: ['--force', '--verbose'] });
    expect(parseOutFlag(['--force'])).toEqual({ kind: 'none' });
  });

  it('finds no folder when --out is last or followed by another flag', () => {
    expect(parseOutFlag(['--out'])).toEqual({ kind: 'missing' });
    expect(parseOutFlag(['--out', '--force'])).toEqual({ kind: 'missing' });
  });
});

describe('mayEmptyForBuild', () => {
  const project = path.resolve('/work/site');

  it('allows a new or empty folder, and an earlier build output, inside the project or outside it', () => {
    expect(mayEmptyForBuild('/tmp/site', project, [])).toBe(true);
    expect(mayEmptyForBuild('/tmp/site', project, ['index.html', 'about'])).toBe(true);
    expect(mayEmptyForBuild(path.join(project, 'tests/.output/x'), project, ['_astro'])).toBe(true);
  });

  it('refuses a folder with other files in it', () => {
    expect(mayEmptyForBuild('/tmp/notes', project, ['notes.txt'])).toBe(false);
  });

  it('refuses the project, a folder holding it and the root, whatever they hold', () => {
    expect(mayEmptyForBuild(project, project, ['index.html'])).toBe(false);
    expect(mayEmptyForBuild(path.dirname(project), project, [])).toBe(false);
    expect(mayEmptyForBuild(path.parse(project).root, project, [])).toBe(false);
  });
});
