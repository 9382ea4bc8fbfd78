// The search page in the browser: reads the query from the URL, asks Pagefind's index (written
// by the build into /pagefind/, one bundle per shard, merged here), shows the results and keeps
// the URL in step so a search can be shared. Plain form controls, so it all works from the keyboard.
// "Best match" is Pagefind's own ranking across the merged shards; "Newest first" is merged by
// date here, since Pagefind's sort orders each shard's results only among themselves.
import { formatDate, formatDateTime } from '../i18n/dates.ts';
import { SEARCH_KEYS, readableExcerpt } from '../search/search.ts';
import { SHARDS_MANIFEST, SHARD_FILTER, mergeByDate, parseShardsManifest, type ShardEntry } from '../search/shards.ts';
import { SITE } from '../site.config.ts';

interface ResultData {
  url: string;
  excerpt: string;
  /** The page's whole indexed text, to place the excerpt in it. */
  content?: string;
  meta: Record<string, string | undefined>;
}
interface Result {
  id: string;
  data(): Promise<ResultData>;
}
interface SearchOptions {
  filters?: Record<string, string>;
  sort?: Record<string, 'asc' | 'desc'>;
}
interface Pagefind {
  mergeIndex(path: string, options: { mergeFilter: Record<string, string> }): Promise<void>;
  search(term: string | null, options: SearchOptions): Promise<{ results: Result[] }>;
}
interface PagefindModule {
  createInstance(options: { basePath: string; mergeFilter: Record<string, string> }): Pagefind & { init(): Promise<void> };
}

/** The shards of the index (src/search/pagefind-index.ts); the first ships Pagefind's browser script. */
const MANIFEST = `/${SHARDS_MANIFEST}`;
const PAGE_SIZE = 10;
const TYPING_PAUSE_MS = 250;

const loaded = new WeakMap<Result, Promise<ResultData>>();
/** A result's data, loaded once (the date merge reads it before the result is shown). */
function dataOf(result: Result): Promise<ResultData> {
  let data = loaded.get(result);
  if (!data) loaded.set(result, (data = result.data()));
  return data;
}

/**
 * Pagefind over every shard: the primary bundle with the others merged into it, each tagged
 * with a `shard` filter so one shard's results can be asked for on their own.
 */
async function openIndex(): Promise<{ pf: Pagefind; shards: ShardEntry[] }> {
  const response = await fetch(MANIFEST);
  if (!response.ok) throw new Error(`${MANIFEST}: ${response.status}`);
  const { shards } = parseShardsManifest(await response.json());
  const [primary, ...rest] = shards;
  const module = (await import(/* @vite-ignore */ `${primary!.path}pagefind.js`)) as PagefindModule;
  const pf = module.createInstance({ basePath: primary!.path, mergeFilter: { [SHARD_FILTER]: primary!.name } });
  await pf.init();
  await Promise.all(rest.map((s) => pf.mergeIndex(s.path, { mergeFilter: { [SHARD_FILTER]: s.name } })));
  return { pf, shards };
}

