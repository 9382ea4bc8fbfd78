import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { SCHEMA_TARGETS, contentJsonSchemaFiles, fieldDocs, yamlSchemaSettings } from '../../../src/schemas/json-schemas.ts';
import { projectDir } from '../../helpers/site.ts';
import { yamlEditor } from '../../helpers/yaml-editor.ts';

const read = (p: string) => readFileSync(path.join(projectDir, p), 'utf8');
const settings = JSON.parse(read('.vscode/settings.json')) as { 'yaml.schemas': Record<string, string[]> };

describe('editor JSON Schemas', () => {
  it('are committed exactly as `npm run schemas` generates them from src/schemas', () => {
    for (const { file, text } of contentJsonSchemaFiles(read)) expect(read(file), `${file} is stale: run npm run schemas`).toBe(text);
    expect(settings['yaml.schemas']).toEqual(yamlSchemaSettings('content'));
  });

  it('describe every field with its doc line from the schema source', () => {
    const walk = (node: unknown, where: string, out: string[]): string[] => {
      if (!node || typeof node !== 'object') return out;
      const props = (node as { properties?: Record<string, { description?: string }> }).properties ?? {};
      for (const [key, prop] of Object.entries(props)) if (!prop.description) out.push(`${where}.${key}`);
      for (const [key, value] of Object.entries(node)) walk(value, `${where}.${key}`, out);
      return out;
    };
    for (const t of SCHEMA_TARGETS) expect(walk(JSON.parse(read(`schemas/${t.name}.schema.json`)), t.name, [])).toEqual([]);
    expect(fieldDocs('/** Headline. Required. */\n  title: Text,\n  /** Multi\n   * line */\n  other: x').get('title')).toBe('Headline. Required.');
  });
});

describe('VS Code with the YAML extension (its language server, wired by .vscode/settings.json)', () => {
  const { service, open } = yamlEditor(settings['yaml.schemas']);
  const problems = async (file: string, text: string) => (await service.doValidation(open(file, text), false)).map((d) => `${d.range.start.line + 1}: ${d.message}`);

  it('finds nothing wrong in the demo content', async () => {
    const files = ['briefs', 'authors', 'comments'].flatMap((dir) => readdirSync(path.join(projectDir, 'content', dir)).map((f) => `content/${dir}/${f}`));
    expect(files.length).toBeGreaterThan(8);
    for (const file of [...files, 'content/categories.yaml']) expect(await problems(file, read(file)), file).toEqual([]);
  });

  it('underlines mistakes in a briefs file, in plain words', async () => {
    const text = '- time: 2026-11-24 10:00\n  txt: The line\n  link: http://www.example.org/\n- time: 2026-11-24T10:00:00+01:00\n  text: Fine\n';
    expect(await problems('content/briefs/2026-11-30.yaml', text)).toEqual([
      '1: Missing property "text".',
      '1: Expected a date-time with offset, e.g. 2025-01-14T15:20:00+01:00',
      '3: Expected an article slug (e.g. port-of-tanger-med-record) or an https:// address',
      '2: Property txt is not allowed.',
    ]);
  });

  it('checks comments and authors too', async () => {
    expect(await problems('content/comments/some-story.yaml', '- id: C1\n  author: A\n  time: 2026-11-24T10:00:00Z\n  text: Hi\n  replyto: c0\n')).toEqual([
      '1: Use lowercase letters, digits and single hyphens, e.g. economy',
      '5: Property replyto is not allowed.',
    ]);
    expect(await problems('content/authors/new-writer.yaml', 'bio: Hi\nlinks:\n  - { label: Site, url: "http://x" }\n')).toEqual([
      '1: Missing property "name".',
      '3: Expected an https:// or mailto: address',
    ]);
  });

  it('completes field names and explains them on hover', async () => {
    const doc = open('content/briefs/2026-11-30.yaml', '- time: 2026-11-24T10:00:00+01:00\n  text: Hi\n  ');
    const labels = (await service.doComplete(doc, { line: 2, character: 2 }, false)).items.map((i) => i.label);
    expect(labels).toEqual(expect.arrayContaining(['category', 'link']));
    const hover = await service.doHover(doc, { line: 1, character: 3 });
    expect(JSON.stringify(hover?.contents)).toContain('The one line readers see. Plain text.');
  });
});
