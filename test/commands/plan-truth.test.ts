import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { run, snapshot, tempHome, writeStore } from '../helpers/world.js';

// Cases a new user's trial found, each one a way the plan could say something untrue or hide a risk.
const setAll = async (home: string, pairs: Array<[string, string]>, now?: Date) => {
  for (const [key, value] of pairs) {
    const result = await run(home, ['--lang', 'en', 'set', key, value], now ? { now } : {});
    assert.equal(result.code, 0, `set ${key} ${value}: ${result.stderr}`);
  }
};
const json = async (home: string, now?: Date, env?: NodeJS.ProcessEnv) => JSON.parse((await run(home, ['list', '--json'], { ...(now ? { now } : {}), ...(env ? { env } : {}) })).stdout);

describe('the "Next:" hint', () => {
  it('on a narrow terminal, one command per line: never a command broken across lines', async () => {
    const home = tempHome();
    const env = { npm_lifecycle_event: 'start', npm_package_name: 'simexit' };
    for (const lang of ['en', 'zh']) {
      const narrow = await run(home, ['--lang', lang, 'list'], { columns: 50, env });
      assert.match(narrow.stdout, /(Next:|下一步：)\n  npm start -- done identify\n  npm start -- skip identify\n  npm start -- guide\n/);
    }
    const wide = await run(home, ['--lang', 'en', 'list'], { columns: 100 });
    assert.match(wide.stdout, /Next: simexit done identify · simexit skip identify · simexit guide/);
  });
});

describe('questions interrupted before the end', () => {
  it('list says the answers given are saved but not used yet, with the renewal date given, in both languages', async () => {
    const home = tempHome();
    writeStore(home, { profiles: { default: { events: [], draft: { carrier: 'tmobile-prepaid', label: '0134', renewalDate: '2026-11-27' } } } } as never);
    const en = await run(home, ['--lang', 'en', 'list']);
    assert.equal(en.code, 0, en.stderr);
    assert.match(en.stderr, /3 answer\(s\) are saved but not used until you finish\s+them[\s\S]*2026-11-27/);
    const zh = await run(home, ['--lang', 'zh', 'list', '--json']);
    assert.match(zh.stderr, /已保存 3 个回答[\s\S]*2026-11-27/);
    assert.doesNotMatch((await run(tempHome(), ['list'])).stderr, /stopped the guided questions/);
  });
});

describe('a kept number stays only where staying is free', () => {
  it('`set destination stay` is refused for a carrier whose plan renews, in both languages, the store unchanged', async () => {
    const home = tempHome();
    await setAll(home, [['carrier', 'tello'], ['goal', 'keep'], ['renewal', '2026-12-20']]);
    const before = snapshot(home);
    for (const lang of ['en', 'zh']) {
      const result = await run(home, ['--lang', lang, 'set', 'destination', 'stay']);
      assert.equal(result.code, 2, result.stderr);
      assert.match(result.stderr, lang === 'en' ? /parking, carrier, google-voice, undecided/ : /parking、carrier、google-voice、undecided/);
      assert.equal(snapshot(home), before);
    }
  });

  it('a number on Google Voice may stay; moving it to a carrier whose plan renews asks where it goes again', async () => {
    const home = tempHome();
    await setAll(home, [['carrier', 'google-voice'], ['goal', 'keep'], ['destination', 'stay'], ['services', 'chase,wechat'], ['carrier', 'ultra']]);
    const report = await json(home);
    assert.equal(report.answers.destination, null);
    const ids = report.steps.map((step: { id: string }) => step.id);
    assert.ok(ids.includes('move-number') && ids.includes('move-2fa:chase'), ids.join(' '));
  });
});

describe('set services with a leading dash', () => {
  it('`set services -chase` removes chase, as the README says, without `--`', async () => {
    const home = tempHome();
    await setAll(home, [['services', 'chase,wechat']]);
    const result = await run(home, ['--lang', 'en', 'set', 'services', '-chase']);
    assert.equal(result.code, 0, result.stderr);
    assert.deepEqual((await json(home)).answers.services, ['wechat']);
    assert.equal((await run(home, ['set', 'services', '-nope'])).code, 2);
  });
});

describe('scan --add on a number that stays on Google Voice', () => {
  it('says the accounts were kept in the answers, not that steps were added', async () => {
    const home = tempHome();
    await setAll(home, [['carrier', 'google-voice'], ['goal', 'keep'], ['destination', 'stay']]);
    const fixture = new URL('../fixtures/scan/android/sms-20261101.xml', import.meta.url).pathname;
    const result = await run(home, ['--lang', 'en', 'scan', fixture, '--add']);
    assert.equal(result.code, 0, result.stderr);
    assert.match(result.stdout, /to your answers\. Your plan has no steps for them/);
    assert.doesNotMatch(result.stdout, /step\(s\) to your plan/);
  });
});

