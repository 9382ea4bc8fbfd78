import { describe, expect, it } from 'vitest';
import { briefsChannel, categoryChannel, siteChannel } from '../../../src/feeds/channels.ts';
import { SITE } from '../../../src/site.config.ts';

// What each feed says about itself. The site settings are the input; every URL must be absolute
// (RSS 2.0 <link>, RFC 4287 atom:link, JSON Feed home_page_url/feed_url all require it).
const shared = { lang: SITE.lang, timeZone: SITE.timeZone, publisher: SITE.name };

describe('feed channels', () => {
  it('the site feed is the home page under the site name and tagline, at the path it is served from', () => {
    expect(siteChannel('/atom.xml')).toEqual({ title: SITE.name, description: SITE.tagline, homeUrl: `${SITE.url}/`, feedUrl: `${SITE.url}/atom.xml`, ...shared });
  });

  it('a section feed mirrors the section page, with its description or a sentence naming it', () => {
    expect(categoryChannel({ id: 'economy', name: 'Economy', description: 'Trade and markets.', url: '/category/economy/' })).toEqual({
      title: `${SITE.name}: Economy`,
      description: 'Trade and markets.',
      homeUrl: `${SITE.url}/category/economy/`,
      feedUrl: `${SITE.url}/category/economy/rss.xml`,
      ...shared,
    });
    expect(categoryChannel({ id: 'sport', name: 'Sport', url: '/category/sport/' }).description).toBe(`The latest Sport news from ${SITE.name}.`);
  });

  it('the briefs feed mirrors the latest-news page', () => {
    expect(briefsChannel()).toEqual({
      title: `${SITE.name}: Latest news`,
      description: `Every news brief from ${SITE.name}, newest first.`,
      homeUrl: `${SITE.url}/latest/`,
      feedUrl: `${SITE.url}/latest/rss.xml`,
      ...shared,
    });
  });
});
