import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, it } from 'node:test';
import { setWriteOpsForTest } from '../../src/io/durable.js';
import { storeDir } from '../../src/io/store.js';
import { BIN, binEnv } from '../helpers/bin.js';
import { answers, profilePath, readStore, run, seed, tempHome, tempRoot } from '../helpers/world.js';
import { random, seedFor } from '../helpers/seed.js';
import { stress } from '../helpers/stress.js';

// Issue 13, finding 11: the small ones.

describe('the small ones', () => {
  it('an empty HOME or a relative XDG_CONFIG_HOME never makes the store relative to the working directory', () => {
    const account = os.userInfo().homedir;
    assert.equal(storeDir({}, 'linux', ''), path.join(account, '.config', 'simexit'));
    assert.equal(storeDir({}, 'darwin', 'relative/home'), path.join(account, 'Library', 'Preferences', 'simexit'));
    assert.equal(storeDir({ XDG_CONFIG_HOME: 'config' }, 'linux', '/home/li'), '/home/li/.config/simexit');
    assert.equal(storeDir({ XDG_CONFIG_HOME: '' }, 'linux', '/home/li'), '/home/li/.config/simexit');
    assert.equal(storeDir({ XDG_CONFIG_HOME: '/xdg' }, 'linux', '/home/li'), '/xdg/simexit');
    assert.ok(path.isAbsolute(storeDir({ SIMEXIT_HOME: 'here' }, 'linux', '')), 'SIMEXIT_HOME, named by the user, is made absolute');
  });

  it('--date 0001-01-01 is refused as a usage error, 2100 as a date in the future; store unchanged', async () => {
    const home = tempHome();
    seed(home, []);
    for (const date of ['0001-01-01', '1989-12-31']) {
      const result = await run(home, ['done', 'backup', '--date', date]);
      assert.equal(result.code, 2, date);
      assert.match(result.stderr, /before 2000/);
    }
    const future = await run(home, ['done', 'backup', '--date', '2100-01-01']);
    assert.equal(future.code, 1);
    assert.match(future.stderr, /in the future/);
    assert.equal((await run(home, ['done', 'backup', '--date', '2026-11-20'])).code, 0);
  });

  it('a store directory left open to others (0777) is closed to 0700 by the next write', { skip: process.platform === 'win32' }, async () => {
    const home = tempHome();
    seed(home, []);
    fs.chmodSync(home, 0o777);
    assert.equal((await run(home, ['done', 'backup'])).code, 0);
    assert.equal(fs.statSync(home).mode & 0o777, 0o700);
  });

  it('every write flushes its file and then its directory: the store, a reset backup, an export', async () => {
    const home = tempHome();
    seed(home, [{ type: 'answers', at: '2026-11-01T00:00:00Z', answers: answers() }]);
    const synced: string[] = [];
    setWriteOpsForTest({ fsyncSync: (fd) => (synced.push(fs.fstatSync(fd).isDirectory() ? 'dir' : 'file'), fs.fsyncSync(fd)) });
    try {
      assert.equal((await run(home, ['note', 'backup', 'photos saved'])).code, 0);
      assert.deepEqual(synced.splice(0), ['file', 'dir']);
      assert.equal((await run(home, ['reset', '--yes'])).code, 0);
      assert.deepEqual(synced.splice(0), ['dir', 'file', 'dir'], 'the backup\'s name, then the emptied file');
      const out = path.join(fs.mkdtempSync(path.join(tempRoot(), 'out-')), 'plan.md');
      assert.equal((await run(home, ['export', '--output', out])).code, 0);
      assert.deepEqual(synced.splice(0), ['file', 'dir']);
    } finally {
      setWriteOpsForTest(null);
    }
  });

  it('a reset killed at random moments never leaves an empty or partial backup', stress, async (t) => {
    const runs = 25;
    const pick = random(seedFor(t));
    let backedUp = 0;
    for (let attempt = 0; attempt < runs; attempt++) {
      const home = tempHome();
      const events = Array.from({ length: 20000 }, (_, index) => ({ type: 'note' as const, at: '2026-11-20T00:00:00.000Z', step: 'identify', text: `seed ${index} `.padEnd(60, '.') }));
      seed(home, events);
      const before = fs.readFileSync(profilePath(home, 'default'));
      const child = spawn(process.execPath, [BIN, 'reset', '--yes'], { env: binEnv(home), stdio: 'ignore' });
      const timer = setTimeout(() => child.kill('SIGKILL'), 30 + pick() * 250);
      await new Promise((resolve) => child.on('close', resolve));
      clearTimeout(timer);
      const backups = fs.readdirSync(path.join(home, 'profiles')).filter((name) => name.includes('.reset-'));
      for (const name of backups) assert.deepEqual(fs.readFileSync(path.join(home, 'profiles', name)), before, `attempt ${attempt}: the backup is whole`);
      backedUp += backups.length;
      const now = readStore(home).profiles.default.events.length;
      assert.ok(now === 0 || now === events.length, `attempt ${attempt}: ${now} events`);
      if (now === 0) assert.equal(backups.length, 1, 'a reset that happened has its backup');
      fs.rmSync(home, { recursive: true });
    }
    t.diagnostic(`${runs} kills: ${backedUp} after the backup was made`);
  });
});
