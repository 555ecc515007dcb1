import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { answers, readStore, run, seed, snapshot, tempHome } from '../helpers/world.js';

const seeded = (overrides = {}) => {
  const home = tempHome();
  seed(home, [{ type: 'answers', at: '2026-11-01T00:00:00Z', answers: answers(overrides) }]);
  return home;
};
const json = async (home: string, argv: string[] = []) => JSON.parse((await run(home, ['list', '--json', ...argv])).stdout);

describe('set: one answer without the questions', () => {
  it('changes one answer, keeps the others and the progress, and the plan follows', async () => {
    const home = seeded();
    await run(home, ['done', 'gather']);
    const result = await run(home, ['set', 'renewal', '2026-12-10']);
    assert.equal(result.code, 0);
    assert.match(result.stdout, /Set renewal to 2026-12-10 \(was \(none\)\)/);
    const after = await json(home);
    assert.equal(after.answers.renewal, '2026-12-10');
    assert.equal(after.answers.carrier, 'ultra');
    assert.ok(!after.steps.some((step: { id: string }) => step.id === 'identify'), 'the renewal date was the last thing identify asked for');
    assert.equal(after.steps.find((step: { id: string }) => step.id === 'gather').status, 'done');
    assert.deepEqual(after.followUps.map((item: { id: string }) => item.id), ['autopay-off-by', 'texts-stop', 'number-lost']);
  });

  it('takes every key, with stable values whatever the language', async () => {
    const home = seeded();
    const cases: Array<[string, string, string | string[]]> = [
      ['carrier', 'tello', 'tello'],
      ['goal', 'KEEP', 'keep'],
      ['balance', 'no', 'no'],
      ['autopay', 'unsure', 'unsure'],
      ['line', 'suspended', 'suspended'],
      ['location', 'abroad', 'abroad'],
      ['setup', 'seller', 'seller'],
      ['destination', 'parking', 'parking'],
      ['services', 'chase,wechat', ['chase', 'wechat']],
      ['services', '+alipay,-chase', ['wechat', 'alipay']],
      ['renewal', '２０２６-１２-０１', '2026-11-01'.replace('11-01', '12-01')],
      ['renewal', 'none', ''],
      ['label', '0134', '0134'],
    ];
    for (const [key, value, expected] of cases) {
      const result = await run(home, ['set', key, value, '--lang', 'zh']);
      assert.equal(result.code, 0, `${key} ${value}: ${result.stderr}`);
      const got = (await json(home)).answers[key];
      assert.deepEqual(got ?? '', expected, key);
    }
  });

  it('refuses a bad key or value with the valid ones (exit 2), in both languages, leaving the store as it was', async () => {
    const home = seeded();
    const before = snapshot(home);
    const cases: Array<[string[], RegExp, RegExp]> = [
      [['set', 'colour', 'red'], /unknown key 'colour': use one of carrier, label, goal/, /未知的键“colour”/],
      [['set', 'goal', 'maybe'], /'maybe' is not a value of goal: use one of leave, keep/, /“maybe”不是 goal 可用的值/],
      [['set', 'carrier', 'toString'], /unknown carrier 'toString'/, /未知的运营商“toString”/],
      [['set', 'services', '+nosuch'], /unknown service 'nosuch'/, /未知的服务“nosuch”/],
      [['set', 'services', 'chase,-wechat'], /mixes ids/, /混用/],
      [['set', 'renewal', '12/10/2026'], /is not a date/, /不是日期/],
      [['set', 'renewal', '1999-12-31'], /before 2000/, /早于 2000 年/],
      [['set', 'renewal', '2040-01-01'], /more than five years ahead/, /超过五年/],
      [['set', 'line', 'dead'], /use one of active, suspended, gone, unsure/, /active、suspended、gone、unsure/],
    ];
    for (const [argv, en, zh] of cases) {
      const english = await run(home, argv);
      assert.equal(english.code, 2, argv.join(' '));
      assert.match(english.stderr, en);
      const chinese = await run(home, [...argv, '--lang', 'zh']);
      assert.equal(chinese.code, 2);
      assert.match(chinese.stderr, zh);
    }
    assert.equal(snapshot(home), before);
  });

  it('refuses a renewal date that has passed on a line that still works (exit 1): the line must be said to have lapsed first', async () => {
    const home = seeded();
    const before = snapshot(home);
    const result = await run(home, ['set', 'renewal', '2026-11-10']);
    assert.equal(result.code, 1);
    assert.match(result.stderr, /has passed/);
    assert.match(result.stderr, /simexit set line suspended/);
    assert.equal(snapshot(home), before);
    assert.equal((await run(home, ['set', 'line', 'suspended'])).code, 0);
    assert.equal((await run(home, ['set', 'renewal', '2026-11-10'])).code, 0);
    const after = await json(home);
    assert.ok(after.steps.some((step: { id: string }) => step.id === 'restore-line'));
    assert.deepEqual(after.followUps.map((item: { id: string; date: string }) => [item.id, item.date]), [['restore-by', '2026-12-10'], ['number-lost', '2026-12-10']]);
  });

  it('refuses a label that is a phone number', async () => {
    const home = seeded();
    const result = await run(home, ['set', 'label', '4155550134']);
    assert.equal(result.code, 2);
    assert.equal(readStore(home).profiles.default.events.length, 1);
  });

  it('refuses as a label what the note check refuses (slashes, other scripts\' digits, a PIN), leaving the store as it was', async () => {
    const home = seeded();
    const before = snapshot(home);
    for (const label of ['415/555/0134', '415\\555\\0134', '٤١٥٥٥٥٠١٣٤', 'pin1234']) {
      const result = await run(home, ['set', 'label', label]);
      assert.equal(result.code, 2, label);
      assert.match(result.stderr, /looks like/, label);
      assert.equal(snapshot(home), before, label);
    }
    assert.equal((await run(home, ['set', 'label', 'Ultra 4821'])).code, 0);
  });

  it('works before the guide: the other answers start as "not sure"', async () => {
    const home = tempHome();
    const result = await run(home, ['set', 'carrier', 'red-pocket']);
    assert.equal(result.code, 0);
    assert.match(result.stdout, /start as "not sure"/);
    const after = await json(home);
    assert.equal(after.tailored, true);
    assert.deepEqual([after.answers.balance, after.answers.autopay], ['unsure', 'unsure']);
  });

  it('explains every key in --help, in the user language', async () => {
    const en = await run(tempHome(), ['set', '--help']);
    assert.equal(en.code, 0);
    for (const key of ['carrier', 'label', 'goal', 'balance', 'autopay', 'renewal', 'services', 'line', 'location', 'setup', 'destination']) assert.match(en.stdout, new RegExp(`^ {2}${key} `, 'm'));
    assert.match((await run(tempHome(), ['set', '--help', '--lang', 'zh'])).stdout, /号码还能收短信吗/);
  });
});

