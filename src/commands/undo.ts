import { println, type Context } from '../context.js';
import { undoLast } from '../core/progress.js';
import type { StepStatus } from '../core/types.js';
import type { MessageKey } from '../content/messages.js';
import { visible } from '../io/visible.js';
import { t } from '../text.js';
import { loadProfile, refuseTransition, requireStep, stepParams } from './support/plan.js';

const STATUS_KEY: Record<StepStatus, MessageKey> = { pending: 'statusPending', done: 'statusDone', skipped: 'statusSkipped' };

/** Reverts the latest change to one step: a status change or a note. */
export async function undo(ctx: Context, ref: string): Promise<void> {
  const { profile, events, plan } = loadProfile(ctx);
  const step = requireStep(plan, ref);
  const transition = undoLast(events, step.id, ctx.now().toISOString());
  if (!transition.ok) refuseTransition(transition, ctx, step);
  await ctx.store.appendEvents(profile, transition.events);
  const outcome = transition.outcome;
  if (outcome.kind === 'undone-note') println(ctx.stdout, t(ctx.lang, 'undoneNote', { ...stepParams(ctx, step), text: visible(outcome.text) }));
  else if (outcome.kind === 'undone-status') {
    println(ctx.stdout, t(ctx.lang, 'undoneStatus', { ...stepParams(ctx, step), status: t(ctx.lang, STATUS_KEY[outcome.now]) }));
  }
}
