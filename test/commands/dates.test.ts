import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { answers, readStore, run, seed, snapshot, tempHome } from '../helpers/world.js';

const ultra = () => {
  const home = tempHome();
  seed(home, [{ type: 'answers', at: '2026-11-01T00:00:00Z', answers: answers({ carrier: 'ultra', renewalDate: '2026-12-10' }) }]);
  return home;
};

describe('dates in list', () => {
  it('shows due and coming follow-ups with their dates and how far away they are', async () => {
    const { stdout } = await run(ultra(), ['list']);
    assert.match(stdout, /Dates\n {2}2026-12-08 +in 14 days +Turn off auto-refill at Ultra Mobile \(incl\. PayGo\) by this date/);
    assert.match(stdout, / {2}2026-12-10 +in 16 days +Texts stop on this date if the plan is not renewed/);
    assert.match(stdout, / {2}2027-01-09 +in 46 days +After this date paying can no longer bring the number back/);
  });

  it('is part of the JSON', async () => {
    const json = JSON.parse((await run(ultra(), ['list', '--json', '--lang', 'zh'])).stdout);
    assert.deepEqual(json.followUps[1], {
      id: 'texts-stop',
      date: '2026-12-10',
      inDays: 16,
      message: '如果不续费，从这一天起就收不到短信了（Ultra Mobile（含 PayGo）会暂停欠费的线路）：请在此之前把仍往这里发验证码的账户全部改绑。',
    });
    assert.deepEqual(json.followUps.map((item: { id: string }) => item.id), ['autopay-off-by', 'texts-stop', 'number-lost']);
  });

  it('says how long ago a missed date was, in both time zones', async () => {
    const home = tempHome();
    seed(home, [{ type: 'answers', at: '2026-11-01T00:00:00Z', answers: answers({ carrier: 'other' }) }, { type: 'done', at: '2026-11-20T20:00:00Z', step: 'cancel' }]);
    const now = new Date('2026-11-24T20:00:00Z');
    const la = await run(home, ['list'], { now, env: { TZ: 'America/Los_Angeles' } });
    const shanghai = await run(home, ['list'], { now, env: { TZ: 'Asia/Shanghai' } });
    // At that moment it is the 24th in Los Angeles and already the 25th in Shanghai, where the request was the 21st.
    assert.match(la.stdout, /2026-11-23 +yesterday +Check that the cancellation requested on 2026-11-20 went through/);
    assert.match(shanghai.stdout, /2026-11-24 +yesterday +Check that the cancellation requested on 2026-11-21 went through/);
    const later = await run(home, ['list'], { now: new Date('2026-11-27T20:00:00Z'), env: { TZ: 'America/Los_Angeles' } });
    assert.match(later.stdout, /2026-11-23 +4 days ago/);
  });
});

describe('done --date', () => {
  it('records the day a step was really done', async () => {
    const home = ultra();
    assert.equal((await run(home, ['done', 'cancel', '--date', '2026-11-20'])).code, 0);
    assert.equal(readStore(home).profiles.default.events[1].at, '2026-11-20T12:00:00.000Z');
    assert.equal(readStore(home).profiles.default.events[1].on, '2026-11-20');
    assert.match((await run(home, ['list'])).stdout, /requested on 2026-11-20/);
  });

  for (const TZ of ['Pacific/Pago_Pago', 'America/Los_Angeles', 'Asia/Shanghai', 'Pacific/Auckland', 'Pacific/Kiritimati', 'Etc/GMT+12']) {
    it(`shows the date as typed in ${TZ}`, async () => {
      const home = ultra();
      const now = new Date('2026-11-24T12:00:00Z');
      assert.equal((await run(home, ['done', 'cancel', '--date', '2026-11-20'], { now, env: { TZ } })).code, 0);
      const all = (await run(home, ['list', '--all'], { now, env: { TZ } })).stdout;
      assert.match(all, /done 2026-11-20/);
      assert.match(all, /requested on 2026-11-20/);
    });
  }

  it('refuses a date before 2000, in both languages, changing nothing', async () => {
    const home = ultra();
    const before = snapshot(home);
    const en = await run(home, ['done', 'cancel', '--date', '0001-01-01']);
    assert.equal(en.code, 2);
    assert.match(en.stderr, /before 2000/);
    const zh = await run(home, ['done', 'cancel', '--date', '1999-12-31', '--lang', 'zh']);
    assert.match(zh.stderr, /早于 2000 年/);
    assert.equal(snapshot(home), before);
  });

  it('refuses something that is not a date (usage error) or a future date, changing nothing', async () => {
    const home = ultra();
    const before = snapshot(home);
    const bad = await run(home, ['done', 'cancel', '--date', 'last tuesday']);
    assert.equal(bad.code, 2);
    assert.match(bad.stderr, /is not a date/);
    const future = await run(home, ['done', 'cancel', '--date', '2026-12-01', '--lang', 'zh']);
    assert.equal(future.code, 1);
    assert.match(future.stderr, /还没到/);
    assert.equal(snapshot(home), before);
  });
});
