import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { buildPlan } from '../../src/core/plan.js';
import { findStep } from '../../src/core/step-ref.js';

const plan = buildPlan(null);
const id = (ref: string) => {
  const found = findStep(plan, ref);
  return found.ok ? found.step.id : 'ambiguous' in found ? { ambiguous: found.ambiguous } : { suggestions: found.suggestions };
};
const withServices = buildPlan({ carrier: 'ultra', label: '', goal: 'leave', balance: 'no', autopay: 'no', codeCategories: ['banks'], codesUnsure: false, services: ['chase', 'wechat', 'whatsapp'] });
const inPlan = (ref: string) => {
  const found = findStep(withServices, ref);
  return found.ok ? found.step.id : 'ambiguous' in found ? { ambiguous: found.ambiguous } : { suggestions: found.suggestions };
};

describe('findStep', () => {
  it('finds a step by its id, ignoring case and spaces', () => assert.equal(id(' Backup '), 'backup'));
  it('finds a step by its number in the plan', () => assert.equal(id('5'), 'backup'));
  it('accepts #5 as a number', () => assert.equal(id('#5'), 'backup'));
  it('refuses numbers outside the plan', () => assert.deepEqual(id('11'), { suggestions: [] }));
  it('folds full-width digits and letters (a Chinese input method)', () => {
    assert.equal(id('５'), 'backup');
    assert.equal(id('＃５'), 'backup');
    assert.equal(id('ｂａｃｋｕｐ'), 'backup');
  });
  it('takes the beginning of an id when one step begins so', () => assert.equal(id('back'), 'backup'));
  it('takes a service by its name in move-2fa:<service>, or a beginning of either', () => {
    assert.equal(inPlan('chase'), 'move-2fa:chase');
    assert.equal(inPlan('wec'), 'move-2fa:wechat');
    assert.equal(inPlan('move-2fa:c'), 'move-2fa:chase');
  });
  it('lists every step a reference could mean, and takes none', () => {
    assert.deepEqual(inPlan('wh'), 'move-2fa:whatsapp');
    assert.deepEqual(inPlan('move-2fa:w'), { ambiguous: ['move-2fa:wechat', 'move-2fa:whatsapp'] });
    assert.deepEqual(inPlan('c'), { suggestions: [] }, 'one letter is not a partial reference');
    assert.deepEqual(inPlan('ca'), 'cancel');
    assert.deepEqual(inPlan('co'), 'confirm-closed');
    assert.deepEqual(id('a'), { suggestions: [] });
    assert.deepEqual(id('ba'), { ambiguous: ['backup', 'balance'] });
  });
  it('suggests the closest ids for a typo', () => assert.deepEqual(id('bakup'), { suggestions: ['backup'] }));
  it('suggests ids containing what was typed', () => assert.deepEqual(id('closed'), { suggestions: ['confirm-closed'] }));
  it('takes a whole word of an id when it is where the id begins', () => assert.equal(id('confirm'), 'confirm-closed'));
  it('suggests nothing for text far from every id', () => assert.deepEqual(id('zzzzzzzz'), { suggestions: [] }));
});
