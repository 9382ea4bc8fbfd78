/**
 * The pages of a section, tag or author list, numbered from the oldest story, so that a page
 * keeps its stories (and its address) as new ones arrive: a new story changes the list's first
 * page, and only once in a while (when the open page fills up) one more page appears.
 *
 * Archive page 1 holds the `pageSize` oldest stories, page 2 the next ones, and so on; the
 * newest page is "open" (it holds 1 to `pageSize` stories) and is shown on the list's first page
 * (`/category/<id>/`), together with the last full page while the open one holds fewer than half
 * a page, so the first page always shows between half a page and a page and a half of stories.
 * Archive pages are at `/category/<id>/<n>/`, newest stories first within each page.
 */

/** One page of a story list. */
export interface ListPage<T> {
  /** The page's stories, newest first. */
  data: T[];
  /** Archive number counted from the oldest page (1); `undefined` on the list's first page. Nothing on
   *  an archive page depends on the list's length, so a new story leaves it as it was. */
  number: number | undefined;
  /** This page's address and its neighbours': `newer` towards the first page, `older` towards archive page 1. */
  url: { current: string; newer: string | undefined; older: string | undefined };
}

/**
 * Splits `items` (newest first) into list pages: the first page, then the archive pages from the
 * newest to page 1. `pathFor(undefined)` is the first page's address, `pathFor(n)` archive page n's.
 * An empty list still has its first page.
 */
export function listPages<T>(items: readonly T[], pageSize: number, pathFor: (page: number | undefined) => string): ListPage<T>[] {
  if (!Number.isInteger(pageSize) || pageSize < 1) throw new Error(`listPages: pageSize must be a whole number ≥ 1, got ${pageSize}`);
  const oldestFirst = [...items].reverse();
  const total = items.length;
  const pages = Math.max(1, Math.ceil(total / pageSize));
  const open = total - (pages - 1) * pageSize;
  // The last full page joins the first page while the open page holds under half a page.
  const archived = pages >= 2 && open * 2 < pageSize ? pages - 2 : pages - 1;
  const slice = (from: number, to: number) => oldestFirst.slice(from, to).reverse();
  const first: ListPage<T> = {
    data: slice(archived * pageSize, total),
    number: undefined,
    url: { current: pathFor(undefined), newer: undefined, older: archived >= 1 ? pathFor(archived) : undefined },
  };
  const archive: ListPage<T>[] = [];
  for (let n = archived; n >= 1; n--) {
    archive.push({
      data: slice((n - 1) * pageSize, n * pageSize),
      number: n,
        url: { current: pathFor(n), newer: pathFor(n < archived ? n + 1 : undefined), older: n > 1 ? pathFor(n - 1) : undefined },
    });
  }
  return [first, ...archive];
}

/**
 * The static paths of one list's pages, for a `[...page]` route: `params.page` is the archive
 * number (`undefined` on the first page), `props.page` the ListPage, beside the list's own props.
 */
export function listPaths<T, Params extends object, Props extends object>(
  items: readonly T[],
  pageSize: number,
  pathFor: (page: number | undefined) => string,
  params: Params,
  props: Props,
): Array<{ params: Params & { page: string | undefined }; props: Props & { page: ListPage<T> } }> {
  return listPages(items, pageSize, pathFor).map((page) => ({
    params: { ...params, page: page.number === undefined ? undefined : String(page.number) },
    props: { ...props, page },
  }));
}

/**
 * What an archive page covers, for its pager: "3 January 2025 to 14 January 2025", or one date
 * when all its stories are of one day; `undefined` on the first page, which is simply the newest.
 */
export function archiveSpan(page: ListPage<{ data: { published: Date } }>, format: (date: Date) => string): string | undefined {
  const newest = page.data[0]?.data.published;
  const oldest = page.data.at(-1)?.data.published;
  if (page.number === undefined || !newest || !oldest) return undefined;
  const [from, to] = [format(oldest), format(newest)];
  return from === to ? from : `${from} to ${to}`;
}
