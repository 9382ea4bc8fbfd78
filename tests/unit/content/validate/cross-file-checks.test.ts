import { describe, expect, it } from 'vitest';
import { formatProblem } from '../../../../src/content/validate/problems.ts';
import { validateContent, type ContentInput } from '../../../../src/content/validate/validate.ts';
import { article, author, contentRunner, good, now } from '../../../helpers/content-input.ts';

// What is checked once every file is read (src/content/validate/cross-file-checks.ts). Aliases:
// validate.hostile.test.ts; comments files named after no article: comment-files.test.ts.
const categories = { path: 'c/categories.yaml', text: '- id: news\n  name: News\n- id: sport\n  name: Sport\n' };
const run = contentRunner(categories);

describe('checks across files', () => {
  it('checks references once the fields are valid', () => {
    const { report } = run({
      articles: [article('one', 'title: T\nsummary: S\npublished: 2025-01-14T15:20:00+01:00\ncategory: nope\nauthors: [ann, bob]')],
    });
    expect(report).toEqual([
      'c/articles/one.md:5: category: unknown category "nope"; allowed: news, sport',
      'c/articles/one.md:6: authors #2: unknown author "bob"; add c/authors/bob.yaml or use one of: ann',
    ]);
  });

  it('that name an author when there are none yet say so', () => {
    expect(run({ authors: [], articles: [article('n', `${good}\nauthors: [bob]`)] }).report).toEqual([
      'c/articles/n.md:6: authors #1: unknown author "bob"; add c/authors/bob.yaml or use one of: (none yet)',
    ]);
  });

  it('names no unknown section while the sections file gives none (it has its own problem)', () => {
    const { report } = run({ categories: { path: 'c/categories.yaml', text: '- id: news\n' }, articles: [article('one', good.replace('news', 'nope'))] });
    expect(report).toEqual(['c/categories.yaml:1: #1.name: expected text, found nothing (the field is missing)']);
  });

  it('checks brief links and front-page picks against the articles a live build did not read', () => {
    const input: ContentInput = {
      root: 'c',
      articles: [article('read', good)],
      authors: [author],
      categories,
      briefs: [
        {
          path: 'c/briefs/day.yaml',
          text: [
            '- { time: 2025-01-14T09:00:00+01:00, text: Old story, link: old }',
            '- { time: 2025-01-14T09:01:00+01:00, text: Unpublished story, link: held }',
            '- { time: 2025-01-14T09:02:00+01:00, text: No such story, link: nowhere }',
          ].join('\n'),
        },
      ],
      frontPage: { path: 'c/front-page.yaml', text: 'lead: old\ntop: [read, held]\n' },
    };
    const unreadArticles = new Map([['old', true], ['held', false]]);
    const { model, problems } = validateContent(input, { now, fileExists: () => false, unreadArticles });
    expect(model.articles.map((a) => a.slug)).toEqual(['read']);
    expect(problems.map(formatProblem)).toEqual([
      'c/briefs/day.yaml:2: #2.link: article "held" is a draft or scheduled for later; a brief may link only to a published article or an https:// URL',
      'c/briefs/day.yaml:3: #3.link: article "nowhere" does not exist; a brief may link only to a published article or an https:// URL',
      'c/front-page.yaml:2: top #2: article "held" is a draft or scheduled for later; the front page may name only published articles (c/articles/**/<slug>.md)',
    ]);
  });

  it("holds back a brief's link to an article with problems of its own: that article's problems come first", () => {
    const { report } = run({
      articles: [article('broken', 'title: T\nsummary: S\npublished: 2025-01-14\ncategory: news')],
      briefs: [{ path: 'c/briefs/day.yaml', text: '- { time: 2025-01-14T09:00:00+01:00, text: See the story, link: broken }\n' }],
    });
    expect(report).toEqual([
      'c/articles/broken.md:4: published: expected an ISO 8601 date-time with offset such as 2025-01-14T15:20:00+01:00, found string "2025-01-14" (no time-zone offset)',
    ]);
  });
});
