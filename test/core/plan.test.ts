import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { buildPlan } from '../../src/core/plan.js';
import { answers } from '../helpers/world.js';

const ids = (plan: ReturnType<typeof buildPlan>) => plan.map((step) => step.id);

describe('buildPlan', () => {
  it('gives the whole "let it go" plan, in order, before any answers (the default plan)', () => {
    assert.deepEqual(ids(buildPlan(null)), [
      'identify', 'gather', 'decide', 'move-accounts', 'backup', 'balance', 'autopay', 'cancel', 'confirm-closed', 'afterwards',
    ]);
  });

  it('numbers steps from 1 in plan order', () => {
    assert.deepEqual(buildPlan(null).map((step) => step.number), [1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
  });

  it('turns into a move plan when the user keeps the number: no cancellation, a move, its confirmation, then the accounts', () => {
    const plan = ids(buildPlan(answers({ goal: 'keep' })));
    assert.deepEqual(plan, ['identify', 'gather', 'backup', 'balance', 'move-number', 'confirm-move', 'move-accounts', 'autopay', 'afterwards']);
  });

  it('resolves the questions the answers settle: no "decide" step, and no "identify" once carrier and renewal are known', () => {
    assert.ok(!ids(buildPlan(answers())).includes('decide'));
    assert.ok(ids(buildPlan(answers())).includes('identify'), 'without a renewal date, finding it is a task');
    assert.match(buildPlan(answers())[0]!.title.en, /find the renewal/);
    assert.ok(!ids(buildPlan(answers({ renewalDate: '2026-12-10' }))).includes('identify'));
    assert.ok(ids(buildPlan(answers({ carrier: 'other', renewalDate: '2026-12-10' }))).includes('identify'));
  });

  it('gives Google Voice its own path: no SIM, statement or auto-refill; kept, it stays and is used now and then', () => {
    const leave = ids(buildPlan(answers({ carrier: 'google-voice' })));
    assert.ok(!leave.includes('autopay') && !leave.includes('afterwards') && !leave.includes('identify'));
    const kept = ids(buildPlan(answers({ carrier: 'google-voice', goal: 'keep' })));
    assert.deepEqual(kept, ['keep-alive']);
    const out = buildPlan(answers({ carrier: 'google-voice', goal: 'keep', destination: 'carrier' }));
    assert.match(out.find((step) => step.id === 'move-number')!.title.en, /out of Google Voice/);
  });

  it('adds the branches the new questions open: a seller, abroad, a suspended line', () => {
    assert.equal(buildPlan(answers({ setup: 'seller' }))[0]!.id, 'take-over-login');
    assert.ok(ids(buildPlan(answers({ location: 'abroad' }))).includes('codes-abroad'));
    assert.ok(ids(buildPlan(answers({ line: 'suspended' }))).includes('restore-line'));
    assert.ok(!ids(buildPlan(answers())).some((id) => ['take-over-login', 'codes-abroad', 'restore-line'].includes(id)));
  });

  it('drops the balance step when there is no balance, and keeps it when the user is not sure', () => {
    assert.ok(!ids(buildPlan(answers({ balance: 'no' }))).includes('balance'));
    assert.ok(ids(buildPlan(answers({ balance: 'unsure' }))).includes('balance'));
  });

  it('drops the autopay step only when autopay is known to be off', () => {
    assert.ok(!ids(buildPlan(answers({ autopay: 'no' }))).includes('autopay'));
    assert.ok(ids(buildPlan(answers({ autopay: 'unsure' }))).includes('autopay'));
  });

  it('uses the keep wording when the number is kept', () => {
    const leave = buildPlan(answers()).find((step) => step.id === 'balance')!;
    const keep = buildPlan(answers({ goal: 'keep' })).find((step) => step.id === 'balance')!;
    assert.notEqual(keep.action.en, leave.action.en);
    assert.match(keep.action.en, /before you start the move/);
  });

  it('lists the account categories the user named under the move-accounts step', () => {
    const step = buildPlan(answers({ codeCategories: ['banks', 'government'], codesUnsure: true })).find((s) => s.id === 'move-accounts')!;
    assert.equal(step.details.length, 3);
    assert.match(step.details[0]!.en, /^Banks and cards/);
    assert.match(step.details[1]!.zh, /^美国政府网站/);
    assert.match(step.details[2]!.en, /not sure/);
  });

  it('names the carrier under the identify step, or says how to find it out', () => {
    assert.match(buildPlan(answers({ carrier: 'tello' }))[0]!.details[0]!.en, /Tello/); // no renewal date yet: identify is a task
    assert.match(buildPlan(answers({ carrier: 'other' }))[0]!.details[0]!.en, /not sure of the carrier/);
  });
});
