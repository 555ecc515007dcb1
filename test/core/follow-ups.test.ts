import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { addDays, addMonths, dateIn, daysBetween, parseDateInput } from '../../src/core/dates.js';
import { followUps } from '../../src/core/follow-ups.js';
import { buildPlan } from '../../src/core/plan.js';
import { deriveState } from '../../src/core/progress.js';
import type { Answers, HistoryEvent } from '../../src/core/types.js';
import { answers } from '../helpers/world.js';

const setUp = (overrides: Partial<Answers>): HistoryEvent => ({ type: 'answers', at: '2026-11-01T00:00:00Z', answers: answers(overrides) });
const compute = (history: HistoryEvent[], today: string, timeZone?: string) => {
  const state = deriveState(history);
  return followUps(buildPlan(state.answers), state, today, timeZone).map(({ id, date, inDays }) => ({ id, date, inDays }));
};

describe('calendar dates', () => {
  const cases: Array<[string, string | null]> = [
    ['2026-12-01', '2026-12-01'],
    ['2026/12/1', '2026-12-01'],
    ['2026年12月1日', '2026-12-01'],
    ['2026-02-30', null],
    ['12/01/2026', null],
    ['tomorrow', null],
  ];
  for (const [text, date] of cases) it(`reads "${text}" as ${date}`, () => assert.equal(parseDateInput(text), date));

  it('adds days and months across month ends and leap years', () => {
    assert.equal(addDays('2026-12-20', 30), '2027-01-19');
    assert.equal(addMonths('2026-08-31', 6), '2027-02-28');
    assert.equal(addMonths('2027-08-31', 6), '2028-02-29');
    assert.equal(daysBetween('2026-11-24', '2026-12-24'), 30);
  });

  it('turns a moment into the calendar date of the user time zone', () => {
    assert.equal(dateIn('2026-11-24T20:00:00Z', 'America/Los_Angeles'), '2026-11-24');
    assert.equal(dateIn('2026-11-24T20:00:00Z', 'Asia/Shanghai'), '2026-11-25');
  });
});

describe('followUps', () => {
  it('Ultra: the number is hard-deleted 30 days after an unpaid renewal', () => {
    assert.deepEqual(compute([setUp({ carrier: 'ultra', renewalDate: '2026-12-10', autopay: 'no' })], '2026-11-24'), [
      { id: 'number-lost', date: '2027-01-09', inDays: 46 },
    ]);
  });

  it('Tello: cancel in the account at least 24 hours before renewal; auto-refill charges on the renewal date', () => {
    assert.deepEqual(compute([setUp({ carrier: 'tello', renewalDate: '2026-12-10' })], '2026-11-24'), [
      { id: 'cancel-by', date: '2026-12-09', inDays: 15 },
      { id: 'renewal', date: '2026-12-10', inDays: 16 },
    ]);
  });

  it('keeping the number: finish the move before the carrier releases it', () => {
    assert.deepEqual(compute([setUp({ carrier: 'verizon-prepaid', goal: 'keep', renewalDate: '2026-12-01', autopay: 'no' })], '2026-11-24'), [
      { id: 'move-before', date: '2027-01-30', inDays: 67 },
    ]);
  });

  it('does not guess a date from a rule counted from the last payment (Cricket)', () => {
    assert.deepEqual(compute([setUp({ carrier: 'cricket', renewalDate: '2026-12-01', autopay: 'no' })], '2026-11-24'), []);
  });

  it('Google Voice: the last day for a balance refund is 6 months after the purchase', () => {
    assert.deepEqual(compute([setUp({ carrier: 'google-voice', autopay: 'no', balancePurchaseDate: '2026-08-31' })], '2026-11-24'), [
      { id: 'refund-by', date: '2027-02-28', inDays: 96 },
    ]);
  });

  it('after cancelling: check it went through 3 days later, and the statement after the next billing date', () => {
    const history = [setUp({ carrier: 'other', renewalDate: '2026-12-10', autopay: 'no' }), { type: 'done' as const, at: '2026-11-20T18:00:00Z', step: 'cancel' }];
    assert.deepEqual(compute(history, '2026-11-24', 'UTC'), [
      { id: 'confirm-cancel', date: '2026-11-23', inDays: -1 },
      { id: 'check-statement', date: '2026-12-11', inDays: 17 },
    ]);
  });

  it('counts from the day the cancellation was asked for in the user time zone (Los Angeles and Shanghai)', () => {
    const history = [setUp({ carrier: 'other', autopay: 'no' }), { type: 'done' as const, at: '2026-11-20T20:00:00Z', step: 'cancel' }];
    const checkBy = (timeZone: string) => compute(history, dateIn('2026-11-24T20:00:00Z', timeZone), timeZone).find((item) => item.id === 'confirm-cancel');
    assert.deepEqual(checkBy('America/Los_Angeles'), { id: 'confirm-cancel', date: '2026-11-23', inDays: -1 });
    assert.deepEqual(checkBy('Asia/Shanghai'), { id: 'confirm-cancel', date: '2026-11-24', inDays: -1 });
  });

  it('drops a follow-up once its step is done', () => {
    const history = [
      setUp({ carrier: 'other', autopay: 'no' }),
      { type: 'done' as const, at: '2026-11-20T12:00:00Z', step: 'cancel' },
      { type: 'done' as const, at: '2026-11-22T12:00:00Z', step: 'confirm-closed' },
      { type: 'done' as const, at: '2026-11-22T12:00:00Z', step: 'afterwards' },
    ];
    assert.deepEqual(compute(history, '2026-11-24'), []);
  });
});
