// Calendar dates ("YYYY-MM-DD") are what people plan with: a renewal date, a deadline. They carry no time zone;
// a moment (an ISO timestamp from the history) becomes a calendar date only in the user's time zone.

export type CalendarDate = string;

export function isCalendarDate(value: unknown): value is CalendarDate {
  if (typeof value !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(value);
}

/**
 * What a person typed ("2026-12-01", "2026/12/1") as a calendar date, or null if it is not a real date. Whether it
 * is a date that makes sense here (not 0001-01-01) is dateRangeProblem's question, with its own message.
 */
export function parseDateInput(text: string): CalendarDate | null {
  // NFKC: full-width digits and dashes as a Chinese input method types them (２０２６－１１－２０).
  const match = /^\s*(\d{4})[-/.年](\d{1,2})[-/.月](\d{1,2})日?\s*$/.exec(text.normalize('NFKC'));
  if (!match) return null;
  const date = `${match[1]}-${match[2]!.padStart(2, '0')}-${match[3]!.padStart(2, '0')}`;
  return isCalendarDate(date) ? date : null;
}

const formatters = new Map<string, Intl.DateTimeFormat>();

/**
 * Intl's formatter for a time zone. A zone Intl does not know (TZ may hold a POSIX rule such as 'CST-8') gets the
 * system's zone, which Node derives from the same TZ, rather than a RangeError.
 */
export function zoneFormatter(locale: string, timeZone: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  try {
    return new Intl.DateTimeFormat(locale, { ...options, timeZone });
  } catch (error) {
    if (!(error instanceof RangeError)) throw error;
    return new Intl.DateTimeFormat(locale, options);
  }
}

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
    formatter = zoneFormatter('en-CA', timeZone, { year: 'numeric', month: '2-digit', day: '2-digit' });
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

/** The earliest and latest dates simexit accepts for a plan: before 2000 or over five years ahead is a typo. */
export const EARLIEST_DATE = '2000-01-01';
export const LATEST_YEARS_AHEAD = 5;

/** Why a date typed for the plan is refused, or null: before 2000, or further ahead than any prepaid plan runs. */
export function dateRangeProblem(date: CalendarDate, today: CalendarDate): 'too-early' | 'too-late' | null {
  if (date < EARLIEST_DATE) return 'too-early';
  if (date > addMonths(today, 12 * LATEST_YEARS_AHEAD)) return 'too-late';
  return null;
}

/**
 * US Eastern time's offset from UTC in hours at a moment (-4 in daylight time, else -5), by the rule in force since
 * 2007: daylight time from the second Sunday of March, 02:00 local, to the first Sunday of November, 02:00 local.
 * Computed rather than asked of Intl, whose time zone data costs milliseconds to load.
 */
export function easternOffsetHours(moment: Date): number {
  const year = moment.getUTCFullYear();
  const sunday = (month: number, nth: number) => {
    const first = new Date(Date.UTC(year, month, 1)).getUTCDay();
    return 1 + ((7 - first) % 7) + 7 * (nth - 1);
  };
  const start = Date.UTC(year, 2, sunday(2, 2), 2 + 5); // 02:00 EST
  const end = Date.UTC(year, 10, sunday(10, 1), 2 + 4); // 02:00 EDT
  const time = moment.getTime();
  return time >= start && time < end ? -4 : -5;
}

/** The moment of an hour on a calendar date in US Eastern time. */
export function easternMoment(date: CalendarDate, hour: number): Date {
  const guess = new Date(`${date}T${String(hour).padStart(2, '0')}:00:00.000Z`);
  const offset = easternOffsetHours(new Date(guess.getTime() + 5 * 3_600_000));
  return new Date(guess.getTime() - offset * 3_600_000);
}

const timeFormatters = new Map<string, Intl.DateTimeFormat>();

/** The calendar date and the time ('HH:MM', 24-hour) of a moment in a time zone (the system's when none is given). */
export function dateTimeIn(moment: Date, timeZone?: string): { date: CalendarDate; time: string } {
  const two = (value: number) => String(value).padStart(2, '0');
  if (timeZone === undefined || timeZone === process.env.TZ) {
    return { date: dateIn(moment), time: `${two(moment.getHours())}:${two(moment.getMinutes())}` };
  }
  let formatter = timeFormatters.get(timeZone);
  if (!formatter) {
    formatter = zoneFormatter('en-CA', timeZone, { hourCycle: 'h23', hour: '2-digit', minute: '2-digit' });
    timeFormatters.set(timeZone, formatter);
  }
  return { date: dateIn(moment, timeZone), time: formatter.format(moment) };
}
