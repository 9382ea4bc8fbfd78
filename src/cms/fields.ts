// CMS fields from the content schemas: each JSON Schema property becomes a Sveltia field with the
// schema's type, requiredness, pattern, default and doc line (said in plain words for editors).
// WIDGETS holds what a schema cannot say: which widget, which collection a reference points to.
import { ISO_DATE_TIME } from '../schemas/common.ts';
import { PATTERN_MESSAGES, SCHEMA_TARGETS, toJsonSchema, type JsonSchema } from '../schemas/json-schemas.ts';

/** A Sveltia CMS field definition (the subset we generate). */
export type CmsField = { name: string; label: string; widget: string; [option: string]: unknown };

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
    throw new Error(`[cms] no widget for field ${at} (JSON Schema type ${JSON.stringify(prop['type'])}); add one to WIDGETS in src/cms/fields.ts`);
  }
  return { ...field, ...override };
}

/** The fields of an object schema, in schema order; `at` is `<collection>` (or `<collection>.<path>` below it) for WIDGETS. */
export function toFields(schema: JsonSchema, at: string, timeZone: string): CmsField[] {
  const props = (schema['properties'] ?? {}) as Record<string, JsonSchema>;
  const required = new Set((schema['required'] ?? []) as string[]);
  return Object.entries(props).map(([name, prop]) => toField(name, prop, required.has(name), `${at}.${name}`, timeZone));
}

/** The JSON Schema of a content type (`article`, `briefs`, …), with descriptions from its source. */
export function schemaOf(name: string, readSource: (p: string) => string): JsonSchema {
  const target = SCHEMA_TARGETS.find((t) => t.name === name)!;
  return toJsonSchema(target, readSource(target.source));
}

/** A file that is one top-level YAML list (briefs, categories), edited as a list field. */
export function rootList(name: string, listLabel: string, fileSchema: JsonSchema, collection: string, timeZone: string): CmsField {
  const items = fileSchema['items'] as JsonSchema;
  return { name, label: listLabel, widget: 'list', root: true, fields: toFields(items, `${collection}.${name}`, timeZone) };
}
