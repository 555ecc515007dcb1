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

  it('turns into a move plan when the user keeps the number: no cancellation, a move and its confirmation', () => {
    const plan = ids(buildPlan(answers({ goal: 'keep' })));
    assert.deepEqual(plan, ['identify', 'gather', 'decide', 'backup', 'balance', 'move-number', 'confirm-move', 'autopay', 'afterwards']);
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
    assert.match(buildPlan(answers({ carrier: 'tello' }))[0]!.details[0]!.en, /Tello/);
    assert.match(buildPlan(answers({ carrier: 'other' }))[0]!.details[0]!.en, /not sure of the carrier/);
  });
});
