import { describe, expect, it } from 'vitest';
import { schemaRunner } from '../../helpers/schema-problems.ts';
import { ArticleSchema } from '../../../src/schemas/article.ts';
import { good } from '../../helpers/content-input.ts';

// The schema alone, on front matter as a writer types it; tests/unit/content/validate runs it
// inside the whole validation (files, lines, cross-references).
const Schema = ArticleSchema();
const { data, problems } = schemaRunner(Schema, 'a.md');

describe('ArticleSchema', () => {
  it('needs only a title, summary, publication time and section, and fills in the rest', () => {
    expect(Schema.parse(data(good))).toEqual({
      title: 'T', summary: 'S', published: new Date('2025-01-14T14:20:00Z'), category: 'news',
      authors: [], tags: [], aliases: [], draft: false, corrections: [],
    });
  });

  it('keeps every optional field a writer may give', () => {
    const article = Schema.parse(
      data(`${good}\nupdated: 2025-01-15T10:00:00Z\nauthors: [ann]\ntags: [Économie]\nimage:\n  src: ./a.jpg\n  alt: The port\n  caption: Dawn\n  credit: AP\nlang: ar\naliases: ["/2019/05/old.html"]\ndraft: true\ncorrections:\n  - time: 2025-01-15T11:00:00Z\n    text: The date was wrong.`),
    );
    expect(article).toMatchObject({
      updated: new Date('2025-01-15T10:00:00Z'), authors: ['ann'], tags: ['Économie'], lang: 'ar', aliases: ['/2019/05/old.html'], draft: true,
      image: { src: './a.jpg', alt: 'The port', caption: 'Dawn', credit: 'AP' },
      corrections: [{ time: new Date('2025-01-15T11:00:00Z'), text: 'The date was wrong.' }],
    });
  });

  it('names each missing or malformed required field', () => {
    expect(problems(`title: ""\nsummary: ${'x'.repeat(601)}\n`)).toEqual([
      'title: must not be empty',
      'summary: must be at most 600 characters, found 601',
      'published: expected an ISO 8601 date-time with offset such as 2025-01-14T15:20:00+01:00, found nothing (the field is missing)',
      'category: expected an id (lowercase letters, digits, hyphens), found nothing (the field is missing)',
    ]);
  });

  it('refuses a misspelt field, listing the ones it knows', () => {
    expect(problems(`${good}\nauthor: [ann]`)).toEqual([
      'author: unknown field; allowed fields are title, summary, published, updated, category, authors, tags, image, lang, aliases, draft, corrections',
    ]);
  });

  it('wants lists as lists, and says what a single value should have been', () => {
    expect(problems(`${good}\nauthors: ann\ntags: economy\naliases: /old/\ndraft: yes\nlang: english`)).toEqual([
      'authors: expected a list of author ids, found string "ann"',
      'tags: expected a list of tags, found string "economy"',
      'lang: expected a BCP 47 tag such as en or ar-MA, found string "english"',
      'aliases: expected a list of old paths such as ["/2019/05/old-story.html"], found string "/old/"',
      'draft: expected true or false, found string "yes"',
    ]);
  });

  it('refuses a tag that could not have a page at /tag/<tag>/, and more than 30 tags', () => {
    expect(problems(`${good}\ntags: ["!!!", "${'a'.repeat(61)}", "${'𐌰'.repeat(51)}"]`)).toEqual([
      'tags #1: string "!!!" has no letter or digit, so it cannot have a page at /tag/<tag>/; add a word',
      'tags #2: must be at most 60 characters, found 61',
      `tags #3: its address /tag/${'𐌰'.repeat(20)}…/ is 204 bytes long as a file name; at most 200 are allowed`,
    ]);
    expect(problems(`${good}\ntags: [${Array.from({ length: 31 }, (_, i) => `t${i}`).join(', ')}]`)).toEqual(['tags: at most 30 tags are allowed']);
  });

  it('needs alt text for the lead image, and the image as { src, alt }', () => {
    expect(problems(`${good}\nimage:\n  src: ./a.jpg`)).toEqual(['image.alt: expected text, found nothing (the field is missing)']);
    expect(problems(`${good}\nimage: ./a.jpg`)).toEqual(['image: expected { src, alt, caption?, credit? }, found string "./a.jpg"']);
    expect(problems(`${good}\nimage:\n  src: ./a.jpg\n  alt: A\n  size: 3`)).toEqual(['image.size: unknown field; allowed fields are src, alt, caption, credit']);
  });

  it('checks each correction, counted from 1', () => {
    expect(problems(`${good}\ncorrections:\n  - time: 2025-01-15\n    text: Fixed\n  - A note\n  - time: 2025-01-15T10:00:00Z\n    text: ok\n    by: me`)).toEqual([
      'corrections #1.time: expected an ISO 8601 date-time with offset such as 2025-01-14T15:20:00+01:00, found string "2025-01-15" (no time-zone offset)',
      'corrections #2: expected a correction { time, text }, found string "A note"',
      'corrections #3.by: unknown field; allowed fields are time, text',
    ]);
  });

  it('wants front matter that is a set of fields', () => {
    expect(problems('- a\n')).toEqual(['expected front matter fields, found a list of 1']);
  });
});