describe('a renewal date that has passed is never taken for the next one', () => {
  const now = new Date('2026-11-26T04:00:00Z');
  it('`set line active` on a suspended line with a passed date is refused (exit 1), the store unchanged', async () => {
    const home = tempHome();
    await setAll(home, [['carrier', 'ultra'], ['line', 'suspended'], ['renewal', '2026-10-01']], now);
    const before = snapshot(home);
    const result = await run(home, ['--lang', 'en', 'set', 'line', 'active'], { now });
    assert.equal(result.code, 1, result.stderr);
    assert.match(result.stderr, /2026-10-01, has passed/);
    assert.equal(snapshot(home), before);
    const zh = await run(home, ['--lang', 'zh', 'set', 'line', 'active'], { now });
    assert.match(zh.stderr, /2026-10-01 已经过了/);
  });

  it('a change to a carrier whose plan renews is refused with a passed date; a date that simply passed since is left alone', async () => {
    const home = tempHome();
    await setAll(home, [['carrier', 'google-voice'], ['renewal', '2025-01-01']], now);
    assert.equal((await run(home, ['set', 'carrier', 'ultra'], { now })).code, 1);
    const aged = tempHome();
    await setAll(aged, [['carrier', 'ultra'], ['renewal', '2026-12-01']], now);
    const later = new Date('2026-12-05T00:00:00Z');
    assert.equal((await run(aged, ['set', 'label', '0134'], { now: later })).code, 0, 'time passing does not block other answers');
  });
});

describe('a suspended line past its release date', () => {
  it('says the number was probably released, in both languages, rather than only "pay while you can"', async () => {
    const home = tempHome();
    const now = new Date('2026-11-26T04:00:00Z');
    await setAll(home, [['carrier', 'ultra'], ['line', 'suspended'], ['renewal', '2026-10-01']], now);
    const report = await json(home, now);
    assert.ok(report.warnings.some((warning: { id: string }) => warning.id === 'number-probably-released'), JSON.stringify(report.warnings));
    assert.match((await run(home, ['--lang', 'en', 'list'], { now })).stdout, /released on 2026-10-31,\s+30\s+days\s+after\s+the\s+unpaid\s+2026-10-01/);
    assert.match((await run(home, ['--lang', 'zh', 'list'], { now })).stdout, /在\s*2026-10-31\s*已被释放/);
    const early = tempHome();
    await setAll(early, [['carrier', 'ultra'], ['line', 'suspended'], ['renewal', '2026-11-20']], now);
    assert.ok(!(await json(early, now)).warnings.some((warning: { id: string }) => warning.id === 'number-probably-released'));
  });
});

describe('accounts of a kept number that becomes an internet number', () => {
  it('an account that refuses VoIP numbers gets another way in before the move; the others are checked after it', async () => {
    const home = tempHome();
    await setAll(home, [['carrier', 'mint'], ['goal', 'keep'], ['destination', 'google-voice'], ['services', 'capital-one,chase']]);
    const ids = (await json(home)).steps.map((step: { id: string }) => step.id);
    assert.ok(ids.indexOf('move-2fa:capital-one') < ids.indexOf('move-number'), ids.join(' '));
    assert.ok(ids.indexOf('move-2fa:chase') > ids.indexOf('confirm-move'), ids.join(' '));
    assert.match((await run(home, ['--lang', 'en', 'list'])).stdout, /Before the move, give Capital One another way/);
    assert.match((await run(home, ['--lang', 'zh', 'list'])).stdout, /转号之前，给 Capital One/);
  });

  it('a number that is gone: the recovery steps never tell the user to use the line', async () => {
    const home = tempHome();
    await setAll(home, [['carrier', 'ultra'], ['line', 'gone'], ['services', 'wechat']]);
    for (const lang of ['en', 'zh']) {
      const shown = await run(home, ['--lang', lang, 'show', 'move-2fa:wechat']);
      assert.equal(shown.code, 0, shown.stderr);
      assert.doesNotMatch(shown.stdout, /while the US line still receives texts|趁美国号码还能收短信/);
    }
  });
});

describe('safe dates that have passed while the renewal is still ahead', () => {
  const now = new Date('2026-11-26T15:00:00Z');
  const env = { TZ: 'America/New_York' };
  it('auto-refill on or not known, its date passed, the renewal tomorrow: a high warning to turn it off now', async () => {
    const home = tempHome();
    await setAll(home, [['carrier', 'tmobile-prepaid'], ['renewal', '2026-11-27']], now);
    const report = await json(home, now, env);
    assert.ok(report.warnings.some((warning: { id: string; severity: string }) => warning.id === 'autopay-date-passed' && warning.severity === 'high'), JSON.stringify(report.warnings.map((w: { id: string }) => w.id)));
    assert.match((await run(home, ['--lang', 'zh', 'list'], { now, env })).stdout, /安全关闭自动充值的日期/);
    await setAll(home, [['autopay', 'no']], now);
    assert.ok(!(await json(home, now, env)).warnings.some((warning: { id: string }) => warning.id === 'autopay-date-passed'));
  });

  it('a keep plan whose move date has passed: keep the line paid until the move completes', async () => {
    const home = tempHome();
    await setAll(home, [['carrier', 'ultra'], ['goal', 'keep'], ['renewal', '2026-11-27'], ['destination', 'carrier'], ['autopay', 'no']], now);
    const report = await json(home, now, env);
    assert.ok(report.warnings.some((warning: { id: string }) => warning.id === 'move-date-passed'), JSON.stringify(report.warnings.map((w: { id: string }) => w.id)));
    assert.match((await run(home, ['--lang', 'en', 'list'], { now, env })).stdout, /keep the line paid/);
  });
});

