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
    assert.match(stdout, /Dates\n {2}2026-12-10 +in 16 days +The Ultra Mobile \(incl\. PayGo\) plan renews/);
    assert.match(stdout, / {2}2027-01-09 +in 46 days +Ultra Mobile \(incl\. PayGo\) releases the number around this date/);
  });

  it('is part of the JSON', async () => {
    const json = JSON.parse((await run(ultra(), ['list', '--json', '--lang', 'zh'])).stdout);
    assert.deepEqual(json.followUps[1], {
      id: 'number-lost',
      date: '2027-01-09',
      inDays: 46,
      message: '如果不续费，Ultra Mobile（含 PayGo） 大约在这一天释放号码（2026-12-10 之后 30 天）：所有账户都必须在此之前改绑。',
    });
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
    assert.match((await run(home, ['list'])).stdout, /requested on 2026-11-20/);
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
