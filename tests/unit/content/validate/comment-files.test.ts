import { describe, expect, it } from 'vitest';
import { article, contentRunner, good } from '../../../helpers/content-input.ts';

// Reader comment files (src/content/validate/comment-files.ts): posting order, replies to earlier comments.
const run = contentRunner({ path: 'c/categories.yaml', text: '- id: news\n  name: News\n- id: sport\n  name: Sport\n' });
const BAD_YAML = '- [\n';
const comments = (name: string, text: string) => ({ path: `c/comments/${name}.yaml`, text });
const story = article('story', good);

describe('reader comment files', () => {
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

  it('give only the syntax problem when a comments file is not YAML', () => {
    const { model, report } = run({ comments: [{ path: 'c/comments/x.yaml', text: BAD_YAML }] });
    expect(model.comments).toEqual([]);
    expect(report).toHaveLength(1);
    expect(report[0]).toMatch(/^c\/comments\/x\.yaml:\d+: invalid YAML: /);
  });
});
