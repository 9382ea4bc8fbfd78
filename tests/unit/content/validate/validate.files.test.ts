import { describe, expect, it } from 'vitest';
import { article, author, contentRunner, good } from '../../../helpers/content-input.ts';

// Whole files that are wrong or empty (missing, unreadable, not YAML, the wrong shape, a bad
// file name): each is one problem at the file's own line, and nothing of it reaches the model.

const run = contentRunner({ path: 'c/categories.yaml', text: '- id: news\n  name: News\n' });
const BAD_YAML = '- [\n';
const LONG = 'a'.repeat(65);

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
});

describe('author files', () => {
  it('refuse a file name that is not an id, and leave that author out', () => {
    const { model, report } = run({ authors: [author, { path: 'c/authors/Ann_B.yaml', text: 'name: B\n' }] });
    expect(model.authors.map((a) => a.id)).toEqual(['ann']);
    expect(report).toEqual(['c/authors/Ann_B.yaml: file name "Ann_B" is not a valid author id; use lowercase letters, digits and hyphens']);
  });

  it('refuse an id over 64 characters, quoting its start and its length', () => {
    const { model, report } = run({ authors: [author, { path: `c/authors/${LONG}.yaml`, text: 'name: B\n' }] });
    expect(model.authors.map((a) => a.id)).toEqual(['ann']);
    expect(report).toEqual([`c/authors/${LONG}.yaml: file name "${'a'.repeat(20)}…" is 65 characters long; an author id has at most 64`]);
  });

  it('that are not YAML give only the syntax problem', () => {
    const { model, report } = run({ authors: [author, { path: 'c/authors/bo.yaml', text: BAD_YAML }] });
    expect(model.authors.map((a) => a.id)).toEqual(['ann']);
    expect(report).toHaveLength(1);
    expect(report[0]).toMatch(/^c\/authors\/bo\.yaml:\d+: invalid YAML: /);
  });

  it('check the avatar path, at its line', () => {
    const { report } = run({ authors: [{ path: 'c/authors/ann.yaml', text: 'name: Ann\navatar: /abs.jpg\n' }] });
    expect(report).toHaveLength(1);
    expect(report[0]).toMatch(/^c\/authors\/ann\.yaml:2: avatar: "\/abs\.jpg" is an absolute path/);
  });
});

describe('article files', () => {
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

  it('that name an author when there are none yet say so', () => {
    expect(run({ authors: [], articles: [article('n', `${good}\nauthors: [bob]`)] }).report).toEqual([
      'c/articles/n.md:6: authors #1: unknown author "bob"; add c/authors/bob.yaml or use one of: (none yet)',
    ]);
  });
});

describe('brief and comment files', () => {
  it('may be empty: nothing in them, no problem', () => {
    const { model, report } = run({ briefs: [{ path: 'c/briefs/2025-01.yaml', text: '' }], comments: [{ path: 'c/comments/x.yaml', text: '' }] });
    expect(model.briefs).toEqual([]);
    expect(model.comments).toEqual([]);
    expect(report).toEqual([]);
  });

  it('must list briefs, and say what a brief line starts with', () => {
    const { model, report } = run({ briefs: [{ path: 'c/briefs/2025-01.yaml', text: 'time: x\n' }] });
    expect(model.briefs).toEqual([]);
    expect(report).toEqual(['c/briefs/2025-01.yaml:1: expected a list of briefs (lines starting with "- time:"), found a mapping']);
  });

  it('give only the syntax problem when a comments file is not YAML', () => {
    const { model, report } = run({ comments: [{ path: 'c/comments/x.yaml', text: BAD_YAML }] });
    expect(model.comments).toEqual([]);
    expect(report).toHaveLength(1);
    expect(report[0]).toMatch(/^c\/comments\/x\.yaml:\d+: invalid YAML: /);
  });
});

describe('static pages', () => {
  it('need front matter', () => {
    expect(run({ pages: [{ path: 'c/pages/about.md', text: '# About\n' }] }).report).toEqual([
      'c/pages/about.md:1: no front matter: the file must start with a line "---", then title and summary, then "---"',
    ]);
  });

  it('with empty front matter are missing their title and summary', () => {
    expect(run({ pages: [{ path: 'c/pages/about.md', text: '---\n---\nBody.\n' }] }).report).toEqual([
      'c/pages/about.md: title: expected text, found nothing (the field is missing)',
      'c/pages/about.md: summary: expected text, found nothing (the field is missing)',
    ]);
  });

  it('give only the syntax problem when the front matter is not YAML', () => {
    const { model, report } = run({ pages: [{ path: 'c/pages/about.md', text: '---\ntitle: [\n---\nBody.\n' }] });
    expect(model.pages).toEqual([]);
    expect(report).toHaveLength(1);
    expect(report[0]).toMatch(/^c\/pages\/about\.md:\d+: invalid YAML: /);
  });
});

describe('the front page file', () => {
  it('may not list the lead among the top stories too', () => {
    expect(run({ articles: [article('a', good)], frontPage: { path: 'c/front-page.yaml', text: 'lead: a\ntop: [a]\n' } }).report).toEqual([
      'c/front-page.yaml:2: top #1: "a" is already the lead; list it once',
    ]);
  });

  it('still checks the slugs that are text when other entries are wrong', () => {
    const { report } = run({ frontPage: { path: 'c/front-page.yaml', text: 'lead: 3\ntop: [x, 4]\n' } });
    expect(report).toContain('c/front-page.yaml:2: top #1: article "x" does not exist; the front page may name only published articles (c/articles/**/<slug>.md)');
    expect(report).toHaveLength(3);
  });

  it('checks no slugs from a top list that is not a list', () => {
    const { report } = run({ frontPage: { path: 'c/front-page.yaml', text: 'top: x\n' } });
    expect(report).toHaveLength(1);
    expect(report[0]).toMatch(/^c\/front-page\.yaml:1: top: /);
  });
});
