import { readFileSync } from 'node:fs';
import path from 'node:path';
import { stringify } from 'yaml';
import { describe, expect, it } from 'vitest';
import { cmsConfig, type CmsField } from '../../../src/cms/config.ts';
import { SCHEMA_TARGETS } from '../../../src/schemas/json-schemas.ts';
import { projectDir } from '../../helpers/site.ts';
import { yamlEditor } from '../../helpers/yaml-editor.ts';

const readSource = (p: string) => readFileSync(path.join(projectDir, p), 'utf8');
const config = cmsConfig({
  root: 'content',
  backend: { name: 'github', repo: 'atlas-courier/newsroom', branch: 'main' },
  siteUrl: 'https://atlascourier.example',
  siteName: 'The Atlas Courier',
  timeZone: 'Africa/Casablanca',
  buildDay: '2026-11-25',
  readSource,
});
type Collection = { name: string; fields?: CmsField[]; files?: Array<{ fields: CmsField[] }> };
const collections = config['collections'] as Collection[];
const fieldsOf = (name: string): CmsField[] => {
  const c = collections.find((x) => x.name === name)!;
  return c.fields ?? c.files![0]!.fields;
};
/** Field names at every depth, as `a.b` paths (a root list counts as its items). */
const paths = (fields: CmsField[], prefix = ''): string[] =>
  fields.flatMap((f) => {
    const here = f['root'] ? prefix : `${prefix}${f.name}`;
    const sub = f['fields'] as CmsField[] | undefined;
    return [...(f['root'] ? [] : [here]), ...(sub ? paths(sub, here ? `${here}.` : '') : [])];
  });
/** Property names at every depth of a generated JSON Schema. */
const schemaPaths = (node: Record<string, unknown>, prefix = ''): string[] => {
  const item = (node['items'] ?? node) as Record<string, unknown>;
  const props = (item['properties'] ?? {}) as Record<string, Record<string, unknown>>;
  return Object.entries(props).flatMap(([k, v]) => [`${prefix}${k}`, ...schemaPaths(v, `${prefix}${k}.`)]);
};

describe('the generated CMS configuration', () => {
  it("is valid by Sveltia CMS's own JSON Schema", async () => {
    const { service, open } = yamlEditor({ './node_modules/@sveltia/cms/schema/sveltia-cms.json': 'admin/config.yml' });
    const diagnostics = await service.doValidation(open('admin/config.yml', stringify(config)), false);
    expect(diagnostics.map((d) => `${d.range.start.line + 1}: ${d.message}`)).toEqual([]);
  });

  it('has the six collections, each with every field of its schema and no other', () => {
    expect(collections.map((c) => c.name)).toEqual(['articles', 'briefs', 'authors', 'categories', 'front-page', 'pages']);
    const schema = (name: string) => JSON.parse(readSource(`schemas/${name}.schema.json`)) as Record<string, unknown>;
    expect(paths(fieldsOf('articles'))).toEqual([...schemaPaths(schema('article')), 'body']);
    expect(paths(fieldsOf('briefs'))).toEqual(schemaPaths(schema('briefs')));
    expect(paths(fieldsOf('authors'))).toEqual(schemaPaths(schema('author')));
    expect(paths(fieldsOf('categories'))).toEqual(schemaPaths(schema('categories')));
    expect(paths(fieldsOf('front-page'))).toEqual(schemaPaths(schema('front-page')));
    expect(paths(fieldsOf('pages'))).toEqual([...schemaPaths(schema('page')), 'body']);
    expect(SCHEMA_TARGETS.map((t) => t.name)).toContain('comments');
  });

  it("lets editors pick the front page's lead and top stories from the articles, and time the banner", () => {
    const front = Object.fromEntries(fieldsOf('front-page').map((f) => [f.name, f]));
    expect(front['lead']).toMatchObject({ widget: 'relation', collection: 'articles', value_field: '{{slug}}', required: false });
    expect(front['top']).toMatchObject({ widget: 'relation', collection: 'articles', multiple: true });
    const banner = Object.fromEntries((front['banner']!['fields'] as CmsField[]).map((f) => [f.name, f]));
    // No input_timezone: Sveltia hangs the tab on a time in Africa/Casablanca with it (see the articles' dates).
    expect(banner['expires']).toMatchObject({ widget: 'datetime', required: true });
    expect(banner['expires']!['input_timezone']).toBeUndefined();
    expect((collections.find((c) => c.name === 'front-page')!.files![0] as Record<string, unknown>)['file']).toBe('content/front-page.yaml');
  });

  it('lists articles newest first with their date, section and state, and says in plain words what fields want', () => {
    const articles = collections.find((c) => c.name === 'articles') as Record<string, unknown>;
    expect(articles['sortable_fields']).toMatchObject({ default: { field: 'published', direction: 'descending' } });
    expect(articles['summary']).toMatch(/\{\{published \| date\(.*\{\{category\}\}.*\{\{title\}\}\{\{draft \| ternary\(/);
    const scheduled = new RegExp((articles['view_filters'] as Array<{ label: string; pattern: string }>).find((f) => f.label.startsWith('Scheduled'))!.pattern);
    expect(['2026-11-25T23:00:00+00:00', '2026-11-26T06:00:00+00:00', '2027-01-10T08:00:00+00:00'].map((d) => scheduled.test(d))).toEqual([false, true, true]);
    expect(collections.find((c) => c.name === 'briefs')).toMatchObject({ label: 'Days of briefs' });
    const hints = JSON.stringify(config);
    for (const jargon of ['ISO 8601', 'BCP 47', 'slug,']) expect(hints).not.toContain(jargon);
  });
});
