import { uiStrings } from './i18n.ts';

// Creating an Intl.DateTimeFormat costs far more than using one (it was half the render time of
// a page in the bench's profile), so each distinct set of options is built once per process.
const formatters = new Map<string, Intl.DateTimeFormat>();
function formatter(locale: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${locale}\0${JSON.stringify(options)}`;
  let f = formatters.get(key);
  if (!f) formatters.set(key, (f = new Intl.DateTimeFormat(locale, options)));
  return f;
}

// The same instants come back on thousands of pages (the briefs column, related articles), and
// formatToParts is the costly step, so parts are kept per instant; the cap bounds memory.
const clocks = new Map<string, WallClock>();
const MAX_CLOCKS = 100_000;

interface WallClock {
  year: string;
  month: string;
  day: string;
  hour: string;
  minute: string;
  second: string;
}

/** Parts of a date as seen on a wall clock in `timeZone`. */
function wallClock(date: Date, timeZone: string): WallClock {
  const key = `${date.getTime()}\0${timeZone}`;
  let clock = clocks.get(key);
  if (!clock) {
    if (clocks.size >= MAX_CLOCKS) clocks.clear();
    clocks.set(key, (clock = readWallClock(date, timeZone)));
  }
  return clock;
}

function readWallClock(date: Date, timeZone: string): WallClock {
  // formatToParts gives every part these options ask for.
  const parts = formatter('en-GB', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
    hourCycle: 'h23',
  }).formatToParts(date);
  const get = (type: Intl.DateTimeFormatPartTypes) => parts.find((p) => p.type === type)!.value;
  return { year: get('year'), month: get('month'), day: get('day'), hour: get('hour'), minute: get('minute'), second: get('second') };
}

/** UTC offset of `timeZone` at `date`, as `+01:00`. */
export function zoneOffset(date: Date, timeZone: string): string {
  const w = wallClock(date, timeZone);
  const asUtc = Date.UTC(+w.year, +w.month - 1, +w.day, +w.hour, +w.minute, +w.second);
  const minutes = Math.round((asUtc - Math.floor(date.getTime() / 1000) * 1000) / 60000);
  const sign = minutes < 0 ? '-' : '+';
  const abs = Math.abs(minutes);
  return `${sign}${String(Math.floor(abs / 60)).padStart(2, '0')}:${String(abs % 60).padStart(2, '0')}`;
}

/** ISO 8601 in the site's zone, e.g. `2025-01-14T15:20:00+01:00`: for `<time datetime>`, feeds and JSON-LD. */
export function isoInZone(date: Date, timeZone: string): string {
  const w = wallClock(date, timeZone);
  return `${w.year}-${w.month}-${w.day}T${w.hour}:${w.minute}:${w.second}${zoneOffset(date, timeZone)}`;
}

/** The calendar day in `timeZone`, `YYYY-MM-DD`: how briefs are grouped and archived. */
export function dayKey(date: Date, timeZone: string): string {
  const w = wallClock(date, timeZone);
  return `${w.year}-${w.month}-${w.day}`;
}

/** `17:20`: the 24-hour clock time in `timeZone`, as the briefs column shows it. */
export function formatTime(date: Date, timeZone: string): string {
  const w = wallClock(date, timeZone);
  return `${w.hour}:${w.minute}`;
}

/** `24 November 2026` (`24 نونبر 2026`, `24 novembre 2026`): a date for bylines and lists, in the page's language. */
export function formatDate(date: Date, timeZone: string, lang = 'en'): string {
  return formatter(uiStrings(lang).locale, { timeZone, day: 'numeric', month: 'long', year: 'numeric' }).format(date);
}

/** `24 November 2026, 17:20` (`24 نونبر 2026، 17:20`): date and time for bylines, with the language's separator. */
export function formatDateTime(date: Date, timeZone: string, lang = 'en'): string {
  return `${formatDate(date, timeZone, lang)}${uiStrings(lang).dateTimeSeparator}${formatTime(date, timeZone)}`;
}

/** `Tuesday 24 November 2026` for a `YYYY-MM-DD` day key: headings of the briefs archive. */
export function formatDayHeading(day: string, lang = 'en'): string {
  return formatter(uiStrings(lang).locale, { timeZone: 'UTC', weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' }).format(dayDate(day));
}

/** `Tuesday 24 November` for a day key: the day separators of the "Latest news" column. */
export function formatShortDay(day: string, lang = 'en'): string {
  return formatter(uiStrings(lang).locale, { timeZone: 'UTC', weekday: 'long', day: 'numeric', month: 'long' }).format(dayDate(day));
}

/** `Today`, `Yesterday` or undefined: how a reader whose calendar day (in the site's zone) is `today` names `day`. */
export function relativeDayName(day: string, today: string): 'Today' | 'Yesterday' | undefined {
  if (day === today) return 'Today';
  return dayDate(today).getTime() - dayDate(day).getTime() === 86_400_000 ? 'Yesterday' : undefined;
}

function dayDate(day: string): Date {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d));
}

/**
 * Why a time written as `written` (ISO 8601 with a numeric offset) will not read as written on
 * the site: its offset is not the one `timeZone` has at that instant, so pages show it converted.
 * Says what readers will see and what to write instead; undefined when the offset is right, or
 * for `Z` (a time given in UTC on purpose) and anything that is not such a date-time.
 */
export function offsetWarning(written: string, timeZone: string): string | undefined {
  const m = /^(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2})(:\d{2}(?:\.\d+)?)?([+-]\d{2}:\d{2})$/.exec(written);
  const instant = new Date(written);
  if (!m || Number.isNaN(instant.getTime())) return undefined;
  const [, day, clock, seconds = '', offset] = m;
  const zone = zoneOffset(instant, timeZone);
  if (offset === zone) return undefined;
  const shown = dayKey(instant, timeZone) === day ? formatTime(instant, timeZone) : formatDateTime(instant, timeZone);
  // The offset the zone has around the time the writer meant (the same wall clock).
  const meant = zoneOffset(new Date(`${day}T${clock}${seconds}Z`), timeZone);
  return (
    `${written} has the offset ${offset}, but ${timeZone} is at ${zone} at that moment, so readers will see ${shown}; ` +
    `if ${clock} (${timeZone} time) is meant, write ${day}T${clock}${seconds}${meant}`
  );
}
