import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { alarmsFor, buildCalendar, eventUid, instantOf, legacyProfileKey, sequenceAt, staleFollowUps } from '../../src/core/calendar.js';
import type { FollowUp } from '../../src/core/follow-ups.js';
import type { HistoryEvent } from '../../src/core/types.js';
import { answers } from '../helpers/world.js';

/** An alarm as "days before, HH:MM" on the wall clock, from its minutes relative to a start `startMinute` after midnight. */
const clock = (startMinute: number) => (alarm: { minutes: number; kind: string }) => {
  const minute = startMinute + alarm.minutes;
  const days = Math.ceil(-minute / 1440);
  const time = minute + days * 1440;
  return `${alarm.kind} ${days}d ${String(Math.floor(time / 60)).padStart(2, '0')}:${String(time % 60).padStart(2, '0')}`;
};

describe('alarmsFor', () => {
  const allDay: Array<[number, string[]]> = [
    [30, ['ahead 3d 09:00', 'day 0d 09:00']],
    [4, ['ahead 3d 09:00', 'day 0d 09:00']],
    [3, ['ahead 2d 09:00', 'day 0d 09:00']],
    [2, ['ahead 1d 09:00', 'day 0d 09:00']],
    [1, ['ahead 1d 19:00', 'day 0d 09:00']],
    [0, ['day 0d 09:00']],
    [-2, ['day 0d 09:00']],
  ];
  for (const [inDays, expected] of allDay) {
    it(`an all-day date ${inDays} day(s) away: ${expected.join(', ')}`, () => assert.deepEqual(alarmsFor(inDays, 0, 1440).map(clock(0)), expected));
  }

  it('a deadline at 18:00 (a 30-minute event from 17:30): 3 days ahead and that morning', () => {
    assert.deepEqual(alarmsFor(10, 17 * 60 + 30, 18 * 60).map(clock(17 * 60 + 30)), ['ahead 3d 09:00', 'day 0d 09:00']);
  });

  it('a deadline too early for a morning alarm (10:00, 02:00) rings the evening before', () => {
    assert.deepEqual(alarmsFor(10, 9 * 60 + 30, 10 * 60).map(clock(9 * 60 + 30)), ['ahead 3d 09:00', 'day 1d 19:00']);
    assert.deepEqual(alarmsFor(1, 90, 120).map(clock(90)), ['day 1d 19:00']);
  });

  it('a repeating reminder is always warned 3 days ahead (less when it repeats more often)', () => {
    assert.deepEqual(alarmsFor(0, 0, 1440, 60).map(clock(0)), ['ahead 3d 09:00', 'day 0d 09:00']);
    assert.deepEqual(alarmsFor(0, 0, 1440, 2).map(clock(0)), ['ahead 1d 09:00', 'day 0d 09:00']);
  });
});

describe('instantOf', () => {
  const cases: Array<[string, string, string, string]> = [
    ['2026-12-09', '18:00', 'Asia/Shanghai', '2026-12-09T10:00:00.000Z'],
    ['2026-12-09', '18:00', 'America/Los_Angeles', '2026-12-10T02:00:00.000Z'],
    ['2026-12-09', '18:00', 'Pacific/Auckland', '2026-12-09T05:00:00.000Z'], // NZDT, UTC+13
    ['2026-07-09', '18:00', 'Pacific/Auckland', '2026-07-09T06:00:00.000Z'], // NZST, UTC+12
    ['2026-03-08', '12:00', 'America/Los_Angeles', '2026-03-08T19:00:00.000Z'], // the day DST starts
    ['2026-12-09', '00:30', 'Pacific/Pago_Pago', '2026-12-09T11:30:00.000Z'], // UTC-11
  ];
  for (const [date, time, zone, expected] of cases) {
    it(`${date} ${time} in ${zone} is ${expected}`, () => assert.equal(instantOf(date, time, zone).toISOString(), expected));
  }
});

