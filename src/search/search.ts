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

/** A run of excerpt text; `mark` where it matched the query. */
export interface ExcerptPart {
  text: string;
  mark: boolean;
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", '#39': "'", '#x27': "'", nbsp: ' ' };
const WORD_CHAR = /[\p{L}\p{N}\p{M}]/u;

/**
 * Pagefind's excerpt (escaped text with `<mark>` around matches) as text runs a reader can take
 * in: without the headline the result already shows above it, starting and ending on whole
 * words, with an ellipsis where the story's text goes on before or after. `content` is the
 * page's whole indexed text (Pagefind's `content`), to tell where the excerpt sits in it.
 */
export function readableExcerpt(excerpt: string, { title, content }: { title?: string | undefined; content?: string | undefined } = {}): ExcerptPart[] {
  let parts: ExcerptPart[] = excerpt
    .split(/(<mark>[\s\S]*?<\/mark>)/)
    .filter(Boolean)
    .map((chunk) => {
      const mark = chunk.startsWith('<mark>');
      const raw = mark ? chunk.slice(6, -7) : chunk;
      return { mark, text: raw.replace(/<[^>]*>/g, '').replace(/&(#?\w+);/g, (m, name: string) => ENTITIES[name.toLowerCase()] ?? m).replace(/\s+/g, ' ') };
    });
  const flat = () => parts.map((p) => p.text).join('');
  // Drop `n` characters from the start or the end, across runs.
  const drop = (n: number, fromEnd: boolean) => {
    let left = n;
    const order = fromEnd ? [...parts].reverse() : [...parts];
    for (const p of order) {
      if (left <= 0) break;
      const take = Math.min(left, p.text.length);
      p.text = fromEnd ? p.text.slice(0, p.text.length - take) : p.text.slice(take);
      left -= take;
    }
    parts = parts.filter((p) => p.text.length > 0);
  };
  const norm = (s: string) => s.replace(/\s+/g, ' ').trim();
  // The headline heads the indexed text of an article page; the result shows it already.
  const headline = title ? norm(title) : '';
  const leading = flat().length - flat().trimStart().length;
  if (headline && norm(flat()).startsWith(headline)) drop(leading + headline.length, false);
  const text = flat();
  const body = content ? norm(content) : undefined;
  const core = norm(text);
  if (!core) return [];
  let start = body ? body.indexOf(core) : -1;
  // Whole words only: a word cut at either edge goes, and the ellipsis stands for it.
  if (body && start >= 0) {
    const end = start + core.length;
    if (start > 0 && WORD_CHAR.test(body[start - 1]!) && WORD_CHAR.test(core[0]!)) {
      const cut = core.search(/\s/);
      if (cut > 0) drop(text.indexOf(core) + cut, false);
      start += cut > 0 ? cut : 0;
    }
    if (end < body.length && WORD_CHAR.test(body[end]!) && WORD_CHAR.test(core.at(-1)!)) {
      const cut = core.length - core.lastIndexOf(' ');
      if (cut < core.length) drop(text.length - text.trimEnd().length + cut, true);
    }
  }
  const trimmed = norm(flat());
  const before = body ? !body.startsWith(trimmed) && (!headline || !body.startsWith(`${headline} ${trimmed}`)) : true;
  const after = body ? !body.endsWith(trimmed) : !/[.!?…»"”]$/.test(trimmed);
  // Tidy the edges of the first and last run, then add the ellipses.
  if (parts[0]) parts[0] = { ...parts[0], text: parts[0].text.trimStart() };
  const last = parts.at(-1);
  if (last) parts[parts.length - 1] = { ...last, text: last.text.trimEnd() };
  if (before) parts.unshift({ text: '… ', mark: false });
  if (after) parts.push({ text: ' …', mark: false });
  return parts;
}
