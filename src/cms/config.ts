// The CMS subsystem's entry: the Sveltia CMS configuration (/admin/config.yml), generated at build
// time from the same schemas the build validates with (via their JSON Schemas, src/schemas/json-schemas.ts).
// In: the content folder, the git backend, the site's name, URL, zone and build day. Out: the
// configuration as an object ready for YAML, whose fields (fields.ts) carry each schema field's
// type, requiredness, pattern and doc line, so the CMS cannot save a field the build rejects. The
// /admin/ page's Content-Security-Policy is csp.ts's, imported directly by src/cdn/files.ts and
// src/integrations/cms.ts. Called by src/integrations/cms.ts and by the tests. Rules across files (unique slugs across
// folders, links to articles that are still drafts) are left to `npm run check` on the pull request.
import type { CmsBackend } from '../site.config.ts';
import { rootList, schemaOf, toFields } from './fields.ts';

export type { CmsField } from './fields.ts';

/** What the generated configuration depends on besides the schemas. */
export interface CmsOptions {
  /** The content folder, relative to the repository root (e.g. `content`). */
  root: string;
  backend: CmsBackend;
  /** Public origin of the site, for "view on site" links. */
  siteUrl: string;
  /** The outlet's name, in the CMS's title. */
  siteName: string;
  /** IANA zone the date pickers work in; times are saved with its offset. */
  timeZone: string;
  /** The day of the build in the site's zone (`YYYY-MM-DD`): stories dated later are scheduled. */
  buildDay: string;
  /** Reads a project file (the schema sources, for field descriptions). */
  readSource: (projectPath: string) => string;
}

/** The whole CMS configuration, as an object ready to be written as YAML. */
export function cmsConfig(o: CmsOptions): Record<string, unknown> {
  const { root, timeZone } = o;
  const article = schemaOf('article', o.readSource);
  const author = schemaOf('author', o.readSource);
  const backend = { name: o.backend.name, repo: o.backend.repo, branch: o.backend.branch, ...o.backend.options };
  return {
    backend,
    site_url: o.siteUrl,
    app_title: `${o.siteName} content manager`,
    // Images live next to the file that uses them (see docs/writers-guide.md: Articles); this is only the
    // folder the CMS's media library opens by default.
    media_folder: `${root}/articles`,
    public_folder: '',
    slug: { encoding: 'ascii', clean_accents: true, sanitize_replacement: '-' },
    // An optional field left empty is left out of the file: the schemas reject empty strings.
    output: { omit_empty_optional_fields: true },
    collections: [
      {
        name: 'articles',
        label: 'Articles',
        label_singular: 'Article',
        description: 'Stories, newest first, with their date, section and state. Tick Draft to keep a story off the site until it is ready.',
        folder: `${root}/articles`,
        path: '{{year}}/{{month}}/{{slug}}',
        extension: 'md',
        format: 'yaml-frontmatter',
        create: true,
        identifier_field: 'title',
        slug: { template: '{{title}}', editable: ['create'] },
        // Date, section and state before the headline, newest first; filters and groups by state and section.
        summary: "{{published | date('YYYY-MM-DD HH:mm')}} · {{category}} · {{title}}{{draft | ternary(' · DRAFT', '')}}",
        sortable_fields: { fields: ['published', 'title', 'category'], default: { field: 'published', direction: 'descending' } },
        view_filters: [
          { label: 'Drafts', field: 'draft', pattern: true },
          { label: `Scheduled (dated after ${o.buildDay})`, field: 'published', pattern: laterThanDay(o.buildDay) },
        ],
        view_groups: [
          { label: 'Section', field: 'category' },
          { label: 'State (draft or not)', field: 'draft' },
        ],
        // Images go next to the article, referred to as ./name.jpg. Sveltia resolves an
        // entry-relative folder from a folder named after the entry, hence '..' (tests/e2e/cms.test.ts).
        media_folder: '..',
        public_folder: './',
        fields: [...toFields(article, 'articles', timeZone), { name: 'body', label: 'Body', widget: 'markdown', hint: 'The story, in Markdown.' }],
      },
      {
        name: 'briefs',
        // Each entry is a day's file of briefs, so the count beside this label counts days.
        label: 'Days of briefs',
        label_singular: 'Day of briefs',
        description: 'One file per day of one-line items for the "Latest news" column, newest day first.',
        folder: `${root}/briefs`,
        extension: 'yaml',
        format: 'yaml',
        create: true,
        slug: '{{year}}-{{month}}-{{day}}',
        summary: '{{slug}}',
        sortable_fields: { fields: ['slug'], default: { field: 'slug', direction: 'descending' } },
        fields: [rootList('briefs', 'Briefs', schemaOf('briefs', o.readSource), 'briefs', timeZone)],
      },
      {
        name: 'authors',
        label: 'Authors',
        label_singular: 'Author',
        folder: `${root}/authors`,
        extension: 'yaml',
        format: 'yaml',
        create: true,
        identifier_field: 'name',
        slug: '{{name}}',
        // No `path` here, so the entry's own folder is the authors folder.
        media_folder: '',
        public_folder: './',
        fields: toFields(author, 'authors', timeZone),
      },
      {
        name: 'categories',
        label: 'Sections',
        files: [
          {
            name: 'categories',
            label: 'Sections',
            file: `${root}/categories.yaml`,
            format: 'yaml',
            fields: [rootList('categories', 'Sections', schemaOf('categories', o.readSource), 'categories', timeZone)],
          },
        ],
      },
      {
        name: 'front-page',
        label: 'Front page',
        description: 'The lead, the top stories in order and a breaking-news banner; the newest stories fill any slot left empty.',
        files: [
          {
            name: 'front-page',
            label: 'Front page',
            file: `${root}/front-page.yaml`,
            format: 'yaml',
            fields: toFields(schemaOf('front-page', o.readSource), 'front-page.front-page', timeZone),
          },
        ],
      },
      {
        name: 'pages',
        label: 'Pages',
        label_singular: 'Page',
        description: 'About, Contact and the policies, linked from the footer of every page.',
        folder: `${root}/pages`,
        extension: 'md',
        format: 'yaml-frontmatter',
        create: true,
        identifier_field: 'title',
        slug: { template: '{{title}}', editable: ['create'] },
        summary: '{{title}}',
        fields: [...toFields(schemaOf('page', o.readSource), 'pages', timeZone), { name: 'body', label: 'Body', widget: 'markdown', hint: 'The page, in Markdown.' }],
      },
    ],
  };
}

/**
 * A regular expression matching ISO 8601 date-times on a day later than `day` (`YYYY-MM-DD`):
 * for each digit, the same digits before it and a greater one there.
 */
export function laterThanDay(day: string): string {
  const digits = [...day.replace(/-/g, '')];
  // Tokens per digit of YYYYMMDD, joined with the dashes back after the year and the month.
  const join = (tokens: string[]) => `${tokens.slice(0, 4).join('')}-${tokens.slice(4, 6).join('')}-${tokens.slice(6).join('')}`;
  const options = digits.flatMap((digit, i) => {
    const d = Number(digit);
    if (d === 9) return [];
    const greater = d === 8 ? '9' : `[${d + 1}-9]`;
    return [join([...digits.slice(0, i), greater, ...digits.slice(i + 1).map(() => '\\d')])];
  });
  return `^(?:${options.join('|')})T`;
}
