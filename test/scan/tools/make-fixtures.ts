// Writes test/fixtures/scan/: one file (or folder) in the real structure of each format scan reads, with synthetic
// content in both languages and decoys (a bank's marketing, a code from an unknown sender, a friend forwarding a
// code, the user's own sent texts, a group chat). Re-run after changing it:
//
//   node --import tsx test/scan/tools/make-fixtures.ts
//
// The expected findings are in test/scan/fixtures.test.ts; nothing here is a real person's data.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { strToU8, zipSync } from 'fflate';
import initSqlJs from 'sql.js';
import { attribute, FOOTER, header, mmsElement, smsElement } from './sms-backup.js';

const OUT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../fixtures/scan');
fs.rmSync(OUT, { recursive: true, force: true });
fs.mkdirSync(OUT, { recursive: true });
const write = (name: string, content: string | Uint8Array) => {
  const file = path.join(OUT, name);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, content);
};
const at = (iso: string) => Date.parse(iso);
/** Zip entries dated, so that re-running the script rewrites the same bytes. */
const FIXED = { mtime: new Date('2026-11-01T00:00:00Z') };

// ── Android: SMS Backup & Restore ──────────────────────────────────────────────
const android = [
  smsElement({ address: '24273', date: at('2021-03-04T15:00:00Z'), type: 1, body: 'Chase: Your one-time code is 482913. Don\'t share it 🙅. We\'ll never call to ask for it.' }),
  smsElement({ address: '24273', date: at('2026-10-01T09:30:00Z'), type: 1, body: 'Chase: Your one-time code is 110274. Don\'t share it.' }),
  smsElement({ address: '729725', date: at('2025-06-15T12:00:00Z'), type: 1, body: 'PayPal: 449021 is your security code. Don\'t share your code.' }),
  smsElement({ address: '+8695588', date: at('2024-02-10T02:00:00Z'), type: 1, body: '【支付宝】验证码883721，您正在登录支付宝，请勿泄露给他人。' }),
  smsElement({ address: '106575', date: at('2024-05-01T02:00:00Z'), type: 1, body: '【小红书】您的验证码是 552910，5分钟内有效。' }),
  smsElement({ address: '40404', date: at('2025-01-20T18:00:00Z'), type: 1, body: '[Twitch] Your Twitch verification code is 771204' }),
  smsElement({ address: '22000', date: at('2025-03-03T18:00:00Z'), type: 1, body: 'Wells Fargo: a new device signed in to your account. If this wasn\'t you, call us.' }),
  // Decoys: marketing from a bank, a code from a sender nobody can name, a friend forwarding a code, the user's own texts.
  smsElement({ address: '33733', date: at('2025-04-01T18:00:00Z'), type: 1, body: 'Chase: Get a $300 bonus when you open a new checking account. Reply STOP to opt out.' }),
  smsElement({ address: '95588', date: at('2025-11-11T02:00:00Z'), type: 1, body: '【工商银行】双十一特惠，信用卡分期低至0.3%，回T退订' }),
  smsElement({ address: '+15558675309', date: at('2025-08-08T08:00:00Z'), type: 1, body: 'Your verification code is 493021' }),
  smsElement({ address: '+15551234567', date: at('2025-09-09T09:00:00Z'), type: 1, body: 'my WeChat code is 302119, can you enter it for me?', contactName: 'Mom' }),
  smsElement({ address: '+15551234567', date: at('2025-09-09T09:01:00Z'), type: 2, body: 'Your Coinbase code is 123456 lol', contactName: 'Mom' }),
  mmsElement({ from: '+15550001111', to: ['+15550002222', '+15550003333'], date: at('2025-07-07T07:00:00Z'), box: 1, text: 'Your Kraken verification code is 661203', contactName: 'Group' }),
  // Received MMS with a text part: Amazon's code.
  mmsElement({ from: '262966', to: ['+15550002222'], date: at('2023-12-24T10:00:00Z'), box: 1, text: '309122 is your Amazon OTP. Do not share it with anyone.' }),
];
// A raw control character the app writes in a body (invalid in XML 1.0, tolerated).
android.push(`  <sms protocol="0" address="32665" date="${at('2022-02-02T02:00:00Z')}" type="1" subject="null" body="Your Facebook code is 190233\u0001 ${attribute('😀')}" toa="null" sc_toa="null" service_center="null" read="1" status="-1" locked="0" date_sent="0" sub_id="1" readable_date="x" contact_name="(Unknown)" />\n`);
const androidXml = header(android.length) + android.join('') + FOOTER;
write('android/sms-20261101.xml', androidXml);
write('android/calls-20261101.xml', `<?xml version='1.0' encoding='UTF-8' standalone='yes' ?>\n<calls count="1" backup_set="x" backup_date="1761991200000" type="full">\n  <call number="+15551234567" duration="60" date="1761991200000" type="1" presentation="1" subscription_id="1" post_dial_digits="" subscription_component_name="x" readable_date="x" contact_name="(Unknown)" />\n</calls>\n`);
write('android/truncated.xml', androidXml.slice(0, Math.floor(androidXml.length * 0.6)));
write('android/malformed.xml', androidXml.replace('<sms protocol="0" address="729725"', '<sms protocol="0" address="729725 date=1'));

