// Calendar dates ("YYYY-MM-DD") are what people plan with: a renewal date, a deadline. They carry no time zone;
// a moment (an ISO timestamp from the history) becomes a calendar date only in the user's time zone.

export type CalendarDate = string;

export function isCalendarDate(value: unknown): value is CalendarDate {
  if (typeof value !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(value);
}

/** The dates a person can mean here: a prepaid line, a renewal or a deadline (0001-01-01 is a slip of the keyboard). */
export const FIRST_DATE = '1990-01-01';
export const LAST_DATE = '2099-12-31';

/** What a person typed ("2026-12-01", "2026/12/1") as a calendar date, or null if it is not a real date in range. */
export function parseDateInput(text: string): CalendarDate | null {
  const match = /^\s*(\d{4})[-/.年](\d{1,2})[-/.月](\d{1,2})日?\s*$/.exec(text);
  if (!match) return null;
  const date = `${match[1]}-${match[2]!.padStart(2, '0')}-${match[3]!.padStart(2, '0')}`;
  return isCalendarDate(date) && date >= FIRST_DATE && date <= LAST_DATE ? date : null;
}

const formatters = new Map<string, Intl.DateTimeFormat>();

/** The calendar date of a moment in a time zone (the system's when none is given). */
export function dateIn(moment: Date | string, timeZone?: string): CalendarDate {
  const date = new Date(moment);
  // In the process's own time zone the Date getters give the answer; Intl would load ICU's time zone data
  // first (over 10 ms of every start-up). Another zone (tests, a different TZ) goes through Intl.
  if (timeZone === undefined || timeZone === process.env.TZ) {
    return `${String(date.getFullYear()).padStart(4, '0')}-${String(date.getMonth() + 1).padStart(2, '0')}-${String(date.getDate()).padStart(2, '0')}`;
  }
  // Building a formatter costs milliseconds (time zone data): one per time zone, reused.
  const key = timeZone;
  let formatter = formatters.get(key);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' });
    formatters.set(key, formatter);
  }
  return formatter.format(date);
}

export function addDays(date: CalendarDate, days: number): CalendarDate {
  const next = new Date(`${date}T00:00:00Z`);
  next.setUTCDate(next.getUTCDate() + days);
  return next.toISOString().slice(0, 10);
}

/** Adds calendar months; a day that does not exist in the target month becomes that month's last day. */
export function addMonths(date: CalendarDate, months: number): CalendarDate {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  const target = new Date(Date.UTC(year, month - 1 + months, 1));
  const lastDay = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
  target.setUTCDate(Math.min(day, lastDay));
  return target.toISOString().slice(0, 10);
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: CalendarDate, to: CalendarDate): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

/** The moment recorded for something done on a calendar date: noon UTC, which is that same date in the Americas, Europe and Asia. */
export function momentOf(date: CalendarDate): string {
  return `${date}T12:00:00.000Z`;
}
