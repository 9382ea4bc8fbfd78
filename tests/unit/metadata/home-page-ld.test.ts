import { describe, expect, it } from 'vitest';
import { homePageLd } from '../../../src/metadata/home-page-ld.ts';
import { SITE } from '../../../src/site.config.ts';

const logo = { url: `${SITE.url}/logo.png`, width: 512, height: 512 };

describe('homePageLd', () => {
  it('describes the site as a WebSite searchable on its search page, published by the outlet with its profiles', () => {
    const [site, ...rest] = homePageLd(logo);
    expect(rest).toEqual([]);
    expect(site).toMatchObject({
      '@type': 'WebSite',
      name: SITE.name,
      url: `${SITE.url}/`,
      description: SITE.tagline,
      inLanguage: SITE.lang,
      potentialAction: { target: { urlTemplate: `${SITE.url}/search/?q={search_term_string}` } },
      publisher: {
        '@type': 'NewsMediaOrganization',
        name: SITE.name,
        url: `${SITE.url}/`,
        logo: { '@type': 'ImageObject', ...logo },
        sameAs: SITE.social.map((s) => s.url),
      },
    });
  });
});