describe('UIDs and SEQUENCE', () => {
  it('a UID names the event and the profile, in characters that need no escaping', () => {
    assert.equal(eventUid('k3x9a0b1', 'cancel-by'), 'cancel-by-k3x9a0b1@simexit');
  });

  it('a store before format 2: a key from the profile name and its first moment, different when either differs', () => {
    const at = (moment: string): HistoryEvent[] => [{ type: 'answers', at: moment, answers: answers() }];
    const key = legacyProfileKey('default', at('2026-11-01T00:00:00.000Z'));
    assert.match(key, /^v1[a-z0-9]+$/);
    assert.equal(legacyProfileKey('default', at('2026-11-01T00:00:00.000Z')), key);
    assert.notEqual(legacyProfileKey('default', at('2026-11-01T00:00:00.001Z')), key);
    assert.notEqual(legacyProfileKey('mint', at('2026-11-01T00:00:00.000Z')), key);
  });

  it('SEQUENCE grows minute by minute and stays a 31-bit integer for millennia', () => {
    assert.ok(sequenceAt(new Date('2026-11-24T12:01:00Z')) > sequenceAt(new Date('2026-11-24T12:00:00Z')));
    assert.ok(sequenceAt(new Date('3000-01-01T00:00:00Z')) < 2 ** 31);
  });
});

describe('staleFollowUps', () => {
  const setUp = (renewalDate: string): HistoryEvent => ({ type: 'answers', at: '2026-11-01T00:00:00.000Z', answers: answers({ carrier: 'tello', renewalDate }) });
  const cancelled: HistoryEvent = { type: 'done', at: '2026-11-20T12:00:00.000Z', step: 'cancel' };

  it('are those that applied earlier in the history and no longer do, as they last were', () => {
    const stale = staleFollowUps([setUp('2026-12-20'), cancelled], [], '2026-11-24', 'UTC');
    assert.ok(stale.length >= 1);
    for (const item of stale) assert.equal(item.inDays, Math.round((Date.parse(item.date) - Date.parse('2026-11-24')) / 86_400_000));
  });

  it('leave out what is still current, and dates already past', () => {
    const all = staleFollowUps([setUp('2026-12-20'), cancelled], [], '2026-11-24', 'UTC');
    const current = all.slice(0, 1);
    assert.deepEqual(
      staleFollowUps([setUp('2026-12-20'), cancelled], current, '2026-11-24', 'UTC').map((item) => item.id),
      all.slice(1).map((item) => item.id),
    );
    assert.deepEqual(staleFollowUps([setUp('2026-12-20'), cancelled], [], '2027-06-01', 'UTC'), []);
  });
});

describe('buildCalendar', () => {
  const item = (overrides: Partial<FollowUp> & Record<string, unknown>): FollowUp => ({ id: 'cancel-by', date: '2026-12-09', inDays: 15, params: {}, ...overrides }) as FollowUp;

  it('makes a deadline with a local time a 30-minute event ending at it, in the user time zone', () => {
    const calendar = buildCalendar({ current: [item({ time: '17:00' })], stale: [], profileKey: 'abc', now: new Date('2026-11-24T12:00:00Z'), timeZone: 'Asia/Shanghai' });
    const when = calendar.events[0]!.when;
    assert.ok(!when.allDay);
    assert.equal(when.end.toISOString(), '2026-12-09T09:00:00.000Z');
    assert.equal(when.start.toISOString(), '2026-12-09T08:30:00.000Z');
  });

  it('cancelled events keep their date and UID and have no alarms', () => {
    const calendar = buildCalendar({ current: [], stale: [item({})], profileKey: 'abc', now: new Date('2026-11-24T12:00:00Z') });
    assert.deepEqual(
      calendar.events.map(({ uid, cancelled, when, alarms }) => ({ uid, cancelled, when, alarms })),
      [{ uid: 'cancel-by-abc@simexit', cancelled: true, when: { allDay: true, date: '2026-12-09' }, alarms: [] }],
    );
  });

  it('repeats a reminder that has a period', () => {
    const calendar = buildCalendar({ current: [item({ id: 'keep-alive' as FollowUp['id'], everyDays: 80 })], stale: [], profileKey: 'abc', now: new Date() });
    assert.equal(calendar.events[0]!.everyDays, 80);
  });
});
