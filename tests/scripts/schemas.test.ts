import { cp, mkdir, mkdtemp, readFile, readdir, rm, stat, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listFiles, runScript } from '../helpers/commands.ts';
import { projectDir } from '../helpers/site.ts';

const SETTINGS = '.vscode/settings.json';
const read = (dir: string, file: string) => readFile(path.join(dir, file), 'utf8');

/** A scratch project holding the schema sources `npm run schemas` reads, and `settings` as the editor settings when given. */
async function schemaProject(settings?: string): Promise<string> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'schemas-'));
  await cp(path.join(projectDir, 'src/schemas'), path.join(dir, 'src/schemas'), { recursive: true });
  if (settings !== undefined) {
    await mkdir(path.join(dir, '.vscode'), { recursive: true });
    await writeFile(path.join(dir, SETTINGS), settings);
  }
  return dir;
}

describe('npm run schemas', () => {
  let committed: string[];
  let fresh: string;
  let foreign: string;
  beforeAll(async () => {
    committed = (await readdir(path.join(projectDir, 'schemas'))).sort();
    [fresh, foreign] = await Promise.all([
      schemaProject(await read(projectDir, SETTINGS)),
      schemaProject(JSON.stringify({ 'editor.tabSize': 4, 'yaml.schemas': { './old.json': ['content/*.yaml'] } })),
    ]);
  });
  afterAll(async () => {
    await Promise.all([fresh, foreign].map((d) => rm(d, { recursive: true, force: true })));
  });

  it('writes, from the current src/schemas, exactly the committed schemas/ files (else run `npm run schemas` and commit)', async () => {
    const result = await runScript('schemas', [], { cwd: fresh });
    expect(result.code).toBe(0);
    const wrote = /^schemas: wrote (.+)\n$/.exec(result.stderr)?.[1]?.split(', ');
    expect(wrote?.sort()).toEqual(committed.map((f) => `schemas/${f}`));
    expect((await listFiles(path.join(fresh, 'schemas'))).sort()).toEqual(committed);
    for (const file of committed) expect(await read(fresh, `schemas/${file}`), `schemas/${file}`).toBe(await read(projectDir, `schemas/${file}`));
    // The committed editor settings already map every schema: left as they were.
    expect(await read(fresh, SETTINGS)).toBe(await read(projectDir, SETTINGS));
  });

  it('writes nothing on a second run', async () => {
    const before = await stat(path.join(fresh, 'schemas/article.schema.json'));
    const result = await runScript('schemas', [], { cwd: fresh });
    expect(result).toMatchObject({ code: 0, stderr: 'schemas: everything already up to date\n' });
    expect((await stat(path.join(fresh, 'schemas/article.schema.json'))).mtimeMs).toBe(before.mtimeMs);
  });

  it('maps the schemas in the editor settings as committed, keeping every other setting', async () => {
    const result = await runScript('schemas', [], { cwd: foreign });
    expect(result.code).toBe(0);
    expect(result.stderr).toContain(`, ${SETTINGS}\n`);
    const settings = JSON.parse(await read(foreign, SETTINGS)) as Record<string, unknown>;
    const expected = JSON.parse(await read(projectDir, SETTINGS)) as Record<string, unknown>;
    expect(settings).toEqual({ 'editor.tabSize': 4, 'yaml.schemas': expected['yaml.schemas'] });
    expect(await read(foreign, SETTINGS)).toBe(`${JSON.stringify(settings, null, 2)}\n`);
  });

  it('with --check, passes on the committed project without writing to it', async () => {
    const result = await runScript('schemas', ['--check'], { cwd: projectDir });
    expect(result).toMatchObject({ code: 0, stderr: `schemas: ${committed.length + 1} files up to date\n` });
  });

  it('with --check, names the stale files, exits 1 and writes nothing', async () => {
    const stale = 'schemas/briefs.schema.json';
    await writeFile(path.join(fresh, stale), '{}\n');
    await rm(path.join(fresh, 'schemas/page.schema.json'));
    const result = await runScript('schemas', ['--check'], { cwd: fresh });
    expect(result.code).toBe(1);
    expect(result.stderr).toBe(`schemas: out of date: ${stale}, schemas/page.schema.json; run npm run schemas and commit the result\n`);
    expect(await read(fresh, stale)).toBe('{}\n');
    expect((await listFiles(path.join(fresh, 'schemas'))).includes('page.schema.json')).toBe(false);
  });

  it('refuses an unknown option with the usage, and writes nothing', async () => {
    const before = await listFiles(foreign);
    const result = await runScript('schemas', ['--chek'], { cwd: foreign });
    expect(result.code).toBe(1);
    const lines = result.stderr.trimEnd().split('\n');
    expect(lines[0]).toMatch(/^schemas: .*'--chek'/);
    expect(lines[1]).toBe('schemas: usage: npm run schemas [-- --check]');
    expect(await listFiles(foreign)).toEqual(before);
  });
});
