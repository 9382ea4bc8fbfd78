import { describe, expect, it } from 'vitest';
import { schemaRunner } from '../../helpers/schema-problems.ts';
import { FrontPageSchema } from '../../../src/schemas/front-page.ts';

// The schema alone, on content/front-page.yaml as an editor types it; whether the slugs name
// published articles is checked by the validation (tests/unit/content/validate).
const Schema = FrontPageSchema;
const { data, problems } = schemaRunner(Schema, 'front-page.yaml');

describe('FrontPageSchema', () => {
  it('takes a lead, top stories and a banner, each optional', () => {
    expect(Schema.parse(data('{}'))).toEqual({ top: [] });
    expect(Schema.parse(data('lead: a-story\ntop: [b-story, c-story]\nbanner:\n  text: Earthquake felt in Al Haouz\n  link: a-story\n  expires: 2025-01-15T00:00:00+01:00\n'))).toEqual({
      lead: 'a-story',
      top: ['b-story', 'c-story'],
      banner: { text: 'Earthquake felt in Al Haouz', link: 'a-story', expires: new Date('2025-01-14T23:00:00Z') },
    });
    expect(Schema.parse(data('banner:\n  text: Live\n  link: https://news.example/live\n  expires: 2025-01-15T00:00:00Z\n')).banner?.link).toBe('https://news.example/live');
  });

  it('names the field of each problem, in the banner too', () => {
    expect(problems(`lead: A Story\ntop: b-story\nbanner:\n  text: "${'x'.repeat(121)}"\n  link: http://x.example/\n`)).toEqual([
      'lead: expected lowercase letters, digits and hyphens, found string "A Story"',
      'top: expected a list of article slugs, found string "b-story"',
      'banner.text: must be at most 120 characters, found 121',
      'banner.link: expected an article slug or an absolute https:// URL, found string "http://x.example/"',
      'banner.expires: expected an ISO 8601 date-time with offset such as 2025-01-14T15:20:00+01:00, found nothing (the field is missing)',
    ]);
  });

  it('counts top stories from 1 and lists the fields a banner and the file allow', () => {
    expect(problems('top: [ok, Bad Slug]\nbanner:\n  text: B\n  expires: 2025-01-15T00:00:00Z\n  colour: red\nfeature: x\n')).toEqual([
      'top #2: expected lowercase letters, digits and hyphens, found string "Bad Slug"',
      'banner.colour: unknown field; allowed fields are text, link, expires',
      'feature: unknown field; allowed fields are lead, top, banner',
    ]);
    expect(problems('banner: Breaking\n')).toEqual(['banner: expected a banner { text, link?, expires }, found string "Breaking"']);
  });

  it('says what the file holds when it holds nothing', () => {
    expect(problems('')).toEqual(['expected { lead?, top?, banner? }, found an empty value']);
  });
});
