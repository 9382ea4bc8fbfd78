import { describe, expect, it } from 'vitest';
import { schemaRunner } from '../../helpers/schema-problems.ts';
import { PageSchema } from '../../../src/schemas/page.ts';

// The schema alone, on a static page's front matter (content/pages/<slug>.md) as a writer types it.
const Schema = PageSchema;
const { data, problems } = schemaRunner(Schema, 'about.md');

describe('PageSchema', () => {
  it('needs a title and a summary, and puts a page without an order after the ordered ones', () => {
    expect(Schema.parse(data('title: " About us "\nsummary: Who we are.\n'))).toEqual({ title: 'About us', summary: 'Who we are.', order: 100 });
    expect(Schema.parse(data('title: Contact\nsummary: Write to us.\norder: 3\n')).order).toBe(3);
  });

  it('names each missing or wrong field, and an unknown one', () => {
    expect(problems('title: ""\norder: first\nslug: about\n')).toEqual([
      'title: must not be empty',
      'summary: expected text, found nothing (the field is missing)',
      'order: expected a number, found string "first"',
      'slug: unknown field; allowed fields are title, summary, order',
    ]);
  });

  it('refuses an order that is not a whole number', () => {
    const [problem, ...more] = problems('title: T\nsummary: S\norder: 2.5\n');
    expect(more).toEqual([]);
    expect(problem).toMatch(/^order: .*2\.5/);
  });

  it('wants front matter that is a set of fields', () => {
    expect(problems('- x\n')).toEqual(['expected { title, summary, order? }, found a list of 1']);
  });
});
