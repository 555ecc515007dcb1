import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import type { Answers, HistoryEvent } from '../../src/core/types.js';
import { parseCalendar, type ParsedCalendar } from '../helpers/ical.js';
import { answers, FIXED_NOW, run, seed, snapshot, tempHome, writeV1Store, type RunOptions } from '../helpers/world.js';
import { fcSeed } from '../helpers/seed.js';

// `export --format ics`: every file is read back with ical.js (test/helpers/ical.ts), never matched as text.

const ZONES = ['America/Los_Angeles', 'Asia/Shanghai', 'Pacific/Auckland'];
const setUp = (overrides: Partial<Answers>, at = '2026-11-01T00:00:00.000Z'): HistoryEvent => ({ type: 'answers', at, answers: answers(overrides) });

/**
 * A store as simexit itself writes it: written in format 1 by hand, then split by a real write (`profile use`),
 * so each profile's file gets the random name a real store has (the fixtures' p1, p2 are the same in every store).
 */
async function realStore(profiles: Record<string, HistoryEvent[]>): Promise<string> {
  const home = tempHome();
  writeV1Store(home, { profiles: Object.fromEntries(Object.entries(profiles).map(([name, events]) => [name, { events }])) });
  assert.equal((await run(home, ['profile', 'use', 'default'])).code, 0);
  return home;
}

const ultra = (overrides: Partial<Answers> = {}) => realStore({ default: [setUp({ carrier: 'ultra', renewalDate: '2026-12-10', ...overrides })] });

async function exportIcs(home: string, args: string[] = [], options: RunOptions = {}): Promise<ParsedCalendar & { stderr: string }> {
  const result = await run(home, ['export', '--format', 'ics', ...args], options);
  assert.equal(result.code, 0, result.stderr);
  return { ...parseCalendar(result.stdout), stderr: result.stderr };
}

describe('export --format ics: the file', () => {
  for (const lang of ['en', 'zh']) {
    it(`follows RFC 5545 and reads back in an independent parser (${lang})`, async () => {
      const home = await ultra();
      const file = path.join(home, 'simexit.ics');
      const result = await run(home, ['export', '--format', 'ics', '--output', file, '--lang', lang]);
      assert.equal(result.code, 0, result.stderr);
      const text = fs.readFileSync(file, 'utf8');
      const calendar = parseCalendar(text);
      assert.ok(calendar.active.length >= 2);
      for (const event of calendar.active) {
        assert.equal(event.status, 'CONFIRMED');
        assert.equal(event.transparency, 'TRANSPARENT', 'a reminder does not make the user busy');
        assert.ok(event.summary && event.description);
      }
      assert.match(calendar.name, /^simexit/);
      if (lang === 'zh') assert.match(calendar.active.map((event) => event.summary).join(), /[\u4e00-\u9fff]/);
      assert.doesNotMatch(text, /1234/, 'the label is masked');
      assert.match(result.stderr, lang === 'zh' ? /日历中有 \d+ 个提醒/ : /The calendar holds \d+ reminder/);
    });
  }

  it('puts the dates on the same calendar days whatever the time zone', async () => {
    const home = await ultra();
    const days = async (timeZone: string) =>
      (await exportIcs(home, [], { env: { TZ: timeZone } })).active.filter((event) => event.allDay).map((event) => [event.uid, event.start]);
    const utc = await days('UTC');
    assert.ok(utc.length >= 2);
    for (const zone of ZONES) assert.deepEqual(await days(zone), utc, zone);
  });

  it('keeps user text from forging iCalendar structure: CR/LF, ";", ",", backslashes and control characters', async () => {
    const nasty = 'Mom;\r\nEND:VCALENDAR\nBEGIN:VEVENT,\\n\\;\u0007\u001b[31m';
    const home = await ultra({ label: nasty });
    for (const lang of ['en', 'zh']) {
      const calendar = await exportIcs(home, ['--show-label', '--lang', lang]);
      const shown = 'Mom; END:VCALENDAR BEGIN:VEVENT,\\n\\;[31m';
      assert.equal(calendar.name, lang === 'en' ? `simexit: ${shown}` : `simexit：${shown}`);
      assert.ok(calendar.active.length >= 2);
      assert.equal(calendar.cancelled.length, 0);
      for (const event of calendar.active) assert.ok(event.summary.includes(shown), event.summary);
    }
  });

  it('keeps any label to the calendar name and the titles, whatever characters it holds (random labels)', async (t) => {
    const home = await ultra();
    const count = (await exportIcs(home)).events.length;
    const unit = fc.constantFrom('a', 'Z', '9', '尾', '号', ' ', ';', ',', ':', '\\', '"', '\r', '\n', '\t', '\u0000', '\u001b', '\u007f', '\u2028', 'BEGIN', 'END', 'VEVENT', 'n');
    // Whitespace and control characters may become a space or go; every other character must stay, in order.
    const visible = (text: string) => text.replace(/[\s\p{Cc}\u2028\u2029]/gu, '');
    await fc.assert(
      fc.asyncProperty(fc.string({ unit, maxLength: 24 }), async (label) => {
        writeV1Store(home, { profiles: { default: { events: [setUp({ carrier: 'ultra', renewalDate: '2026-12-10', label })] } } });
        const calendar = await exportIcs(home, ['--show-label']);
        assert.equal(calendar.events.length, count);
        assert.equal(visible(calendar.name), visible(`simexit:${label || 'default'}`));
        if (visible(label)) for (const event of calendar.events) assert.ok(visible(event.summary).endsWith(visible(label)), event.summary);
      }),
      fcSeed(t, { numRuns: 60 }),
    );
  });

  it('names the calendar after the profile when the number has no label, escaped the same way', async () => {
    const home = await realStore({ default: [], 'a;b,c\\d': [setUp({ carrier: 'ultra', label: '', renewalDate: '2026-12-10' })] });
    const calendar = await exportIcs(home, ['--profile', 'a;b,c\\d']);
    assert.equal(calendar.name, 'simexit: a;b,c\\d');
    for (const event of calendar.active) assert.ok(!event.summary.includes('a;b'), 'the titles name the number by its label alone');
  });
});