// ── Google Voice in Google Takeout ─────────────────────────────────────────────
const STYLE = '<style type="text/css">.message { max-width: 640px; }</style>';
function voicePage(title: string, messages: Array<{ at: string; tel: string; name: string; text: string }>, participants: Array<{ tel: string; name: string }> = []): string {
  // A group conversation lists its participants first.
  const group = participants.length
    ? `<div class="participants">Group conversation with:\n${participants.map((each) => `<cite class="sender vcard"><a class="tel" href="tel:${each.tel}"><span class="fn">${each.name}</span></a></cite>`).join(', ')}</div>\n`
    : '';
  const body = group + messages
    .map(
      (message) =>
        `<div class="message"><abbr class="dt" title="${message.at}">${message.at}</abbr>:\n<cite class="sender vcard"><a class="tel" href="tel:${message.tel}"><abbr class="fn" title="">${message.name}</abbr></a></cite>:\n<q>${message.text}</q>\n</div>`,
    )
    .join(' ');
  return `<?xml version="1.0" ?>\n<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Strict//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-strict.dtd"><html xmlns="http://www.w3.org/1999/xhtml"><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8" />\n<title>${title}</title>\n${STYLE}</head>\n<body><div class="hChatLog hfeed">\n${body}</div>\n<div class="tags">Labels:\n<a rel="tag" href="http://www.google.com/voice#sms">Text</a></div>\n<div class="deletedStatusContainer">User Deleted:\nFalse</div></body></html>`;
}
const voice: Record<string, string> = {
  'Takeout/Voice/Calls/+12345 - Text - 2025-05-05T10_00_00Z.html': voicePage('+12345', [
    { at: '2025-05-05T03:00:00.000-07:00', tel: '+12345', name: '', text: 'Your Venmo verification code is 551204. Venmo will never call to ask for it.' },
    { at: '2026-01-06T03:00:00.000-07:00', tel: '+12345', name: '', text: 'Venmo: your code is 220931.' },
  ]),
  'Takeout/Voice/Calls/+18885550100 - Text - 2024-04-04T10_00_00Z.html': voicePage('+18885550100', [
    { at: '2024-04-04T03:00:00.000-07:00', tel: '+18885550100', name: '', text: 'Bank of America: Your code is 883204. BofA will never call you for this code.' },
    { at: '2024-04-04T03:05:00.000-07:00', tel: '+15550009999', name: 'Me', text: 'STOP' },
  ]),
  'Takeout/Voice/Calls/+8610690000 - Text - 2024-08-08T10_00_00Z.html': voicePage('+8610690000', [
    { at: '2024-08-08T10:00:00.000+08:00', tel: '+8610690000', name: '', text: '【微信】验证码：604118，用于登录微信，5分钟内有效。' },
  ]),
  'Takeout/Voice/Calls/Agatha Christie - Text - 2024-09-09T10_00_00Z.html': voicePage('Agatha Christie', [
    { at: '2024-09-09T03:00:00.000-07:00', tel: '+15557654321', name: 'Agatha Christie', text: 'The Coinbase code they sent me is 442190' },
  ]),
  'Takeout/Voice/Calls/Group Conversation - 2024-10-10T10_00_00Z.html': voicePage(
    'Group',
    [{ at: '2024-10-10T03:00:00.000-07:00', tel: '+15557654300', name: '+15557654300', text: 'Your Robinhood code is 123456' }],
    [{ tel: '+15557654300', name: '+15557654300' }, { tel: '+15557654321', name: 'Agatha Christie' }],
  ),
  'Takeout/Voice/Calls/+15550100200 - Placed - 2024-01-01T10_00_00Z.html': '<?xml version="1.0" ?><html xmlns="http://www.w3.org/1999/xhtml"><body><div class="haudio"><span class="fn">Placed call to</span></div></body></html>',
  'Takeout/archive_browser.html': '<html><body>Archive</body></html>',
};
for (const [name, html] of Object.entries(voice)) write(`google-voice/${name}`, html);
// The same export as Takeout may write it for an account in another language: translated folder and file names.
const localized = Object.fromEntries(
  Object.entries(voice).map(([name, html]) => [name.replace('Takeout/Voice/Calls/', 'Takeout/语音/通话/').replace(' - Text - ', ' - 短信 - ').replace('Group Conversation', '群组对话'), html]),
);
for (const [name, html] of Object.entries(localized)) write(`google-voice-localized/${name}`, html);
write('google-voice-localized.zip', zipSync(Object.fromEntries(Object.entries(localized).map(([name, html]) => [name, strToU8(html)])), FIXED));
const takeoutZip = zipSync(Object.fromEntries(Object.entries(voice).map(([name, html]) => [name, strToU8(html)])), FIXED);
write('google-voice-takeout.zip', takeoutZip);
write('not-takeout.zip', zipSync({ 'photos/IMG_0001.txt': strToU8('not a photo'), 'notes.txt': strToU8('hello') }, FIXED));

