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
  /** What readers call that zone, as in "All times are Morocco time". */
  timeZoneName: string;
  /** Credit shown under an article's picture when its front matter gives none. */
  imageCredit: string;
  /** Who holds the copyright in the footer line "© <year> <holder>". */
  copyrightHolder: string;
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
  /** Reader comments. `endpoint`: the form handler readers' comments are POSTed to (docs/writers-guide.md: Reader comments); `undefined` shows no form. */
  comments: { endpoint: string | undefined };
  /** The git host the CMS at /admin/ reads and commits to (docs/editors-guide.md: The CMS). */
  cms: { backend: CmsBackend };
}

/** Where the CMS commits: a GitHub or GitLab repository and branch. */
export interface CmsBackend {
  /** `github` or `gitlab`. */
  name: 'github' | 'gitlab';
  /** `owner/repo` on GitHub, `group/project` on GitLab. */
  repo: string;
  /** The branch editors' commits go to. */
  branch: string;
  /** Further Sveltia CMS backend options, passed through: `base_url` (OAuth helper), `app_id` and `auth_type` (GitLab PKCE), `api_root`. */
  options?: Readonly<Record<string, string>>;
}

export const SITE: SiteConfig = {
  name: 'The Atlas Courier',
  tagline: 'Independent news from Morocco and the world, in English',
  url: 'https://atlascourier.example',
  lang: 'en',
  timeZone: 'Africa/Casablanca',
  timeZoneName: 'Morocco time',
  imageCredit: 'Illustration: The Atlas Courier',
  copyrightHolder: 'The Atlas Courier',
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
  // Off by default; NEWSROOM_COMMENTS_ENDPOINT sets it per deployment (e.g. staging).
  comments: { endpoint: process.env['NEWSROOM_COMMENTS_ENDPOINT'] || undefined },
  cms: { backend: { name: 'github', repo: 'atlas-courier/newsroom', branch: 'main' } },
};
