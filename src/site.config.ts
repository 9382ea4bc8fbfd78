/**
 * Site settings: the one place an outlet changes its name, address, language, time zone,
 * social links and list sizes. Everything else reads `SITE` from here.
 */
export interface SiteConfig {
  /** Outlet name, shown in the masthead, titles, feeds and structured data. */
  name: string;
  /** Short line under the masthead. */
  tagline: string;
  /** Public origin the site is served from, no trailing slash; used for canonical URLs and feeds. */
  url: string;
  /** Default language of articles (BCP 47); an article's `lang` overrides it. */
  lang: string;
  /** IANA time zone every time on the site is shown in. */
  timeZone: string;
  /** Byline used for articles that list no `authors`. */
  staffByline: string;
  /** "Follow us" links in the footer, in display order. */
  social: ReadonlyArray<{ label: string; url: string }>;
  /** How many briefs the "Latest news" column shows. */
  tickerCount: number;
  /** Articles per page on category, tag and author lists. */
  pageSize: number;
  /** How many days the /latest/ page shows before pointing to the daily archive. */
  latestDays: number;
}

export const SITE: SiteConfig = {
  name: 'The Atlas Courier',
  tagline: 'Independent news from Morocco and the world, in English',
  url: 'https://atlascourier.example',
  lang: 'en',
  timeZone: 'Africa/Casablanca',
  staffByline: 'Atlas Courier staff',
  social: [
    { label: 'Facebook', url: 'https://www.facebook.com/atlascourier.example' },
    { label: 'X', url: 'https://x.com/atlascourier_example' },
    { label: 'Instagram', url: 'https://www.instagram.com/atlascourier.example' },
    { label: 'YouTube', url: 'https://www.youtube.com/@atlascourier.example' },
  ],
  tickerCount: 12,
  pageSize: 12,
  latestDays: 3,
};
