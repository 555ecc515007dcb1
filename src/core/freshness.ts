import type { Source } from './types.js';

// How old a fact is: the newest date among its sources (a page's own date where it shows one, otherwise
// when it was read). Facts older than two years are shown with a warning that they may be out of date.

export const OUTDATED_AFTER_YEARS = 2;

/** The date a fact stands for (YYYY, YYYY-MM or YYYY-MM-DD), or undefined without sources. */
export function factDate(sources: readonly Source[]): string | undefined {
  const dates = sources.map((source) => source.date ?? source.read).filter((date): date is string => Boolean(date));
  return dates.sort().at(-1);
}

/** Whether a date (read as its first day: "2024" is 2024-01-01) lies more than two years before `now`. */
export function isOutdated(date: string, now: Date): boolean {
  const [year, month = 1, day = 1] = date.split('-').map(Number) as [number, number?, number?];
  const limit = new Date(Date.UTC(now.getUTCFullYear() - OUTDATED_AFTER_YEARS, now.getUTCMonth(), now.getUTCDate()));
  return Date.UTC(year, month - 1, day) < limit.getTime();
}
