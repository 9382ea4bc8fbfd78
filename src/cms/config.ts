// The Sveltia CMS configuration (/admin/config.yml), generated at build time from the same
// schemas the build validates with (via their JSON Schemas, json-schemas.ts): every field's type,
// requiredness, pattern and doc line come from there, so the CMS cannot save a field the build
// rejects. What a schema cannot say (which widget, which collection a reference points to) is
// listed below in WIDGETS. Rules across files (unique slugs across folders, links to articles
// that are still drafts) are left to `npm run check` on the pull request.
import { ISO_DATE_TIME } from '../schemas/common.ts';
import type { CmsBackend } from '../site.config.ts';
import { PATTERN_MESSAGES, SCHEMA_TARGETS, toJsonSchema, type JsonSchema } from '../schemas/json-schemas.ts';

/** A Sveltia CMS field definition (the subset we generate). */
export type CmsField = { name: string; label: string; widget: string; [option: string]: unknown };

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

// A category is picked from the sections list; the list lives in one file as a top-level list.
const categoryPicker = (required: boolean) => ({
  widget: 'relation',
  collection: 'categories',
  file: 'categories',
  value_field: 'categories.*.id',
  display_fields: ['categories.*.name'],
  search_fields: ['categories.*.name'],
  required,
});

/** Widgets and labels the schemas cannot express, by `<collection>.<field path>`. */
const WIDGETS: Record<string, Record<string, unknown>> = {
  'articles.summary': { widget: 'text' },
  'articles.category': categoryPicker(true),
  'articles.authors': { widget: 'relation', collection: 'authors', value_field: '{{slug}}', display_fields: ['name'], search_fields: ['name'], multiple: true },
  'articles.image.src': { widget: 'image', label: 'Image file', choose_url: false },
  'articles.image.alt': { label: 'Alt text' },
  'articles.lang': { label: 'Language' },
  // The schema's default (false) is what a file without `draft` means: a default of true would
  // show every published story as a draft and unpublish it on the next save.
  'articles.draft': { hint: 'Ticked: the story stays off the site (no page, feed or search entry) until you untick it and save.' },
  'articles.published': { default: '{{now}}' },
  'articles.corrections.text': { widget: 'text' },
  'briefs.briefs.time': { default: '{{now}}' },
  'briefs.briefs.category': categoryPicker(false),
  'authors.bio': { widget: 'text' },
  'authors.avatar': { widget: 'image', choose_url: false },
  'categories.categories.description': { widget: 'text' },
  'categories.categories.translations': { label: 'Name in other languages' },
  'categories.categories.translations.lang': { label: 'Language' },
  'categories.categories.translations.label': { label: 'Name' },
  'pages.order': { widget: 'number', value_type: 'int', default: 100, required: false },
  // The front page names articles by slug: picked from the articles, newest first.
  'front-page.front-page.lead': { widget: 'relation', collection: 'articles', value_field: '{{slug}}', display_fields: ['title'], search_fields: ['title'], required: false },
  'front-page.front-page.top': { widget: 'relation', collection: 'articles', value_field: '{{slug}}', display_fields: ['title'], search_fields: ['title'], multiple: true, required: false },
};

/**
 * The schemas' doc lines speak to developers ("ISO 8601", "BCP 47", "slug"); the CMS's hints are
 * read by editors, so these phrases are said in plain words there.
 */