/**
 * A zip whose one Voice page claims to inflate to 300 MB: the bound is checked on the sizes the archive declares,
 * before anything is inflated (and yauzl checks the declared sizes while inflating).
 */
function inflated(zip: Uint8Array, declared: number): Uint8Array {
  const bytes = Buffer.from(zip);
  for (let offset = 0; offset < bytes.length - 4; offset++) {
    const signature = bytes.readUInt32LE(offset);
    if (signature === 0x04034b50) bytes.writeUInt32LE(declared, offset + 22); // local header: uncompressed size
    if (signature === 0x02014b50) bytes.writeUInt32LE(declared, offset + 24); // central directory: uncompressed size
  }
  return bytes;
}
write('zip-bomb.zip', inflated(zipSync({ 'Takeout/Voice/Calls/+1 - Text - 2024-01-01T00_00_00Z.html': strToU8(voicePage('x', [])) }, FIXED), 300 * 1024 * 1024));

// ── iPhone backup (Finder / iTunes, unencrypted) ───────────────────────────────
const SMS_DB = '3d0d7e5fb2ce288813306e4d4636395e047a3d28';
const plist = (encrypted: boolean) =>
  `<?xml version="1.0" encoding="UTF-8"?>\n<!DOCTYPE plist PUBLIC "-//Apple//DTD PLIST 1.0//EN" "http://www.apple.com/DTDs/PropertyList-1.0.dtd">\n<plist version="1.0">\n<dict>\n\t<key>IsEncrypted</key>\n\t<${encrypted}/>\n\t<key>Version</key>\n\t<string>10.0</string>\n</dict>\n</plist>\n`;
