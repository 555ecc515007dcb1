import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { buildPlan } from '../../src/core/plan.js';
import { addNote, deriveState, markDone, markSkipped, stepState, undoLast, type Transition } from '../../src/core/progress.js';
import type { HistoryEvent } from '../../src/core/types.js';
import { answers } from '../helpers/world.js';

const T1 = '2026-11-20T10:00:00.000Z';
const T2 = '2026-11-21T10:00:00.000Z';
const plan = buildPlan(null);
const step = (id: string) => plan.find((candidate) => candidate.id === id)!;
const events = (transition: Transition) => (transition.ok ? transition.events : assert.fail('refused'));

describe('deriveState', () => {
  it('starts with every step pending and no answers', () => {
    const state = deriveState([]);
    assert.equal(state.answers, null);
    assert.deepEqual(stepState(state, 'backup'), { status: 'pending', notes: [] });
  });

  it('takes the latest answers', () => {
    const state = deriveState([
      { type: 'answers', at: T1, answers: answers({ label: 'a' }) },
      { type: 'answers', at: T2, answers: answers({ label: 'b' }) },
    ]);
    assert.equal(state.answers?.label, 'b');
  });

  it('keeps progress of steps that are not in the current plan, so changing answers back restores it', () => {
    const history: HistoryEvent[] = [
      { type: 'done', at: T1, step: 'cancel' },
      { type: 'answers', at: T2, answers: answers({ goal: 'keep' }) },
      { type: 'answers', at: T2, answers: answers({ goal: 'leave' }) },
    ];
    assert.equal(stepState(deriveState(history), 'cancel').status, 'done');
  });
});

describe('transitions', () => {
  it('marks a pending step done with its date', () => {
    const history = events(markDone(deriveState([]), plan, step('backup'), T1));
    assert.deepEqual(stepState(deriveState(history), 'backup'), { status: 'done', at: T1, notes: [] });
  });

  it('does nothing when a step is already done, and says when it was done', () => {
    const history: HistoryEvent[] = [{ type: 'done', at: T1, step: 'backup' }];
    const transition = markDone(deriveState(history), plan, step('backup'), T2);
    assert.ok(transition.ok);
    assert.deepEqual(transition.events, []);
    assert.deepEqual(transition.outcome, { kind: 'already-done', at: T1 });
  });

  it('skips with a reason, and skipping again with the same reason changes nothing', () => {
    const history = events(markSkipped(deriveState([]), step('balance'), T1, '  nothing left  '));
    assert.deepEqual(stepState(deriveState(history), 'balance'), { status: 'skipped', at: T1, reason: 'nothing left', notes: [] });
    assert.deepEqual(events(markSkipped(deriveState(history), step('balance'), T2, 'nothing left')), []);
  });

  it('undo restores exactly the previous status, date and reason', () => {
    const skipped: HistoryEvent[] = [{ type: 'skip', at: T1, step: 'balance', reason: 'used it' }];
    const before = stepState(deriveState(skipped), 'balance');
    const afterDone = [...skipped, ...events(markDone(deriveState(skipped), plan, step('balance'), T2))];
    const undone = [...afterDone, ...events(undoLast(afterDone, 'balance', T2))];
    assert.deepEqual(stepState(deriveState(undone), 'balance'), before);
  });

  it('undo removes the latest note when the note was the latest change, and keeps the status', () => {
    const history: HistoryEvent[] = [
      { type: 'done', at: T1, step: 'cancel' },
      { type: 'note', at: T2, step: 'cancel', text: 'confirmation 8812' },
    ];
    const transition = undoLast(history, 'cancel', T2);
    assert.ok(transition.ok && transition.outcome.kind === 'undone-note');
    const state = stepState(deriveState([...history, ...events(transition)]), 'cancel');
    assert.equal(state.status, 'done');
    assert.deepEqual(state.notes, []);
  });

  it('refuses to undo a step that never changed', () => {
    assert.deepEqual(undoLast([], 'backup', T1), { ok: false, refusal: { kind: 'nothing-to-undo' } });
  });

  it('refuses an empty note', () => {
    assert.deepEqual(addNote(step('cancel'), '   ', T1), { ok: false, refusal: { kind: 'empty-note' } });
  });

  it('warns when the cancellation is marked done while accounts still receive codes', () => {
    const transition = markDone(deriveState([]), plan, step('cancel'), T1);
    assert.ok(transition.ok);
    assert.ok(transition.warnings.some((warning) => warning.id === 'codes-after-cancel'));
  });

  it('does not warn about a prerequisite that was skipped or done', () => {
    const history: HistoryEvent[] = [
      { type: 'skip', at: T1, step: 'move-accounts' },
      { type: 'done', at: T1, step: 'backup' },
      { type: 'done', at: T1, step: 'balance' },
    ];
    const transition = markDone(deriveState(history), plan, step('cancel'), T2);
    assert.ok(transition.ok);
    assert.deepEqual(transition.warnings, []);
  });

  it('ignores prerequisites that are not part of this plan', () => {
    const keepPlan = buildPlan(answers({ goal: 'keep', balance: 'no' }));
    const confirm = keepPlan.find((candidate) => candidate.id === 'confirm-move')!;
    const transition = markDone(deriveState([]), keepPlan, confirm, T1);
    assert.ok(transition.ok);
    assert.deepEqual(transition.warnings, [{ id: 'move-not-started', params: {} }]);
  });
});
