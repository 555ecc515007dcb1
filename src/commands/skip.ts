import { println, timeZoneOf, type Context } from '../context.js';
import { deriveState, markSkipped } from '../core/progress.js';
import { dateIn } from '../core/dates.js';
import type { HistoryEvent } from '../core/types.js';
import { skipRisk } from '../core/warnings.js';
import { EXIT, UserError, type MessageLine } from '../errors.js';
import { t } from '../text.js';
import { printDefaultPlanHint, skipRiskLine } from '../io/notices.js';
import { loadProfile, requireStep, stepParams } from './support/plan.js';
import { refuseSensitive } from './support/secrets.js';

export interface SkipOptions {
  reason?: string;
  /** Skip although the answers say the step applies, or store a reason that looks like a secret. */
  force?: boolean;
}

/**
 * Skips steps that do not apply, with an optional reason for all of them (checked like a note: no secrets). Every
 * reference is checked first, and every step as if skipped in turn: one that needs --force refuses the whole
 * command, and nothing is saved.
 */
export async function skip(ctx: Context, refs: readonly string[], options: SkipOptions): Promise<void> {
  const { profile, events, state, plan, renumbered } = loadProfile(ctx);
  const steps = [...new Set(refs.map((ref) => requireStep(plan, ref, renumbered)))];
  refuseSensitive(ctx, options.reason, options.force ?? false);
  const at = ctx.now().toISOString();
  const added: HistoryEvent[] = [];
  const risks: MessageLine[] = [];
  const lines: string[] = [];
  for (const step of steps) {
    const before = deriveState([...events, ...added]);
    // Skipping does not turn auto-refill off: where the answers say the step applies, it takes --force.
    const risk = skipRisk(step, plan, before);
    if (risk && !options.force) risks.push(skipRiskLine(risk, ctx.lang));
    const transition = markSkipped(before, step, at, options.reason);
    if (!transition.ok) continue;
    added.push(...transition.events);
    lines.push(
      transition.outcome.kind === 'already-skipped'
        ? t(ctx.lang, 'alreadySkipped', { ...stepParams(ctx, step), date: dateIn(transition.outcome.at, timeZoneOf(ctx)) })
        : t(ctx.lang, 'markedSkipped', stepParams(ctx, step)),
    );
  }
  if (risks.length) {
    const hint: MessageLine = steps.length === 1 ? ['skipForceHint', { id: steps[0]!.id }] : ['skipForceSteps', { ids: steps.map((step) => step.id).join(' ') }];
    throw new UserError([...risks, hint], EXIT.refused);
  }
  if (added.length) await ctx.store.appendEvents(profile, added);
  lines.forEach((line) => println(ctx.stdout, line));
  printDefaultPlanHint(ctx, state);
}
