import { describe, expect, it } from 'vitest';
import { oldSitePath, postAliases, type PermalinkInput } from '../../../../src/import/wordpress/permalinks.ts';
import { SitePath } from '../../../../src/schemas/common.ts';

const SITE = 'https://old.example.com';
const post = (over: Partial<PermalinkInput> = {}): PermalinkInput => ({
  id: '12',
  slug: 'port-record',
  link: 'https://old.example.com/2024/05/03/port-record/',
  guid: 'https://old.example.com/?p=12',
  published: '2024-05-03T09:30:00',
  categorySlugs: [],
  oldSlugs: [],
  attachments: [],
  ...over,
});

describe('oldSitePath', () => {
  it('keeps the path of a URL on the old site, re-encoded the way browsers send it', () => {
    expect(oldSitePath('https://www.old.example.com/a/%d8%a7/', SITE)).toBe('/a/%D8%A7/');
    expect(oldSitePath('https://old.example.com/a/ا/', SITE)).toBe('/a/%D8%A7/');
    expect(oldSitePath('https://old.example.com/?p=12&utm=x', SITE)).toBe('/?p=12');
    expect(oldSitePath('https://elsewhere.example/a/', SITE)).toBeUndefined();
  });
});

describe('postAliases', () => {
  it('gives the permalink, the plain ?p= form and the dated forms, each a valid alias', () => {
    const { aliases, dropped } = postAliases(post(), SITE, '/articles/port-record/');
    expect(aliases).toEqual(['/2024/05/03/port-record/', '/?p=12', '/2024/05/port-record/']);
    expect(dropped).toEqual([]);
    for (const a of aliases) expect(SitePath.safeParse(a).success, a).toBe(true);
  });

  it('adds old slugs in the same structure, every category of a %category% structure, and attachment pages', () => {
    const { aliases } = postAliases(
      post({ link: `${SITE}/politics/port-record/`, categorySlugs: ['politics', 'économie'], oldSlugs: ['old-name'], attachments: [{ id: '13', link: `${SITE}/politics/port-record/photo/` }] }),
      SITE,
      '/articles/port-record/',
    );
    expect(aliases).toEqual([
      '/politics/port-record/',
      '/?p=12',
      '/2024/05/03/port-record/',
      '/2024/05/port-record/',
      '/politics/old-name/',
      '/%C3%A9conomie/port-record/',
      '/politics/port-record/photo/',
      '/?attachment_id=13',
    ]);
  });

  it('leaves out addresses in the site\'s own sections (they would hide or shadow its pages) and the new address itself', () => {
    const { aliases, dropped } = postAliases(post({ link: `${SITE}/articles/port-record/`, guid: `${SITE}/tag/x/` }), SITE, '/articles/port-record/');
    expect(aliases).not.toContain('/articles/port-record/');
    expect(dropped).toEqual([{ alias: '/tag/x/', why: '/tag/ is one of the site\'s own sections' }]);
  });
});
