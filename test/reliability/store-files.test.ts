import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import { BIN, binEnv, ROOT } from '../helpers/bin.js';
import { profilePath, run, seed, snapshot, storeFile, tempHome, tempRoot } from '../helpers/world.js';

const VALID = JSON.stringify({ schemaVersion: 1, activeProfile: 'default', lang: 'zh', profiles: { default: { events: [{ type: 'done', at: '2026-11-20T00:00:00.000Z', step: 'backup' }] } } });
const asides = (home: string, kind: string) => fs.readdirSync(home).filter((name) => name.startsWith(`config.${kind}-`)).map((name) => path.join(home, name));
const NO_STACK = /\n\s+at .+:\d+:\d+/;

/** Node and the bundled build (bin/, dist/, package.json) copied where any user can run them. */
function copyForOtherUsers(): [string, string] {
  const dir = fs.mkdtempSync(path.join(tempRoot(), 'run-'));
  fs.chmodSync(dir, 0o755);
  const node = path.join(dir, 'node');
  fs.copyFileSync(process.execPath, node);
  fs.chmodSync(node, 0o755);
  for (const part of ['bin', 'dist', 'package.json']) fs.cpSync(path.join(ROOT, part), path.join(dir, part), { recursive: true });
  spawnSync('chmod', ['-R', 'a+rX', dir]);
  return [node, path.join(dir, 'bin', 'simexit.cjs')];
}

