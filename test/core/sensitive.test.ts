import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { detectSensitive, labelLooksLikePhoneNumber } from '../../src/core/sensitive.js';

describe('detectSensitive', () => {
  const cases: Array<[string, ReturnType<typeof detectSensitive>]> = [
    ['confirmation C-88123, 2026-11-20', null],
    ['called 611, agent said it is closed', null],
    ['确认号 88123456，2026-11-20 已注销', null],
    ['refund of $3.50 requested', null],
    ['(555) 123-4567', 'phone'],
    ['+1 555 123 4567', 'phone'],
    ['my number 5551234567', 'phone'],
    ['号码 555.123.4567', 'phone'],
    ['1234', 'pin'],
    ['PIN: 482913', 'pin'],
    ['transfer pin is 4829', 'pin'],
    ['转出PIN 123456', 'pin'],
    ['密码 8888', 'pin'],
    ['password: hunter22', 'password'],
    ['密码是 abc12345', 'password'],
    ['account number 123456789', 'account'],
    ['账户号码：987654321', 'account'],
    ['验证码 482913', 'code'],
    ['verification code: 123456', 'code'],
  ];
  for (const [text, kind] of cases) {
    it(`${kind ?? 'lets through'}: ${text}`, () => assert.equal(detectSensitive(text), kind));
  }
});

describe('labelLooksLikePhoneNumber', () => {
  it('accepts the last four digits and nicknames', () => {
    assert.equal(labelLooksLikePhoneNumber('1234'), false);
    assert.equal(labelLooksLikePhoneNumber('Ultra 保号 4821'), false);
  });
  it('refuses anything with seven or more digits', () => {
    assert.equal(labelLooksLikePhoneNumber('555-123-4567'), true);
    assert.equal(labelLooksLikePhoneNumber('1234567'), true);
  });
});
