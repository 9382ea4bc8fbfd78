import { describe, expect, it } from 'vitest';
import { briefPermalink } from '../../../../src/publishing/briefs.ts';
import { article, contentRunner, good } from '../../../helpers/content-input.ts';

// Brief files (src/content/validate/brief-files.ts): lists checked brief by brief, and stable ids.
const run = contentRunner({ path: 'c/categories.yaml', text: '- id: news\n  name: News\n- id: sport\n  name: Sport\n' });

describe('brief files', () => {
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
});
