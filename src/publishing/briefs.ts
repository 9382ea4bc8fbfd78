import { articlePath, briefDayPath } from './paths.ts';
import { dayKey } from '../i18n/dates.ts';

/** The fields of a brief that lists and feeds need. */
export interface BriefLike {
  id: string;
  time: Date;
  text: string;
  category?: string | undefined;
  link?: string | undefined;
}

/**
 * Every brief's permanent id, in input order (files in path order, briefs in file order): its own
 * `id` when it has one, else the UTC minute of its time (`20261124-0605`), with `-2`, `-3`… for
 * later briefs of the same minute. Nothing of the text goes in, so correcting a typo keeps the
 * feed entry and the /latest/ link; changing the time (or removing an earlier brief of the same
 * minute) changes it, unless the brief carries its own `id`.
 */
export function briefIds(briefs: ReadonlyArray<{ time: Date; id?: string | undefined }>): string[] {
  const taken = new Set(briefs.flatMap((b) => (b.id === undefined ? [] : [b.id])));
  return briefs.map((b) => {
    if (b.id !== undefined) return b.id;
    const stamp = b.time.toISOString().slice(0, 16).replace(/[-:]/g, '').replace('T', '-');
    let id = stamp;
    for (let n = 2; taken.has(id); n++) id = `${stamp}-${n}`;
    taken.add(id);
    return id;
  });
}

/** Newest first; ties broken by id so the order never depends on file order. */
export function sortBriefs<T extends BriefLike>(briefs: readonly T[]): T[] {
  return [...briefs].sort((a, b) => b.time.getTime() - a.time.getTime() || a.id.localeCompare(b.id));
}

/** `rel` of a brief's link to another site, on pages and in feeds alike. */
export const EXTERNAL_REL = 'noopener noreferrer';

/** `rel` for a brief's link: {@link EXTERNAL_REL} when it leaves the site, else none. */
export function briefRel(brief: Pick<BriefLike, 'link'>): string | undefined {
  return brief.link?.startsWith('https://') ? EXTERNAL_REL : undefined;
}

/** Where a brief points: its article's page, its https URL, or nowhere. */
export function briefHref(brief: Pick<BriefLike, 'link'>): string | undefined {
  if (!brief.link) return undefined;
  return brief.link.startsWith('https://') ? brief.link : articlePath(brief.link);
}

/** Groups sorted briefs by calendar day in `timeZone`, newest day first. */
export function groupBriefsByDay<T extends BriefLike>(briefs: readonly T[], timeZone: string): Array<{ day: string; briefs: T[] }> {
  const days = new Map<string, T[]>();
  for (const brief of sortBriefs(briefs)) {
    const key = dayKey(brief.time, timeZone);
    const list = days.get(key);
    if (list) list.push(brief);
    else days.set(key, [brief]);
  }
  return [...days].map(([day, list]) => ({ day, briefs: list }));
}

/** A brief's permanent address: its line in the daily archive, `/latest/<day>/#brief-<id>`. */
export function briefPermalink(brief: Pick<BriefLike, 'id' | 'time'>, timeZone: string): string {
  return `${briefDayPath(dayKey(brief.time, timeZone))}#brief-${brief.id}`;
}
