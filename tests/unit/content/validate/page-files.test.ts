import { describe, expect, it } from 'vitest';
import { contentRunner } from '../../../helpers/content-input.ts';

// Static page files (src/content/validate/page-files.ts): an address of their own, front matter, a checked body.
const run = contentRunner({ path: 'c/categories.yaml', text: '- id: news\n  name: News\n- id: sport\n  name: Sport\n' });

describe('static pages', () => {
  it('reads static pages, and refuses an address the site already uses', () => {
    const pages = [
      { path: 'c/pages/about.md', text: '---\ntitle: About us\nsummary: Who we are.\n---\nWe are a newsroom.\n' },
      { path: 'c/pages/search.md', text: '---\ntitle: Search\nsummary: S.\n---\nText.\n' },
      { path: 'c/pages/contact.md', text: '---\ntitle: Contact\n---\nText.\n' },
    ];
    const { model, report } = run({ pages });
    expect(model.pages.map((p) => [p.slug, p.data.title, p.data.order])).toEqual([['about', 'About us', 100]]);
    expect(report).toMatchInlineSnapshot(`
      [
        "c/pages/contact.md:2: summary: expected text, found nothing (the field is missing)",
        "c/pages/search.md: file name "search" is an address the site already uses (articles, category, author, tag, latest, search, admin, pagefind, banner, index, 404)",
      ]
    `);
  });

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

  it('have their body checked as an article body is, at the line of the file', () => {
    const page = { path: 'c/pages/about.md', text: '---\ntitle: About\nsummary: Who we are.\n---\nWe are a newsroom.\n\n![Team](https://cdn.example/team.jpg)\n' };
    expect(run({ pages: [page] }).report).toEqual([
      'c/pages/about.md:7: image "https://cdn.example/team.jpg" is a URL; images must be files in the repository, given relative to this file (e.g. ./photo.jpg)',
    ]);
  });
});