describe('risks that a skip or a lost line must not hide', () => {
  it('skipping the accounts step with "not sure" about accounts needs --force, and the warning stays without it', async () => {
    const home = tempHome();
    await setAll(home, [['carrier', 'ultra'], ['renewal', '2026-12-20']]);
    const before = snapshot(home);
    const refused = await run(home, ['--lang', 'en', 'skip', 'move-accounts']);
    assert.equal(refused.code, 1, refused.stderr);
    assert.match(refused.stderr, /may still send codes[\s\S]*--force/);
    assert.equal(snapshot(home), before);
    assert.match((await run(home, ['--lang', 'zh', 'skip', 'move-accounts'])).stderr, /--force/);
    assert.equal((await run(home, ['skip', 'move-accounts', '--force'])).code, 0);
  });

  it('a line that is gone with auto-refill on still has the auto-refill step, worded for a lost number', async () => {
    const home = tempHome();
    await setAll(home, [['carrier', 'us-mobile'], ['line', 'gone'], ['services', 'wechat,chase'], ['autopay', 'yes']]);
    const shown = await run(home, ['--lang', 'en', 'show', 'autopay', '--json']);
    assert.equal(shown.code, 0, shown.stderr);
    assert.match(JSON.parse(shown.stdout).step.action, /number is gone, but the account may still charge your card/);
    assert.match((await run(home, ['--lang', 'zh', 'show', 'autopay'])).stdout, /号码虽然已经没了/);
  });
});

describe('time zones and deadlines with an hour', () => {
  it('in New Zealand, a date given with --date is the date shown and counted from, whatever the hour in UTC', async () => {
    const home = tempHome();
    const env = { TZ: 'Pacific/Auckland' };
    const now = new Date('2026-11-26T12:00:00Z'); // 2026-11-27 01:00 in Auckland
    await setAll(home, [['carrier', 'ultra'], ['renewal', '2026-12-20']], now);
    assert.equal((await run(home, ['done', 'cancel', '--date', '2026-11-20'], { now, env })).code, 0);
    const again = await run(home, ['--lang', 'en', 'done', 'cancel', '--date', '2026-11-27'], { now, env });
    assert.match(again.stdout, /already done on 2026-11-20/i);
    const report = await json(home, now, env);
    assert.deepEqual(report.warnings.find((warning: { id: string }) => warning.id === 'confirm-cancel-due')?.message.match(/\d+ days/)?.[0], '7 days');
  });

  it('a POSIX TZ rule (CST-8) or a leading colon: every output works, no bug', async () => {
    const home = tempHome();
    await setAll(home, [['carrier', 'tello'], ['renewal', '2026-12-10']]);
    for (const TZ of ['CST-8', ':Asia/Shanghai', 'Not/AZone']) {
      for (const argv of [['list'], ['export', '--format', 'ics', '-o', '-'], ['export', '-o', '-'], ['list', '--json']]) {
        const result = await run(home, argv, { env: { TZ } });
        assert.equal(result.code, 0, `${TZ} ${argv.join(' ')}: ${result.stderr}`);
        assert.doesNotMatch(result.stderr, /bug/i);
      }
    }
  });

  it("Tello's cancel-by shows as passed once its hour has gone by on the day itself", async () => {
    const home = tempHome();
    await setAll(home, [['carrier', 'tello'], ['renewal', '2026-12-10']]);
    const env = { TZ: 'America/New_York' };
    // The deadline is 00:00 US Eastern on 2026-12-09; at 11:00 that day it has passed.
    const passed = await json(home, new Date('2026-12-09T16:00:00Z'), env);
    const cancelBy = passed.followUps.find((item: { id: string }) => item.id === 'cancel-by');
    assert.deepEqual({ date: cancelBy.date, time: cancelBy.time, inDays: cancelBy.inDays, passed: cancelBy.passed }, { date: '2026-12-09', time: '00:00', inDays: 0, passed: true });
    const list = await run(home, ['--lang', 'en', 'list'], { now: new Date('2026-12-09T16:00:00Z'), env });
    assert.match(list.stdout, /2026-12-09 +passed +Cancel in your Tello account by 00:00/);
    const zh = await run(home, ['--lang', 'zh', 'list'], { now: new Date('2026-12-09T16:00:00Z'), env });
    assert.match(zh.stdout, /2026-12-09 +已过/);
    const before = await json(home, new Date('2026-12-08T16:00:00Z'), env);
    assert.equal(before.followUps.find((item: { id: string }) => item.id === 'cancel-by').passed, undefined);
  });
});
