import { describe, expect, it } from 'vitest';
import { schemaRunner } from '../../helpers/schema-problems.ts';
import { CategoryFileSchema } from '../../../src/schemas/category.ts';

// The schema alone, on content/categories.yaml as an editor types it.
const Schema = CategoryFileSchema;
const { data, problems } = schemaRunner(Schema, 'categories.yaml');

describe('CategoryFileSchema', () => {
  it('reads the sections in order, each with an id, a name and optional description and translations', () => {
    expect(Schema.parse(data('- id: news\n  name: News\n  description: All the news\n  translations:\n    - lang: ar\n      label: أخبار\n- id: sport\n  name: Sport\n'))).toEqual([
      { id: 'news', name: 'News', description: 'All the news', translations: [{ lang: 'ar', label: 'أخبار' }] },
      { id: 'sport', name: 'Sport', translations: [] },
    ]);
  });

  it('names the section and field of each problem, down to a translation', () => {
    expect(problems('- id: News\n  name: ""\n  translations:\n    - lang: arabic\n      label: y\n    - ar\n    - lang: fr\n      label: z\n      dir: ltr\n- id: x\n  name: X\n  translations: ar\n  colour: red\n')).toEqual([
      '#1.id: expected lowercase letters, digits and hyphens, found string "News"',
      '#1.name: must not be empty',
      '#1.translations #1.lang: expected a BCP 47 tag such as en or ar-MA, found string "arabic"',
      '#1.translations #2: expected { lang, label }, found string "ar"',
      '#1.translations #3.dir: unknown field; allowed fields are lang, label',
      '#2.translations: expected a list of { lang, label }, found string "ar"',
      '#2.colour: unknown field; allowed fields are id, name, description, translations',
    ]);
  });

  it('allows one name per language, whatever its case', () => {
    expect(problems('- id: news\n  name: News\n  translations:\n    - lang: ar\n      label: أخبار\n    - lang: AR\n      label: الأخبار\n')).toEqual([
      '#1.translations #2.lang: "AR" is given twice; allowed: one name per language',
    ]);
  });

  it('wants a list of sections', () => {
    expect(problems('news: News\n')).toEqual(['expected a list of categories, found a mapping']);
    expect(problems('- news\n')).toEqual(['#1: expected { id, name, description?, translations? }, found string "news"']);
  });
});
