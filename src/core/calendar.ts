import { dateIn, daysBetween, zoneFormatter, type CalendarDate } from './dates.js';
import { followUps, type FollowUp, type FollowUpId } from './follow-ups.js';
import { buildPlan } from './plan.js';
import { deriveState } from './progress.js';
import type { HistoryEvent } from './types.js';

// What `export --format ics` puts in a calendar, as data: which events, their UIDs, when each starts, and when
// its alarms ring. src/io/ics.ts only writes it out. Pure: today, now and the time zone are parameters.

/** The local hour the alarms ring: early enough to act the same day, late enough not to wake anyone. */
const ALARM_HOUR = 9;
/** The evening before, for a deadline too early in the day for a morning alarm, or a date that is tomorrow. */
const EVENING_HOUR = 19;
/** The most days ahead the first alarm rings: enough to find a login or call in office hours, not so early it is forgotten. */
const MAX_DAYS_AHEAD = 3;
/** A deadline with a time (cancel-by) is a short timed event that ends at the deadline. */
const DEADLINE_EVENT_MINUTES = 30;
/** A morning alarm on the deadline's own day must leave at least this long to act. */
const MIN_LEAD_MINUTES = 3 * 60;

/** When an alarm rings, relative to its event's start, in nominal minutes (negative: before), and how far ahead of the date it is. */
export interface CalendarAlarm {
  kind: 'ahead' | 'day';
  /** Minutes from the event's start, counted on the wall clock (RFC 5545 nominal days: a DST change does not move it). */
  minutes: number;
  /** Calendar days from the alarm to the follow-up's date (0: on the day). */
  daysBefore: number;
}

export type CalendarWhen =
  | { allDay: true; date: CalendarDate }
  /** A timed event: from `start` to `end`, both instants (UTC), ending at the local deadline. */
  | { allDay: false; start: Date; end: Date };

export interface CalendarEvent {
  uid: string;
  followUp: FollowUp;
  /** Cancelled: applied at an earlier point of the history, no longer does. Written so a re-import clears it. */
  cancelled: boolean;
  when: CalendarWhen;
  alarms: CalendarAlarm[];
  /** Repeats every so many days (keep-alive). */
  everyDays?: number;
}

export interface Calendar {
  events: CalendarEvent[];
  /** The SEQUENCE of every event: grows with each export, so a calendar applies the newer copy. */
  sequence: number;
}

/**
 * The UID of one follow-up of one profile of one store. `profileKey` is the random name the store gave the
 * profile's own file: stable for the profile's life (reset keeps it) and drawn at random, so two stores (two
 * people, or one person's two numbers) never share it. Letters, digits and '-' only: nothing in it needs
 * escaping.
 */
export function eventUid(profileKey: string, id: FollowUpId): string {
  return `${id}-${profileKey}@simexit`;
}

/**
 * A store written before format 2 has no file name for its profiles until its first write. Its key is then a
 * hash of the profile's name and the moment of its first event: stable while nothing is written, and
 * different between stores unless both were started in the same millisecond under the same name.
 */
export function legacyProfileKey(profile: string, events: readonly HistoryEvent[]): string {
  const text = `${profile}\u0000${events[0]?.at ?? ''}`;
  // cyrb53 (public domain): a 53-bit string hash; not for secrecy, only to tell stores apart.
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ code, 2654435761);
    h2 = Math.imul(h2 ^ code, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return `v1${(4294967296 * (2097151 & h2) + (h1 >>> 0)).toString(36)}`;
}

/** Minutes since 2026-01-01 UTC: a SEQUENCE that grows between two exports a minute apart (DTSTAMP breaks ties). */
export function sequenceAt(now: Date): number {
  return Math.max(0, Math.floor((now.getTime() - Date.UTC(2026, 0, 1)) / 60_000));
}

const wallFormatters = new Map<string, Intl.DateTimeFormat>();

/** The wall-clock time of an instant in a time zone, as if it were UTC (ms). The system's zone when none is given. */
function wallClock(instant: number, timeZone: string | undefined): number {
  const date = new Date(instant);
  if (timeZone === undefined) {
    return Date.UTC(date.getFullYear(), date.getMonth(), date.getDate(), date.getHours(), date.getMinutes(), date.getSeconds());
  }
  let formatter = wallFormatters.get(timeZone);
  if (!formatter) {
    formatter = zoneFormatter('en-US', timeZone, { hourCycle: 'h23', year: 'numeric', month: 'numeric', day: 'numeric', hour: 'numeric', minute: 'numeric', second: 'numeric' });
    wallFormatters.set(timeZone, formatter);
  }
  const part = Object.fromEntries(formatter.formatToParts(date).map(({ type, value }) => [type, Number(value)]));
  return Date.UTC(part.year!, part.month! - 1, part.day!, part.hour!, part.minute!, part.second!);
}

