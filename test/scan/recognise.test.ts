import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { getDomain } from 'tldts';
import { buildDirectory } from '../../src/scan/directory.js';
import { attribute, classify, isPersonalConversation } from '../../src/scan/recognise.js';

const directory = buildDirectory((host) => getDomain(host, { allowPrivateDomains: true }));
const from = (text: string, sender = '12345') => attribute({ text, sender }, directory)?.id ?? null;

describe('recognising verification and security messages', () => {
  const codes: Array<[string, string]> = [
    ['English one-time code', 'Chase: Your one-time code is 482913. Don\'t share it.'],
    ["Google's G- code", 'G-482913 is your Google verification code.'],
    ['a split code', 'Your Signal code: 123-456'],
    ['Chinese 验证码', '【支付宝】验证码883721，您正在登录，请勿泄露。'],
    ['Chinese 校验码', '【招商银行】校验码 220931，用于登录。'],
    ['Chinese 动态码', '您的动态码为 661203，5分钟内有效。'],
    ['OTP', '309122 is your Amazon OTP. Do not share it with anyone.'],
  ];
  for (const [name, text] of codes) it(`reads ${name} as a code`, () => assert.equal(classify(text), 'code'));

  it('reads a new sign-in notice without a code as a security message', () => {
    assert.equal(classify('Wells Fargo: a new device signed in to your account.'), 'security');
    assert.equal(classify('【微信】您的账号在新设备上登录，如非本人操作请修改密码。'), 'security');
  });

  const decoys: Array<[string, string]> = [
    ['bank marketing with an amount', 'Chase: Get a $300 bonus when you open a new checking account. Reply STOP to opt out.'],
    ['Chinese marketing', '【工商银行】双十一特惠，信用卡分期低至0.3%，回T退订'],
    ['chat', 'Running late, see you at 7'],
    ['a phone number with no code word', 'Call me back at 555-123-4567'],
    ['a code word without a code', 'Your verification is complete.'],
  ];
  for (const [name, text] of decoys) it(`does not read ${name} as a code or a security message`, () => assert.equal(classify(text), null));
});

describe('attributing a message to a service', () => {
  const cases: Array<[string, string, string | null]> = [
    ['an English name', 'Chase: Your one-time code is 482913.', 'chase'],
    ['a name in the middle', 'Use 482913 as your Microsoft account security code', 'microsoft-account'],
    ['a longer name before a shorter one', 'Apple Cash: your code is 110274', 'apple-pay-apple-cash'],
    ['a 【brand】 prefix in Chinese', '【支付宝】验证码883721，请勿泄露。', 'alipay'],
    ['a 【brand】 signature at the end', '验证码：604118，5分钟内有效。【微信】', 'wechat'],
    ['a Chinese name in the text', '您的微信验证码是 604118', 'wechat'],
    ['a Chinese name inside a display name', '【大通银行】验证码 604118', 'chase'],
    ['a [brand] prefix from 2fa.directory only', '[Twitch] Your verification code is 771204', '2fa-twitch.tv'],
    ['a 2fa.directory name as written', 'Your Etsy security code is 220931', '2fa-etsy.com'],
    ['a domain in the text', 'Your code for wise.com is 220931', 'wise'],
    ['a 2fa.directory name before a capitalised word verification texts use', 'Your Etsy Security Code is 220931', '2fa-etsy.com'],
    ['not a shorter 2fa.directory name inside a longer one', 'Your Mint Mobile one-time passcode is 482913', null],
    ['a Chinese service of the directory by its 【brand】', '【京东】验证码 220133，请勿泄露。', 'jd'],
    ['QQ inside a 【腾讯科技】 text', '【腾讯科技】您的验证码是482913，用于QQ登录。', 'qq'],
    ['a Latin name inside Chinese text', '您的Apple ID验证码是：220133', 'apple-account'],
    ['an unknown brand', '【美团】验证码 220133，请勿泄露。', null],
    ['no name at all', 'Your verification code is 493021', null],
  ];
  for (const [name, text, expected] of cases) it(`by ${name}`, () => assert.equal(from(text), expected));

  it('by the short code a source lists (PayPal 729725), not by any other number', () => {
    assert.equal(from('449021 is your security code.', '729725'), 'paypal');
    assert.equal(from('449021 is your security code.', '729726'), null);
  });

  it('by an alphanumeric sender id', () => assert.equal(from('Your code is 449021', 'PayPal'), 'paypal'));

  it('takes "Line", "Discover" and "Steam" only as the brand writes them', () => {
    assert.equal(from('Your LINE verification code is 4821'), 'line');
    assert.equal(from('Your Discover card code is 482100'), 'discover');
    assert.equal(from('Enter code 482100 to discover more, on the first line'), null);
  });

  it('does not take capitalised ordinary words for 2fa.directory names', () => assert.equal(from('Code 482100. Never share this code. Reply HELP for help.'), null));
});

describe('telling the user\'s own conversations apart', () => {
  it('a saved contact on a full number is a person', () => assert.equal(isPersonalConversation('+15551234567', 'Mom'), true));
  it('an unknown number is not', () => assert.equal(isPersonalConversation('+15551234567', '(Unknown)'), false));
  it('a short code saved as a contact is still a service', () => assert.equal(isPersonalConversation('24273', 'Chase'), false));
});
