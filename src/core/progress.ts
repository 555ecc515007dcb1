import type { Localized, LocalizedParams } from '../i18n.js';
import type { CalendarDate } from './dates.js';
import type { PlanStep } from './plan.js';
import { joinLocalized, serviceName } from './service-steps.js';
import { SERVICE_STEP_PREFIX, type Answers, type HistoryEvent, type Note, type StepState, type StepStatus } from './types.js';

/** What a profile's history says now. */
export interface ProfileState {
  answers: Answers | null;
  steps: ReadonlyMap<string, StepState>;
}

type Change = { kind: 'status'; status: Exclude<StepStatus, 'pending'>; at: string; on?: string; reason?: string } | { kind: 'note'; at: string; text: string };

const PENDING: StepState = { status: 'pending', notes: [] };

function stateFromChanges(changes: readonly Change[]): StepState {
  const notes: Note[] = [];
  let current: StepState = { ...PENDING, notes };
  for (const change of changes) {
    if (change.kind === 'note') notes.push({ at: change.at, text: change.text });
    else current = { status: change.status, at: change.at, ...(change.on ? { on: change.on } : {}), ...(change.reason ? { reason: change.reason } : {}), notes };
  }
  return current;
}

function changesByStep(events: readonly HistoryEvent[]): Map<string, Change[]> {
  const byStep = new Map<string, Change[]>();
  for (const event of events) {
    if (event.type === 'answers') continue;
    const changes = byStep.get(event.step) ?? [];
    byStep.set(event.step, changes);
    if (event.type === 'undo') changes.pop();
    else if (event.type === 'note') changes.push({ kind: 'note', at: event.at, text: event.text });
    else if (event.type === 'done') changes.push({ kind: 'status', status: 'done', at: event.at, ...(event.on ? { on: event.on } : {}) });
    else changes.push({ kind: 'status', status: 'skipped', at: event.at, ...(event.reason ? { reason: event.reason } : {}) });
  }
  return byStep;
}

/**
 * Folds the history into the current state. Each step keeps a stack of its changes (status changes and
 * notes); `undo` pops the latest one, so undoing restores exactly what was there before.
 */
export function deriveState(events: readonly HistoryEvent[]): ProfileState {
  let answers: Answers | null = null;
  for (const event of events) if (event.type === 'answers') answers = event.answers;
  const steps = new Map<string, StepState>();
  for (const [step, changes] of changesByStep(events)) steps.set(step, stateFromChanges(changes));
  return { answers, steps };
}

export function stepState(state: ProfileState, stepId: string): StepState {
  return state.steps.get(stepId) ?? PENDING;
}

/** The result of asking for a change: the events to append (none for a no-op) and what to tell the user. */
/** A warning raised by a transition, with what it names (e.g. the services still pending). */
export interface RaisedWarning {
  id: string;
  params: LocalizedParams;
}

export type Transition =
  | { ok: true; events: HistoryEvent[]; outcome: Outcome; warnings: RaisedWarning[] }
  | { ok: false; refusal: Refusal };

export type Outcome =
  | { kind: 'done' }
  /** `on`: the date it was said to be done on (done --date), as typed. */
  | { kind: 'already-done'; at: string; on?: CalendarDate }
  | { kind: 'skipped' }
  | { kind: 'already-skipped'; at: string }
  | { kind: 'undone-status'; was: Exclude<StepStatus, 'pending'>; now: StepStatus }
  | { kind: 'undone-note'; text: string }
  | { kind: 'noted' };

export type Refusal =
  | { kind: 'nothing-to-undo' }
  | { kind: 'empty-note' }
  /** The umbrella accounts step is done when each account is: these are still waiting. */
  | { kind: 'accounts-pending'; services: Localized };

/** Warnings for prerequisites still pending when a step is marked done out of order. */
function outOfOrderWarnings(step: PlanStep, plan: readonly PlanStep[], state: ProfileState): RaisedWarning[] {
  const matches = (pattern: string, id: string) => (pattern.endsWith('*') ? id.startsWith(pattern.slice(0, -1)) : id === pattern);
  return (step.def.prerequisites ?? []).flatMap((prerequisite) => {
    const waiting = plan.filter((other) => matches(prerequisite.step, other.id) && stepState(state, other.id).status === 'pending');
    if (!waiting.length) return [];
    // A family of steps (the services) is named in the warning.
    const services = joinLocalized(waiting.map((other) => serviceName(other.id, state.answers)));
    const params: LocalizedParams = prerequisite.step.endsWith('*') ? { services } : {};
    return [{ id: prerequisite.warning, params }];
  });
}

/** `on`: the calendar date the user gave for it, kept as typed. */
export function markDone(state: ProfileState, plan: readonly PlanStep[], step: PlanStep, at: string, on?: string): Transition {
  const current = stepState(state, step.id);
  // A recurring step (using a kept number now and then) records every time it is done.
  if (current.status === 'done' && !step.def.recurring) return { ok: true, events: [], outcome: { kind: 'already-done', at: current.at ?? at, ...(current.on ? { on: current.on } : {}) }, warnings: [] };
  if (step.id === 'move-accounts') {
    const waiting = plan.filter((other) => other.id.startsWith(SERVICE_STEP_PREFIX) && stepState(state, other.id).status === 'pending');
    if (waiting.length) return { ok: false, refusal: { kind: 'accounts-pending', services: joinLocalized(waiting.map((other) => serviceName(other.id, state.answers))) } };
  }
  return { ok: true, events: [{ type: 'done', at, step: step.id, ...(on ? { on } : {}) }], outcome: { kind: 'done' }, warnings: outOfOrderWarnings(step, plan, state) };
}

export function markSkipped(state: ProfileState, step: PlanStep, at: string, reason?: string): Transition {
  const current = stepState(state, step.id);
  const trimmed = reason?.trim();
  if (current.status === 'skipped' && (current.reason ?? '') === (trimmed ?? '')) {
    return { ok: true, events: [], outcome: { kind: 'already-skipped', at: current.at ?? at }, warnings: [] };
  }
  return { ok: true, events: [{ type: 'skip', at, step: step.id, ...(trimmed ? { reason: trimmed } : {}) }], outcome: { kind: 'skipped' }, warnings: [] };
}

/** Reverts the latest change to a step, whether a status change or a note. */
export function undoLast(events: readonly HistoryEvent[], stepId: string, at: string): Transition {
  const changes = changesByStep(events).get(stepId) ?? [];
  const last = changes.at(-1);
  if (!last) return { ok: false, refusal: { kind: 'nothing-to-undo' } };
  const undo: HistoryEvent = { type: 'undo', at, step: stepId };
  if (last.kind === 'note') return { ok: true, events: [undo], outcome: { kind: 'undone-note', text: last.text }, warnings: [] };
  const now = stateFromChanges(changes.slice(0, -1)).status;
  return { ok: true, events: [undo], outcome: { kind: 'undone-status', was: last.status, now }, warnings: [] };
}

export function addNote(step: PlanStep, text: string, at: string): Transition {
  const trimmed = text.trim();
  if (!trimmed) return { ok: false, refusal: { kind: 'empty-note' } };
  return { ok: true, events: [{ type: 'note', at, step: step.id, text: trimmed }], outcome: { kind: 'noted' }, warnings: [] };
}