describe('risk stays visible until it is gone', () => {
  it('skipping auto-refill the user said is on needs --force (exit 1, store unchanged); with it, the warning and its date stay', async () => {
    const home = seeded({ renewalDate: '2026-12-10' });
    const before = snapshot(home);
    const refused = await run(home, ['skip', 'autopay']);
    assert.equal(refused.code, 1);
    assert.match(refused.stderr, /You said auto-refill is on/);
    assert.match(refused.stderr, /simexit skip autopay --force/);
    assert.equal(snapshot(home), before);
    const zh = await run(home, ['skip', 'autopay', '--lang', 'zh']);
    assert.match(zh.stderr, /你说自动充值开着/);
    assert.equal((await run(home, ['skip', 'autopay', '--force'])).code, 0);
    const after = await json(home);
    assert.ok(after.warnings.some((warning: { id: string }) => warning.id === 'autopay-still-on'));
    assert.ok(after.followUps.some((item: { id: string }) => item.id === 'autopay-off-by'));
  });

  it('"not sure" answers get warnings worded for someone who does not know, with how to find out', async () => {
    const after = await json(seeded({ autopay: 'unsure', balance: 'unsure' }), ['--lang', 'zh']);
    const ids = after.warnings.map((warning: { id: string }) => warning.id);
    assert.ok(ids.includes('autopay-unsure') && ids.includes('balance-unsure'));
    assert.match(after.warnings.find((warning: { id: string }) => warning.id === 'autopay-unsure').message, /在邮箱里搜最近一次充值的收据/);
    const skip = await run(seeded({ balance: 'unsure' }), ['skip', 'balance']);
    assert.equal(skip.code, 1);
    assert.match(skip.stderr, /possibly a balance/);
  });

  it('the accounts step cannot be marked done while accounts are pending; nothing of the command is saved', async () => {
    const home = seeded({ services: ['chase', 'wechat'] });
    const before = snapshot(home);
    const result = await run(home, ['done', 'gather', 'move-accounts']);
    assert.equal(result.code, 1);
    assert.match(result.stderr, /still waiting: Chase, WeChat/);
    assert.equal(snapshot(home), before);
    assert.equal((await run(home, ['skip', 'move-accounts'])).code, 1);
    assert.equal((await run(home, ['done', 'move-2fa:chase', 'move-2fa:wechat', 'move-accounts'])).code, 0);
  });
});

