import { describe, expect, it } from 'vitest';
import { briefPermalink } from '../../../../src/publishing/briefs.ts';
import { validateContent, type ContentInput } from '../../../../src/content/validate/validate.ts';
import { BODY_PLACEHOLDER, SUMMARY_PLACEHOLDER, newArticleText } from '../../../../src/content/new-article.ts';
import { formatProblem } from '../../../../src/content/validate/problems.ts';
import { article, author, contentRunner, good, now } from '../../../helpers/content-input.ts';

const categories = { path: 'c/categories.yaml', text: '- id: news\n  name: News\n- id: sport\n  name: Sport\n' };
const run = contentRunner(categories);

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

  it('checks references once the fields are valid', () => {
    const { report } = run({
      articles: [article('one', 'title: T\nsummary: S\npublished: 2025-01-14T15:20:00+01:00\ncategory: nope\nauthors: [ann, bob]')],
    });
    expect(report).toEqual([
      'c/articles/one.md:5: category: unknown category "nope"; allowed: news, sport',
      'c/articles/one.md:6: authors #2: unknown author "bob"; add c/authors/bob.yaml or use one of: ann',
    ]);
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

  it('checks images: inside the content folder, a known format, present, with alt', () => {
    const img = (src: string, i: number) => article(`img-${i}`, `${good}\nimage:\n  src: ${src}\n  alt: A picture`);
    const { report } = run(
      {
        articles: ['./here.jpg', '../../etc/passwd.jpg', 'https://cdn.example/x.jpg', './vector.svg', './missing.png'].map(img),
      },
      ['c/articles/here.jpg'],
    );
    expect(report).toEqual([
      'c/articles/img-1.md:7: image.src: "../../etc/passwd.jpg" points outside the c/ folder',
      'c/articles/img-2.md:7: image.src: "https://cdn.example/x.jpg" is a URL; images must be files in the repository, given relative to this file (e.g. ./photo.jpg)',
      'c/articles/img-3.md:7: image.src: "./vector.svg" is not a supported image; use .jpg, .jpeg, .png, .webp, .avif, .gif',
      'c/articles/img-4.md:7: image.src: file "./missing.png" does not exist (looked for c/articles/missing.png)',
    ]);
  });

  it('rejects body images that would load from another host', () => {
    const body = 'Text.\n\n![Pixel](https://tracker.example/p.gif)\n\n<img alt="x" src="//cdn.example/y.png">\n\n![Local](./fine.png)';
    const { report } = run({ articles: [article('remote', good, body)] }, ['c/articles/fine.png']);
    expect(report).toEqual([
      'c/articles/remote.md:9: image "https://tracker.example/p.gif" is a URL; images must be files in the repository, given relative to this file (e.g. ./photo.jpg)',
      'c/articles/remote.md:11: image "//cdn.example/y.png" is a URL; images must be files in the repository, given relative to this file (e.g. ./photo.jpg)',
    ]);
  });

  it('checks briefs one by one, and their links against published articles', () => {
    const { model, report } = run({
      articles: [article('live', good), article('later', good.replace('2025-01-14', '2025-03-01')), article('hidden', `${good}\ndraft: true`)],
      briefs: [
        {
          path: 'c/briefs/day.yaml',
          text: [
            '- { time: 2025-01-14T09:00:00+01:00, text: Fine, link: live }',
            '- { time: 2025-01-14T09:01:00+01:00, text: Future article, link: later }',
            '- { time: 2025-01-14T09:02:00+01:00, text: Draft article, link: hidden }',
            '- { time: 2025-01-14T09:03:00+01:00, text: "", link: "javascript:alert(1)" }',
            '- { time: 2025-01-14T09:04:00+01:00, text: Off-site, link: "https://example.org/x", category: sport }',
          ].join('\n'),
        },
      ],
    });
    expect(model.briefs.map((b) => b.data.text)).toEqual(['Fine', 'Future article', 'Draft article', 'Off-site']);
    expect(report).toEqual([
      'c/briefs/day.yaml:2: #2.link: article "later" is a draft or scheduled for later; a brief may link only to a published article or an https:// URL',
      'c/briefs/day.yaml:3: #3.link: article "hidden" is a draft or scheduled for later; a brief may link only to a published article or an https:// URL',
      'c/briefs/day.yaml:4: #4.text: must not be empty',
      'c/briefs/day.yaml:4: #4.link: expected an article slug or an absolute https:// URL, found string "javascript:alert(1)"',
    ]);
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

  it('reports invalid YAML with its line, and a missing categories file', () => {
    const { report } = run({ categories: undefined, briefs: [{ path: 'c/briefs/bad.yaml', text: '- time: x\n  text: [oops\n' }] });
    expect(report[0]).toBe('c/briefs/bad.yaml:3: invalid YAML: Flow sequence in block collection must be sufficiently indented and end with a ]');
    expect(report[1]).toBe('c/categories.yaml: file is missing; it lists the sections as { id, name, description?, translations? }');
  });

  it('gives briefs ids that survive a corrected text and reordering, and keeps their links', () => {
    const day = (text: string) => ({
      path: 'c/briefs/day.yaml',
      text: `- time: 2025-01-14T09:00:00+01:00\n  text: ${text}\n- time: 2025-01-14T09:00:30+01:00\n  text: Second in that minute.\n- time: 2025-01-14T10:00:00+01:00\n  text: Pinned.\n  id: port-record\n`,
    });
    const links = (text: string) => run({ briefs: [day(text)] }).model.briefs.map((b) => briefPermalink({ id: b.id, time: b.data.time }, 'UTC'));
    expect(links('The port handled 11 milion containers.')).toEqual([
      '/latest/2025-01-14/#brief-20250114-0800',
      '/latest/2025-01-14/#brief-20250114-0800-2',
      '/latest/2025-01-14/#brief-port-record',
    ]);
    expect(links('The port handled 11 million containers.')).toEqual(links('The port handled 11 milion containers.'));
    // The same briefs in two files in the other order keep their own-id; the minute's ids follow file order.
    const reordered = run({ briefs: [{ path: 'c/briefs/day.yaml', text: '- time: 2025-01-14T10:00:00+01:00\n  text: Pinned.\n  id: port-record\n- time: 2025-01-14T09:00:00+01:00\n  text: First.\n' }] });
    expect(reordered.model.briefs.map((b) => b.id)).toEqual(['port-record', '20250114-0800']);
  });

  it('refuses two briefs with the same id, and the same brief filed twice', () => {
    const { report } = run({
      briefs: [
        { path: 'c/briefs/a.yaml', text: '- time: 2025-01-14T09:00:00Z\n  text: One.\n  id: dup\n- time: 2025-01-14T09:00:00Z\n  text: One.\n' },
        { path: 'c/briefs/b.yaml', text: '- time: 2025-01-14T10:00:00Z\n  text: Two.\n  id: dup\n' },
      ],
    });
    expect(report).toEqual([
      'c/briefs/a.yaml:4: #2: the same brief (time and text) appears twice',
      'c/briefs/b.yaml:3: #1.id: brief id "dup" is already used by the brief at c/briefs/a.yaml:1; give each brief its own',
    ]);
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

  it('reports a raw <img> to a missing file at its line', () => {
    const body = 'Text.\n\n<figure>\n<img alt="x" src="./here.png">\n<img alt="y" src=\'./gone.png\'>\n</figure>';
    const { report } = run({ articles: [article('raw-img', good, body)] }, ['c/articles/here.png']);
    expect(report).toEqual(['c/articles/raw-img.md:11: image file "./gone.png" does not exist (looked for c/articles/gone.png)']);
  });

  it("warns, without failing, about times whose offset is not the site zone's at that moment", () => {
    const input: ContentInput = {
      root: 'c',
      authors: [author],
      categories,
      // Casablanca is at +01:00 in January 2025 and at +00:00 in November 2026 (Node 24's time-zone data).
      articles: [article('winter', 'title: T\nsummary: S\npublished: 2026-11-24T09:30:00+01:00\nupdated: 2026-11-24T13:05:00+00:00\ncategory: news')],
      briefs: [{ path: 'c/briefs/day.yaml', text: '- time: 2025-01-14T09:00:00+01:00\n  text: Right offset.\n- time: 2025-01-14T23:30:00+00:00\n  text: Next day for readers.\n- time: 2025-01-14T09:00:00Z\n  text: UTC on purpose.\n' }],
    };
    const { problems, warnings } = validateContent(input, { now, fileExists: () => false, timeZone: 'Africa/Casablanca' });
    expect(problems).toEqual([]);
    expect(warnings.map(formatProblem)).toEqual([
      'c/articles/winter.md:4: published: 2026-11-24T09:30:00+01:00 has the offset +01:00, but Africa/Casablanca is at +00:00 at that moment, so readers will see 08:30; if 09:30 (Africa/Casablanca time) is meant, write 2026-11-24T09:30:00+00:00',
      'c/briefs/day.yaml:3: #2.time: 2025-01-14T23:30:00+00:00 has the offset +00:00, but Africa/Casablanca is at +01:00 at that moment, so readers will see 15 January 2025, 00:30; if 23:30 (Africa/Casablanca time) is meant, write 2025-01-14T23:30:00+01:00',
    ]);
    // Without a zone (the writers' commands' own checks), nothing is said.
    expect(validateContent(input, { now, fileExists: () => false }).warnings).toEqual([]);
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

describe('validateContent: reader comments', () => {
  const comments = (name: string, text: string) => ({ path: `c/comments/${name}.yaml`, text });
  const story = article('story', good);

  it('keeps comments in file order, with site-wide ids and their article', () => {
    const { model, report } = run({
      articles: [story],
      comments: [comments('story', '- { id: c1, author: Ann, time: 2025-01-14T16:00:00+01:00, text: Hi }\n- { id: c2, author: Bob, time: 2025-01-14T17:00:00Z, text: Hello, replyTo: c1 }')],
    });
    expect(report).toEqual([]);
    expect(model.comments.map((c) => [c.id, c.article, c.index, c.data.replyTo])).toEqual([
      ['story/c1', 'story', 0, undefined],
      ['story/c2', 'story', 1, 'c1'],
    ]);
  });

  it('reports unknown articles, bad fields, duplicate ids and replies that do not answer an earlier comment', () => {
    const { report } = run({
      articles: [story],
      comments: [
        comments('gone', '- { id: c1, author: A, time: 2025-01-14T16:00:00+01:00, text: Hi }'),
        comments(
          'story',
          [
            '- { id: c1, author: A, time: 2025-01-14T16:00:00+01:00, text: Hi }',
            '- { id: c2, author: B, time: 2025-01-14T16:10:00+01:00, text: Re, replyTo: c3 }',
            '- { id: c3, author: C, time: 2025-01-14T16:20:00+01:00, text: Hi }',
            '- { id: c3, author: D, time: 2025-01-14T16:30:00+01:00, text: Twin }',
            '- { id: c4, author: E, time: 2025-01-14T16:00:00+01:00, text: Early, replyTo: c3 }',
            '- { id: C5, author: "", time: 2025-01-14, text: x, extra: 1 }',
          ].join('\n'),
        ),
        comments('flat', 'id: c1'),
      ],
    });
    expect(report).toEqual([
      'c/comments/flat.yaml:1: expected a list of comments (lines starting with "- id:"), found a mapping',
      'c/comments/gone.yaml: no article "gone"; a comments file is named after its article (c/articles/**/gone.md)',
      'c/comments/story.yaml:2: #2.replyTo: no earlier comment has id "c3"; a reply must come after the comment it answers (earlier ids: c1)',
      'c/comments/story.yaml:4: #4.id: duplicate comment id "c3"; every comment in a file needs its own id',
      'c/comments/story.yaml:5: #5.time: is earlier than the comment it answers ("c3")',
      'c/comments/story.yaml:6: #6.id: expected lowercase letters, digits and hyphens, found string "C5"',
      'c/comments/story.yaml:6: #6.author: must not be empty',
      'c/comments/story.yaml:6: #6.time: expected an ISO 8601 date-time with offset such as 2025-01-14T15:20:00+01:00, found string "2025-01-14" (no time-zone offset)',
      'c/comments/story.yaml:6: #6.extra: unknown field; allowed fields are id, author, time, text, replyTo',
    ]);
  });

  describe('front page and static pages', () => {
    const stories = [article('old-story', good), article('new-story', good.replace('2025-01-14', '2025-01-15')), article('a-draft', `${good}\ndraft: true`)];

    it("keeps the editors' lead, top stories and banner, with the banner's expiry as a time", () => {
      const frontPage = { path: 'c/front-page.yaml', text: 'lead: old-story\ntop: [new-story]\nbanner:\n  text: Roads closed\n  link: new-story\n  expires: 2025-01-17T09:00:00+01:00\n' };
      const { model, report } = run({ articles: stories, frontPage });
      expect(report).toEqual([]);
      expect(model.frontPage).toEqual({ lead: 'old-story', top: ['new-story'], banner: { text: 'Roads closed', link: 'new-story', expires: new Date('2025-01-17T08:00:00Z') } });
    });

    it('names the file, line and field of an unknown or unpublished slug, a repeated story and a banner without expiry, all in one run', () => {
      const frontPage = { path: 'c/front-page.yaml', text: 'lead: no-such-story\ntop:\n  - a-draft\n  - old-story\n  - old-story\nbanner:\n  text: Roads closed\n' };
      const { report } = run({ articles: stories, frontPage });
      expect(report).toMatchInlineSnapshot(`
        [
          "c/front-page.yaml:1: lead: article "no-such-story" does not exist; the front page may name only published articles (c/articles/**/<slug>.md)",
          "c/front-page.yaml:3: top #1: article "a-draft" is a draft or scheduled for later; the front page may name only published articles (c/articles/**/<slug>.md)",
          "c/front-page.yaml:5: top #3: "old-story" is listed twice",
          "c/front-page.yaml:7: banner.expires: expected an ISO 8601 date-time with offset such as 2025-01-14T15:20:00+01:00, found nothing (the field is missing)",
        ]
      `);
    });

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
  });
});

