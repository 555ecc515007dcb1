import type { ICalAlarmType, ICalEventData, ICalEventRepeatingFreq, ICalEventStatus, ICalEventTransparency } from 'ical-generator';
import type { Calendar, CalendarAlarm, CalendarEvent } from '../core/calendar.js';
import { momentOf } from '../core/dates.js';
import { followUpText, followUpTitle } from '../core/follow-ups.js';
import { loadIcal } from '../lazy.js';
import type { Lang } from '../i18n.js';
import { t } from '../text.js';

export interface IcsOptions {
  lang: Lang;
  /** The number's label as shown (masked unless --show-label), or '' when it has none. */
  label: string;
  profile: string;
  now: Date;
}

/**
 * Control characters are not allowed in iCalendar TEXT (RFC 5545 §3.3.11) except as an escaped line break:
 * they are dropped, so user text (a label, a profile name) cannot start a property or a component of its own,
 * nor an escape sequence or a reversed reading in the calendar app.
 * ical-generator escapes the line breaks that remain (as \n).
 */
function withoutControls(text: string): string {
  // C0 and C1 controls (a C1 CSI starts an escape sequence like ESC [ does), and the bidi controls that can make
  // a label read backwards (RLO and the isolates).
  return text.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g, '');
}

/** One line of text (a title, a name): line breaks become spaces. */
function plain(text: string): string {
  return withoutControls(text.replace(/\r\n|[\r\n\u2028\u2029\u0085]/g, ' '));
}

/** TEXT escaping for the one value ical-generator writes as given (the calendar's name): backslash, ';' and ','. */
function escapeText(text: string): string {
  return plain(text).replace(/[\\;,]/g, (char) => `\\${char}`);
}

function alarmText(alarm: CalendarAlarm, title: string, lang: Lang): string {
  if (alarm.daysBefore === 0) return t(lang, 'icsAlarmToday', { title });
  if (alarm.daysBefore === 1) return t(lang, 'icsAlarmTomorrow', { title });
  return t(lang, 'icsAlarmInDays', { title, days: alarm.daysBefore });
}

function eventData(event: CalendarEvent, sequence: number, options: IcsOptions): ICalEventData {
  const { lang, label } = options;
  const action = followUpTitle(event.followUp, lang);
  const title = plain(event.cancelled ? t(lang, 'icsCancelledTitle', { title: action }) : action);
  const summary = label ? t(lang, 'icsEventTitle', { title, label: plain(label) }) : title;
  const when = event.when.allDay
    ? // Noon UTC of the date: ical-generator writes an all-day date from the UTC calendar day.
      { allDay: true, start: new Date(momentOf(event.when.date)) }
    : { allDay: false, start: event.when.start, end: event.when.end };
  return {
    id: event.uid,
    sequence,
    stamp: options.now,
    ...when,
    summary,
    description: withoutControls(event.cancelled ? t(lang, 'icsCancelledText') : followUpText(event.followUp, lang)),
    status: (event.cancelled ? 'CANCELLED' : 'CONFIRMED') as ICalEventStatus,
    // A reminder, not a meeting: it does not make the user busy.
    transparency: 'TRANSPARENT' as ICalEventTransparency,
    ...(event.everyDays ? { repeating: { freq: 'DAILY' as ICalEventRepeatingFreq, interval: event.everyDays } } : {}),
  };
}

/**
 * A calendar (src/core/calendar.ts) as an iCalendar file that phone calendars import. The only user of
 * ical-generator (through src/lazy/ical.ts), loaded only for this export. ical-generator folds lines at 75
 * octets and escapes the events' text; the file ends with CRLF like every other line (RFC 5545 §3.1), which
 * ical-generator leaves off.
 */
export async function renderIcs(calendar: Calendar, options: IcsOptions): Promise<string> {
  const ical = await loadIcal();
  const file = ical({
    name: escapeText(t(options.lang, 'icsName', { label: options.label || options.profile })),
    prodId: { company: 'simexit', product: 'simexit', language: options.lang.toUpperCase() },
  });
  for (const event of calendar.events) {
    const created = file.createEvent(eventData(event, calendar.sequence, options));
    const title = plain(followUpTitle(event.followUp, options.lang));
    for (const alarm of event.alarms) {
      // ical-generator's trigger is seconds before the start. Its constructor ignores relatesTo (10.2.0), and
      // without it an alarm after the start is written relative to the end: RELATED=START is set afterwards.
      created
        .createAlarm({ type: 'display' as ICalAlarmType, trigger: -alarm.minutes * 60, description: plain(alarmText(alarm, title, options.lang)) })
        .relatesTo('START');
    }
  }
  return `${file.toString()}\r\n`;
}
