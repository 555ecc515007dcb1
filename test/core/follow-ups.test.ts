import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { addDays, addMonths, dateIn, dateTimeIn, daysBetween, easternMoment, parseDateInput } from '../../src/core/dates.js';
import { followUps, followUpText } from '../../src/core/follow-ups.js';
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

describe('US Eastern time and local times', () => {
  it('knows daylight time from the second Sunday of March to the first Sunday of November', () => {
    assert.equal(easternMoment('2026-03-07', 5).toISOString(), '2026-03-07T10:00:00.000Z');
    assert.equal(easternMoment('2026-03-09', 5).toISOString(), '2026-03-09T09:00:00.000Z');
    assert.equal(easternMoment('2026-10-31', 5).toISOString(), '2026-10-31T09:00:00.000Z');
    assert.equal(easternMoment('2026-11-02', 5).toISOString(), '2026-11-02T10:00:00.000Z');
  });

  it('agrees with the time zone database for every day of 2026 and 2027', () => {
    const hour = new Intl.DateTimeFormat('en-US', { timeZone: 'America/New_York', hour: 'numeric', hourCycle: 'h23' });
    for (let day = 0; day < 730; day++) {
      const date = addDays('2026-01-01', day);
      assert.equal(Number(hour.format(easternMoment(date, 5))), 5, date);
    }
  });

  it('gives the local date and time of a moment', () => {
    const moment = new Date('2026-12-09T10:00:00Z');
    assert.deepEqual(dateTimeIn(moment, 'Asia/Shanghai'), { date: '2026-12-09', time: '18:00' });
    assert.deepEqual(dateTimeIn(moment, 'Pacific/Pago_Pago'), { date: '2026-12-08', time: '23:00' });
  });
});

