import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { isUserError } from '../../src/errors.js';
import { scanPaths } from '../../src/scan/engine.js';
import { tempRoot } from '../helpers/world.js';

// Each format read from its fixture (test/scan/tools/make-fixtures.ts writes them in the real structure): what is
// found, with the decoys left out, and each kind of bad input refused with a message naming the file.
export const FIXTURES = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../fixtures/scan');
const fixture = (name: string) => path.join(FIXTURES, name);

async function found(name: string) {
  const { sources, tally } = await scanPaths([fixture(name)]);
  return {
    format: sources[0]!.format,
    items: sources[0]!.items,
    services: tally.ranked().map((each) => `${each.entry.id}:${each.evidence}:${each.codes || each.logins}`),
    unattributed: tally.unattributed,
    tally,
  };
}

async function refusal(name: string): Promise<string[]> {
  try {
    await scanPaths([name.startsWith('/') ? name : fixture(name)]);
  } catch (error) {
    if (isUserError(error)) return error.lines.map(([key]) => key);
    throw error;
  }
  assert.fail(`${name} was read`);
}

describe('messages', () => {
  it('SMS Backup & Restore: received SMS and MMS text, in English and Chinese; not sent texts, friends, group chats, marketing', async () => {
    const result = await found('android/sms-20261101.xml');
    assert.equal(result.format, 'android-sms');
    assert.equal(result.items, 15);
    assert.deepEqual(result.services, [
      'chase:codes:2',
      'paypal:codes:1',
      'wells-fargo:codes:1',
      '2fa-twitch.tv:codes:1',
      'xiaohongshu:codes:1',
      'alipay:codes:1',
      'amazon:codes:1',
      'facebook:codes:1',
    ]);
    assert.equal(result.unattributed, 1, 'the code from +1 555 867 5309');
    const chase = result.tally.ranked()[0]!;
    assert.equal(new Date(chase.first!).toISOString().slice(0, 10), '2021-03-04');
    assert.equal(new Date(chase.last!).toISOString().slice(0, 10), '2026-10-01');
  });

  it('tolerates the invalid XML characters the Android app writes (surrogate halves, control characters)', async () => {
    const text = fs.readFileSync(fixture('android/sms-20261101.xml'), 'utf8');
    assert.match(text, /&#55357;&#56832;/);
    assert.match(text, /\u0001/);
    assert.ok((await found('android/sms-20261101.xml')).services.includes('facebook:codes:1'));
  });

  it('a backup with a byte-order mark and Windows line ends reads the same', async () => {
    const copy = path.join(tempRoot(), 'sms-bom-crlf.xml');
    fs.writeFileSync(copy, `\uFEFF${fs.readFileSync(fixture('android/sms-20261101.xml'), 'utf8').replace(/\n/g, '\r\n')}`);
    const { tally } = await scanPaths([copy]);
    assert.equal(tally.ranked().length, 8);
  });

  for (const [name, form] of [['google-voice', 'folder'], ['google-voice-takeout.zip', 'zip'], ['google-voice-localized', 'folder with translated names'], ['google-voice-localized.zip', 'zip with translated names']] as const) {
    it(`Google Voice in a Google Takeout ${form}: texts received; not the user's own, saved contacts or group conversations`, async () => {
      const result = await found(name);
      assert.equal(result.format, 'google-voice');
      assert.deepEqual(result.services, ['venmo:codes:2', 'wechat:codes:1', 'bank-of-america:codes:1']);
      assert.equal(result.unattributed, 0);
    });
  }

  it('an unencrypted iPhone backup: text and attributedBody (iOS 16+), received only, not group chats', async () => {
    const result = await found('iphone-backup');
    assert.equal(result.format, 'iphone-backup');
    assert.deepEqual(result.services, ['coinbase:codes:2', 'jd:codes:1', 'facebook:codes:1']);
    assert.equal(result.unattributed, 1, 'the code from an unknown number');
  });
});

describe('password-manager exports', () => {
  const vaults: Array<[string, string, string[]]> = [
    ['bitwarden.json', 'bitwarden-json', ['chase:vault-texts:1', 'github:vault-texts:1', '2fa-notion.so:vault-texts:1', '2fa-wikipedia.org:vault:1']],
    ['bitwarden.csv', 'bitwarden-csv', ['chase:vault-texts:1', '2fa-zoom.us:vault-texts:1']],
    ['1password.csv', '1password-csv', ['2fa-etsy.com:vault-texts:1', 'paypal:vault-texts:1']],
    ['1password.1pux', '1password-1pux', ['discover:vault-texts:1', 'dropbox:vault-texts:1']],
    ['chrome.csv', 'chromium-csv', ['2fa-ebay.com:vault-texts:1', 'google-account:vault-texts:1']],
    ['firefox.csv', 'firefox-csv', ['amazon:vault-texts:1']],
    ['apple-passwords.csv', 'apple-csv', ['apple-account:vault-texts:1', 'linkedin:vault-texts:1']],
    ['keepass.csv', 'keepass-csv', ['uber:vault-texts:1']],
    ['keepassxc.csv', 'keepassxc-csv', ['coinbase:vault-texts:1']],
    ['keepass.xml', 'keepass-xml', ['robinhood:vault-texts:1']],
  ];
  for (const [name, format, services] of vaults) {
    it(`${format}: each login's address → its registrable domain → the service`, async () => {
      const result = await found(`vaults/${name}`);
      assert.equal(result.format, format);
      assert.deepEqual(result.services, services);
    });
  }

  it('ranks codes received above vault logins that can text, above vault logins only', async () => {
    const { tally } = await scanPaths([fixture('vaults/bitwarden.json'), fixture('android/sms-20261101.xml')]);
    const ranked = tally.ranked();
    assert.deepEqual(ranked.slice(0, 1).map((each) => [each.entry.id, each.evidence, each.codes, each.logins]), [['chase', 'codes', 2, 1]]);
    assert.deepEqual([...new Set(ranked.map((each) => each.evidence))], ['codes', 'vault-texts', 'vault']);
  });
});

describe('bad input: a clear refusal naming the file', () => {
  const empty = path.join(tempRoot(), 'empty-folder');
  fs.mkdirSync(empty, { recursive: true });
  const cases: Array<[string, string, string[]]> = [
    ['a file in no known format', 'not-a-format.txt', ['scanUnknownFormat']],
    ['a truncated XML', 'android/truncated.xml', ['scanTruncatedXml']],
    ["SMS Backup & Restore's call log instead of its messages", 'android/calls-20261101.xml', ['scanCallLog']],
    ['a malformed XML', 'android/malformed.xml', ['scanBadXml']],
    ['a zip that is not a Takeout', 'not-takeout.zip', ['scanZipUnknown']],
    ['a zip that would expand past the bound', 'zip-bomb.zip', ['scanZipTooLarge']],
    ['a missing file', 'no-such-file.xml', ['scanNotFound']],
    ['a folder without the expected files', empty, ['scanFolderUnknown']],
    ['an encrypted iPhone backup', 'iphone-encrypted', ['scanIphoneEncrypted', 'scanIphoneHowUnencrypted']],
    ['an iPhone backup without messages', 'iphone-no-messages', ['scanIphoneNoMessages']],
    ['a vault export with unexpected columns', 'vaults/unknown-columns.csv', ['scanVaultColumns', 'scanVaultExpected']],
    ['an encrypted Bitwarden export', 'vaults/bitwarden-encrypted.json', ['scanBitwardenEncrypted']],
    ['a database file instead of the backup folder', 'iphone-backup/Manifest.db', ['scanUnknownFormat', 'scanGiveBackupFolder']],
  ];
  for (const [name, file, keys] of cases) it(name, async () => assert.deepEqual(await refusal(file), keys));

  it('an unreadable file', { skip: process.getuid?.() === 0 ? 'root reads every file' : false }, async () => {
    const file = path.join(tempRoot(), 'unreadable.xml');
    fs.writeFileSync(file, '<smses></smses>', { mode: 0o000 });
    assert.deepEqual(await refusal(file), ['scanUnreadable']);
  });

  it('the folder that holds several iPhone backups: names them', async () => {
    const parent = path.join(tempRoot(), 'MobileSync-Backup');
    fs.mkdirSync(parent, { recursive: true });
    fs.cpSync(fixture('iphone-backup'), path.join(parent, '00008110-000A1B2C3D4E'), { recursive: true });
    fs.cpSync(fixture('iphone-encrypted'), path.join(parent, '00008030-001122334455'), { recursive: true });
    assert.deepEqual(await refusal(parent), ['scanIphoneBackups']);
  });

  it('recognises every input before reading any: a bad last file is refused before the first is read', async () => {
    let progressed = false;
    await assert.rejects(
      scanPaths([fixture('android/sms-20261101.xml'), fixture('not-a-format.txt')], () => (progressed = true)),
      (error) => isUserError(error),
    );
    assert.equal(progressed, false);
  });
});