/** Wires up the search page; does nothing on pages without the search form. */
export function startSearch(): void {
  const form = document.querySelector<HTMLFormElement>('[data-search-form]');
  const status = document.querySelector<HTMLElement>('[data-search-status]');
  const list = document.querySelector<HTMLOListElement>('[data-search-results]');
  const more = document.querySelector<HTMLButtonElement>('[data-search-more]');
  if (!form || !status || !list || !more) return;
  const input = form.querySelector<HTMLInputElement>('input[name="q"]')!;
  const sort = form.querySelector<HTMLSelectElement>('select[name="sort"]')!;
  const filters = [...form.querySelectorAll<HTMLSelectElement>('select[data-filter]')];
  form.hidden = false;

  // Fill the form from the URL, ignoring values that are not offered.
  const params = new URL(location.href).searchParams;
  input.value = params.get('q') ?? '';
  for (const select of [...filters, sort]) {
    const value = params.get(select.name) ?? '';
    if ([...select.options].some((o) => o.value === value)) select.value = value;
  }

  let pagefind: ReturnType<typeof openIndex> | undefined;
  const load = () => (pagefind ??= openIndex());

  let generation = 0;
  let next: (count: number) => Promise<Result[]> = async () => [];
  let left = 0;

  const run = async () => {
    const current = ++generation;
    const q = input.value.trim();
    const chosen = filters.filter((s) => s.value !== '');
    writeUrl(q, [...chosen, sort]);
    if (!q && chosen.length === 0) {
      list.replaceChildren();
      more.hidden = true;
      status.textContent = '';
      return;
    }
    status.textContent = 'Searching…';
    let index: Awaited<ReturnType<typeof openIndex>>;
    try {
      index = await load();
    } catch {
      pagefind = undefined;
      status.textContent = 'Search is not available right now: the search index could not be loaded.';
      return;
    }
    const { pf, shards } = index;
    const chosenFilters = Object.fromEntries(chosen.map((s) => [s.dataset['filter']!, s.selectedOptions[0]!.text]));
    const newest = sort.value === 'newest';
    const byDate = { [SEARCH_KEYS.date]: 'desc' as const };
    // Every match across the shards: the count, and the order for "Best match".
    const search = await pf.search(q || null, { filters: chosenFilters, ...(newest ? { sort: byDate } : {}) });
    if (current !== generation) return;
    const total = search.results.length;
    if (newest) {
      // One list per shard, each in date order (a search on one shard keeps Pagefind's sort), merged by date.
      next = mergeByDate(
        shards.map((s) => ({ newest: s.newest, load: async () => (await pf.search(q || null, { filters: { ...chosenFilters, [SHARD_FILTER]: s.name }, sort: byDate })).results })),
        async (r) => (await dataOf(r)).meta[SEARCH_KEYS.date] ?? '',
      );
    } else {
      let rest = search.results;
      next = async (count) => {
        const page = rest.slice(0, count);
        rest = rest.slice(count);
        return page;
      };
    }
    left = total;
    list.replaceChildren();
    await showMore(current, false);
    if (current !== generation) return;
    const where = chosen.map((s) => s.selectedOptions[0]!.text).join(', ');
    status.textContent =
      `${total === 0 ? 'No' : total} result${total === 1 ? '' : 's'}` + (q ? ` for “${q}”` : '') + (where ? ` in ${where}` : '') + '.';
  };

  const showMore = async (current: number, focus: boolean) => {
    const page = await next(PAGE_SIZE);
    if (current !== generation) return;
    left -= page.length;
    const items = await Promise.all(page.map(async (r) => resultItem(await dataOf(r))));
    if (current !== generation) return;
    list.append(...items);
    more.hidden = left <= 0 || page.length === 0;
    // Keyboard users land on the first new result instead of back at the top.
    if (focus) items[0]?.querySelector('a')?.focus();
  };

  let timer: ReturnType<typeof setTimeout> | undefined;
  input.addEventListener('input', () => {
    clearTimeout(timer);
    timer = setTimeout(run, TYPING_PAUSE_MS);
  });
  input.addEventListener('focus', () => void load().catch(() => undefined), { once: true });
  for (const select of [...filters, sort]) select.addEventListener('change', run);
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    clearTimeout(timer);
    void run();
  });
  more.addEventListener('click', () => void showMore(generation, true));

  if (input.value || filters.some((s) => s.value)) void run();
}

/** Puts the query and the chosen options in the address bar, leaving out empty ones. */
function writeUrl(q: string, selects: HTMLSelectElement[]): void {
  const url = new URL(location.href);
  url.search = '';
  if (q) url.searchParams.set('q', q);
  for (const s of selects) if (s.value) url.searchParams.set(s.name, s.value);
  history.replaceState(null, '', url);
}

/**
 * One result: title linked, section (or "Latest news") and date, and the excerpt with matches
 * marked. A brief is its one line: shown once, as the title, with its time, and no excerpt.
 */
function resultItem(data: ResultData): HTMLLIElement {
  const isBrief = data.meta[SEARCH_KEYS.kind] !== undefined;
  const li = document.createElement('li');
  li.className = 'search-result';
  const title = document.createElement('h2');
  title.className = 'search-result__title';
  const link = document.createElement('a');
  link.href = data.url;
  link.textContent = data.meta['title'] ?? data.url;
  title.append(link);

  const meta = document.createElement('p');
  meta.className = 'search-result__meta';
  const label = [data.meta[SEARCH_KEYS.kind], data.meta[SEARCH_KEYS.category]].filter(Boolean).join(' · ');
  if (label) meta.append(label);
  const iso = data.meta[SEARCH_KEYS.date];
  if (iso && !Number.isNaN(Date.parse(iso))) {
    const time = document.createElement('time');
    time.dateTime = iso;
    time.textContent = isBrief ? formatDateTime(new Date(iso), SITE.timeZone) : formatDate(new Date(iso), SITE.timeZone);
    meta.append(label ? ' · ' : '', time);
  }

  li.append(title, meta);
  // Built from text and <mark> nodes only, never assigned as HTML.
  const parts = isBrief ? [] : readableExcerpt(data.excerpt, { title: data.meta['title'], content: data.content });
  if (parts.length > 0) {
    const excerpt = document.createElement('p');
    excerpt.className = 'search-result__excerpt';
    excerpt.append(...parts.map((part) => {
      if (!part.mark) return document.createTextNode(part.text);
      const mark = document.createElement('mark');
      mark.textContent = part.text;
      return mark;
    }));
    li.append(excerpt);
  }
  return li;
}
