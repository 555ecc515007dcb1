import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import stringWidth from 'string-width';
import { allCarrierFacts } from '../../src/content/carrier-facts.js';
import { MESSAGES } from '../../src/content/messages.js';
import { allServices } from '../../src/content/services.js';
import { STEPS } from '../../src/content/steps.js';
import { WARNINGS } from '../../src/content/warnings.js';
import { displayWidth, isZeroWidth } from '../../src/io/width.js';

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
    ['a family (emoji ZWJ sequence)', 'a 👨‍👩‍👧 b'],
    ['a profession with a skin tone', '🧑🏽‍💻 dev'],
    ['a rainbow flag (ZWJ with a variation selector)', '🏳️‍🌈'],
    ['flags', '🇺🇸🇨🇳 x'],
    ['a lone regional indicator', '🇺 x'],
    ['a keycap', '1️⃣ #️⃣'],
    ['an emoji presentation selector', '❤️ ☺️ ©️ ❤'],
    ['a skin tone', '👍🏻👍'],
    ['full-width letters and digits', 'ｗｅｃｈａｔ １６'],
    ['combining marks', 'e\u0301 n\u0303 a\u0308\u0304 Tiếng Việt'],
    ['Hangul syllables', '한글'],
    ['half-width katakana with a sound mark', 'ｶﾞ'],
    ['a zero-width space and a soft hyphen', 'a\u200bb\u00adc'],
    ['Chinese with an emoji and a flag', '微信🇨🇳（中国）✅'],
  ];
  for (const [name, text] of samples) it(`agrees with string-width on ${name}`, () => assert.equal(displayWidth(text), stringWidth(text)));
});

describe('isZeroWidth', () => {
  it('answers as the Unicode properties do for every code point (its fast ranges included)', () => {
    const zero = /^[\p{Cc}\p{Cf}\p{Mn}\p{Me}\p{Default_Ignorable_Code_Point}]$/u;
    const wrong: string[] = [];
    for (let codePoint = 0; codePoint < 0x110000; codePoint++) {
      if (codePoint >= 0xd800 && codePoint < 0xe000) continue;
      const char = String.fromCodePoint(codePoint);
      if (isZeroWidth(codePoint, char) !== zero.test(char)) wrong.push(codePoint.toString(16));
    }
    assert.deepEqual(wrong, []);
  });
});