const PLAIN_WORDS: ReadonlyArray<[RegExp, string]> = [
  [/,? ?ISO 8601 with offset([.;])/, ': a date and time, saved with its offset from UTC (e.g. 2026-11-24T09:30:00+00:00)$1'],
  [/BCP 47 language tag\./, 'Language code, such as en, fr or ar-MA.'],
  [/dated after the build time stay unpublished/, 'dated later than the last update of the site wait until the first update after that time'],
  [/A published article's slug, or an absolute https:\/\/ URL\./, "A published article's file name without .md (e.g. port-of-tanger-med-record), or a web address starting with https://."],
];

/** A schema doc line as an editor's hint. */
function plainHint(description: string): string {
  return PLAIN_WORDS.reduce((text, [jargon, plain]) => text.replace(jargon, plain), description);
}

/** `replyTo` → `Reply to`, `src` → `Src`: a label from a field name. */
function label(name: string): string {
  const words = name.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** One Sveltia field from a JSON Schema property; `at` is `<collection>.<path>` for WIDGETS. */
function toField(name: string, prop: JsonSchema, required: boolean, at: string, timeZone: string): CmsField {
  const base: CmsField = {
    name,
    label: label(name),
    widget: 'string',
    // Hints are Markdown in the CMS: keep `/tag/<tag>/` from being read as an HTML tag.
    ...(typeof prop['description'] === 'string' ? { hint: plainHint(prop['description']).replace(/</g, '&lt;') } : {}),
    // A field with a default may be left out of the file: the CMS need not insist on it.
    required: required && prop['default'] === undefined,
  };
  const pattern = typeof prop['pattern'] === 'string' ? prop['pattern'] : undefined;
  const override = WIDGETS[at] ?? {};
  const withDefault = prop['default'] !== undefined ? { default: prop['default'] } : {};
  // A widget chosen in WIDGETS replaces the one derived from the type (a relation has no pattern),
  // but keeps the schema's default.
  if (override['widget']) return { ...base, ...withDefault, ...override };
  let field: CmsField;
  if (prop['type'] === 'boolean') {
    // A switch with no default is off for a file without the field, which is the schema's `false`;
    // an explicit `default: false` would count as an edit on opening such a file (Save lit, and
    // `draft: false` written into every article saved).
    field = { ...base, widget: 'boolean', ...(prop['default'] === false ? {} : withDefault) };
  } else if (prop['type'] === 'string' && pattern === ISO_DATE_TIME.source) {
    // Picked in the editor's own time zone and saved with its offset, e.g. 2026-11-24T09:30:00+00:00.
    // Not `input_timezone`: with Africa/Casablanca, Sveltia 0.221 hangs the tab on opening an entry
    // with a time, and with any zone it rewrites every time on opening (Save lit before an edit).
    // An offset that is not the site zone's is a warning of `npm run check`.
    const hint = `${base['hint'] ?? ''} Pages show it in ${timeZone} time; enter it as your clock shows it there.`.trim();
    field = { ...base, widget: 'datetime', format: 'YYYY-MM-DDTHH:mm:ssZ', hint };
  } else if (prop['type'] === 'string') {
    field = {
      ...base,
      ...(pattern ? { pattern: [pattern, PATTERN_MESSAGES[pattern] ?? 'Not in the expected format'] } : {}),
      // The input policy's length limits (src/content/validate/input-policy.ts), enforced as the writer types.
      ...(typeof prop['maxLength'] === 'number' ? { maxlength: prop['maxLength'] } : {}),
    };
  } else if (prop['type'] === 'object') {
    field = { ...base, widget: 'object', fields: toFields(prop, at, timeZone) };
  } else if (prop['type'] === 'array') {
    const items = (prop['items'] ?? {}) as JsonSchema;
    field = { ...base, widget: 'list', ...withDefault, ...(items['type'] === 'object' ? { fields: toFields(items, at, timeZone) } : {}) };
  } else {
    throw new Error(`[cms] no widget for field ${at} (JSON Schema type ${JSON.stringify(prop['type'])}); add one to WIDGETS in src/cms/config.ts`);
  }
  return { ...field, ...override };
}

/** The fields of an object schema, in schema order. */
function toFields(schema: JsonSchema, at: string, timeZone: string): CmsField[] {
  const props = (schema['properties'] ?? {}) as Record<string, JsonSchema>;
  const required = new Set((schema['required'] ?? []) as string[]);
  return Object.entries(props).map(([name, prop]) => toField(name, prop, required.has(name), `${at}.${name}`, timeZone));
}

/** The JSON Schema of a content type, with descriptions from its source. */
function schemaOf(name: string, readSource: (p: string) => string): JsonSchema {
  const target = SCHEMA_TARGETS.find((t) => t.name === name)!;
  return toJsonSchema(target, readSource(target.source));
}

/** A file that is one top-level YAML list (briefs, categories) edited as a list field. */
function rootList(name: string, listLabel: string, fileSchema: JsonSchema, collection: string, timeZone: string): CmsField {
  const items = fileSchema['items'] as JsonSchema;
  return { name, label: listLabel, widget: 'list', root: true, fields: toFields(items, `${collection}.${name}`, timeZone) };
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
    // Images live next to the file that uses them (see README: Articles); this is only the
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

/** API and sign-in hosts the CMS talks to for a backend (its `api_root`/`base_url` when set). */
export function backendOrigins(backend: CmsBackend): string[] {
  const defaults = backend.name === 'github' ? ['https://api.github.com'] : ['https://gitlab.com'];
  const extra = ['api_root', 'graphql_api_root', 'base_url'].map((k) => backend.options?.[k]).filter((u): u is string => !!u);
  return [...new Set([...defaults, ...extra].map((u) => new URL(u).origin))];
}

/**
 * The /admin/ page's own Content-Security-Policy (a meta tag, so it holds on any host): our
 * scripts and fonts only, the git host's API, inline styles (Svelte injects its CSS at run time)
 * and blob:/data: URLs for previews of images being uploaded. Nothing else leaves the browser:
 * the CMS's update and status checks are pointed at our own files (offline.ts), and the
 * optional modules it would fetch from a CDN (syntax highlighter, EXIF reader) are refused.
 */
export function cmsContentSecurityPolicy(backend: CmsBackend): string {
  const api = backendOrigins(backend).join(' ');
  return [
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self' 'unsafe-inline'",
    "font-src 'self'",
    `img-src 'self' data: blob: ${api} https://avatars.githubusercontent.com https://secure.gravatar.com`,
    `connect-src 'self' blob: data: ${api}`,
    "media-src 'self' blob: data:",
    "worker-src 'self' blob:",
    "frame-src 'self' blob:",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
  ].join('; ');
}
