// Day separators in the reader's browser: a static page names days by date; this renames the
// reader's today and yesterday (in the site's time zone, the one every time is shown in).
import { dayKey, relativeDayName } from '../i18n/dates.ts';
import { SITE } from '../site.config.ts';

/** Renames every `time[data-day]` that is today or yesterday for the reader. */
export function labelDays(now: Date = new Date()): void {
  const today = dayKey(now, SITE.timeZone);
  for (const el of document.querySelectorAll<HTMLTimeElement>('time[data-day]')) {
    const name = relativeDayName(el.dataset['day']!, today);
    if (name) {
      el.title = el.textContent ?? '';
      el.textContent = name;
    }
  }
}
