import { momentOf } from '../core/dates.js';
import { followUpText, followUpTitle } from '../core/follow-ups.js';
import type { Report } from '../core/report.js';
import { loadIcal } from '../lazy.js';
import type { Lang } from '../i18n.js';
import { t } from '../text.js';
import { visible } from './visible.js';

/**
 * A user's text in an iCalendar TEXT value that ical-generator writes as given (the calendar's name):
 * backslash, semicolon and comma escaped, line breaks as \\n, other control characters made visible.
 */
export function icsText(text: string): string {
  return visible(text.replace(/[\\;,]/g, '\\$&').replace(/\r\n|\r|\n/g, '\\n'));
}

/** Control characters made visible, line breaks kept (ical-generator escapes those in summaries and descriptions). */
const visibleLines = (text: string) => text.split('\n').map(visible).join('\n');

/** A profile name inside a UID: ASCII letters, digits, '.', '_' and '-' as they are (earlier UIDs stay the same), anything else percent-encoded. */
export function uidPart(text: string): string {
  return [...Buffer.from(text, 'utf8')].map((byte) => (/[A-Za-z0-9._-]/.test(String.fromCharCode(byte)) ? String.fromCharCode(byte) : `%${byte.toString(16).toUpperCase().padStart(2, '0')}`)).join('');
}

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
    name: icsText(t(options.lang, 'icsName', { label: options.label || options.profile })),
    prodId: { company: 'simexit', product: 'simexit', language: options.lang.toUpperCase() },
  });
  for (const item of report.followUps) {
    calendar.createEvent({
      id: `${uidPart(options.profile)}-${item.id}@simexit`,
      // Noon UTC of the date: ical-generator writes an all-day date from the UTC calendar day.
      start: new Date(momentOf(item.date)),
      allDay: true,
      summary: visibleLines(followUpTitle(item, options.lang)),
      description: visibleLines(followUpText(item, options.lang)),
      stamp: options.now,
    });
  }
  return calendar.toString();
}
