import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import stringWidth from 'string-width';
import { wrapText } from '../../src/io/layout.js';
import { displayWidth } from '../../src/io/width.js';
import { fcSeed } from '../helpers/seed.js';

// Text built like simexit's: Latin words and Chinese runs, with punctuation attached as writers attach it,
// separated by spaces (or nothing, between Chinese), plus accents, a URL too long for any line, and colour codes.
const word = fc.constantFrom('a', 'Ultra', 'Mobile', '$3', 'café', 'e\u0301', '号码', '注销', '验证码', 'https://www.example.com/a/very/long/path/that/does/not/fit');
const token = fc
  .tuple(fc.constantFrom('', '', '（', '“', '('), word, fc.constantFrom('', '', '。', '，', '）', '”', ',', '.', ')'))
  .map((parts) => parts.join(''));
const plainText = fc.array(fc.tuple(token, fc.constantFrom(' ', '', '  ')), { maxLength: 40 }).map((pairs) => pairs.map(([part, gap]) => part + gap).join(''));
const text = fc.array(fc.oneof(plainText, fc.constantFrom('\u001b[31m', '\u001b[39m')), { maxLength: 4 }).map((parts) => parts.join(''));
const width = fc.integer({ min: 1, max: 90 });
const squeeze = (value: string) => value.replace(/\s+/g, '');

describe('displayWidth, on random mixes of Latin, Chinese, accents and colour codes', () => {
  it('agrees with string-width', (t) => {
    fc.assert(fc.property(text, (value) => displayWidth(value) === stringWidth(value)), fcSeed(t, { numRuns: 2000 }));
  });
});

describe('wrapText', () => {
  it('loses no characters: only whitespace at the breaks changes', (t) => {
    fc.assert(fc.property(plainText, width, (value, columns) => {
      assert.equal(squeeze(wrapText(value, columns).join('\n')), squeeze(value));
    }), fcSeed(t, { numRuns: 2000 }));
  });

  it('fits every line in the width, unless the line is one word too long to break (a URL)', (t) => {
    fc.assert(fc.property(plainText, width, (value, columns) => {
      for (const line of wrapText(value, columns)) {
        if (displayWidth(line) > columns) assert.match(line, /^\S+$/u, `${JSON.stringify(line)} is wider than ${columns}`);
      }
    }), fcSeed(t, { numRuns: 2000 }));
  });

  it('never starts a line with closing punctuation or ends one with opening punctuation', (t) => {
    fc.assert(fc.property(plainText, width, (value, columns) => {
      const lines = wrapText(value, columns);
      lines.slice(1).forEach((line) => assert.doesNotMatch(line, /^[，。）”,.)]/u, JSON.stringify(lines)));
      lines.slice(0, -1).forEach((line) => assert.doesNotMatch(line, /[（“(]$/u, JSON.stringify(lines)));
    }), fcSeed(t, { numRuns: 2000 }));
  });

  it('wraps Chinese between characters and English between words', () => {
    assert.deepEqual(wrapText('先改绑银行账户，再注销号码。', 10), ['先改绑银行', '账户，再注', '销号码。']);
    assert.deepEqual(wrapText('Move the bank first, then cancel.', 12), ['Move the', 'bank first,', 'then cancel.']);
  });

  it('keeps a full stop that follows a space at a break (it used to be dropped with the space)', () => {
    assert.deepEqual(wrapText('Call us .', 7), ['Call us', '.']);
  });
});
