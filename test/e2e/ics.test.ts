import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import { runBin } from '../helpers/bin.js';
import { parseCalendar } from '../helpers/ical.js';
import { answers, seed, tempHome } from '../helpers/world.js';

// The calendar from the built binary (its own bundle of ical-generator), on the real clock.

const inDays = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);

describe('the built binary: export --format ics', () => {
  for (const [lang, timeZone] of [['zh', 'Asia/Shanghai'], ['en', 'America/Los_Angeles'], ['en', 'Pacific/Auckland']] as const) {
    it(`writes a calendar with alarms that an independent parser reads (${lang}, ${timeZone})`, () => {
      const home = tempHome();
      seed(home, [{ type: 'answers', at: new Date().toISOString(), answers: answers({ carrier: 'ultra', renewalDate: inDays(30) }) }]);
      const file = path.join(home, 'simexit.ics');
      const result = runBin(home, ['export', '--format', 'ics', '--output', file, '--lang', lang], { TZ: timeZone });
      assert.equal(result.status, 0, result.stderr);
      assert.equal(fs.statSync(file).mode & 0o777, 0o600);
      const calendar = parseCalendar(fs.readFileSync(file, 'utf8'));
      assert.ok(calendar.active.length >= 1);
      for (const event of calendar.active) {
        assert.ok(event.alarms.length === 2, event.summary);
        assert.ok(event.alarms.every((alarm) => alarm.action === 'DISPLAY' && alarm.related === 'START' && alarm.description));
      }
      const piped = runBin(home, ['export', '--format', 'ics', '--lang', lang], { TZ: timeZone });
      assert.deepEqual(parseCalendar(piped.stdout).events.map((event) => event.uid), calendar.events.map((event) => event.uid));
    });
  }

  it('with nothing to put in it: no file, nothing on stdout, exit 1 with the reason, no stack trace', () => {
    const home = tempHome();
    seed(home, [{ type: 'answers', at: new Date().toISOString(), answers: answers({ carrier: 'ultra' }) }]);
    const file = path.join(home, 'simexit.ics');
    for (const lang of ['en', 'zh']) {
      const result = runBin(home, ['export', '--format', 'ics', '--output', file, '--lang', lang]);
      assert.equal(result.status, 1);
      assert.equal(result.stdout, '');
      assert.match(result.stderr, lang === 'en' ? /no dates yet/ : /还没有日期/);
      assert.doesNotMatch(result.stderr, /\n\s+at .+:\d+:\d+/);
      assert.ok(!fs.existsSync(file));
    }
  });
});
