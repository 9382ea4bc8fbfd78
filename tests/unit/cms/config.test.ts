import { readFileSync } from 'node:fs';
import path from 'node:path';
import { stringify } from 'yaml';
import { describe, expect, it } from 'vitest';
import { backendOrigins, cmsConfig, cmsContentSecurityPolicy, type CmsField } from '../../../src/cms/config.ts';
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

  it('carries the rules: required fields, patterns, dates with offset', () => {
    const article = Object.fromEntries(fieldsOf('articles').map((f) => [f.name, f]));
    expect(['title', 'summary', 'published', 'category'].filter((n) => article[n]!['required'])).toEqual(['title', 'summary', 'published', 'category']);
    expect(['updated', 'authors', 'tags', 'image', 'lang', 'draft', 'corrections'].filter((n) => article[n]!['required'])).toEqual([]);
    expect(article['published']).toMatchObject({ widget: 'datetime', format: 'YYYY-MM-DDTHH:mm:ssZ' });
    // Sveltia rewrites (or, for Africa/Casablanca, hangs on) every time it opens when given a zone.
    expect(article['published']).not.toHaveProperty('input_timezone');
    expect(article['lang']!['pattern']).toEqual(['^[a-zA-Z]{2,3}(-[a-zA-Z0-9]{2,8})*$', 'Expected a language tag such as en, fr or ar-MA']);
    const image = Object.fromEntries((article['image']!['fields'] as CmsField[]).map((f) => [f.name, f]));
    expect([image['src']!['required'], image['alt']!['required'], image['caption']!['required']]).toEqual([true, true, false]);
    const brief = Object.fromEntries((fieldsOf('briefs')[0]!['fields'] as CmsField[]).map((f) => [f.name, f]));
    expect(brief['link']!['pattern']).toEqual(['^(?:[a-z0-9]+(?:-[a-z0-9]+)*|https://[^\\s/?#]+\\S*)$', expect.stringContaining('https://')]);
  });

  it('picks categories and authors from their collections', () => {
    const article = Object.fromEntries(fieldsOf('articles').map((f) => [f.name, f]));
    expect(article['category']).toMatchObject({ widget: 'relation', collection: 'categories', value_field: 'categories.*.id', required: true });
    expect(article['category']).not.toHaveProperty('pattern');
    expect(article['authors']).toMatchObject({ widget: 'relation', collection: 'authors', value_field: '{{slug}}', multiple: true });
  });

  it("gives every field the schema's default, so an entry opened in the CMS reads as its file does", () => {
    const schema = (name: string) => JSON.parse(readSource(`schemas/${name}.schema.json`)) as Record<string, unknown>;
    /** `[path, default]` of every CMS field with a default, and of every schema property with one. */
    const cmsDefaults = (fields: CmsField[], prefix = ''): Array<[string, unknown]> =>
      fields.flatMap((f) => {
        const here = f['root'] ? prefix : `${prefix}${f.name}`;
        // A switch without a default is off: the default false.
        const value = f.widget === 'boolean' && f['default'] === undefined ? false : f['default'];
        const own: Array<[string, unknown]> = value !== undefined && !String(value).startsWith('{{') ? [[here, value]] : [];
        return [...own, ...cmsDefaults((f['fields'] as CmsField[] | undefined) ?? [], here ? `${here}.` : '')];
      });
    const schemaDefaults = (node: Record<string, unknown>, prefix = ''): Array<[string, unknown]> => {
      const item = (node['items'] ?? node) as Record<string, unknown>;
      const props = (item['properties'] ?? {}) as Record<string, Record<string, unknown>>;
      return Object.entries(props).flatMap(([k, v]) => [...(v['default'] !== undefined ? [[`${prefix}${k}`, v['default']] as [string, unknown]] : []), ...schemaDefaults(v, `${prefix}${k}.`)]);
    };
    expect(cmsDefaults(fieldsOf('articles'))).toEqual(schemaDefaults(schema('article')));
    expect(cmsDefaults(fieldsOf('articles'))).toContainEqual(['draft', false]);
    expect(cmsDefaults(fieldsOf('authors'))).toEqual(schemaDefaults(schema('author')));
    expect(cmsDefaults(fieldsOf('briefs'))).toEqual(schemaDefaults(schema('briefs')));
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

describe('the /admin/ content security policy', () => {
  it('allows our own scripts and fonts and the git host, nothing else', () => {
    const csp = cmsContentSecurityPolicy({ name: 'github', repo: 'o/r', branch: 'main', options: { base_url: 'https://auth.atlascourier.example/oauth' } });
    const directives = Object.fromEntries(csp.split('; ').map((d) => [d.split(' ')[0], d.split(' ').slice(1)]));
    expect(directives['script-src']).toEqual(["'self'"]);
    expect(directives['font-src']).toEqual(["'self'"]);
    expect(directives['connect-src']).toEqual(["'self'", 'blob:', 'data:', 'https://api.github.com', 'https://auth.atlascourier.example']);
    expect(backendOrigins({ name: 'gitlab', repo: 'g/p', branch: 'main', options: { api_root: 'https://git.example.org/api/v4' } })).toEqual([
      'https://gitlab.com',
      'https://git.example.org',
    ]);
  });
});
