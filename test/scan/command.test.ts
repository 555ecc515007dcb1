import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { offerScan } from '../../src/commands/scan.js';
import type { Context } from '../../src/context.js';
import type { FoundChoice, ScanPrompts } from '../../src/io/scan-prompts.js';
import { TWOFA_ROWS } from '../../src/scan/directory.js';
import { JSON_SCHEMA_VERSION } from '../../src/core/json.js';
import { answers, readStore, run, seed, snapshot, tempHome } from '../helpers/world.js';

const FIXTURES = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../fixtures/scan');
const fixture = (name: string) => path.join(FIXTURES, name);
const planned = (home: string) => seed(home, [{ type: 'answers', at: '2026-11-01T00:00:00.000Z', answers: answers({ services: ['chase'] }) }]);
const lastAnswers = (home: string) => readStore(home).profiles.default.events.filter((event: { type: string }) => event.type === 'answers').at(-1).answers;

/** Text that must never leave a scan: codes, message words, other people's numbers, vault secrets. */
const SECRETS = ['482913', '110274', '449021', '883721', '493021', '302119', '5558675309', '5551234567', 'Mom', 'hunter2', 'someone', 'secret note', '请勿泄露', "Don't share", 'Agatha'];

describe('simexit scan', () => {
  it('prints what it found, by evidence, with the privacy notice, in English and Chinese', async () => {
    const english = await run(tempHome(), ['scan', fixture('android/sms-20261101.xml'), fixture('vaults/bitwarden.json')]);
    assert.equal(english.code, 0, english.stderr);
    assert.match(english.stdout, /Everything stays on this computer/);
    assert.match(english.stdout, /Codes received on this number \(8\)[\s\S]*• Chase（大通银行）|• Chase — 2 code\(s\), 2021-03-04 – 2026-10-01/);
    assert.match(english.stdout, /In your vault, and able to text or call codes \(2\)/);
    assert.match(english.stdout, /In your vault only \(1\)[\s\S]*Wikipedia \(2fa\.directory\)/);
    assert.match(english.stdout, /step: move-2fa:2fa-twitch\.tv/);
    assert.match(english.stdout, /1 verification text\(s\) came from senders simexit could not name/);
    const chinese = await run(tempHome(), ['scan', fixture('android/sms-20261101.xml'), '--lang', 'zh']);
    assert.equal(chinese.code, 0, chinese.stderr);
    assert.match(chinese.stdout, /所有内容都只在这台电脑上处理/);
    assert.match(chinese.stdout, /这个号码收到过验证码（8）/);
    assert.match(chinese.stdout, /• 支付宝 — 1 条验证码，2024-02-10/);
  });

  it('shows a file name as text: control characters in it are pictures, never sent to the terminal', async () => {
    const dir = fs.mkdtempSync(path.join(tempHome(), 'scan-'));
    const hostile = path.join(dir, 'sms\u001b[2J\u001b]0;owned\u0007.xml');
    fs.copyFileSync(fixture('android/sms-20261101.xml'), hostile);
    const result = await run(tempHome(), ['scan', hostile]);
    assert.equal(result.code, 0, result.stderr);
    assert.doesNotMatch(result.stdout + result.stderr, /\u001b/);
    assert.match(result.stdout, /Read .*sms␛\[2J␛\]0;owned␇\.xml/);
  });

  it('--json: the documented shape with schemaVersion; the notice on stderr', async () => {
    const result = await run(tempHome(), ['scan', fixture('android/sms-20261101.xml'), '--json']);
    assert.equal(result.code, 0, result.stderr);
    assert.match(result.stderr, /^Everything stays on this computer/);
    const json = JSON.parse(result.stdout);
    assert.equal(json.schemaVersion, JSON_SCHEMA_VERSION);
    assert.equal(json.schemaVersion, 2);
    assert.deepEqual(json.scanned, [{ path: fixture('android/sms-20261101.xml'), format: 'android-sms', items: 15 }]);
    assert.deepEqual(json.found[0], {
      id: 'chase',
      stepId: 'move-2fa:chase',
      name: 'Chase',
      directory: 'simexit',
      evidence: 'codes',
      codes: 2,
      firstCode: '2021-03-04',
      lastCode: '2026-10-01',
      logins: 0,
      textsOrCalls: true,
      methods: ['sms', 'call', 'custom-software', 'custom-hardware'],
      domain: 'chase.com',
      documentation: null,
      regions: ['us'],
    });
    assert.equal(json.found.find((each: { id: string }) => each.id === '2fa-twitch.tv').directory, '2fa.directory');
    assert.equal(json.unattributedCodes, 1);
    assert.deepEqual(json.added, []);
  });

  it('never prints message text, codes, other people\'s numbers, usernames, passwords or notes', async () => {
    const all = ['android/sms-20261101.xml', 'google-voice', 'iphone-backup', 'vaults/bitwarden.json', 'vaults/bitwarden.csv', 'vaults/keepass.xml'].map(fixture);
    for (const flags of [[], ['--json']]) {
      const result = await run(tempHome(), ['scan', ...all, ...flags]);
      assert.equal(result.code, 0, result.stderr);
      for (const secret of SECRETS) assert.ok(!result.stdout.includes(secret) && !result.stderr.includes(secret), `${secret} in the output`);
    }
  });

  it('stores nothing without --add', async () => {
    const home = tempHome();
    planned(home);
    const before = snapshot(home);
    assert.equal((await run(home, ['scan', fixture('android/sms-20261101.xml')])).code, 0);
    assert.equal(snapshot(home), before);
  });

  it('--add adds what sent codes or can text as account steps; 2fa.directory ones with its methods and link', async () => {
    const home = tempHome();
    planned(home);
    const result = await run(home, ['scan', fixture('android/sms-20261101.xml'), fixture('vaults/bitwarden.json'), '--add']);
    assert.equal(result.code, 0, result.stderr);
    assert.match(result.stdout, /Added 9 account step\(s\) to your plan/);
    const saved = lastAnswers(home);
    assert.deepEqual(saved.services, ['chase', 'paypal', 'wells-fargo', 'xiaohongshu', 'alipay', 'amazon', 'facebook', 'github']);
    const documentation = (domain: string) => TWOFA_ROWS.find((row) => row[1] === domain)![4];
    assert.ok(documentation('twitch.tv').startsWith('https://'));
    assert.deepEqual(saved.customServices, [
      { id: '2fa-twitch.tv', name: 'Twitch', domain: 'twitch.tv', methods: ['sms', 'custom-software', 'totp'], url: documentation('twitch.tv') },
      { id: '2fa-notion.so', name: 'Notion', domain: 'notion.so', methods: ['sms', 'totp'], url: documentation('notion.so') },
    ]);
    assert.ok(!JSON.stringify(readStore(home)).includes('wikipedia'), 'a vault-only login is added only when named');
    const list = await run(home, ['list', '--json']);
    const ids = JSON.parse(list.stdout).steps.map((step: { id: string }) => step.id);
    assert.ok(ids.includes('move-2fa:2fa-twitch.tv') && ids.includes('move-2fa:paypal'));
    const card = await run(home, ['list', '--all']);
    assert.match(card.stdout, /Move Twitch off this number/);
    const exported = await run(home, ['export', '--format', 'md']);
    assert.match(exported.stdout, /2fa\.directory lists these sign-in methods: text message \(SMS\), an authenticator app/);
    for (const secret of SECRETS) assert.ok(!JSON.stringify(readStore(home)).includes(secret), `${secret} stored`);
    const again = await run(home, ['scan', fixture('android/sms-20261101.xml'), '--add']);
    assert.match(again.stdout, /Nothing new to add/);
  });

  it('--add <ids> adds only those, in either language', async () => {
    const home = tempHome();
    planned(home);
    const result = await run(home, ['scan', fixture('vaults/bitwarden.json'), '--add', '2fa-wikipedia.org,github', '--lang', 'zh']);
    assert.equal(result.code, 0, result.stderr);
    assert.match(result.stdout, /已把 2 个账户步骤加入计划/);
    assert.deepEqual(lastAnswers(home).services, ['chase', 'github']);
    assert.deepEqual(lastAnswers(home).customServices.map((custom: { id: string }) => custom.id), ['2fa-wikipedia.org']);
  });

  it('--add before the file: the file is read, not taken for a service', async () => {
    const home = tempHome();
    planned(home);
    const result = await run(home, ['scan', '--add', fixture('vaults/firefox.csv')]);
    assert.equal(result.code, 0, result.stderr);
    assert.deepEqual(lastAnswers(home).services, ['chase', 'amazon']);
  });

  it('refuses to add what this scan did not find, or without a plan, storing nothing', async () => {
    const home = tempHome();
    planned(home);
    const before = snapshot(home);
    const unknown = await run(home, ['scan', fixture('vaults/firefox.csv'), '--add', 'amazon,nosuch']);
    assert.equal(unknown.code, 1);
    assert.match(unknown.stderr, /Not found in this scan: nosuch\. Nothing was added\./);
    assert.equal(snapshot(home), before);
    const empty = tempHome();
    const noPlan = await run(empty, ['scan', fixture('vaults/firefox.csv'), '--add', '--lang', 'zh']);
    assert.equal(noPlan.code, 1);
    assert.match(noPlan.stderr, /还没有可以加入账户的计划/);
    assert.equal(snapshot(empty), null);
  });

  const bad: Array<[string, RegExp, RegExp]> = [
    ['not-a-format.txt', /not-a-format\.txt: not a format simexit reads/, /not-a-format\.txt：simexit 读不了这种格式/],
    ['android/truncated.xml', /truncated\.xml: the file ends in the middle/, /truncated\.xml：文件不完整/],
    ['iphone-encrypted', /this iPhone backup is encrypted[\s\S]*untick "Encrypt local backup"/, /这个 iPhone 备份已加密[\s\S]*取消勾选“加密本地备份”/],
    ['vaults/unknown-columns.csv', /columns simexit does not know \(site, login, secret password\)[\s\S]*Expected the columns/, /列 simexit 不认识[\s\S]*应为以下导出的列/],
  ];
  for (const [name, english, chinese] of bad) {
    it(`bad input (${name}): exit 1, a message in the user's language naming the file, nothing stored`, async () => {
      for (const [lang, message] of [['en', english], ['zh', chinese]] as const) {
        const home = tempHome();
        planned(home);
        const before = snapshot(home);
        const result = await run(home, ['scan', fixture(name), '--add', '--lang', lang]);
        assert.equal(result.code, 1);
        assert.match(result.stderr, message);
        assert.doesNotMatch(result.stderr, /\n\s+at .+:\d+:\d+/);
        assert.equal(snapshot(home), before);
      }
    });
  }

  it('no path: a usage error (exit 2)', async () => assert.equal((await run(tempHome(), ['scan'])).code, 2));
});

