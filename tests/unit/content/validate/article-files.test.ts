import { describe, expect, it } from 'vitest';
import { BODY_PLACEHOLDER, SUMMARY_PLACEHOLDER, newArticleText } from '../../../../src/content/new-article.ts';
import { article, contentRunner, good } from '../../../helpers/content-input.ts';

// Article files (src/content/validate/article-files.ts): file name, front matter, placeholders,
// corrections. Reuse through the validation memo is in validation-memo.test.ts.
const run = contentRunner({ path: 'c/categories.yaml', text: '- id: news\n  name: News\n- id: sport\n  name: Sport\n' });
const LONG = 'a'.repeat(65);

describe('article files', () => {
  it('refuses a date-time without an offset, saying so: the same wall time is a different instant in every zone', () => {
    const { report } = run({
      articles: [
        article('no-offset', 'title: T\nsummary: S\npublished: 2025-01-14T15:20:00\ncategory: news'),
        article('no-seconds', 'title: T\nsummary: S\npublished: 2025-01-14T15:20\ncategory: news'),
        article('fraction', 'title: T\nsummary: S\npublished: 2025-01-14T15:20:00.250\ncategory: news'),
      ],
    });
    expect(report).toEqual([
      'c/articles/fraction.md:4: published: expected an ISO 8601 date-time with offset such as 2025-01-14T15:20:00+01:00, found string "2025-01-14T15:20:00.250" (no time-zone offset)',
      'c/articles/no-offset.md:4: published: expected an ISO 8601 date-time with offset such as 2025-01-14T15:20:00+01:00, found string "2025-01-14T15:20:00" (no time-zone offset)',
      'c/articles/no-seconds.md:4: published: expected an ISO 8601 date-time with offset such as 2025-01-14T15:20:00+01:00, found string "2025-01-14T15:20" (no time-zone offset)',
    ]);
    // With an offset (or Z), the same times are accepted, seconds and fractions optional.
    for (const t of ['2025-01-14T15:20:00+01:00', '2025-01-14T15:20Z', '2025-01-14T15:20:00.250-03:30']) {
      expect(run({ articles: [article('ok', `title: T\nsummary: S\npublished: ${t}\ncategory: news`)] }).report, t).toEqual([]);
    }
  });

  it('rejects bad slugs, duplicate slugs and missing front matter', () => {
    const { report } = run({
      articles: [article('Café-Story', good), article('x/dup', good), article('y/dup', good), { path: 'c/articles/bare.md', text: '# Just a heading\n' }],
    });
    expect(report).toEqual([
      'c/articles/bare.md:1: no front matter: the file must start with a line "---", then YAML fields, then "---"',
      'c/articles/Café-Story.md: file name "Café-Story" is not a valid slug; use lowercase ASCII letters, digits and single hyphens (e.g. cafe-story.md)',
      'c/articles/y/dup.md: duplicate slug "dup": c/articles/x/dup.md has the same file name; rename one of them',
    ]);
  });

  it('refuse a slug over 64 characters, quoting its start and its length', () => {
    const { model, report } = run({ articles: [article(LONG, good)] });
    expect(model.articles).toEqual([]);
    expect(report).toEqual([`c/articles/${LONG}.md: file name "${'a'.repeat(20)}…" is 65 characters long; a slug has at most 64`]);
  });

  it('suggest a placeholder slug when nothing of the file name is ASCII', () => {
    expect(run({ articles: [article('خبر', good)] }).report).toEqual([
      'c/articles/خبر.md: file name "خبر" is not a valid slug; use lowercase ASCII letters, digits and single hyphens (e.g. my-story.md)',
    ]);
  });

  it('need front matter that is a set of fields, not nothing or a list', () => {
    const { model, report } = run({ articles: [{ path: 'c/articles/e.md', text: '---\n---\nBody.\n' }, { path: 'c/articles/l.md', text: '---\n- a\n---\nBody.\n' }] });
    expect(model.articles).toEqual([]);
    expect(report).toEqual(['c/articles/e.md:2: front matter must be a set of fields, found an empty value', 'c/articles/l.md:2: front matter must be a set of fields, found a list of 1']);
  });

  it('may not be updated before they were published, said at the updated line', () => {
    expect(run({ articles: [article('u', `${good}\nupdated: 2025-01-13T10:00:00+01:00`)] }).report).toEqual([
      'c/articles/u.md:6: updated: is earlier than published (2025-01-14T15:20:00+01:00)',
    ]);
  });

  it('checks corrections: times with offset, not before publication', () => {
    const corrections = 'corrections:\n  - time: 2025-01-15T10:00:00+01:00\n    text: Fixed a name.\n  - time: 2025-01-13T10:00:00+01:00\n    text: Too early.\n  - { time: 2025-01-15, text: "" }';
    const { model, report } = run({ articles: [article('corrected', `${good}\n${corrections}`), article('fine', `${good}\ncorrections:\n  - { time: 2025-01-15T10:00:00+01:00, text: Fixed. }`)] });
    expect(report).toEqual([
      'c/articles/corrected.md:11: corrections #3.time: expected an ISO 8601 date-time with offset such as 2025-01-14T15:20:00+01:00, found string "2025-01-15" (no time-zone offset)',
      'c/articles/corrected.md:11: corrections #3.text: must not be empty',
    ]);
    const { report: second } = run({ articles: [article('corrected', `${good}\ncorrections:\n  - time: 2025-01-13T10:00:00+01:00\n    text: Too early.`)] });
    expect(second).toEqual(['c/articles/corrected.md:7: corrections #1.time: is earlier than published (2025-01-14T15:20:00+01:00)']);
    expect(model.articles.find((a) => a.slug === 'fine')?.data.corrections).toEqual([{ time: new Date('2025-01-15T09:00:00Z'), text: 'Fixed.' }]);
  });

  it('lets a new article from npm run new through as a draft, but never published with its placeholders', () => {
    const draft = { path: 'c/articles/new.md', text: newArticleText({ title: 'T', category: 'news', authors: ['ann'], published: '2025-01-14T15:20:00+01:00' }) };
    expect(run({ articles: [draft] }).report).toEqual([]);
    const published = { ...draft, text: draft.text.replace('draft: true', 'draft: false') };
    expect(run({ articles: [published] }).report).toEqual([
      'c/articles/new.md:3: summary: still the placeholder from "npm run new"; write the summary before publishing (or keep draft: true)',
      'c/articles/new.md:11: the body still has the placeholder from "npm run new"; write the story before publishing (or keep draft: true)',
    ]);
    expect(published.text).toContain(SUMMARY_PLACEHOLDER);
    expect(published.text).toContain(BODY_PLACEHOLDER);
  });
});
