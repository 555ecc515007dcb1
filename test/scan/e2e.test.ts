import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { binEnv, BIN, ROOT, runBin } from '../helpers/bin.js';
import { KEY, PtySession } from '../helpers/pty.js';
import { answers, seed, snapshot, tempHome, tempRoot } from '../helpers/world.js';
import { writeLargeBackup } from './tools/sms-backup.js';

// The built binary on each format, in both languages; the progress bar on a terminal only; Ctrl+C; an unreadable
// file; and the guide taking the scan's offer in a real terminal.
const FIXTURES = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../fixtures/scan');
const fixture = (name: string) => path.join(FIXTURES, name);

const EVERY_FORMAT: Array<[string, string]> = [
  ['android/sms-20261101.xml', 'android-sms'],
  ['google-voice', 'google-voice'],
  ['google-voice-takeout.zip', 'google-voice'],
  ['iphone-backup', 'iphone-backup'],
  ['vaults/bitwarden.json', 'bitwarden-json'],
  ['vaults/bitwarden.csv', 'bitwarden-csv'],
  ['vaults/1password.csv', '1password-csv'],
  ['vaults/1password.1pux', '1password-1pux'],
  ['vaults/chrome.csv', 'chromium-csv'],
  ['vaults/firefox.csv', 'firefox-csv'],
  ['vaults/apple-passwords.csv', 'apple-csv'],
  ['vaults/keepass.csv', 'keepass-csv'],
  ['vaults/keepassxc.csv', 'keepassxc-csv'],
  ['vaults/keepass.xml', 'keepass-xml'],
];

