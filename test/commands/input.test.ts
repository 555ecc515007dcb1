import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { answers, run, seed, snapshot, tempHome } from '../helpers/world.js';

// Input as people type it (issue 14): full-width digits and letters from a Chinese input method, a partial id that
// names one step, and skip taking several steps like done.

const seeded = (overrides = {}) => {
  const home = tempHome();
  seed(home, [{ type: 'answers', at: '2026-11-01T00:00:00Z', answers: answers({ services: ['chase', 'wechat', 'paypal'], ...overrides }) }]);
  return home;
};
const statuses = async (home: string) => {
  const json = JSON.parse((await run(home, ['list', '--json'])).stdout);
  return Object.fromEntries(json.steps.map((step: { id: string; status: string; number: number; on?: string; reason?: string }) => [step.id, step]));
};

describe('full-width input (NFKC)', () => {
  it('done １０ and ｗｅｃｈａｔ name the step that 10 and wechat do', async () => {
    const home = seeded();
    const plan = await statuses(home);
    const tenth = Object.values(plan).find((step) => step.number === 10)!;
    const result = await run(home, ['done', '１０', '＃２', 'ｍｏｖｅ－２ｆａ：ｗｅｃｈａｔ']);
    assert.equal(result.code, 0, result.stderr);
    const after = await statuses(home);
    assert.equal(after[tenth.id].status, 'done');
    assert.equal(Object.values(after).find((step) => step.number === 2)!.status, 'done');
    assert.equal(after['move-2fa:wechat'].status, 'done');
  });

  it('--date ２０２６-１１-２０ is the date, in both languages', async () => {
    for (const lang of ['en', 'zh']) {
      const home = seeded();
      const result = await run(home, ['done', 'identify', '--date', '２０２６－１１－２０', '--lang', lang]);
      assert.equal(result.code, 0, result.stderr);
      assert.equal((await statuses(home)).identify.on, '2026-11-20');
    }
  });

  it('set renewal takes full-width digits, and set its key too', async () => {
    const home = seeded();
    assert.equal((await run(home, ['set', 'ｒｅｎｅｗａｌ', '２０２６年１２月１０日'])).code, 0);
    const json = JSON.parse((await run(home, ['list', '--json'])).stdout);
    assert.equal(json.answers.renewal, '2026-12-10');
  });
});

describe('a partial id', () => {
  it('names the one step it can mean: a service, or the beginning of an id', async () => {
    const home = seeded();
    const result = await run(home, ['done', 'wechat', 'chase', 'move-2fa:pay', 'iden']);
    assert.equal(result.code, 0, result.stderr);
    const after = await statuses(home);
    for (const id of ['move-2fa:wechat', 'move-2fa:chase', 'move-2fa:paypal', 'identify']) assert.equal(after[id].status, 'done', id);
  });

  for (const lang of ['en', 'zh'] as const) {
    it(`an ambiguous one is refused with the candidates, exit 1, store unchanged (${lang})`, async () => {
      const home = seeded();
      const before = snapshot(home);
      const result = await run(home, ['done', 'identify', 'move-2fa:', '--lang', lang]);
      assert.equal(result.code, 1);
      assert.match(result.stderr, lang === 'en' ? /'move-2fa:' could be any of these steps: move-2fa:\S+, / : /“move-2fa:”可能是其中任何一个步骤：move-2fa:[^、\s]+、/);
      for (const id of ['move-2fa:chase', 'move-2fa:wechat', 'move-2fa:paypal']) assert.ok(result.stderr.includes(id), id);
      assert.equal(snapshot(home), before);
      const skip = await run(home, ['skip', 'c', '--lang', lang]);
      assert.equal(skip.code, 1, 'one letter is not enough to name a step');
      assert.equal(snapshot(home), before);
    });
  }

  it('the same for undo and note', async () => {
    const home = seeded();
    assert.equal((await run(home, ['note', 'chase', 'moved', 'to', 'the', 'app'])).code, 0);
    const undo = await run(home, ['undo', 'chase']);
    assert.equal(undo.code, 0, undo.stderr);
    assert.equal((await run(home, ['note', 'move-2fa:', 'x'])).code, 1, 'ambiguous');
  });
});

describe('skip takes several steps', () => {
  for (const lang of ['en', 'zh'] as const) {
    it(`skips each with the one reason (${lang})`, async () => {
      const home = seeded({ balance: 'no', autopay: 'no' });
      const result = await run(home, ['skip', 'backup', 'wechat', '２', '--reason', 'nothing there', '--lang', lang]);
      assert.equal(result.code, 0, result.stderr);
      assert.equal(result.stdout.trim().split('\n').length, 3, result.stdout);
      const after = await statuses(home);
      const second = Object.values(after).find((step) => step.number === 2)!;
      for (const step of [after.backup, after['move-2fa:wechat'], second]) {
        assert.equal(step.status, 'skipped');
        assert.equal(step.reason, 'nothing there');
      }
    });

    it(`one step that needs --force refuses the whole command, store unchanged (${lang})`, async () => {
      const home = seeded({ balance: 'no', autopay: 'yes' });
      const before = snapshot(home);
      const result = await run(home, ['skip', 'backup', 'autopay', 'wechat', '--lang', lang]);
      assert.equal(result.code, 1);
      assert.match(result.stderr, lang === 'en' ? /You said auto-refill is on/ : /你说自动充值开着/);
      assert.match(result.stderr, /simexit skip backup autopay move-2fa:wechat --force/);
      assert.equal(snapshot(home), before);
      assert.equal((await run(home, ['skip', 'backup', 'autopay', 'wechat', '--force'])).code, 0);
      const after = await statuses(home);
      assert.deepEqual([after.backup.status, after.autopay.status, after['move-2fa:wechat'].status], ['skipped', 'skipped', 'skipped']);
    });
  }

  it('an unknown step among them changes nothing', async () => {
    const home = seeded({ balance: 'no' });
    const before = snapshot(home);
    assert.equal((await run(home, ['skip', 'backup', 'bakup'])).code, 1);
    assert.equal(snapshot(home), before);
  });
});