describe('export --format ics: alarms', () => {
  for (const timeZone of ZONES) {
    it(`gives every event an alarm 3 days ahead and one on the day, both at 09:00 local (${timeZone})`, async () => {
      const calendar = await exportIcs(await ultra(), [], { env: { TZ: timeZone } });
      const allDay = calendar.active.filter((event) => event.allDay);
      assert.ok(allDay.length >= 2);
      for (const event of allDay) {
        // Relative to an all-day event's start, which is local midnight wherever the phone is.
        assert.deepEqual(
          event.alarms.map(({ action, trigger, related }) => ({ action, trigger, related })),
          [
            { action: 'DISPLAY', trigger: '-P2DT15H', related: 'START' },
            { action: 'DISPLAY', trigger: 'PT9H', related: 'START' },
          ],
          event.summary,
        );
        assert.match(event.alarms[0]!.description, /^In 3 days: /);
        assert.match(event.alarms[1]!.description, /^Today: /);
      }
    });
  }

  for (const timeZone of [...ZONES, 'Pacific/Pago_Pago']) {
    it(`makes Tello's cancel-by a short event ending at the local deadline, alarms at 09:00 or 19:00 before it (${timeZone})`, async () => {
      const home = await realStore({ default: [setUp({ carrier: 'tello', renewalDate: '2026-12-10' })] });
      const calendar = await exportIcs(home, [], { env: { TZ: timeZone } });
      const timed = calendar.active.filter((event) => !event.allDay);
      assert.equal(timed.length, 1, 'only the deadline with an hour is timed');
      const event = timed[0]!;
      assert.ok(event.uid.startsWith('cancel-by-'));
      const local = (iso: string) => new Intl.DateTimeFormat('en-GB', { timeZone, hourCycle: 'h23', hour: '2-digit', minute: '2-digit' }).format(new Date(iso));
      assert.equal(local(event.end!), /before (\d\d:\d\d)/.exec(event.summary)![1], 'ends at the time its title names');
      assert.equal(Date.parse(event.end!) - Date.parse(event.start), 30 * 60_000);
      assert.equal(event.alarms.length, 2);
      for (const alarm of event.alarms) {
        const rings = new Date(Date.parse(event.start) + alarm.seconds * 1000).toISOString();
        assert.match(local(rings), /^(09|19):00$/, alarm.trigger);
        assert.ok(rings < event.end!);
      }
    });
  }

  it('rings sooner for a date that is close: 2 days away, tomorrow, today', async () => {
    const home = await ultra({ renewalDate: '2026-12-10' });
    const triggers = async (now: string) =>
      (await exportIcs(home, [], { now: new Date(now) })).active.find((event) => event.start === '2026-12-10')!.alarms.map((alarm) => alarm.trigger);
    assert.deepEqual(await triggers('2026-12-08T12:00:00Z'), ['-PT15H', 'PT9H'], 'tomorrow at 09:00, then on the day');
    assert.deepEqual(await triggers('2026-12-09T12:00:00Z'), ['-PT5H', 'PT9H'], 'this evening at 19:00, then on the day');
    assert.deepEqual(await triggers('2026-12-10T12:00:00Z'), ['PT9H'], 'on the day only');
  });

  it('words the alarms in Chinese', async () => {
    const calendar = await exportIcs(await ultra(), ['--lang', 'zh']);
    for (const event of calendar.active) {
      assert.match(event.alarms[0]!.description, /^3 天后：/);
      assert.match(event.alarms[1]!.description, /^今天：/);
    }
  });
});