describe('simexit scan, the built binary', () => {
  it('reads every format and adds what it found as plan steps, in English and Chinese', () => {
    for (const lang of ['en', 'zh']) {
      const home = tempHome();
      seed(home, [{ type: 'answers', at: '2026-11-01T00:00:00.000Z', answers: answers() }]);
      for (const [name, format] of EVERY_FORMAT) {
        const json = runBin(home, ['scan', fixture(name), '--json', '--lang', lang]);
        assert.equal(json.status, 0, `${name}: ${json.stderr}`);
        const parsed = JSON.parse(json.stdout);
        assert.equal(parsed.scanned[0].format, format, name);
        assert.ok(parsed.found.length > 0, name);
        const text = runBin(home, ['scan', fixture(name), '--add', '--lang', lang]);
        assert.equal(text.status, 0, `${name}: ${text.stderr}`);
        assert.match(text.stdout, lang === 'en' ? /Added \d+ account step|Nothing new to add/ : /已把 \d+ 个账户步骤加入计划|没有新的可加/, name);
        assert.equal(text.stderr, '', 'no progress bar on a pipe');
      }
      const steps = JSON.parse(runBin(home, ['list', '--json']).stdout).steps.map((step: { id: string }) => step.id);
      for (const id of ['chase', 'venmo', 'coinbase', 'alipay', 'wechat', '2fa-twitch.tv', 'robinhood', 'dropbox', 'linkedin']) assert.ok(steps.includes(`move-2fa:${id}`), `${lang}: ${id}`);
    }
  });

  it('bad input: exit 1, the message in the user\'s language, nothing stored', () => {
    const home = tempHome();
    seed(home, [{ type: 'answers', at: '2026-11-01T00:00:00.000Z', answers: answers() }]);
    const before = snapshot(home);
    const english = runBin(home, ['scan', fixture('zip-bomb.zip'), '--add']);
    assert.equal(english.status, 1);
    assert.match(english.stderr, /zip-bomb\.zip: this zip would expand to more than simexit reads/);
    const chinese = runBin(home, ['scan', fixture('android/malformed.xml'), '--add'], { LANG: 'zh_CN.UTF-8' });
    assert.equal(chinese.status, 1);
    assert.match(chinese.stderr, /malformed\.xml：XML 在第 \d+ 行附近损坏/);
    assert.equal(snapshot(home), before);
  });

  it('an unreadable file: exit 1, naming it', () => {
    const home = tempHome();
    fs.chmodSync(home, 0o755);
    const file = path.join(home, 'sms.xml');
    fs.copyFileSync(fixture('android/sms-20261101.xml'), file);
    fs.chmodSync(file, 0o000);
    // Root reads any file: as root, run a copy of Node and the build as an unprivileged user.
    const asRoot = process.getuid?.() === 0;
    let node = process.execPath;
    let bin = BIN;
    if (asRoot) {
      const dir = fs.mkdtempSync(path.join(tempRoot(), 'run-'));
      node = path.join(dir, 'node');
      fs.copyFileSync(process.execPath, node);
      for (const part of ['bin', 'dist', 'package.json']) fs.cpSync(path.join(ROOT, part), path.join(dir, part), { recursive: true });
      spawnSync('chmod', ['-R', 'a+rX', dir]);
      bin = path.join(dir, 'bin', 'simexit.cjs');
    }
    const result = spawnSync(node, [bin, 'scan', file], { env: binEnv(home), encoding: 'utf8', ...(asRoot ? { uid: 65534, gid: 65534 } : {}) });
    assert.equal(result.status, 1, result.stderr);
    assert.match(result.stderr, /sms\.xml: cannot be read \(check its permissions\)/);
  });

  it('on a terminal: a progress bar with bytes, messages and time left; Ctrl+C stops at once, keeps nothing, exits 130', async () => {
    const home = tempHome();
    seed(home, [{ type: 'answers', at: '2026-11-01T00:00:00.000Z', answers: answers() }]);
    const before = snapshot(home);
    const big = path.join(tempRoot(), 'big-sms.xml');
    await writeLargeBackup(big, 60 * 1024 * 1024, 7);
    const session = new PtySession(['scan', big, '--add', '--lang', 'en'], { ...binEnv(home), TERM: 'xterm-256color' });
    await session.waitFor(/\[[#-]+\] \d+%  [\d.]+ [KMG]B \/ 60\.0 MB · [\d,]+ messages · [\d:s…]+ left/, 30_000);
    session.send(KEY.ctrlC);
    const { exitCode } = await session.exit();
    assert.equal(exitCode, 130);
    assert.match(session.output, /Scan stopped\. Nothing from it was kept\./);
    assert.doesNotMatch(session.output, /Added|\n\s+at .+:\d+:\d+/);
    assert.equal(snapshot(home), before);
  });

  it('the guide offers the scan where it asks about accounts, with the found services pre-ticked', async () => {
    const home = tempHome();
    const session = new PtySession(['guide', '--lang', 'en'], { ...binEnv(home), TERM: 'xterm-256color' }, 120, 50);
    const answer = async (question: string, keys: string[]) => {
      await session.waitFor(question);
      for (const key of keys) session.send(key);
    };
    await answer('Which carrier or service holds the number?', [KEY.enter]);
    await answer('A short label for this number', ['4821', KEY.enter]);
    await answer('Can the number still receive texts?', [KEY.enter]);
    await answer('Keep the number', [KEY.enter]); // let it go
    await answer('Where are you now?', [KEY.enter]);
    await answer('Who set up (activated) the line?', [KEY.enter]);
    await answer('Is there a prepaid balance', [KEY.enter]);
    await answer('Is auto-refill or autopay', [KEY.enter]);
    await answer('When does the plan next renew', [KEY.enter]);
    await answer('Does the number still receive codes', [KEY.enter]); // no category
    await answer('Let simexit look through your own files', [KEY.down, KEY.enter]);
    await answer('Files or folders to read', [`${fixture('not-a-format.txt')}`, KEY.enter]);
    await answer('not-a-format.txt: not a format simexit reads', []);
    await answer('Files or folders to read', [`${fixture('android/sms-20261101.xml').replace(/ /g, '\\ ')}`, KEY.enter]);
    await session.waitFor('Add these accounts to your plan:');
    await session.waitFor('Chase — 2 code(s), 2021-03-04 – 2026-10-01');
    session.send(KEY.enter);
    await answer('Step 1 of', []);
    await answer('What now?', [KEY.ctrlC]);
    assert.equal((await session.exit()).exitCode, 130);
    const steps = JSON.parse(runBin(home, ['list', '--json']).stdout).steps.map((step: { id: string }) => step.id);
    for (const id of ['chase', 'paypal', 'alipay', '2fa-twitch.tv']) assert.ok(steps.includes(`move-2fa:${id}`), id);
  });
});
