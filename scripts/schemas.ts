// npm run schemas [-- --check]: regenerates the editors' JSON Schemas (schemas/*.schema.json)
// from src/schemas and maps them to the content files in .vscode/settings.json. With --check,
// writes nothing and exits 1 if the committed files are out of date.
import { existsSync, readFileSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { contentJsonSchemaFiles, yamlSchemaSettings } from '../src/schemas/json-schemas.ts';
import { UserError, parseCommandLine, projectDir, runCommand } from './cli.ts';

const SETTINGS = '.vscode/settings.json';

await runCommand('schemas', async () => {
  const { values } = parseCommandLine({ check: { type: 'boolean' } }, 'usage: npm run schemas [-- --check]');
  const dir = projectDir();
  const read = (p: string) => readFileSync(path.join(dir, p), 'utf8');
  const current = (p: string) => (existsSync(path.join(dir, p)) ? read(p) : undefined);

  const files = contentJsonSchemaFiles(read);
  // Only the yaml.schemas key is ours; any other editor settings in the file stay as they are.
  const settings = JSON.parse(current(SETTINGS) ?? '{}') as Record<string, unknown>;
  settings['yaml.schemas'] = yamlSchemaSettings('content');
  files.push({ file: SETTINGS, text: `${JSON.stringify(settings, null, 2)}\n` });

  const stale = files.filter((f) => current(f.file) !== f.text);
  if (values.check) {
    if (stale.length) throw new UserError(`out of date: ${stale.map((f) => f.file).join(', ')}; run npm run schemas and commit the result`);
    console.error(`schemas: ${files.length} files up to date`);
    return;
  }
  for (const f of stale) {
    await mkdir(path.dirname(path.join(dir, f.file)), { recursive: true });
    await writeFile(path.join(dir, f.file), f.text);
  }
  console.error(`schemas: ${stale.length ? `wrote ${stale.map((f) => f.file).join(', ')}` : 'everything already up to date'}`);
});