describe('export --format ics: UIDs', () => {
  it('are unique in a file and the same in every export, whatever the day, language or time zone', async () => {
    const home = await ultra();
    const first = await exportIcs(home);
    const uids = first.events.map((event) => event.uid);
    assert.equal(new Set(uids).size, uids.length);
    for (const uid of uids) assert.match(uid, /^[a-z-]+-[a-z0-9]+@simexit$/);
    const later = await exportIcs(home, ['--lang', 'zh'], { now: new Date(FIXED_NOW.getTime() + 3 * 86_400_000), env: { TZ: 'Pacific/Auckland' } });
    assert.deepEqual(later.events.map((event) => event.uid), uids);
    assert.ok(later.events[0]!.sequence > first.events[0]!.sequence, 'a later export has a higher SEQUENCE');
  });

  it('differ between two stores with the same answers, and between two profiles of one store', async () => {
    const history = [setUp({ carrier: 'ultra', renewalDate: '2026-12-10' })];
    const one = await realStore({ default: history, mint: history });
    const other = await realStore({ default: history });
    const uids = async (home: string, args: string[] = []) => (await exportIcs(home, args)).events.map((event) => event.uid);
    const all = [...(await uids(one)), ...(await uids(one, ['--profile', 'mint'])), ...(await uids(other))];
    assert.ok(all.length >= 6);
    assert.equal(new Set(all).size, all.length, all.join('\n'));
  });

  it('are stable in a store written before format 2 and differ between two such stores', async () => {
    const stores = [tempHome(), tempHome()];
    writeV1Store(stores[0]!, { profiles: { default: { events: [setUp({ renewalDate: '2026-12-10' }, '2026-11-01T00:00:00.000Z')] } } });
    writeV1Store(stores[1]!, { profiles: { default: { events: [setUp({ renewalDate: '2026-12-10' }, '2026-11-01T00:00:00.001Z')] } } });
    const uids = async (home: string) => (await exportIcs(home)).events.map((event) => event.uid);
    const [a, b] = [await uids(stores[0]!), await uids(stores[1]!)];
    assert.deepEqual(await uids(stores[0]!), a);
    assert.equal(new Set([...a, ...b]).size, a.length + b.length);
  });
});

