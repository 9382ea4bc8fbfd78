import { describe, expect, it } from 'vitest';
import { article, contentRunner, good } from '../../../helpers/content-input.ts';

// The entry file: every file type read in one run, every problem reported together, sorted.
// Each file type's own cases are in <type>-file(s).test.ts; checks across files in cross-file-checks.test.ts.
const run = contentRunner({ path: 'c/categories.yaml', text: '- id: news\n  name: News\n- id: sport\n  name: Sport\n' });

describe('validateContent', () => {
  it('accepts valid content and derives slugs from file names', () => {
    const { model, report } = run({ articles: [article('a-story', `${good}\nauthors: [ann]\ntags: [x]`)] });
    expect(report).toEqual([]);
    expect(model.articles.map((a) => [a.slug, a.data.published.toISOString(), a.data.authors, a.data.draft])).toEqual([
      ['a-story', '2025-01-14T14:20:00.000Z', ['ann'], false],
    ]);
  });

  it('reports every problem of every file in one run, with file, line and field', () => {
    const { report } = run({
      articles: [
        article('one', 'title: T\nsummary: S\npublished: 2025-01-14\ncategory: nope'),
        article('two', 'title: 3\nsummary: S\npublished: 2025-02-30T10:00:00Z\ncategory: news\nauthor: [ann]'),
      ],
    });
    expect(report).toMatchInlineSnapshot(`
      [
        "c/articles/one.md:4: published: expected an ISO 8601 date-time with offset such as 2025-01-14T15:20:00+01:00, found string "2025-01-14" (no time-zone offset)",
        "c/articles/one.md:5: category: unknown category "nope"; allowed: news, sport",
        "c/articles/two.md:2: title: expected text, found number 3",
        "c/articles/two.md:4: published: string "2025-02-30T10:00:00Z" is not a real date-time",
        "c/articles/two.md:6: author: unknown field; allowed fields are title, summary, published, updated, category, authors, tags, image, lang, aliases, draft, corrections",
      ]
    `);
  });

  it('reports schema problems and cross-file problems of one article in the same run, with the nearest valid id', () => {
    const fields = 'summary: S\npublished: 2025-01-14T15:20:00+01:00\ncategory: spor\nauthors: [ann, anne]\nimage:\n  src: ./gone.jpg';
    const { report } = run({ articles: [article('everything-wrong', fields)] });
    expect(report).toEqual([
      'c/articles/everything-wrong.md:2: title: expected text, found nothing (the field is missing)',
      'c/articles/everything-wrong.md:4: category: unknown category "spor"; did you mean "sport"? Allowed: news, sport',
      'c/articles/everything-wrong.md:5: authors #2: unknown author "anne"; did you mean "ann"? Add c/authors/anne.yaml or use one of: ann',
      'c/articles/everything-wrong.md:7: image.src: file "./gone.jpg" does not exist (looked for c/articles/gone.jpg)',
      'c/articles/everything-wrong.md:7: image.alt: expected text, found nothing (the field is missing)',
    ]);
    // A brief with a bad text is checked for its section in the same run too; a far-off id gets no guess.
    const briefs = run({ briefs: [{ path: 'c/briefs/day.yaml', text: '- { time: 2025-01-14T09:00:00+01:00, text: "", category: weather }\n' }] });
    expect(briefs.report).toEqual(['c/briefs/day.yaml:1: #1.text: must not be empty', 'c/briefs/day.yaml:1: #1.category: unknown category "weather"; allowed: news, sport']);
  });

  it('reports invalid YAML with its line, and a missing categories file', () => {
    const { report } = run({ categories: undefined, briefs: [{ path: 'c/briefs/bad.yaml', text: '- time: x\n  text: [oops\n' }] });
    expect(report[0]).toBe('c/briefs/bad.yaml:3: invalid YAML: Flow sequence in block collection must be sufficiently indented and end with a ]');
    expect(report[1]).toBe('c/categories.yaml: file is missing; it lists the sections as { id, name, description?, translations? }');
  });

  it('lists the problems the reader found among the rest, by file and line', () => {
    const unreadable = { file: 'c/articles/link.md', message: 'is a symbolic link; content files must be regular files' };
    const { report } = run({ articles: [article('b', 'title: 3\nsummary: S\npublished: 2025-01-14T15:20:00+01:00\ncategory: news')], problems: [unreadable] });
    expect(report).toEqual(['c/articles/b.md:2: title: expected text, found number 3', 'c/articles/link.md: is a symbolic link; content files must be regular files']);
  });
});
