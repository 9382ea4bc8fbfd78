import { articlePath, briefDayPath } from './paths.ts';
import { dayKey } from './dates.ts';

/** The fields of a brief that lists and feeds need. */
export interface BriefLike {
  id: string;
  time: Date;
  text: string;
  category?: string | undefined;
  link?: string | undefined;
}

/** Newest first; ties broken by id so the order never depends on file order. */
export function sortBriefs<T extends BriefLike>(briefs: readonly T[]): T[] {
  return [...briefs].sort((a, b) => b.time.getTime() - a.time.getTime() || a.id.localeCompare(b.id));
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
