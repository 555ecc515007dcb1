import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { buildPlan } from '../../src/core/plan.js';
import { findStep } from '../../src/core/step-ref.js';

const plan = buildPlan(null);
const id = (ref: string) => {
  const found = findStep(plan, ref);
  return found.ok ? found.step.id : { suggestions: found.suggestions };
};

describe('findStep', () => {
  it('finds a step by its id, ignoring case and spaces', () => assert.equal(id(' Backup '), 'backup'));
  it('finds a step by its number in the plan', () => assert.equal(id('5'), 'backup'));
  it('accepts #5 as a number', () => assert.equal(id('#5'), 'backup'));
  it('refuses numbers outside the plan', () => assert.deepEqual(id('11'), { suggestions: [] }));
  it('suggests the closest ids for a typo', () => assert.deepEqual(id('bakup'), { suggestions: ['backup'] }));
  it('suggests ids containing what was typed', () => assert.deepEqual(id('confirm'), { suggestions: ['confirm-closed'] }));
  it('suggests nothing for text far from every id', () => assert.deepEqual(id('zzzzzzzz'), { suggestions: [] }));
});