describe('a damaged progress file is moved aside, never discarded', () => {
  const cases: Array<[string, string, RegExp, RegExp]> = [
    ['truncated JSON', VALID.slice(0, 60), /was damaged \(not valid JSON, perhaps cut short\)/, /已损坏（不是有效的 JSON/],
    ['an empty file', '', /was empty/, /是空的/],
    ['valid JSON of the wrong shape', '{"hello": "world"}', /is not a simexit progress file/, /不是 simexit 的进度文件/],
    ['a store missing its events', '{"schemaVersion": 1, "activeProfile": "default", "profiles": {"default": {}}}', /is not a simexit progress file/, /不是 simexit 的进度文件/],
  ];
  for (const [name, text, english, chinese] of cases) {
    it(`${name}: a clear message in the user's language, exit 1, the original kept, a fresh start next time`, async () => {
      for (const [lang, message] of [['en', english], ['zh', chinese]] as const) {
        const home = tempHome();
        fs.writeFileSync(storeFile(home), text);
        const result = await run(home, ['list', '--lang', lang]);
        assert.equal(result.code, 1);
        assert.match(result.stderr, message);
        assert.doesNotMatch(result.stderr, NO_STACK);
        const [kept] = asides(home, 'damaged');
        assert.ok(kept, 'moved aside with a timestamp');
        assert.match(result.stderr, new RegExp(kept!.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')), 'the message says where it went');
        assert.equal(fs.readFileSync(kept!, 'utf8'), text, 'byte for byte');
        assert.equal((await run(home, ['done', 'backup'])).code, 0, 'the next command starts afresh');
      }
    });
  }

  it('a failing write command leaves the damaged text kept and adds nothing', async () => {
    const home = tempHome();
    fs.writeFileSync(storeFile(home), '{"schemaVersion": 1,');
    assert.equal((await run(home, ['done', 'identify'])).code, 1);
    assert.ok(!fs.existsSync(storeFile(home)), 'nothing was written in its place');
    assert.equal(fs.readFileSync(asides(home, 'damaged')[0]!, 'utf8'), '{"schemaVersion": 1,');
  });
});

describe("a damaged profile file (one number's history)", () => {
  const profileAsides = (home: string, kind: string) => fs.readdirSync(path.join(home, 'profiles')).filter((name) => name.includes(`.${kind}-`)).map((name) => path.join(home, 'profiles', name));
  const cases: Array<[string, string, RegExp]> = [
    ['truncated JSON', '{"schemaVersion": 2, "events": [', /was damaged \(not valid JSON, perhaps cut short\)/],
    ['an empty file', '', /was empty/],
    ['a history with an unknown event', '{"schemaVersion": 2, "events": [{"type": "explode"}]}', /is not a simexit progress file/],
  ];
  for (const [name, text, message] of cases) {
    it(`${name}: named in the message, moved aside, exit 1; other profiles and the index untouched`, async () => {
      const home = tempHome();
      seed(home, [{ type: 'done', at: '2026-11-20T00:00:00.000Z', step: 'backup' }]);
      const damaged = profilePath(home, 'default');
      fs.writeFileSync(damaged, text);
      const index = fs.readFileSync(storeFile(home), 'utf8');
      const result = await run(home, ['list']);
      assert.equal(result.code, 1);
      assert.match(result.stderr, message);
      assert.ok(result.stderr.includes(damaged), 'the message names the file');
      assert.doesNotMatch(result.stderr, NO_STACK);
      const [kept] = profileAsides(home, 'damaged');
      assert.ok(kept && result.stderr.includes(kept), 'the message says where it went');
      assert.equal(fs.readFileSync(kept, 'utf8'), text, 'byte for byte');
      assert.equal(fs.readFileSync(storeFile(home), 'utf8'), index);
      assert.equal((await run(home, ['done', 'identify'])).code, 0, 'the next command starts the profile afresh');
      assert.equal(JSON.parse((await run(home, ['list', '--json'])).stdout).progress.done, 1);
    });
  }

  it('a profile file written by a newer simexit is left exactly as it is', async () => {
    const home = tempHome();
    seed(home, []);
    fs.writeFileSync(profilePath(home, 'default'), '{"schemaVersion": 9, "events": []}');
    const before = snapshot(home);
    for (const argv of [['list'], ['done', '1']]) {
      const result = await run(home, argv);
      assert.equal(result.code, 1);
      assert.match(result.stderr, /newer simexit \(format 9; this one reads up to 2\)/);
    }
    assert.equal(snapshot(home), before);
  });

  it('a byte-order mark in a profile file is removed, the original kept', async () => {
    const home = tempHome();
    seed(home, [{ type: 'done', at: '2026-11-20T00:00:00.000Z', step: 'backup' }]);
    const file = profilePath(home, 'default');
    const text = fs.readFileSync(file, 'utf8');
    fs.writeFileSync(file, `\uFEFF${text}`);
    assert.match((await run(home, ['list'])).stderr, /byte-order mark/);
    assert.equal(fs.readFileSync(file, 'utf8'), text);
    assert.equal(JSON.parse((await run(home, ['list', '--json'])).stdout).steps[4].status, 'done');
  });
});

describe('a byte-order mark', () => {
  it('is removed with a clear message and exit 1; progress is intact and the original kept', async () => {
    const home = tempHome();
    fs.writeFileSync(storeFile(home), `\uFEFF${VALID}`);
    const result = await run(home, ['list']);
    assert.equal(result.code, 1);
    assert.match(result.stderr, /字节顺序标记/, 'in the remembered language');
    assert.equal(fs.readFileSync(asides(home, 'bom')[0]!, 'utf8'), `\uFEFF${VALID}`);
    assert.equal(fs.readFileSync(storeFile(home), 'utf8'), VALID);
    assert.equal(fs.statSync(storeFile(home)).mode & 0o777, 0o600);
    const again = await run(home, ['list', '--json']);
    assert.equal(again.code, 0);
    assert.equal(JSON.parse(again.stdout).steps[4].status, 'done');
  });
});

describe('files simexit must not touch', () => {
  it('a store written by a newer simexit: exit 1, left exactly as it is', async () => {
    const home = tempHome();
    const newer = VALID.replace('"schemaVersion":1', '"schemaVersion":7');
    fs.writeFileSync(storeFile(home), newer);
    for (const argv of [['list'], ['done', '1'], ['reset', '--yes']]) {
      const result = await run(home, argv);
      assert.equal(result.code, 1, argv.join(' '));
      assert.match(result.stderr, /newer simexit \(format 7; this one reads up to 2\)/);
    }
    assert.equal(fs.readFileSync(storeFile(home), 'utf8'), newer);
    assert.deepEqual(asides(home, 'damaged'), []);
  });

  it('a directory where the file should be: exit 1, left untouched', async () => {
    const home = tempHome();
    fs.mkdirSync(storeFile(home));
    const result = await run(home, ['list']);
    assert.equal(result.code, 1);
    assert.match(result.stderr, /is a directory, not a progress file/);
    assert.ok(fs.statSync(storeFile(home)).isDirectory());
  });

  it('an unreadable file (permissions): exit 1, left untouched', () => {
    const home = tempHome();
    fs.writeFileSync(storeFile(home), VALID, { mode: 0o000 });
    fs.chmodSync(home, 0o755);
    // Root reads any file, so when the tests run as root (CI does) the binary runs as an unprivileged user,
    // from a copy it can reach: Node and the bundled build may sit under /root.
    const asRoot = process.getuid?.() === 0;
    const [node, bin] = asRoot ? copyForOtherUsers() : [process.execPath, BIN];
    const result = spawnSync(node, [bin, 'list'], { env: binEnv(home), encoding: 'utf8', ...(asRoot ? { uid: 65534, gid: 65534 } : {}) });
    assert.equal(result.status, 1, result.stderr);
    assert.match(result.stderr, /Cannot read the progress file .+: EACCES/);
    fs.chmodSync(storeFile(home), 0o600);
    assert.equal(fs.readFileSync(storeFile(home), 'utf8'), VALID);
  });
});
