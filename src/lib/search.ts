/**
 * Where the build leaves the briefs' search records for the Pagefind integration, relative
 * to the output folder. The integration indexes them and deletes the file, so it never ships.
 */
export const BRIEF_RECORDS_FILE = 'search/briefs.json';

/** Names of the Pagefind filters, meta and sort keys shared by pages, records and the search page. */
export const SEARCH_KEYS = {
  /** Filter and meta: the section's name. */
  category: 'category',
  /** Filter: an author's name (or the staff byline). */
  author: 'author',
  /** Meta and sort: publication time as a UTC ISO 8601 string, so text order is time order. */
  date: 'date',
  /** Meta: "Latest news" on briefs, to tell them from articles in results. */
  kind: 'kind',
} as const;

/** A Pagefind custom record (the shape `addCustomRecord` takes). */
export interface SearchRecord {
  url: string;
  content: string;
  language: string;
  meta: Record<string, string>;
  filters: Record<string, string[]>;
  sort: Record<string, string>;
}

/** The sort and meta value for a time: UTC ISO 8601, which sorts correctly as text. */
export const searchDate = (date: Date): string => date.toISOString();

/**
 * A brief as its own search result: found by its text, shown with its time and section,
 * leading to its line in the daily archive (`permalink`).
 */
export function briefSearchRecord(
  brief: { text: string; time: Date },
  opts: { permalink: string; lang: string; categoryName?: string | undefined },
): SearchRecord {
  return {
    url: opts.permalink,
    content: brief.text,
    language: opts.lang.split('-')[0] ?? opts.lang,
    meta: {
      title: brief.text,
      [SEARCH_KEYS.date]: searchDate(brief.time),
      [SEARCH_KEYS.kind]: 'Latest news',
      ...(opts.categoryName ? { [SEARCH_KEYS.category]: opts.categoryName } : {}),
    },
    filters: opts.categoryName ? { [SEARCH_KEYS.category]: [opts.categoryName] } : {},
    sort: { [SEARCH_KEYS.date]: searchDate(brief.time) },
  };
}

/** Checks that parsed JSON is a list of search records, naming the first thing that is not. */
export function parseSearchRecords(value: unknown, file: string): SearchRecord[] {
  if (!Array.isArray(value)) throw new Error(`[pagefind] ${file}: expected a list of search records, found ${typeof value}`);
  value.forEach((r, i) => {
    const ok =
      r !== null &&
      typeof r === 'object' &&
      typeof r.url === 'string' &&
      typeof r.content === 'string' &&
      typeof r.language === 'string' &&
      [r.meta, r.filters, r.sort].every((x) => x !== null && typeof x === 'object');
    if (!ok) throw new Error(`[pagefind] ${file}: record ${i} is not { url, content, language, meta, filters, sort }`);
  });
  return value as SearchRecord[];
}