describe('followUps', () => {
  it('Ultra: auto-refill off 2 days before the renewal, texts stop at the renewal, the number is lost 30 days later', () => {
    assert.deepEqual(compute([setUp({ carrier: 'ultra', renewalDate: '2026-12-10' })], '2026-11-24'), [
      { id: 'autopay-off-by', date: '2026-12-08', inDays: 14 },
      { id: 'texts-stop', date: '2026-12-10', inDays: 16 },
      { id: 'number-lost', date: '2027-01-09', inDays: 46 },
    ]);
  });

  it('the account deadline is the day texts stop, never the day the number is released', () => {
    const [first] = compute([setUp({ carrier: 'ultra', renewalDate: '2026-12-10', autopay: 'no' })], '2026-11-24');
    assert.deepEqual(first, { id: 'texts-stop', date: '2026-12-10', inDays: 16 });
    const state = deriveState([setUp({ carrier: 'ultra', renewalDate: '2026-12-10' })]);
    const lost = followUps(buildPlan(state.answers), state, '2026-11-24').find((item) => item.id === 'number-lost')!;
    assert.doesNotMatch(followUpText(lost, 'en'), /account/);
    assert.doesNotMatch(followUpText(lost, 'zh'), /账户/);
  });

  const tello = [setUp({ carrier: 'tello', renewalDate: '2026-12-10' })];
  const cancelBy = (timeZone: string) => {
    const state = deriveState(tello);
    return followUps(buildPlan(state.answers), state, '2026-11-24', timeZone).find((item) => item.id === 'cancel-by')!;
  };
  const tzCases: Array<[string, string, string]> = [
    ['America/Los_Angeles', '2026-12-08', '21:00'],
    ['Asia/Shanghai', '2026-12-09', '13:00'],
    ['Pacific/Auckland', '2026-12-09', '18:00'],
    ['Pacific/Pago_Pago', '2026-12-08', '18:00'],
    ['America/New_York', '2026-12-09', '00:00'],
  ];
  for (const [timeZone, date, time] of tzCases) {
    it(`Tello in ${timeZone}: cancel 24 hours before the renewal date begins (midnight US Eastern), shown as local date and time`, () => {
      const item = cancelBy(timeZone);
      assert.deepEqual({ date: item.date, time: item.time }, { date, time });
      assert.match(followUpText(item, 'en'), new RegExp(`by ${time} your time`));
      assert.match(followUpText(item, 'zh'), new RegExp(`当地时间 ${time}`));
    });
  }

  it('Tello: auto-refill must be off a day before the last moment to cancel', () => {
    assert.deepEqual(compute(tello, '2026-11-24', 'Asia/Shanghai').map((item) => [item.id, item.date]), [
      ['autopay-off-by', '2026-12-08'],
      ['cancel-by', '2026-12-09'],
      ['texts-stop', '2026-12-10'],
    ]);
  });

  it('T-Mobile prepaid: no source says when texts stop, so they "may" stop at the renewal; no release date is guessed', () => {
    const state = deriveState([setUp({ carrier: 'tmobile-prepaid', renewalDate: '2026-12-10', autopay: 'unsure' })]);
    const items = followUps(buildPlan(state.answers), state, '2026-11-24', 'America/Los_Angeles');
    assert.deepEqual(items.map((item) => item.id), ['autopay-off-by', 'texts-stop']);
    assert.match(followUpText(items[1]!, 'en'), /may stop/);
    assert.match(followUpText(items[0]!, 'en'), /not sure\?/);
    assert.match(followUpText(items[1]!, 'zh'), /可能/);
  });

  it('Hello Mobile: its 30 days of free texts after service ends do not promise codes, so texts "may" stop at the renewal', () => {
    const state = deriveState([setUp({ carrier: 'hello-mobile', renewalDate: '2026-12-10', autopay: 'no' })]);
    const items = followUps(buildPlan(state.answers), state, '2026-11-24');
    const stop = items.find((item) => item.id === 'texts-stop')!;
    assert.equal(stop.date, '2026-12-10', 'on the renewal date, not 30 days later');
    assert.match(followUpText(stop, 'en'), /may stop/);
    assert.match(followUpText(stop, 'zh'), /可能/);
    assert.ok(!items.some((item) => item.date === '2027-01-09'), 'no date is built on the 30 days');
  });

  it('Red Pocket: texts stop at the expiry, the number is lost 30 days later', () => {
    assert.deepEqual(compute([setUp({ carrier: 'red-pocket', renewalDate: '2026-12-10', autopay: 'no' })], '2026-11-24', 'Pacific/Auckland'), [
      { id: 'texts-stop', date: '2026-12-10', inDays: 16 },
      { id: 'number-lost', date: '2027-01-09', inDays: 46 },
    ]);
  });

  it('Google Voice has no renewal: no renewal dates even if one was given, only the refund window', () => {
    assert.deepEqual(compute([setUp({ carrier: 'google-voice', renewalDate: '2026-12-10', balancePurchaseDate: '2026-08-31' })], '2026-11-24'), [
      { id: 'refund-by', date: '2027-02-28', inDays: 96 },
    ]);
  });

  it('keeping the number: the move must finish 3 days before the renewal, while the line is active', () => {
    assert.deepEqual(compute([setUp({ carrier: 'verizon-prepaid', goal: 'keep', renewalDate: '2026-12-01', autopay: 'no' })], '2026-11-24'), [
      { id: 'move-before', date: '2026-11-28', inDays: 4 },
      { id: 'number-lost', date: '2027-01-30', inDays: 67 },
    ]);
  });

  it('a suspended Ultra line: pay by the end of the 30 days to get it back', () => {
    assert.deepEqual(compute([setUp({ carrier: 'ultra', renewalDate: '2026-11-10', line: 'suspended' })], '2026-11-24'), [
      { id: 'restore-by', date: '2026-12-10', inDays: 16 },
      { id: 'number-lost', date: '2026-12-10', inDays: 16 },
    ]);
  });

  it('Google Voice kept: a keep-alive every 30 days, counted from the last time the number was used', () => {
    const kept = setUp({ carrier: 'google-voice', goal: 'keep', balance: 'no' });
    assert.deepEqual(compute([kept], '2026-11-24'), [{ id: 'keep-alive', date: '2026-11-24', inDays: 0 }]);
    const used: HistoryEvent = { type: 'done', at: '2026-11-20T12:00:00.000Z', on: '2026-11-20', step: 'keep-alive' };
    assert.deepEqual(compute([kept, used], '2026-11-24', 'Pacific/Auckland'), [{ id: 'keep-alive', date: '2026-12-20', inDays: 26 }]);
  });

  it('a date given with --date counts as typed in every time zone (UTC-11 to UTC+13)', () => {
    const history: HistoryEvent[] = [setUp({ carrier: 'other', autopay: 'no' }), { type: 'done', at: '2026-11-20T12:00:00.000Z', on: '2026-11-20', step: 'cancel' }];
    for (const timeZone of ['Pacific/Pago_Pago', 'America/Los_Angeles', 'Asia/Shanghai', 'Pacific/Auckland', 'Pacific/Kiritimati']) {
      assert.equal(compute(history, '2026-11-24', timeZone).find((item) => item.id === 'confirm-cancel')!.date, '2026-11-23', timeZone);
    }
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
