import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { buildPlan } from '../../src/core/plan.js';
import { addNote, deriveState, markDone, markSkipped, stepState, undoLast, type Transition } from '../../src/core/progress.js';
import { buildReport } from '../../src/core/report.js';
import type { HistoryEvent, StepState } from '../../src/core/types.js';
import { fcSeed } from '../helpers/seed.js';
import { answers } from '../helpers/world.js';

// Property tests of the pure core: random sequences of done / skip / undo / note, checked against a
// reference model written independently of deriveState (a plain list of changes per step).

const setUp: HistoryEvent = { type: 'answers', at: '2026-11-01T00:00:00.000Z', answers: answers({ services: ['chase', 'wechat'] }) };
const plan = buildPlan(setUp.answers);
const stepIds = plan.map((step) => step.id);

type Op = { kind: 'done' | 'skip' | 'undo' | 'note'; step: string; text: string };
const op = fc.record({
  kind: fc.constantFrom<Op['kind']>('done', 'skip', 'undo', 'note'),
  step: fc.constantFrom(...stepIds),
  text: fc.oneof(fc.constant(''), fc.string({ maxLength: 12 }), fc.constant('  spaced  ')),
});

/** Applies an op through the real transitions, as the commands do. */
function apply(events: HistoryEvent[], next: Op, index: number): HistoryEvent[] {
  const at = new Date(Date.UTC(2026, 10, 2, 0, index)).toISOString();
  const state = deriveState(events);
  const step = plan.find((candidate) => candidate.id === next.step)!;
  const transition: Transition =
    next.kind === 'done'
      ? markDone(state, plan, step, at)
      : next.kind === 'skip'
        ? markSkipped(state, step, at, next.text)
        : next.kind === 'undo'
          ? undoLast(events, step.id, at)
          : addNote(step, next.text, at);
  return transition.ok ? [...events, ...transition.events] : events;
}

/** The reference model: every change to a step in order; an undo removes the latest one. */
function model(events: readonly HistoryEvent[], stepId: string): StepState {
  const changes: HistoryEvent[] = [];
  for (const event of events) {
    if (event.type === 'answers' || event.step !== stepId) continue;
    if (event.type === 'undo') changes.pop();
    else changes.push(event);
  }
  const statuses = changes.filter((change) => change.type === 'done' || change.type === 'skip');
  const last = statuses.at(-1);
  const notes = changes.flatMap((change) => (change.type === 'note' ? [{ at: change.at, text: change.text }] : []));
  if (!last) return { status: 'pending', notes };
  const reason = last.type === 'skip' ? last.reason : undefined;
  return { status: last.type === 'done' ? 'done' : 'skipped', at: last.at, ...(reason ? { reason } : {}), notes };
}

describe('the core under random sequences of done, skip, undo and note', () => {
  it('the state always matches what the history says', (t) => {
    fc.assert(
      fc.property(fc.array(op, { maxLength: 60 }), (ops) => {
        const events = ops.reduce(apply, [setUp]);
        const state = deriveState(events);
        for (const id of stepIds) assert.deepEqual(stepState(state, id), model(events, id));
      }),
      fcSeed(t, { numRuns: 500 }),
    );
  });

  it('undo right after a change restores the step exactly', (t) => {
    fc.assert(
      fc.property(fc.array(op, { maxLength: 40 }), op.filter((change) => change.kind !== 'undo'), (ops, change) => {
        const before = ops.reduce(apply, [setUp]);
        const changed = apply(before, change, 1000);
        fc.pre(changed.length > before.length);
        const undone = apply(changed, { kind: 'undo', step: change.step, text: '' }, 1001);
        assert.deepEqual(stepState(deriveState(undone), change.step), stepState(deriveState(before), change.step));
      }),
      fcSeed(t, { numRuns: 500 }),
    );
  });

  // (Two properties stood here that could not fail: "no step is lost from the plan", which ops that never change
  // the answers guarantee by construction, and "notes are never dropped", which the first property implies.)
  it('list and export show each step as the history says, and count the steps they show', (t) => {
    const now = new Date('2026-11-24T00:00:00Z');
    fc.assert(
      fc.property(fc.array(op, { maxLength: 60 }), (ops) => {
        const events = ops.reduce(apply, [setUp]);
        const report = buildReport(events, now);
        for (const step of report.steps) {
          const expected = model(events, step.id);
          // A recurring step (renew and keep the line working) is due again once its own follow-up date has come.
          const dueAgain = step.def.recurring && report.followUps.some((item) => item.id === step.id && item.inDays <= 0);
          assert.equal(step.status, dueAgain ? 'pending' : expected.status, step.id);
          assert.deepEqual(step.notes, expected.notes, step.id);
        }
        const counted = (status: StepState['status']) => report.steps.filter((step) => step.status === status).length;
        assert.deepEqual(report.progress, { done: counted('done'), skipped: counted('skipped'), pending: counted('pending'), total: stepIds.length });
      }),
      fcSeed(t, { numRuns: 500 }),
    );
  });
});
