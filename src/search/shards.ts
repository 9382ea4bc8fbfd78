/**
 * The search index in shards: which shard a page or brief belongs to, the manifest the search
 * page reads to find them, and the by-date merge of per-shard results. Shared by the indexer
 * (src/search/pagefind-index.ts) and the search page's script (src/scripts/search.ts).
 *
 * Articles are sharded by their UTC publication month, and a month of more than SHARD_PAGES
 * stories is cut into runs of whole days of at most SHARD_PAGES stories each (`articleShards`).
 * A shard is indexed again whole when one of its pages changes, so its size bounds what an
 * edited story costs: Pagefind takes ~2 ms a page, and a month of a busy daily (3,250 stories at
 * 105 a day) took 6–7 s for one correction. One process for 100,000 pages reached ~11 GB; a
 * part of 1,000 stays small. The price is paid by the search page, which opens every shard: at
 * 100,000 articles over three years (~2,800 a month) 3–4 parts a month, ~130 shards instead of
 * 36, small files fetched side by side. Parts are cut from the month's first day, so the
 * stories of today, the ones that keep coming, change only the month's last part. Briefs have a
 * shard of their own, so a new brief re-indexes only the briefs. Only article pages are indexed
 * (static pages carry no `data-pagefind-body`).
 */

/** The output folder of every shard, relative to the output folder. */
export const SEARCH_DIR = 'pagefind';

/** The manifest listing the shards, relative to the output folder. */
export const SHARDS_MANIFEST = `${SEARCH_DIR}/manifest.json`;

/** The synthetic Pagefind filter naming each result's shard (set by the search page's `mergeFilter`). */
export const SHARD_FILTER = 'shard';

/** The shard holding every live brief. */
export const BRIEFS_SHARD = 'briefs';

/** One shard as the search page sees it. */
export interface ShardEntry {
  /** The shard's name: `briefs`, a month (`YYYY-MM`) or the first day of part of a month (`YYYY-MM-DD`); the search page filters on it (`shard`). */
  name: string;
  /** The shard's Pagefind bundle, as a URL path ending in `/`, e.g. `/pagefind/shards/2026-11.0123456789abcdef/` or `/pagefind/briefs/`. */
  path: string;
  /** The newest publication time in the shard (UTC ISO 8601): no result of it is newer. */
  newest: string;
}

/** The manifest: the first shard is the primary bundle (it ships Pagefind's script and WebAssembly). */
export interface ShardsManifest {
  shards: ShardEntry[];
}

/** The most stories in one article shard, unless a single day has more (a day is never split). */
export const SHARD_PAGES = 1000;

/** The UTC day of an article published at `iso` (UTC ISO 8601), `YYYY-MM-DD`. */
export function publicationDay(iso: string): string {
  const day = /^(\d{4}-\d{2}-\d{2})T/.exec(iso)?.[1];
  if (!day) throw new Error(`[pagefind] publication time "${iso}" is not a UTC ISO 8601 time (allowed: YYYY-MM-DDThh:mm:ss.sssZ)`);
  return day;
}

/**
 * Groups article pages into shards, oldest first: one per UTC month, named `YYYY-MM`, or, for a
 * month of more than `max` pages, runs of whole days cut from the month's first day, each
 * closed before the day that would take it past `max`, and named for its first day,
 * `YYYY-MM-DD`. Within a shard the pages keep the order they were given in.
 */
export function articleShards<T extends { published: string }>(pages: readonly T[], max = SHARD_PAGES): Array<{ name: string; pages: T[] }> {
  const days = Map.groupBy(pages, (page) => publicationDay(page.published));
  const months = Map.groupBy([...days.keys()].sort(), (day) => day.slice(0, 7));
  const order = new Map(pages.map((page, i) => [page, i]));
  const shards: Array<{ name: string; pages: T[] }> = [];
  for (const [month, monthDays] of months) {
    const parts: Array<{ first: string; pages: T[] }> = [];
    for (const day of monthDays) {
      const last = parts.at(-1);
      if (last && last.pages.length + days.get(day)!.length <= max) last.pages.push(...days.get(day)!);
      else parts.push({ first: day, pages: [...days.get(day)!] });
    }
    for (const part of parts) shards.push({ name: parts.length > 1 ? part.first : month, pages: part.pages.sort((x, y) => order.get(x)! - order.get(y)!) });
  }
  return shards;
}