/** A scripted ScanPrompts: records the choices it was offered and answers from the script. */
function scanPrompts(paths: string[][], pick: (choices: readonly FoundChoice[]) => string[]) {
  const offered: FoundChoice[][] = [];
  const prompts: ScanPrompts = {
    askScanOffer: async () => true,
    askScanPaths: async () => paths.shift() ?? [],
    askFoundServices: async (_lang, choices) => {
      offered.push([...choices]);
      return pick(choices);
    },
  };
  return { prompts, offered };
}

function context(output: { text: string }, lang: 'en' | 'zh' = 'en'): Context {
  const paint = new Proxy({}, { get: (_target, key) => (key === 'level' ? 0 : (text: string) => text) }) as Context['paint'];
  const stream = { write: (chunk: string) => (output.text += chunk), isTTY: false, columns: 100 };
  return { lang, langGiven: false, stdout: stream, stderr: stream, paint, paintErr: paint, env: { TZ: 'UTC' }, now: () => new Date('2026-11-24T12:00:00Z'), stdinIsTTY: () => true } as unknown as Context;
}

describe("the guide's offer", () => {
  it('lists what was found, pre-ticked where codes were received (and what the plan has), and adds the ticked', async () => {
    const output = { text: '' };
    const { prompts, offered } = scanPrompts([[fixture('android/sms-20261101.xml'), fixture('vaults/bitwarden.json')]], (choices) => choices.filter((choice) => choice.checked).map((choice) => choice.id));
    const inventory = await offerScan(context(output), prompts, { services: ['github'], customServices: [] });
    const checked = offered[0]!.filter((choice) => choice.checked).map((choice) => choice.id);
    assert.deepEqual(checked, ['chase', 'paypal', 'wells-fargo', '2fa-twitch.tv', 'xiaohongshu', 'alipay', 'amazon', 'facebook', 'github']);
    assert.match(offered[0]![0]!.label, /^Chase（大通银行）|^Chase — 2 code\(s\), 2021-03-04 – 2026-10-01$/);
    assert.deepEqual(inventory.services, ['github', 'chase', 'paypal', 'wells-fargo', 'xiaohongshu', 'alipay', 'amazon', 'facebook']);
    assert.deepEqual(inventory.customServices.map((custom) => custom.id), ['2fa-twitch.tv']);
    assert.match(output.text, /Everything stays on this computer/);
  });

  it('unticking a service the plan had takes it out', async () => {
    const { prompts } = scanPrompts([[fixture('vaults/bitwarden.json')]], () => ['chase']);
    const inventory = await offerScan(context({ text: '' }), prompts, { services: ['github', 'irs'], customServices: [] });
    assert.deepEqual(inventory.services, ['irs', 'chase']);
  });

  it('a bad file is explained in the user\'s language and the question asked again; an empty answer goes on', async () => {
    const output = { text: '' };
    const { prompts } = scanPrompts([[fixture('not-a-format.txt')], []], () => []);
    const inventory = await offerScan(context(output, 'zh'), prompts, { services: ['irs'], customServices: [] });
    assert.deepEqual(inventory, { services: ['irs'], customServices: [] });
    assert.match(output.text, /not-a-format\.txt：simexit 读不了这种格式/);
    assert.ok(fs.existsSync(fixture('not-a-format.txt')));
  });
});