describe('export --format ics: events that no longer apply', () => {
  it('marks them cancelled with the same UID and a higher SEQUENCE, without alarms, so a re-import clears them', async () => {
    // Tello asks for notice before the renewal: a cancel-by reminder, which asking to cancel ends.
    const home = await realStore({ default: [setUp({ carrier: 'tello', renewalDate: '2026-12-20' })] });
    const before = await exportIcs(home);
    assert.equal(before.cancelled.length, 0);
    const later = new Date(FIXED_NOW.getTime() + 3_600_000);
    assert.equal((await run(home, ['done', 'cancel'], { now: later })).code, 0);
    const after = await exportIcs(home, [], { now: new Date(later.getTime() + 60_000) });
    const activeNow = new Set(after.active.map((event) => event.uid));
    const cancelled = new Map(after.cancelled.map((event) => [event.uid, event]));
    assert.ok(cancelled.size >= 1, 'cancelling makes at least one reminder stale');
    for (const event of before.active) {
      assert.ok(activeNow.has(event.uid) || cancelled.has(event.uid), `${event.summary} is either still there or cancelled`);
      const gone = cancelled.get(event.uid);
      if (!gone) continue;
      assert.ok(gone.sequence > event.sequence);
      assert.equal(gone.start, event.start, 'on the date it had, for calendars that show cancelled events');
      assert.deepEqual(gone.alarms, []);
      assert.match(gone.summary, /^No longer needed: /);
    }
  });

  it('cancels what a changed answer ends: auto-refill off, then no renewal date at all', async () => {
    const home = await ultra();
    const uids = (await exportIcs(home)).active.map((event) => event.uid);
    const autopay = uids.find((uid) => uid.startsWith('autopay-off-by-'));
    assert.ok(autopay, 'auto-refill on: a reminder to turn it off');
    assert.equal((await run(home, ['set', 'autopay', 'no'])).code, 0);
    const after = await exportIcs(home, ['--lang', 'zh'], { now: new Date(FIXED_NOW.getTime() + 60_000) });
    assert.deepEqual(after.cancelled.map((event) => event.uid), [autopay]);
    assert.match(after.cancelled[0]!.summary, /^已不需要：/);
    assert.match(after.stderr, /1 个已不再适用的提醒被标记为已取消/);
    assert.equal((await run(home, ['set', 'renewal', 'none'])).code, 0);
    const none = await exportIcs(home, ['--lang', 'en'], { now: new Date(FIXED_NOW.getTime() + 120_000) });
    assert.equal(none.active.length, 0);
    assert.deepEqual(none.cancelled.map((event) => event.uid).sort(), [...uids].sort());
    assert.match(none.stderr, /No reminder applies any more/);
  });

  it('writes only the cancellations when nothing applies any more, and says so', async () => {
    const home = await ultra({ autopay: 'no' });
    const before = await exportIcs(home);
    assert.ok(before.active.length >= 1);
    // Done with everything: the plan's steps all done.
    const steps = JSON.parse((await run(home, ['list', '--json'])).stdout).steps.map((step: { id: string }) => step.id);
    for (const step of steps) assert.equal((await run(home, ['done', step])).code, 0, step);
    const result = await run(home, ['export', '--format', 'ics', '--lang', 'zh'], { now: new Date(FIXED_NOW.getTime() + 60_000) });
    assert.equal(result.code, 0, result.stderr);
    const after = parseCalendar(result.stdout);
    assert.equal(after.active.length, 0);
    const cancelled = new Set(after.cancelled.map((event) => event.uid));
    for (const event of before.active) assert.ok(cancelled.has(event.uid), event.summary);
    assert.match(result.stderr, /已经没有需要的提醒/);
  });

  it('leaves out an event whose date has passed: it will not ring again', async () => {
    const home = await ultra({ renewalDate: '2026-11-26' });
    const before = await exportIcs(home);
    assert.ok(before.active.some((event) => event.start <= '2026-11-26'));
    assert.equal((await run(home, ['done', 'cancel'], { now: new Date('2026-12-20T12:00:00Z') })).code, 0);
    const after = await exportIcs(home, [], { now: new Date('2026-12-20T12:01:00Z') });
    for (const event of after.cancelled) assert.ok(event.start >= '2026-12-20', `${event.summary} ${event.start}`);
  });
});

describe('export --format ics with nothing to remind', () => {
  const cases: Array<[string, () => Promise<string> | string, RegExp, RegExp]> = [
    ['no plan yet', () => tempHome(), /there is no plan yet.*simexit guide/, /还没有计划.*simexit guide/],
    [
      'no dates yet',
      () => ultra({ renewalDate: undefined }),
      /no dates yet.*simexit set renewal YYYY-MM-DD/,
      /还没有日期.*simexit set renewal YYYY-MM-DD/,
    ],
  ];
  for (const [name, make, en, zh] of cases) {
    it(`writes nothing, exits 1 and says why (${name})`, async () => {
      const home = await make();
      const file = path.join(home, 'simexit.ics');
      const before = snapshot(home);
      for (const [lang, pattern] of [['en', en], ['zh', zh]] as const) {
        const result = await run(home, ['export', '--format', 'ics', '--output', file, '--lang', lang]);
        assert.equal(result.code, 1);
        assert.equal(result.stdout, '');
        assert.match(result.stderr.replace(/\s+/g, ' '), pattern);
        assert.ok(!fs.existsSync(file), 'no file');
        const piped = await run(home, ['export', '--format', 'ics', '--lang', lang]);
        assert.equal(piped.code, 1);
        assert.equal(piped.stdout, '', 'nothing on stdout');
      }
      assert.equal(snapshot(home), before, 'the store is as it was');
    });
  }

  it('gives its advice for the profile it was asked about', async () => {
    const home = await realStore({ default: [], mint: [setUp({ carrier: 'ultra' })] });
    const result = await run(home, ['export', '--format', 'ics', '--profile', 'mint']);
    assert.equal(result.code, 1);
    assert.match(result.stderr.replace(/\s+/g, ' '), /simexit --profile mint set renewal YYYY-MM-DD/);
  });

  it('does not replace an earlier calendar file with an empty one', async () => {
    const home = tempHome();
    seed(home, []);
    const file = path.join(home, 'simexit.ics');
    fs.writeFileSync(file, 'an earlier calendar');
    assert.equal((await run(home, ['export', '--format', 'ics', '--output', file])).code, 1);
    assert.equal(fs.readFileSync(file, 'utf8'), 'an earlier calendar');
  });
});
