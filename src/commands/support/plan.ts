// The active profile as commands read it: its history, its plan, and the step a command line names.
import { invocationOf, type Context } from '../../context.js';
import { buildPlan, type PlanStep } from '../../core/plan.js';
import { deriveState, type ProfileState, type Transition } from '../../core/progress.js';
import { findStep, normalizeRef } from '../../core/step-ref.js';
import type { Answers, HistoryEvent } from '../../core/types.js';
import type { MessageKey } from '../../content/messages.js';
import { UserError, type MessageLine } from '../../errors.js';
import { localize, setInvocation } from '../../i18n.js';
import type { StoreOverview } from '../../io/store.js';
import { listOf } from '../../text.js';

/** The active profile as commands need it: its history, what it means now, and the plan. */
export interface Loaded {
  profile: string;
  /** Answers saved from an interrupted guided session, if any. */
  draft?: Partial<Answers>;
  /** How many profiles the store holds: with more than one, output names the profile it shows. */
  profileCount: number;
  events: HistoryEvent[];
  state: ProfileState;
  plan: PlanStep[];
  /**
   * The plan as it was before the answers last changed, when nothing has been recorded since: a step number the
   * user saw before that change may now name another step.
   */
  renumbered?: PlanStep[];
}

/** The plan before the latest answers, when the answers are the latest event and replaced earlier ones. */
function planBeforeChange(events: readonly HistoryEvent[]): PlanStep[] | undefined {
  const last = events.at(-1);
  if (last?.type !== 'answers') return undefined;
  // The first answers replace the general plan, whose numbers nobody relies on: only a change counts.
  const previous = events.slice(0, -1).findLast((event) => event.type === 'answers');
  return previous?.type === 'answers' ? buildPlan(previous.answers) : undefined;
}

/** The profile this command works on: --profile if given (it must exist), else the active one. */
export function chooseProfile(ctx: Context, overview: StoreOverview): string {
  const wanted = ctx.profileFlag;
  if (wanted === undefined) return overview.activeProfile;
  const { names } = overview;
  if (!names.includes(wanted)) {
    // Its hints must not name the profile that does not exist.
    setInvocation(invocationOf(ctx.env, undefined));
    throw new UserError(['unknownProfile', { name: wanted, names: listOf(names) }]);
  }
  return wanted;
}

export function loadProfile(ctx: Context): Loaded {
  const overview = ctx.store.readOverview();
  const profile = chooseProfile(ctx, overview);
  const { events, draft } = ctx.store.readProfile(profile);
  const state = deriveState(events);
  const renumbered = planBeforeChange(events);
  return { profile, profileCount: overview.names.length, events, state, plan: buildPlan(state.answers), ...(draft ? { draft } : {}), ...(renumbered ? { renumbered } : {}) };
}

/**
 * The step a user named, or a refusal listing the closest ids. A number that named another step before the answers
 * last changed (and nothing was recorded since) is refused rather than guessed.
 */
export function requireStep(plan: readonly PlanStep[], ref: string, renumbered?: readonly PlanStep[]): PlanStep {
  const found = findStep(plan, ref);
  if (found.ok) {
    const number = /^#?(\d{1,3})$/.exec(normalizeRef(ref))?.[1];
    const before = number && renumbered ? renumbered[Number(number) - 1] : undefined;
    if (before && before.id !== found.step.id) {
      throw new UserError(['stepNumbersChanged', { number: Number(number), was: before.id, now: found.step.id, id: found.step.id }]);
    }
    return found.step;
  }
  if ('ambiguous' in found) throw new UserError([['ambiguousStep', { ref: found.ref, ids: listOf(found.ambiguous) }]]);
  const lines: MessageLine[] = [['unknownStep', { ref: found.ref }]];
  if (found.suggestions.length) lines.push(['closestSteps', { ids: listOf(found.suggestions) }]);
  lines.push(['seeList']);
  throw new UserError(lines);
}

export function stepParams(ctx: Context, step: PlanStep) {
  return { number: step.number, title: localize(step.title, ctx.lang) };
}

export function refuseTransition(transition: Transition, ctx: Context, step: PlanStep): never {
  if (transition.ok) throw new Error('refuseTransition called with an accepted transition');
  const key: MessageKey = transition.refusal.kind === 'nothing-to-undo' ? 'nothingToUndo' : 'emptyNote';
  throw new UserError([key, stepParams(ctx, step)]);
}
