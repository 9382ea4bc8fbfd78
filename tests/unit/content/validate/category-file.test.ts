import { describe, expect, it } from 'vitest';
import { contentRunner } from '../../../helpers/content-input.ts';

// The sections file (src/content/validate/category-file.ts): required, may be empty, ids unique.
const run = contentRunner({ path: 'c/categories.yaml', text: '- id: news\n  name: News\n- id: sport\n  name: Sport\n' });
const BAD_YAML = '- [\n';

describe('the sections file', () => {
  it('is required: without it the build says which file to add and what it lists', () => {
    const { model, report } = run({ categories: undefined });
    expect(model.categories).toEqual([]);
    expect(report).toEqual(['c/categories.yaml: file is missing; it lists the sections as { id, name, description?, translations? }']);
  });

  it('adds no sections and no second problem when it could not be read (the reader reported that)', () => {
    const { model, report } = run({ categories: { path: 'c/categories.yaml', text: '', unreadable: true } });
    expect(model.categories).toEqual([]);
    expect(report).toEqual([]);
  });

  it('may be empty: no sections, no problem', () => {
    const { model, report } = run({ categories: { path: 'c/categories.yaml', text: '' } });
    expect(model.categories).toEqual([]);
    expect(report).toEqual([]);
  });

  it('gives no sections when it is not YAML, only the syntax problem', () => {
    const { model, report } = run({ categories: { path: 'c/categories.yaml', text: BAD_YAML } });
    expect(model.categories).toEqual([]);
    expect(report).toHaveLength(1);
    expect(report[0]).toMatch(/^c\/categories\.yaml:\d+: invalid YAML: /);
  });

  it('names a section id used twice, at the second one', () => {
    const { report } = run({ categories: { path: 'c/categories.yaml', text: '- id: news\n  name: News\n- id: news\n  name: Again\n' } });
    expect(report).toEqual(['c/categories.yaml:3: #2.id: duplicate category id "news"']);
  });

  it("reads a section's names in other languages, and names a bad or repeated language", () => {
    const ok = run({ categories: { path: 'c/categories.yaml', text: '- id: news\n  name: News\n  translations:\n    - { lang: ar, label: أخبار }\n    - { lang: fr, label: Actualités }\n' } });
    expect(ok.report).toEqual([]);
    expect(ok.model.categories[0]?.translations).toEqual([{ lang: 'ar', label: 'أخبار' }, { lang: 'fr', label: 'Actualités' }]);
    const bad = run({
      categories: { path: 'c/categories.yaml', text: '- id: news\n  name: News\n  translations:\n    - { lang: ar, label: أخبار }\n    - { lang: AR, label: خبر }\n    - { lang: arabic!, label: x }\n' },
    });
    expect(bad.report).toMatchInlineSnapshot(`
      [
        "c/categories.yaml:5: #1.translations #2.lang: "AR" is given twice; allowed: one name per language",
        "c/categories.yaml:6: #1.translations #3.lang: expected a BCP 47 tag such as en or ar-MA, found string "arabic!"",
      ]
    `);
  });
});
