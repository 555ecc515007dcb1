import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import stringWidth from 'string-width';
import { allCarrierFacts } from '../../src/content/carrier-facts.js';
import { MESSAGES } from '../../src/content/messages.js';
import { allServices } from '../../src/content/services.js';
import { STEPS } from '../../src/content/steps.js';
import { WARNINGS } from '../../src/content/warnings.js';
import { displayWidth } from '../../src/io/width.js';

const CARRIER_FACTS = allCarrierFacts();
const SERVICES = allServices();

describe('displayWidth', () => {
  it('agrees with string-width on every string simexit ships, in both languages', () => {
    const texts = JSON.stringify([MESSAGES, STEPS, WARNINGS, SERVICES, CARRIER_FACTS]).match(/"(?:[^"\\]|\\.)*"/g)!.map((quoted) => JSON.parse(quoted) as string);
    assert.ok(texts.length > 1000);
    for (const text of texts) assert.equal(displayWidth(text), stringWidth(text), text);
  });

  const samples: Array<[string, string]> = [
    ['Latin', 'Ultra Mobile'],
    ['Chinese with fullwidth punctuation', '确认号：C-88123，已注销。'],
    ['ANSI colour codes', '\u001b[31m红色\u001b[39m red'],
    ['combining marks', 'café'],
    ['emoji', '✅ done 😀'],
    ['zero-width joiner and variation selector', 'x\u200d\ufe0fy'],
    ['Korean and Japanese', '한국어 にほんご'],
  ];
  for (const [name, text] of samples) it(`agrees with string-width on ${name}`, () => assert.equal(displayWidth(text), stringWidth(text)));
});
