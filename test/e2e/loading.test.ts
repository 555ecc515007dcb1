import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import { BIN, binEnv, ROOT } from '../helpers/bin.js';
import { answers, seed, tempHome, tempRoot } from '../helpers/world.js';

// What each kind of run loads: the start-up design, held by a test. A preloaded script records, at exit, the
// files of the bundle that were required, and whether node:child_process, node:crypto and node:net (which Node
// loads to create process.stdout for a pipe) were loaded.
const recorder = path.join(tempRoot(), 'record-loads.cjs');
fs.writeFileSync(
  recorder,
  `process.on('exit', () => require('fs').writeSync(3, JSON.stringify({
    files: Object.keys(require.cache).filter((file) => file.startsWith(${JSON.stringify(ROOT)})).map((file) => require('path').relative(${JSON.stringify(ROOT)}, file)).sort(),
    childProcess: process.moduleLoadList.includes('NativeModule child_process'),
    crypto: process.moduleLoadList.includes('NativeModule crypto'),
    net: process.moduleLoadList.includes('NativeModule net'),
  })));`,
);

function loads(args: string[], env: NodeJS.ProcessEnv = {}, home = tempHome(), status = 0): { files: string[]; childProcess: boolean; crypto: boolean; net: boolean } {
  const result = spawnSync(process.execPath, ['--require', recorder, BIN, ...args], { env: binEnv(home, env), encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe', 'pipe'] });
  assert.equal(result.status, status, result.stderr);
  return JSON.parse(String(result.output[3]));
}

const ENTRY = ['bin/simexit.cjs', 'dist/content/messages.js', 'dist/main.js'];

describe('what a run loads', () => {
  it('--version and --help: the entry and the messages only, and neither node:child_process nor node:crypto', () => {
    for (const flag of ['--version', '--help']) assert.deepEqual(loads([flag]), { files: ENTRY, childProcess: false, crypto: false, net: false }, flag);
  });

  it('output to a pipe is written without creating a Node stream (no node:net), errors included', () => {
    assert.equal(loads(['list']).net, false);
    assert.equal(loads(['--lang', 'en', 'nonsense'], {}, tempHome(), 2).net, false); // a usage error, on stderr
  });

  it('list: the commands too, but not the prompt library, conf or chalk', () => {
    const home = tempHome();
    seed(home, [{ type: 'answers', at: '2026-11-01T00:00:00.000Z', answers: answers() }]);
    assert.deepEqual(loads(['list'], {}, home).files, [...ENTRY, 'dist/app.js'].sort());
  });

  it('done: conf, to write, without node:crypto (conf uses it only to encrypt); still no prompt library', () => {
    assert.deepEqual(loads(['done', 'backup']), { files: [...ENTRY, 'dist/app.js', 'dist/lazy/conf.js'].sort(), childProcess: false, crypto: false, net: false });
  });

  it('colour loads chalk, and only then', () => {
    assert.deepEqual(loads(['list'], { NO_COLOR: '', FORCE_COLOR: '1' }).files, [...ENTRY, 'dist/app.js', 'dist/lazy/chalk.js'].sort());
  });

  it('scan: its own bundle with 2fa.directory and only the readers the input needs; no other run has them', () => {
    const fixture = (name: string) => path.join(ROOT, 'test/fixtures/scan', name);
    const SCAN = [...ENTRY, 'dist/scan-app.js', 'dist/lazy/tldts.js'];
    assert.deepEqual(loads(['scan', fixture('android/sms-20261101.xml')]).files, [...SCAN, 'dist/lazy/saxes.js'].sort());
    assert.deepEqual(loads(['scan', fixture('vaults/chrome.csv')]).files, [...SCAN, 'dist/lazy/csv.js'].sort());
    assert.deepEqual(loads(['scan', fixture('iphone-backup')]).files, [...SCAN, 'dist/lazy/sqljs.js'].sort());
    assert.deepEqual(loads(['scan', fixture('google-voice-takeout.zip')]).files, [...SCAN, 'dist/lazy/htmlparser.js', 'dist/lazy/yauzl.js'].sort());
    for (const bundle of ['dist/main.js', 'dist/app.js', 'dist/content/messages.js']) assert.ok(!fs.readFileSync(path.join(ROOT, bundle), 'utf8').includes('101domain.com'), `2fa.directory in ${bundle}`);
  });

  it('show: its own bundle, not the commands bundle; and no other command loads it', () => {
    const home = tempHome();
    seed(home, [{ type: 'answers', at: '2026-11-01T00:00:00.000Z', answers: answers() }]);
    assert.deepEqual(loads(['show', 'cancel'], {}, home).files, [...ENTRY, 'dist/show-app.js'].sort());
    assert.ok(!fs.readFileSync(path.join(ROOT, 'dist/app.js'), 'utf8').includes('historyUndone'), 'the details view is not in dist/app.js');
  });

  it('the ics export loads ical-generator, and only when there is a calendar to write', () => {
    const home = tempHome();
    const renewalDate = new Date(Date.now() + 30 * 86_400_000).toISOString().slice(0, 10); // the binary runs on the real clock
    seed(home, [{ type: 'answers', at: new Date().toISOString(), answers: answers({ renewalDate }) }]);
    assert.ok(loads(['export', '--format', 'ics'], {}, home).files.includes('dist/lazy/ical.js'));
    assert.ok(!loads(['export', '--format', 'ics'], {}, tempHome(), 1).files.includes('dist/lazy/ical.js'));
  });
});
