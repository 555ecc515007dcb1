import { println, timeZoneOf, todayOf, type Context } from '../context.js';
import { deriveState, markDone, type RaisedWarning } from '../core/progress.js';
import type { HistoryEvent } from '../core/types.js';
import { dateIn, momentOf, parseDateInput } from '../core/dates.js';
import { EXIT, UserError } from '../errors.js';
import { t } from '../text.js';
import { loadProfile, printDefaultPlanHint, printOutOfOrder, requireStep, stepParams } from './shared.js';

/** Marks steps done. Every reference is checked first: one unknown step changes nothing. */
export interface DoneOptions {
  /** The day it was done, YYYY-MM-DD, when that was not today. */
  date?: string;
}

/** The moment to record: now, or the day given with --date (which must be a real date, not in the future). */
function doneAt(ctx: Context, date: string | undefined): string {
  if (date === undefined) return ctx.now().toISOString();
  const parsed = parseDateInput(date);
  if (!parsed) throw new UserError(['invalidDateOption', { value: date }], EXIT.usage);
  const today = todayOf(ctx);
  if (parsed > today) throw new UserError(['futureDateOption', { value: parsed }], EXIT.refused);
  return parsed === today ? ctx.now().toISOString() : momentOf(parsed);
}

export async function done(ctx: Context, refs: readonly string[], options: DoneOptions = {}): Promise<void> {
  const { profile, events, state, plan } = loadProfile(ctx);
  const steps = [...new Set(refs.map((ref) => requireStep(plan, ref)))];
  const at = doneAt(ctx, options.date);
  const added: HistoryEvent[] = [];
  const lines: string[] = [];
  const warnings = new Map<string, RaisedWarning>();
  for (const step of steps) {
    const transition = markDone(deriveState([...events, ...added]), plan, step, at);
    if (!transition.ok) continue;
    added.push(...transition.events);
    transition.warnings.forEach((warning) => warnings.set(warning.id, warning));
    lines.push(
      transition.outcome.kind === 'already-done'
        ? t(ctx.lang, 'alreadyDone', { ...stepParams(ctx, step), date: dateIn(transition.outcome.at, timeZoneOf(ctx)) })
        : ctx.paint.green(t(ctx.lang, 'markedDone', stepParams(ctx, step))),
    );
  }
  await ctx.store.appendEvents(profile, added);
  lines.forEach((line) => println(ctx.stdout, line));
  printOutOfOrder(ctx, [...warnings.values()]);
  printDefaultPlanHint(ctx, state);
}
