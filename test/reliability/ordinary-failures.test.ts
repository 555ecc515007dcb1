import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, describe, it } from 'node:test';
import { Store } from '../../src/io/store.js';
import { BIN, binEnv, runBin } from '../helpers/bin.js';
import { KEY, PtySession } from '../helpers/pty.js';
import { answers, readStore, run, seed, snapshot, tempHome, writeStore, writeV1Store } from '../helpers/world.js';

// Issue 13, finding 8: ordinary conditions (a read-only store, a directory with mode 500, a full disk, stdout
// to /dev/full, a long Chinese profile name) were reported as bugs with a stack trace.

const NO_BUG = /bug|程序错误|\n\s+at /;

function runTo(home: string, args: string[], stdout: number | 'pipe', extra: NodeJS.ProcessEnv = {}, uid?: number) {
  return spawnSync(process.execPath, [BIN, ...args], { env: binEnv(home, extra), encoding: 'utf8', stdio: ['ignore', stdout, 'pipe'], timeout: 20_000, ...(uid === undefined ? {} : { uid, gid: uid }) });
}

// A renewal date, so that the calendar export has something to write.
const ready = (home: string) => seed(home, [{ type: 'answers', at: '2026-11-01T00:00:00Z', answers: answers({ renewalDate: '2026-12-10' }) }]);

describe('standard output that cannot be written (/dev/full)', { skip: !fs.existsSync('/dev/full') && 'no /dev/full' }, () => {
  const full = () => fs.openSync('/dev/full', 'w');
  it('list, done and completion exit 1 with a message, no stack trace; done\'s change is saved and says so', () => {
    const home = tempHome();
    ready(home);
    for (const [args, lang] of [[['list'], 'en'], [['--lang', 'zh', 'list'], 'zh'], [['done', 'backup'], 'en'], [['completion', 'bash'], 'en']] as const) {
      const result = runTo(home, [...args], full());
      assert.equal(result.status, 1, `${args.join(' ')}: ${result.stderr}`);
      assert.match(result.stderr, lang === 'zh' ? /无法写出输出内容（ENOSPC）/ : /output could not be written \(ENOSPC\)[\s\S]*disk is full/);
      assert.doesNotMatch(result.stderr, NO_BUG);
    }
    assert.equal(JSON.parse(runBin(home, ['list', '--json']).stdout).steps.find((step: { id: string }) => step.id === 'backup').status, 'done');
  });
});

const mounts: string[] = [];
after(() => {
  for (const dir of mounts) {
    spawnSync('umount', ['-l', dir]);
    fs.rmSync(dir, { recursive: true, force: true });
  }
});

/** A store on a file system mounted read-only (root only; null otherwise). */
function readOnlyStore(prepare: (home: string) => void): string | null {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'simexit-ro-'));
  mounts.push(dir);
  if (spawnSync('mount', ['-t', 'tmpfs', '-o', 'size=1m', 'tmpfs', dir], { stdio: 'ignore' }).status !== 0) return null;
  prepare(path.join(dir, 'store'));
  return spawnSync('mount', ['-o', 'remount,ro', dir], { stdio: 'ignore' }).status === 0 ? path.join(dir, 'store') : null;
}

const asRoot = process.getuid?.() === 0;

/** Whether another user can run `file` (every directory above it searchable by others): Node from npx's cache under /root is not. */
function othersCanRun(file: string): boolean {
  for (let dir = path.dirname(file); ; dir = path.dirname(dir)) {
    if ((fs.statSync(dir).mode & 0o001) === 0) return false;
    if (dir === path.dirname(dir)) return (fs.statSync(file).mode & 0o001) !== 0;
  }
}

