import { println, timeZoneOf, type Context } from '../context.js';
import { markSkipped } from '../core/progress.js';
import { dateIn } from '../core/dates.js';
import { skipRisk } from '../core/warnings.js';
import { EXIT, UserError } from '../errors.js';
import { t } from '../text.js';
import { loadProfile, requireStep, stepParams } from './support/plan.js';
import { refuseSensitive } from './support/secrets.js';
import { printDefaultPlanHint, skipRiskLine } from '../io/notices.js';

export interface SkipOptions {
  reason?: string;
  /** Skip although the answers say the step applies, or store a reason that looks like a secret. */
  force?: boolean;
}

/** Skips a step that does not apply, with an optional reason (checked like a note: no secrets). */
export async function skip(ctx: Context, ref: string, options: SkipOptions): Promise<void> {
  const { profile, state, plan, renumbered } = loadProfile(ctx);
  const step = requireStep(plan, ref, renumbered);
  refuseSensitive(ctx, options.reason, options.force ?? false);
  // Skipping does not turn auto-refill off: where the answers say the step applies, it takes --force.
  const risk = skipRisk(step, plan, state);
  if (risk && !options.force) throw new UserError([skipRiskLine(risk, ctx.lang), ['skipForceHint', { id: step.id }]], EXIT.refused);
  const transition = markSkipped(state, step, ctx.now().toISOString(), options.reason);
  if (!transition.ok) return;
  await ctx.store.appendEvents(profile, transition.events);
  println(
    ctx.stdout,
    transition.outcome.kind === 'already-skipped'
      ? t(ctx.lang, 'alreadySkipped', { ...stepParams(ctx, step), date: dateIn(transition.outcome.at, timeZoneOf(ctx)) })
      : t(ctx.lang, 'markedSkipped', stepParams(ctx, step)),
  );
  printDefaultPlanHint(ctx, state);
}