/** An NSAttributedString archive as iOS 16+ stores a message's text in attributedBody (the parts scan reads). */
function attributedBody(text: string): Uint8Array {
  const utf8 = Buffer.from(text, 'utf8');
  const length = utf8.length < 0x80 ? Buffer.from([utf8.length]) : Buffer.concat([Buffer.from([0x81]), Buffer.from([utf8.length & 0xff, utf8.length >> 8])]);
  return Buffer.concat([Buffer.from('\x04\x0bstreamtyped\x81\xe8\x03\x84\x01@\x84\x84\x84\x12NSAttributedString\x00\x84\x84\x08NSObject\x00\x85\x92\x84\x84\x84\x08NSString\x01\x94\x84\x01+', 'latin1'), length, utf8, Buffer.from('\x86\x84\x02iI\x01', 'latin1')]);
}
const SQL = await initSqlJs();
const manifest = new SQL.Database();
manifest.run('CREATE TABLE Files (fileID TEXT PRIMARY KEY, domain TEXT, relativePath TEXT, flags INTEGER, file BLOB)');
manifest.run('INSERT INTO Files VALUES (?, ?, ?, 1, NULL)', [SMS_DB, 'HomeDomain', 'Library/SMS/sms.db']);
const sms = new SQL.Database();
sms.run(`
  CREATE TABLE handle (ROWID INTEGER PRIMARY KEY AUTOINCREMENT, id TEXT NOT NULL, country TEXT, service TEXT NOT NULL, uncanonicalized_id TEXT, person_centric_id TEXT);
  CREATE TABLE message (ROWID INTEGER PRIMARY KEY AUTOINCREMENT, guid TEXT UNIQUE NOT NULL, text TEXT, handle_id INTEGER DEFAULT 0, service TEXT, date INTEGER, is_from_me INTEGER DEFAULT 0, attributedBody BLOB);
  CREATE TABLE chat (ROWID INTEGER PRIMARY KEY AUTOINCREMENT, guid TEXT UNIQUE NOT NULL, chat_identifier TEXT);
  CREATE TABLE chat_handle_join (chat_id INTEGER, handle_id INTEGER, UNIQUE(chat_id, handle_id));
  CREATE TABLE chat_message_join (chat_id INTEGER, message_id INTEGER, message_date INTEGER DEFAULT 0, PRIMARY KEY (chat_id, message_id));
`);
const handles = ['32665', '+15558675309', '+15551234567', '227898', '+15550001111'];
handles.forEach((id, index) => sms.run('INSERT INTO handle (ROWID, id, service) VALUES (?, ?, ?)', [index + 1, id, 'SMS']));
/** Nanoseconds since 2001-01-01, as iOS 11 and later store `date`. */
const appleNs = (iso: string) => (BigInt(Date.parse(iso) - Date.UTC(2001, 0, 1)) * 1_000_000n).toString();
const iphoneMessages: Array<[number, string | null, Uint8Array | null, string, number, number]> = [
  [1, 'Your Facebook code is 190233', null, '2022-06-01T10:00:00Z', 0, 1],
  [4, null, attributedBody('Coinbase: 881204 is your verification code. Do not share this code.'), '2026-02-02T10:00:00Z', 0, 4],
  [4, 'Coinbase: 120934 is your verification code.', null, '2026-03-03T10:00:00Z', 0, 4],
  [2, 'Your verification code is 493021', null, '2025-08-08T08:00:00Z', 0, 2],
  [3, 'Your Coinbase code is 123456 lol', null, '2025-09-09T09:01:00Z', 1, 3],
  [5, 'Your Kraken verification code is 661203', null, '2025-07-07T07:00:00Z', 0, 5],
  [1, '【京东】验证码 220133，请勿泄露。', null, '2023-03-03T10:00:00Z', 0, 1],
];
sms.run("INSERT INTO chat (ROWID, guid, chat_identifier) VALUES (1, 'SMS;-;32665', '32665'), (2, 'SMS;-;+15558675309', '+15558675309'), (3, 'SMS;-;+15551234567', '+15551234567'), (4, 'SMS;-;227898', '227898'), (5, 'SMS;+;chat1', 'chat1')");
sms.run('INSERT INTO chat_handle_join VALUES (1, 1), (2, 2), (3, 3), (4, 4), (5, 5), (5, 3)');
iphoneMessages.forEach(([handle, text, body, when, fromMe, chat], index) => {
  sms.run('INSERT INTO message (ROWID, guid, text, handle_id, service, date, is_from_me, attributedBody) VALUES (?, ?, ?, ?, ?, ?, ?, ?)', [index + 1, `guid-${index + 1}`, text, handle, 'SMS', appleNs(when), fromMe, body]);
  sms.run('INSERT INTO chat_message_join VALUES (?, ?, 0)', [chat, index + 1]);
});
write('iphone-backup/Manifest.plist', plist(false));
write('iphone-backup/Info.plist', plist(false).replace('IsEncrypted', 'Product Type').replace('<false/>', '<string>iPhone14,2</string>'));
write('iphone-backup/Manifest.db', manifest.export());
write(`iphone-backup/${SMS_DB.slice(0, 2)}/${SMS_DB}`, sms.export());
write('iphone-encrypted/Manifest.plist', plist(true));
write('iphone-encrypted/Manifest.db', Buffer.from('9b1f0e7c4a2d83e6', 'hex').toString('latin1').repeat(64));
write('iphone-no-messages/Manifest.plist', plist(false));
write('iphone-no-messages/Manifest.db', manifest.export());

