import { findCarrier } from '../content/carriers.js';
import { findFact } from '../content/facts.js';
import { dateIn } from './dates.js';
import { followUps, type FollowUp } from './follow-ups.js';
import { buildPlan, type PlanStep } from './plan.js';
import { deriveState, stepState, type ProfileState } from './progress.js';
import type { Answers, Fact, HistoryEvent, StepState } from './types.js';
import type { FactId } from '../content/data/index.js';
import { activeWarnings, pendingServiceNames, type ActiveWarning } from './warnings.js';
import { bothLanguages } from '../text.js';

/** The view model shared by `list`, `export` and the guided session: data, not strings. */
export interface Report {
  /** False while the user has not answered the guided questions (the general plan). */
  tailored: boolean;
  answers: Answers | null;
  progress: { done: number; skipped: number; pending: number; total: number };
  steps: ReportStep[];
  warnings: ActiveWarning[];
  followUps: FollowUp[];
}

export interface ReportStep extends PlanStep, StepState {
  facts: Fact[];
}

/**
 * The facts of a step that apply to this user: one carrier's rule only to that carrier's users (Tello's balance
 * rule is not shown to an Ultra user), a fact about moving the number only to someone keeping it. With no answers
 * (the general plan) every fact is shown.
 */
export function factsFor(ids: readonly FactId[] | undefined, answers: Answers | null = null): Fact[] {
  return (ids ?? []).flatMap((id) => {
    const fact = findFact(id);
    if (!fact) throw new Error(`No fact with id ${id} in content/facts.ts`);
    const applies = fact.appliesTo;
    if (answers && applies?.carriers && !applies.carriers.includes(answers.carrier)) return [];
    if (answers && applies?.goal && applies.goal !== answers.goal) return [];
    return [fact];
  });
}

/**
 * `timeZone` is the user's: it decides what "today" is and on which day something was done. `plan` is the
 * state's plan (buildPlan(state.answers)), passed by callers that have it already: with many accounts to
 * move, building it is a good part of a `list`.
 */
export function reportFromState(state: ProfileState, now: Date, timeZone?: string, plan = buildPlan(state.answers)): Report {
  const services = pendingServiceNames(plan, state);
  const dates = followUps(plan, state, dateIn(now, timeZone), timeZone, now);
  // A recurring step is pending again once its follow-up (of the same id) is due.
  const dueAgain = (step: PlanStep) => step.def.recurring && dates.some((item) => item.id === step.id && item.inDays <= 0);
  const steps = plan.map((step) => ({
    ...step,
    ...stepState(state, step.id),
    ...(dueAgain(step) ? { status: 'pending' as const } : {}),
    facts: factsFor(step.def.facts, state.answers),
    // The cancellation names every account still waiting to be moved.
    details: step.id === 'cancel' && services ? [...step.details, bothLanguages('cancelPendingServices', { services })] : step.details,
  }));
  const count = (status: StepState['status']) => steps.filter((step) => step.status === status).length;
  return {
    tailored: state.answers !== null,
    answers: state.answers,
    progress: { done: count('done'), skipped: count('skipped'), pending: count('pending'), total: steps.length },
    steps,
    warnings: activeWarnings(plan, state, now, dateIn(now, timeZone), timeZone),
    followUps: dates,
  };
}

export function buildReport(events: readonly HistoryEvent[], now: Date, timeZone?: string): Report {
  return reportFromState(deriveState(events), now, timeZone);
}

export function carrierName(answers: Answers | null) {
  return findCarrier(answers?.carrier)?.name;
}

/** Masks a label for reports that may be shared: keeps the last two characters. */
export function maskLabel(label: string): string {
  const chars = [...label];
  return chars.length <= 2 ? '•'.repeat(chars.length) : '•'.repeat(chars.length - 2) + chars.slice(-2).join('');
}
