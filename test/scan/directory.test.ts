import assert from 'node:assert/strict';
import fs from 'node:fs';
import { describe, it } from 'node:test';
import { getDomain } from 'tldts';
import { allServices } from '../../src/content/services.js';
import { buildDirectory, TWOFA_ROWS, TWOFA_SOURCE } from '../../src/scan/directory.js';

const SERVICES = allServices();

const directory = buildDirectory((host) => getDomain(host, { allowPrivateDomains: true }));

describe("scan's directories", () => {
  it('ships the whole 2fa.directory snapshot the README credits, with its MIT notice', () => {
    assert.equal(TWOFA_ROWS.length, 2566);
    assert.equal(TWOFA_SOURCE.commit, 'f3ac2ab71c6fe4857a4ad1ef039d2a4eaf1a342c');
    const licence = fs.readFileSync(new URL('../../src/scan/data/2fa-directory.LICENSE.md', import.meta.url), 'utf8');
    assert.match(licence, /The MIT License/);
    assert.match(licence, /2factorauth/);
    assert.match(fs.readFileSync(new URL('../../README.md', import.meta.url), 'utf8'), /f3ac2ab/);
  });

  it('keeps only what scan uses from each entry: name, domain, domains, methods, an https link, regions', () => {
    for (const row of TWOFA_ROWS) {
      assert.equal(row.length, 6);
      assert.ok(row[4] === '' || row[4].startsWith('https://'), row[0]);
    }
  });

  it('names every simexit service, and 2fa.directory entries that are not simexit services', () => {
    for (const service of SERVICES) assert.equal(directory.entry(service.id)?.kind, 'simexit', service.id);
    assert.equal(directory.entry('2fa-twitch.tv')?.kind, '2fa');
    // A 2fa.directory entry that a simexit service cites is that service, not a second entry.
    assert.equal(directory.entry('2fa-chase.com'), undefined);
    assert.ok(directory.size > 2500);
  });

  const urls: Array<[string, string | undefined]> = [
    ['https://secure.chase.com/web/auth/', 'chase'],
    ['chase.com', 'chase'],
    ['https://mail.google.com/mail/u/0', 'google-account'],
    ['https://www.amazon.co.uk/ap/signin', 'amazon'],
    ['https://weixin.qq.com/', 'wechat'],
    ['https://mail.qq.com/', 'qq'], // qq.com is QQ; only WeChat's own hosts are WeChat
    ['https://passport.jd.com/new/login.aspx', 'jd'],
    ['https://www.twitch.tv/login', '2fa-twitch.tv'],
    ['androidapp://com.example.app', undefined],
    ['http://192.168.1.1/', undefined],
    ['not a url at all', undefined],
  ];
  for (const [url, id] of urls) it(`finds ${url} as ${id ?? 'nothing'}`, () => assert.equal(directory.byUrl(url)?.id, id));

  it('knows which services can text or call codes', () => {
    assert.equal(directory.entry('chase')?.textsOrCalls, true);
    assert.equal(directory.entry('2fa-twitch.tv')?.textsOrCalls, true);
    const totpOnly = TWOFA_ROWS.find((row) => row[3].length === 1 && row[3][0] === 'totp')!;
    assert.equal(directory.entry(`2fa-${totpOnly[1]}`)?.textsOrCalls, false);
  });
});
