import { println, type Context } from '../context.js';
import { deriveState, markDone, type RaisedWarning } from '../core/progress.js';
import type { HistoryEvent } from '../core/types.js';
import { formatDate } from '../io/render.js';
import { t } from '../text.js';
import { loadProfile, printDefaultPlanHint, printOutOfOrder, requireStep, stepParams } from './shared.js';

/** Marks steps done. Every reference is checked first: one unknown step changes nothing. */
export async function done(ctx: Context, refs: readonly string[]): Promise<void> {
  const { profile, events, state, plan } = loadProfile(ctx);
  const steps = [...new Set(refs.map((ref) => requireStep(plan, ref)))];
  const at = ctx.now().toISOString();
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
        ? t(ctx.lang, 'alreadyDone', { ...stepParams(ctx, step), date: formatDate(transition.outcome.at, ctx.env.TZ || undefined) })
        : ctx.paint.green(t(ctx.lang, 'markedDone', stepParams(ctx, step))),
    );
  }
  await ctx.store.appendEvents(profile, added);
  lines.forEach((line) => println(ctx.stdout, line));
  printOutOfOrder(ctx, [...warnings.values()]);
  printDefaultPlanHint(ctx, state);
}