describe('a store that cannot be written', () => {
  it('read-only file system: reading commands work (--lang is not remembered, silently); writes and the guided session say so, exit 1', { skip: !asRoot && 'needs root (mount)' }, async () => {
    const home = readOnlyStore(ready);
    if (!home) return;
    const list = runBin(home, ['--lang', 'zh', 'list']);
    assert.equal(list.status, 0, list.stderr);
    assert.match(list.stdout, /已完成 0\/\d+/);
    assert.equal(list.stderr, '');
    const guide = new PtySession(['guide'], { ...binEnv(home), TERM: 'xterm-256color' });
    await guide.waitFor(/read-only[\s\S]*Nothing was changed/);
    assert.equal((await guide.exit()).exitCode, 1);
    assert.doesNotMatch(guide.output, NO_BUG);
    for (const lang of ['en', 'zh']) {
      const done = runBin(home, ['done', 'backup', '--lang', lang]);
      assert.equal(done.status, 1);
      assert.match(done.stderr, lang === 'zh' ? /EROFS[\s\S]*文件系统是只读的[\s\S]*没有做任何修改/ : /EROFS[\s\S]*read-only[\s\S]*Nothing was changed/);
      assert.doesNotMatch(done.stderr, NO_BUG);
    }
  });

  it('a directory with mode 500 (another user than root): --lang zh list works, note is refused with a message', { skip: (!asRoot && 'needs root (to run as another user)') || (!othersCanRun(process.execPath) && `another user cannot run ${process.execPath}`) || (!othersCanRun(BIN) && 'another user cannot read the checkout') }, () => {
    const parent = fs.mkdtempSync(path.join(os.tmpdir(), 'simexit-500-'));
    mounts.push(parent);
    fs.chmodSync(parent, 0o755);
    const home = path.join(parent, 'store');
    ready(home);
    const nobody = 65534;
    for (const entry of ['', 'config.json', 'profiles', ...fs.readdirSync(path.join(home, 'profiles')).map((name) => `profiles/${name}`)]) fs.chownSync(path.join(home, entry), nobody, nobody);
    fs.chmodSync(home, 0o500);
    fs.chmodSync(path.join(home, 'profiles'), 0o500);
    const before = snapshot(home);
    const list = runTo(home, ['--lang', 'zh', 'list'], 'pipe', {}, nobody);
    assert.equal(list.status, 0, list.stderr);
    assert.match(list.stdout, /已完成/);
    const note = runTo(home, ['note', 'backup', 'photos saved'], 'pipe', {}, nobody);
    assert.equal(note.status, 1);
    assert.match(note.stderr, /Permission denied: simexit may not write in/);
    assert.doesNotMatch(note.stderr, NO_BUG);
    assert.equal(snapshot(home), before);
  });
});

describe('names', () => {
  it('a 28-character Chinese profile name works everywhere, the guided session\'s claim included; 31 characters are refused', async () => {
    const home = tempHome();
    const name = '我的美国保号卡'.repeat(4);
    assert.equal([...name].length, 28);
    assert.equal((await run(home, ['profile', 'add', name])).code, 0);
    assert.equal((await run(home, ['done', 'backup', '--profile', name])).code, 0);
    const release = new Store(home).claimGuideSession(name);
    assert.ok(release, 'the claim is a file whose name any file system takes');
    assert.equal(new Store(home).claimGuideSession(name), null, 'and it holds');
    release();
    for (const file of fs.readdirSync(home)) assert.ok(Buffer.byteLength(file) < 64 && !/[<>:"\\|?*]/.test(file), file);
    // The guided session on it, in a pseudo-terminal (it crashed every time: its claim's file name was too long).
    writeStore(home, { activeProfile: name, profiles: { [name]: { events: [{ type: 'answers', at: '2026-11-01T00:00:00Z', answers: answers() }] } } });
    const guide = new PtySession(['guide'], { ...binEnv(home), TERM: 'xterm-256color' });
    await guide.waitFor('What now?');
    guide.send(KEY.ctrlC);
    assert.equal((await guide.exit()).exitCode, 130);
    const long = await run(home, ['profile', 'add', '保'.repeat(31)]);
    assert.equal(long.code, 1);
    assert.match(long.stderr, /at most 30 characters/);
  });
});

describe('commands that only read never write', () => {
  const reading = [['list'], ['list', '--all', '--json'], ['where'], ['export'], ['export', '--format', 'ics'], ['profile', 'list'], ['services'], ['carriers', 'tello'], ['about'], ['completion', 'bash'], ['complete', '--', 'done', '']];
  for (const [label, prepare] of [['format 2', ready], ['format 1 (an older store)', (home: string) => writeV1Store(home, { profiles: { default: { events: [{ type: 'answers', at: '2026-11-01T00:00:00Z', answers: answers({ renewalDate: '2026-12-10' }) }] } } })]] as const) {
    it(`${label}: every file and the directory as they were`, async () => {
      const home = tempHome();
      prepare(home);
      const before = snapshot(home);
      const names = fs.readdirSync(home, { recursive: true }).sort();
      for (const argv of reading) {
        const result = await run(home, argv);
        assert.equal(result.code, 0, `${argv.join(' ')}: ${result.stderr}`);
      }
      assert.equal(snapshot(home), before);
      assert.deepEqual(fs.readdirSync(home, { recursive: true }).sort(), names, 'no lock, temp or other file');
      assert.equal(readStore(home).schemaVersion, label === 'format 2' ? 2 : 1);
    });
  }
});