describe('the guide with the scan offer (in-process, scripted)', () => {
  it('adds the ticked services found in the files to the saved answers; a "no" changes nothing', async () => {
    const { scriptedPrompts } = await import('../helpers/fake-prompts.js');
    const questions = [
      ['askCarrier', 'tello'],
      ['askLabel', '4821'],
      ['askOption', 'active'],
      ['askGoal', 'leave'],
      ['askOption', 'us'],
      ['askOption', 'self'],
      ['askYesNoUnsure', 'no'],
      ['askYesNoUnsure', 'yes'],
      ['askDate', null],
      ['askCodeCategories', { categories: ['banks'], unsure: false }],
      ['askServices', { services: ['chase'], customServices: [] }],
    ] as const;
    for (const accept of [true, false]) {
      const home = tempHome();
      const guidePrompts = scriptedPrompts([...questions, ['askNextAction', 'quit']] as never);
      const scan: ScanPrompts = {
        askScanOffer: async () => accept,
        askScanPaths: async () => [fixture('vaults/1password.csv')],
        askFoundServices: async (_lang, choices) => choices.map((choice) => choice.id),
      };
      const result = await run(home, ['guide', '--lang', 'en'], { tty: true, prompts: Object.assign(guidePrompts, { scan }), env: { NO_COLOR: '1' } });
      assert.equal(result.code, 0, result.stderr);
      const saved = lastAnswers(home);
      assert.deepEqual(saved.services, accept ? ['chase', 'paypal'] : ['chase']);
      assert.deepEqual(saved.customServices.map((custom: { id: string }) => custom.id), accept ? ['2fa-etsy.com'] : []);
    }
  });
});
