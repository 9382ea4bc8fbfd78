import { describe, expect, it } from 'vitest';
import { formatProblem } from '../../../../src/content/validate/problems.ts';
import { validateContent } from '../../../../src/content/validate/validate.ts';
import { article, author, contentRunner, good, now } from '../../../helpers/content-input.ts';

// The front-page file (src/content/validate/front-page-file.ts); whether its stories are
// published is checked across files (cross-file-checks.ts), and reported at this file's lines.
const categories = { path: 'c/categories.yaml', text: '- id: news\n  name: News\n- id: sport\n  name: Sport\n' };
const run = contentRunner(categories);
const stories = [article('old-story', good), article('new-story', good.replace('2025-01-14', '2025-01-15')), article('a-draft', `${good}\ndraft: true`)];

describe('the front page file', () => {
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

  it("warns, without failing, about a banner expiry whose offset is not the site zone's then", () => {
    const frontPage = { path: 'c/front-page.yaml', text: 'banner:\n  text: Roads closed\n  expires: 2026-11-24T09:30:00+01:00\n' };
    const input = { root: 'c', articles: [], briefs: [], authors: [author], categories, frontPage };
    const { problems, warnings } = validateContent(input, { now, fileExists: () => false, timeZone: 'Africa/Casablanca' });
    expect(problems).toEqual([]);
    expect(warnings.map(formatProblem)).toEqual([
      'c/front-page.yaml:3: banner.expires: 2026-11-24T09:30:00+01:00 has the offset +01:00, but Africa/Casablanca is at +00:00 at that moment, so readers will see 08:30; if 09:30 (Africa/Casablanca time) is meant, write 2026-11-24T09:30:00+00:00',
    ]);
  });
});