// ── Password-manager exports ──────────────────────────────────────────────────
// Chase, GitHub, Notion (2fa.directory only, texts), Wikipedia (in neither list), one with no URL.
write(
  'vaults/bitwarden.json',
  `${JSON.stringify(
    {
      encrypted: false,
      folders: [],
      items: [
        { id: '1', type: 1, name: 'Chase', notes: 'secret note', favorite: false, login: { uris: [{ match: null, uri: 'https://secure.chase.com/web/auth/' }], username: 'someone', password: 'hunter2', totp: null } },
        { id: '2', type: 1, name: 'GitHub', login: { uris: [{ match: null, uri: 'https://github.com/login' }], username: 'someone', password: 'pw' } },
        { id: '3', type: 1, name: 'Notion', login: { uris: [{ match: null, uri: 'notion.so' }], username: 'someone', password: 'pw' } },
        { id: '4', type: 1, name: 'Wiki', login: { uris: [{ match: null, uri: 'https://en.wikipedia.org/' }], username: 'someone', password: 'pw' } },
        { id: '5', type: 2, name: 'A secure note', notes: 'nothing', secureNote: { type: 0 } },
      ],
    },
    null,
    2,
  )}\n`,
);
write('vaults/bitwarden-encrypted.json', `${JSON.stringify({ encrypted: true, passwordProtected: true, salt: 'c2FsdA==', kdfType: 0, kdfIterations: 600000, encKeyValidation_DO_NOT_EDIT: '2.x|y|z', data: '2.abc|def|ghi' }, null, 2)}\n`);
write('vaults/bitwarden.csv', 'folder,favorite,type,name,notes,fields,reprompt,login_uri,login_username,login_password,login_totp\n,,login,Chase,"a note, with a comma\nand a line",,0,https://www.chase.com,someone,pw,\n,,login,Zoom,,,0,https://zoom.us/signin,someone,pw,\n,,note,Note,text,,0,,,,\n');
write('vaults/1password.csv', 'Title,Url,Username,Password,OTPAuth,Favorite,Archived,Tags,Notes\nPayPal,https://www.paypal.com/signin,someone,pw,,false,false,,\nEtsy,https://www.etsy.com,someone,pw,,false,false,,\n');
write(
  'vaults/1password.1pux',
  zipSync({
    'export.attributes': strToU8(JSON.stringify({ version: 3, description: '1Password Unencrypted Export', createdAt: 1761991200 })),
    'export.data': strToU8(
      JSON.stringify({
        accounts: [
          {
            attrs: { accountName: 'Personal', name: 'Personal', email: 'someone@example.com', uuid: 'A', domain: 'my.1password.com' },
            vaults: [
              {
                attrs: { uuid: 'V', name: 'Private', type: 'P' },
                items: [
                  { uuid: 'i1', categoryUuid: '001', details: { loginFields: [{ value: 'someone', designation: 'username' }, { value: 'pw', designation: 'password' }] }, overview: { title: 'Discover', url: 'https://portal.discover.com/customersvcs/universalLogin/ac_main', urls: [{ label: '', url: 'https://portal.discover.com/customersvcs/universalLogin/ac_main' }] } },
                  { uuid: 'i2', categoryUuid: '001', details: { loginFields: [] }, overview: { title: 'Dropbox', urls: [{ label: 'website', url: 'https://www.dropbox.com/login' }] } },
                ],
              },
            ],
          },
        ],
      }),
    ),
  }, FIXED),
);
write('vaults/chrome.csv', 'name,url,username,password,note\nsignin.ebay.com,https://signin.ebay.com/ws/eBayISAPI.dll,someone,pw,\naccounts.google.com,https://accounts.google.com/signin,someone@gmail.com,pw,a note\n');
write('vaults/firefox.csv', '"url","username","password","httpRealm","formActionOrigin","guid","timeCreated","timeLastUsed","timePasswordChanged"\n"https://www.amazon.com","someone","pw",,"https://www.amazon.com","{1}","1700000000000","1700000000000","1700000000000"\n');
write('vaults/apple-passwords.csv', 'Title,URL,Username,Password,Notes,OTPAuth\nappleid.apple.com (someone),https://appleid.apple.com/,someone,pw,,\nwww.linkedin.com (someone),https://www.linkedin.com/,someone,pw,,\n');
write('vaults/keepass.csv', '"Account","Login Name","Password","Web Site","Comments"\n"Uber","someone","pw","https://auth.uber.com/login","note"\n');
write('vaults/keepassxc.csv', '"Group","Title","Username","Password","URL","Notes","TOTP","Icon","Last Modified","Created"\n"Root","Coinbase","someone","pw","https://www.coinbase.com/signin","","","0","2025-01-01T00:00:00Z","2025-01-01T00:00:00Z"\n');
write(
  'vaults/keepass.xml',
  `<?xml version="1.0" encoding="utf-8" standalone="yes"?>\n<KeePassFile>\n\t<Meta><Generator>KeePass</Generator><DatabaseName>Passwords</DatabaseName></Meta>\n\t<Root>\n\t\t<Group>\n\t\t\t<Name>Root</Name>\n\t\t\t<Entry>\n\t\t\t\t<UUID>AAAA</UUID>\n\t\t\t\t<String><Key>Notes</Key><Value>note</Value></String>\n\t\t\t\t<String><Key>Password</Key><Value ProtectInMemory="True">pw</Value></String>\n\t\t\t\t<String><Key>Title</Key><Value>Robinhood</Value></String>\n\t\t\t\t<String><Key>URL</Key><Value>https://robinhood.com/login</Value></String>\n\t\t\t\t<String><Key>UserName</Key><Value>someone</Value></String>\n\t\t\t\t<History>\n\t\t\t\t\t<Entry><UUID>AAAA</UUID><String><Key>URL</Key><Value>https://robinhood.com/old</Value></String></Entry>\n\t\t\t\t</History>\n\t\t\t</Entry>\n\t\t</Group>\n\t</Root>\n</KeePassFile>\n`,
);
write('vaults/unknown-columns.csv', 'Site,Login,Secret Password\nexample.com,someone,pw\n');
write('not-a-format.txt', 'Just some notes I keep.\nNothing to see here.\n');
console.log(`fixtures written to ${path.relative(process.cwd(), OUT)}`);
