import { momentOf } from '../core/dates.js';
import { followUpText, followUpTitle } from '../core/follow-ups.js';
import type { Report } from '../core/report.js';
import { loadIcal } from '../lazy.js';
import type { Lang } from '../i18n.js';
import { t } from '../text.js';

export interface IcsOptions {
  lang: Lang;
  label: string;
  profile: string;
  now: Date;
}

/**
 * The follow-up dates as an iCalendar file that phone calendars import: one all-day event each, with a stable
 * UID so importing a newer export updates the events instead of duplicating them. The only user of
 * ical-generator (through src/lazy/ical.ts), loaded only for this export.
 */
export async function renderIcs(report: Report, options: IcsOptions): Promise<string> {
  const ical = await loadIcal();
  const calendar = ical({
    name: t(options.lang, 'icsName', { label: options.label || options.profile }),
    prodId: { company: 'simexit', product: 'simexit', language: options.lang.toUpperCase() },
  });
  for (const item of report.followUps) {
    calendar.createEvent({
      id: `${options.profile}-${item.id}@simexit`,
      // Noon UTC of the date: ical-generator writes an all-day date from the UTC calendar day.
      start: new Date(momentOf(item.date)),
      allDay: true,
      summary: followUpTitle(item, options.lang),
      description: followUpText(item, options.lang),
      stamp: options.now,
    });
  }
  return calendar.toString();
}
