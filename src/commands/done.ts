import { println, timeZoneOf, todayOf, type Context } from '../context.js';
import { deriveState, markDone, type RaisedWarning } from '../core/progress.js';
import type { HistoryEvent } from '../core/types.js';
import { dateIn, dateRangeProblem, momentOf, parseDateInput } from '../core/dates.js';
import { EXIT, UserError } from '../errors.js';
import { t } from '../text.js';
import { printDefaultPlanHint, printOutOfOrder } from '../io/notices.js';
import { loadProfile, requireStep, stepParams } from './support/plan.js';

/** Marks steps done. Every reference is checked first: one unknown step changes nothing. */
export interface DoneOptions {
  /** The day it was done, YYYY-MM-DD, when that was not today. */
  date?: string;
}

/**
 * The moment to record, and the calendar date the user gave (kept as typed, so it reads the same in every time
 * zone): now, or the day given with --date (a real date, not in the future, not before 2000).
 */
export function doneAt(ctx: Context, date: string | undefined): { at: string; on?: string } {
  if (date === undefined) return { at: ctx.now().toISOString() };
  const parsed = parseDateInput(date.normalize('NFKC'));
  if (!parsed) throw new UserError(['invalidDateOption', { value: date }], EXIT.usage);
  const today = todayOf(ctx);
  if (parsed > today) throw new UserError(['futureDateOption', { value: parsed }], EXIT.refused);
  if (dateRangeProblem(parsed, today)) throw new UserError(['dateTooEarly', { value: parsed }], EXIT.usage);
  return parsed === today ? { at: ctx.now().toISOString(), on: parsed } : { at: momentOf(parsed), on: parsed };
}

export async function done(ctx: Context, refs: readonly string[], options: DoneOptions = {}): Promise<void> {
  const { profile, events, state, plan, renumbered } = loadProfile(ctx);
  const steps = [...new Set(refs.map((ref) => requireStep(plan, ref, renumbered)))];
  const { at, on } = doneAt(ctx, options.date);
  const added: HistoryEvent[] = [];
  const lines: string[] = [];
  const warnings = new Map<string, RaisedWarning>();
  for (const step of steps) {
    const transition = markDone(deriveState([...events, ...added]), plan, step, at, on);
    // Every step is checked before anything is saved: one refusal changes nothing.
    if (!transition.ok) {
      if (transition.refusal.kind === 'accounts-pending') throw new UserError(['accountsStillPending', { services: transition.refusal.services[ctx.lang] }], EXIT.refused);
      continue;
    }
    added.push(...transition.events);
    transition.warnings.forEach((warning) => warnings.set(warning.id, warning));
    lines.push(
      transition.outcome.kind === 'already-done'
        ? t(ctx.lang, 'alreadyDone', { ...stepParams(ctx, step), date: transition.outcome.on ?? dateIn(transition.outcome.at, timeZoneOf(ctx)) })
        : ctx.paint.green(t(ctx.lang, 'markedDone', stepParams(ctx, step))),
    );
  }
  await ctx.store.appendEvents(profile, added);
  lines.forEach((line) => println(ctx.stdout, line));
  printOutOfOrder(ctx, [...warnings.values()]);
  printDefaultPlanHint(ctx, state);
}