/**
 * A shard's bundle folder, relative to the output folder. A month's is named for the shard and
 * its key, so its URLs never change meaning and all of it is cached for good under one
 * `_headers` rule however many months there are (src/cdn/headers.ts). The briefs' shard
 * changes with every brief, so it keeps one name, `pagefind/briefs/`: Pagefind's own hashed
 * chunk names then leave the unchanged fragments as they were, and a brief uploads tens of
 * files, not the thousands of a renamed folder.
 */
export const shardFolder = (name: string, key: string): string => (name === BRIEFS_SHARD ? `${SEARCH_DIR}/${BRIEFS_SHARD}` : `${SEARCH_DIR}/shards/${name}.${key.slice(0, 16)}`);

/** Checks the parsed manifest, naming what is wrong. */
export function parseShardsManifest(value: unknown): ShardsManifest {
  const shards = (value as { shards?: unknown } | null)?.shards;
  const ok =
    Array.isArray(shards) &&
    shards.length > 0 &&
    shards.every((s) => s !== null && typeof s === 'object' && typeof s.name === 'string' && typeof s.path === 'string' && s.path.endsWith('/') && typeof s.newest === 'string');
  if (!ok) throw new Error(`${SHARDS_MANIFEST}: expected { shards: [{ name, path, newest }, …] } with at least one shard`);
  return value as ShardsManifest;
}

/** One shard's results, newest first, as the merge reads them. */
export interface DatedList<T> {
  /** No item of the list is newer than this (ISO 8601); '' when unknown. */
  newest: string;
  /** The list's items, newest first; called at most once, only when the list could be next. */
  load: () => Promise<readonly T[]>;
}

/**
 * Merges per-shard lists, each newest first, into one list newest first, lazily: a list is
 * loaded, and an item's date read (`dateOf`, which may load the item's data), only when it could
 * be next, using each list's `newest` bound to leave lists that cannot win untouched. Months do
 * not overlap, so a page of results reads the briefs and a month or two, not every shard. Equal
 * times keep the lists' order. Each call of the returned function gives the next `count` items.
 */
export function mergeByDate<T>(lists: ReadonlyArray<DatedList<T>>, dateOf: (item: T) => Promise<string>): (count: number) => Promise<T[]> {
  const state = lists.map((list) => ({ list, items: undefined as readonly T[] | undefined, next: 0, bound: list.newest, head: undefined as string | undefined }));
  type State = (typeof state)[number];
  const alive = (s: State) => s.items === undefined || s.next < s.items.length;
  // The newest of `of`, the first on ties ('' is unknown: it could be anything, so it ranks first).
  const newestOf = (of: State[], value: (s: State) => string) => of.reduce<State | undefined>((b, s) => (b === undefined || value(s) === '' || (value(b) !== '' && value(s) > value(b)) ? s : b), undefined);
  return async (count) => {
    const out: T[] = [];
    while (out.length < count) {
      // Read heads until no unread list's bound reaches the newest head known.
      for (;;) {
        const live = state.filter(alive);
        const best = newestOf(live.filter((s) => s.head !== undefined), (s) => s.head!)?.head;
        const unread = live.filter((s) => s.head === undefined && (best === undefined || s.bound === '' || s.bound >= best));
        const s = newestOf(unread, (x) => x.bound);
        if (!s) break;
        s.items ??= await s.list.load();
        if (s.next < s.items.length) s.head = await dateOf(s.items[s.next]!);
      }
      const pick = newestOf(state.filter((s) => alive(s) && s.head !== undefined), (s) => s.head!);
      if (!pick) break;
      out.push(pick.items![pick.next]!);
      pick.next++;
      // The list's next item is no newer than the one just taken.
      pick.bound = pick.head!;
      pick.head = undefined;
    }
    return out;
  };
}