describe('step numbers', () => {
  it('a number that named another step before the answers changed is refused, naming both', async () => {
    const home = seeded();
    const was = (await json(home)).steps[1].id;
    assert.equal((await run(home, ['set', 'renewal', '2026-12-10'])).code, 0);
    const before = snapshot(home);
    const result = await run(home, ['done', '2']);
    assert.equal(result.code, 1);
    assert.match(result.stderr, new RegExp(`2 was "${was}" and is now`));
    assert.equal(snapshot(home), before);
    assert.equal((await run(home, ['done', 'gather'])).code, 0);
    assert.equal((await run(home, ['done', '2'])).code, 0, 'once something is recorded under the new plan, numbers name its steps');
  });
});

describe('hints that run as printed', () => {
  it('name the profile the user chose', async () => {
    const home = seeded();
    await run(home, ['profile', 'add', 'mint']);
    await run(home, ['profile', 'use', 'default']);
    const list = await run(home, ['--profile', 'mint', 'list']);
    assert.match(list.stdout + list.stderr, /simexit --profile mint guide/);
    assert.doesNotMatch(list.stdout + list.stderr, /`simexit (guide|list)/);
  });

  it('say `npm start --` when simexit was started by the README command', async () => {
    const home = seeded();
    const env = { npm_lifecycle_event: 'start', npm_package_name: 'simexit' };
    const result = await run(home, ['skip', 'autopay'], { env });
    assert.match(result.stderr, /npm start -- skip autopay --force/);
    const zh = await run(home, ['list', '--lang', 'zh'], { env });
    assert.match(zh.stdout, /npm start -- done/);
  });

  it('quote a profile name the shell would split', async () => {
    const home = seeded();
    await run(home, ['profile', 'add', "mom's"]);
    await run(home, ['--profile', "mom's", 'set', 'autopay', 'yes']);
    const result = await run(home, ['--profile', "mom's", 'skip', 'autopay']);
    assert.match(result.stderr, /simexit --profile 'mom'\\''s' skip autopay --force/);
    const missing = await run(home, ['--profile', 'nobody', 'list']);
    assert.match(missing.stderr, /Add one with `simexit profile add/, 'a profile that does not exist is not put in the hint');
  });
});

describe('a recurring keep-alive', () => {
  it('records every use, and comes back as a step when the next use is due', async () => {
    const home = seeded({ carrier: 'google-voice', goal: 'keep', balance: 'no' });
    assert.equal((await run(home, ['done', 'keep-alive', '--date', '2026-10-20'])).code, 0);
    let after = await json(home);
    assert.deepEqual(after.followUps.map((item: { id: string; date: string }) => [item.id, item.date]), [['keep-alive', '2026-11-19']]);
    assert.equal(after.steps.find((step: { id: string }) => step.id === 'keep-alive').status, 'pending', 'due again');
    assert.equal((await run(home, ['done', 'keep-alive'])).code, 0);
    after = await json(home);
    assert.deepEqual(after.followUps.map((item: { id: string; date: string }) => [item.id, item.date]), [['keep-alive', '2026-12-24']]);
    assert.equal(after.steps.find((step: { id: string }) => step.id === 'keep-alive').status, 'done');
  });
});

describe('a keep-alive for a new home', () => {
  it('starts once the move to it is confirmed, not before', async () => {
    const home = seeded({ carrier: 'red-pocket', goal: 'keep', destination: 'google-voice', renewalDate: '2026-12-10' });
    const ids = async () => (await json(home)).followUps.map((item: { id: string }) => item.id);
    assert.ok(!(await ids()).includes('keep-alive'));
    assert.equal((await run(home, ['done', 'move-number', 'confirm-move', '--date', '2026-11-20'])).code, 0);
    const after = (await json(home)).followUps.find((item: { id: string }) => item.id === 'keep-alive');
    assert.equal(after.date, '2026-12-20');
  });
});