/** The instant a local date and time ('HH:MM') names in a time zone (the later reading of an hour a DST change skips). */
export function instantOf(date: CalendarDate, time: string, timeZone: string | undefined): Date {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  const [hour, minute] = time.split(':').map(Number) as [number, number];
  const wall = Date.UTC(year, month - 1, day, hour, minute);
  // Two passes: the offset at a first guess, then at the instant that guess gives (they differ across a DST change).
  let instant = wall - (wallClock(wall, timeZone) - wall);
  instant = wall - (wallClock(instant, timeZone) - instant);
  return new Date(instant);
}

const minutesOf = (time: string) => {
  const [hour, minute] = time.split(':').map(Number) as [number, number];
  return hour * 60 + minute;
};

/**
 * The alarms of one event. `startMinute` is the event's start on the wall clock, in minutes from midnight of
 * the follow-up's date (0 for an all-day event; may be negative); `deadlineMinute` is when it must be done by.
 * - On the day: 09:00, or 19:00 the evening before when 09:00 leaves less than 3 hours before a deadline.
 * - Ahead: 09:00, 3 days before; fewer when the date is closer (2 days away: tomorrow at 09:00; 1 day away:
 *   this evening at 19:00); none for a date that is today or past. A repeating event is always warned 3 days
 *   ahead (less only when it repeats more often).
 */
export function alarmsFor(inDays: number, startMinute: number, deadlineMinute: number, everyDays?: number): CalendarAlarm[] {
  const at = (daysBefore: number, minuteOfDay: number, kind: CalendarAlarm['kind']): CalendarAlarm => ({
    kind,
    minutes: -daysBefore * 24 * 60 + minuteOfDay - startMinute,
    daysBefore,
  });
  const morning = ALARM_HOUR * 60;
  const day = deadlineMinute - morning >= MIN_LEAD_MINUTES ? at(0, morning, 'day') : at(1, EVENING_HOUR * 60, 'day');
  const alarms = [day];
  const ahead = everyDays ? Math.min(MAX_DAYS_AHEAD, everyDays - 1) : Math.min(MAX_DAYS_AHEAD, inDays - 1);
  if (ahead > day.daysBefore) alarms.unshift(at(ahead, morning, 'ahead'));
  else if (!everyDays && inDays === 1 && day.daysBefore === 0) alarms.unshift(at(1, EVENING_HOUR * 60, 'ahead'));
  return alarms;
}

/** One follow-up as an event: all-day, except a deadline with a local time (cancel-by), a short event ending at it. */
function eventOf(followUp: FollowUp, profileKey: string, timeZone: string | undefined, cancelled: boolean): CalendarEvent {
  const base = { uid: eventUid(profileKey, followUp.id), followUp, cancelled };
  const every = followUp.everyDays && followUp.everyDays > 0 ? { everyDays: followUp.everyDays } : {};
  if (followUp.time) {
    const end = instantOf(followUp.date, followUp.time, timeZone);
    const start = new Date(end.getTime() - DEADLINE_EVENT_MINUTES * 60_000);
    const deadline = minutesOf(followUp.time);
    return { ...base, when: { allDay: false, start, end }, alarms: cancelled ? [] : alarmsFor(followUp.inDays, deadline - DEADLINE_EVENT_MINUTES, deadline), ...every };
  }
  return { ...base, when: { allDay: true, date: followUp.date }, alarms: cancelled ? [] : alarmsFor(followUp.inDays, 0, 24 * 60, followUp.everyDays), ...every };
}

/**
 * The follow-ups that applied at some point of the history and no longer do (the cancellation was asked for, a
 * step was done, an answer changed), each as it last was, when its date is still ahead: a calendar that
 * imported an earlier export would remind the user of them. Replays the history: cheap next to writing a file.
 */
export function staleFollowUps(events: readonly HistoryEvent[], current: readonly FollowUp[], today: CalendarDate, timeZone?: string): FollowUp[] {
  const now = new Set(current.map((item) => item.id));
  const last = new Map<FollowUpId, FollowUp>();
  for (let end = 1; end <= events.length; end++) {
    if (events[end - 1]!.type === 'note') continue; // a note changes no date (and notes are most of a long history)
    const state = deriveState(events.slice(0, end));
    if (!state.answers) continue;
    for (const item of followUps(buildPlan(state.answers), state, dateIn(events[end - 1]!.at, timeZone), timeZone)) {
      if (!now.has(item.id)) last.set(item.id, item);
    }
  }
  return [...last.values()]
    .filter((item) => item.date >= today)
    .map((item) => ({ ...item, inDays: daysBetween(today, item.date) }));
}

/** Everything the calendar file holds: the follow-ups that apply (with alarms), then the stale ones, cancelled. */
export function buildCalendar(options: {
  current: readonly FollowUp[];
  stale: readonly FollowUp[];
  profileKey: string;
  now: Date;
  timeZone?: string;
}): Calendar {
  const { profileKey, timeZone } = options;
  return {
    events: [
      ...options.current.map((item) => eventOf(item, profileKey, timeZone, false)),
      ...options.stale.map((item) => eventOf(item, profileKey, timeZone, true)),
    ],
    sequence: sequenceAt(options.now),
  };
}
