import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { buildPlan } from '../../src/core/plan.js';
import { deriveState } from '../../src/core/progress.js';
import type { HistoryEvent } from '../../src/core/types.js';
import { activeWarnings } from '../../src/core/warnings.js';
import { answers } from '../helpers/world.js';

const NOW = new Date('2026-11-24T12:00:00Z');
const warningIds = (history: HistoryEvent[], now = NOW) => {
  const state = deriveState(history);
  return activeWarnings(buildPlan(state.answers), state, now).map((warning) => warning.id);
};
const leave = (overrides = {}): HistoryEvent => ({ type: 'answers', at: '2026-11-01T00:00:00Z', answers: answers(overrides) });
const done = (step: string, at = '2026-11-20T12:00:00Z'): HistoryEvent => ({ type: 'done', at, step });

describe('activeWarnings', () => {
  it('on the default plan warns about accounts still receiving codes, and about scams', () => {
    assert.deepEqual(warningIds([]), ['codes-before-cancel', 'scam']);
  });

  it('warns about a balance and autopay only when the user said yes', () => {
    assert.ok(warningIds([leave()]).includes('balance-may-be-lost'));
    assert.ok(warningIds([leave()]).includes('autopay-still-on'));
    assert.ok(!warningIds([leave({ balance: 'unsure', autopay: 'unsure' })]).includes('balance-may-be-lost'));
  });

  it('after cancelling, accounts still on the number, a balance and autopay become urgent', () => {
    const ids = warningIds([leave(), done('cancel')]);
    assert.ok(ids.includes('codes-after-cancel'));
    assert.ok(ids.includes('balance-after-cancel'));
    assert.ok(ids.includes('autopay-after-cancel'));
    assert.ok(ids.includes('backup-after-cancel'));
    assert.ok(!ids.includes('codes-before-cancel'));
  });

  it('asks to confirm the cancellation only once three days have passed', () => {
    const history = [leave(), done('move-accounts'), done('cancel', '2026-11-22T12:00:00Z')];
    assert.ok(!warningIds(history, new Date('2026-11-24T12:00:00Z')).includes('confirm-cancel-due'));
    assert.ok(warningIds(history, new Date('2026-11-25T12:00:00Z')).includes('confirm-cancel-due'));
  });

  it('tells how many days ago the cancellation was', () => {
    const state = deriveState([leave(), done('cancel', '2026-11-10T12:00:00Z')]);
    const due = activeWarnings(buildPlan(state.answers), state, NOW).find((warning) => warning.id === 'confirm-cancel-due');
    assert.deepEqual(due?.params, { days: 14 });
  });

  it('when keeping the number, warns against cancelling until the move is confirmed', () => {
    assert.ok(warningIds([leave({ goal: 'keep' })]).includes('do-not-cancel-before-move'));
    assert.ok(!warningIds([leave({ goal: 'keep' }), done('move-number'), done('confirm-move')]).includes('do-not-cancel-before-move'));
  });

  it('asks to check a move that was started two days ago and is not confirmed', () => {
    const history = [leave({ goal: 'keep' }), done('move-number', '2026-11-23T12:00:00Z')];
    assert.ok(!warningIds(history).includes('confirm-move-due'));
    assert.ok(warningIds(history, new Date('2026-11-25T13:00:00Z')).includes('confirm-move-due'));
  });

  it('drops the scam warning once no step involving the carrier or PINs is left', () => {
    const history = ['gather', 'cancel'].map((step) => done(step));
    assert.ok(!warningIds(history).includes('scam'));
  });

  it('lists the most severe warnings first', () => {
    const state = deriveState([leave(), done('cancel')]);
    const severities = activeWarnings(buildPlan(state.answers), state, NOW).map((warning) => warning.severity);
    assert.deepEqual(severities, [...severities].sort((a, b) => ['high', 'medium', 'info'].indexOf(a) - ['high', 'medium', 'info'].indexOf(b)));
    assert.equal(severities[0], 'high');
  });
});
