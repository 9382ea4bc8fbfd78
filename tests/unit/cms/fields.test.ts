import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { cmsConfig } from '../../../src/cms/config.ts';
import { toFields, type CmsField } from '../../../src/cms/fields.ts';
import { projectDir } from '../../helpers/site.ts';

const readSource = (p: string) => readFileSync(path.join(projectDir, p), 'utf8');
const timeZone = 'Africa/Casablanca';
// The fields as the generated configuration carries them (so a field config.ts stopped passing
// through, or a widget it stopped applying, fails here too).
const config = cmsConfig({
  root: 'content',
  backend: { name: 'github', repo: 'atlas-courier/newsroom', branch: 'main' },
  siteUrl: 'https://atlascourier.example',
  siteName: 'The Atlas Courier',
  timeZone,
  buildDay: '2026-11-25',
  readSource,
});
type Collection = { name: string; fields?: CmsField[]; files?: Array<{ fields: CmsField[] }> };
const fieldsOf = (name: string): CmsField[] => {
  const c = (config['collections'] as Collection[]).find((x) => x.name === name)!;
  return c.fields ?? c.files![0]!.fields;
};

describe('CMS fields from the schemas', () => {
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

  it('names the field and the file to add a widget to when a schema type has none', () => {
    const schema = { properties: { score: { type: 'null' } } };
    expect(() => toFields(schema, 'articles', timeZone)).toThrow('[cms] no widget for field articles.score (JSON Schema type "null"); add one to WIDGETS in src/cms/fields.ts');
  });
});
