/**
 * The search index in shards: which shard a page or brief belongs to, the manifest the search
 * page reads to find them, and the by-date merge of per-shard results. Shared by the indexer
 * (src/build/search-index.ts) and the search page's script (src/scripts/search.ts).
 *
 * Articles are sharded by their UTC publication month: at 100,000 articles over three years a
 * month holds ~2,800 pages (150 a day at most: ~4,650), a bounded input for one Pagefind process
 * (one process for 100,000 pages reached ~11 GB), while the search page merges only ~36 article
 * shards. A week would mean ~156 shards for the browser to open; a year, 33,000 pages for
 * one new article to re-index. Briefs have a shard of their own, so a new brief re-indexes only
 * the briefs. Only article pages are indexed (static pages carry no `data-pagefind-body`).
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
  /** The shard's name: `briefs` or a month, `YYYY-MM`; the search page filters on it (`shard`). */
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

/** The shard of an article published at `iso` (UTC ISO 8601): its UTC month, `YYYY-MM`. */
export function articleShard(iso: string): string {
  const month = /^(\d{4}-\d{2})-\d{2}T/.exec(iso)?.[1];
  if (!month) throw new Error(`[pagefind] publication time "${iso}" is not a UTC ISO 8601 time (allowed: YYYY-MM-DDThh:mm:ss.sssZ)`);
  return month;
}

/**
 * A shard's bundle folder, relative to the output folder. A month's is named for the shard and
 * its key, so its URLs never change meaning and all of it is cached for good under one
 * `_headers` rule however many months there are (src/lib/cdn-headers.ts). The briefs' shard
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
