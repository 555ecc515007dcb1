import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import { setWriteOpsForTest } from '../../src/io/durable.js';
import { Store } from '../../src/io/store.js';
import { BIN, binEnv, runBin } from '../helpers/bin.js';
import { answers, readStore, run, snapshot, storeFile, tempHome, writeStore } from '../helpers/world.js';
import { random, seedFor } from '../helpers/seed.js';
import { stress } from '../helpers/stress.js';

// Issue 13, finding 9: a `done` or an open guide racing `profile remove` brought the profile back holding one
// event; `profile use` racing it could leave the active profile pointing at a removed one; a crash between its
// two renames left the history in a file nothing names.

function start(home: string, args: string[]): Promise<{ code: number | null; stderr: string }> {
  const child = spawn(process.execPath, [BIN, ...args], { env: binEnv(home), stdio: ['ignore', 'ignore', 'pipe'] });
  let stderr = '';
  child.stderr.on('data', (chunk) => (stderr += chunk));
  return new Promise((resolve) => child.on('close', (code) => resolve({ code, stderr })));
}

const history = (count: number) => [
  { type: 'answers' as const, at: '2026-11-01T00:00:00Z', answers: answers() },
  ...Array.from({ length: count }, (_, index) => ({ type: 'note' as const, at: '2026-11-02T00:00:00Z', step: 'identify', text: `kept ${index}` })),
];

const names = (home: string) => JSON.parse(runBin(home, ['profile', 'list', '--json']).stdout).profiles.map((profile: { name: string }) => profile.name) as string[];
const backups = (home: string) => fs.readdirSync(path.join(home, 'profiles')).filter((name) => name.includes('.remove-'));

describe('profile remove against every other command', () => {
  it('racing done, note and use: the profile stays removed, nothing is brought back, the active profile exists', stress, async (t) => {
    const rounds = 6;
    t.diagnostic(`${rounds} rounds of 1 remove against 6 writers and 2 uses`);
    for (let round = 0; round < rounds; round++) {
      const home = tempHome();
      writeStore(home, { activeProfile: 'home', profiles: { home: { events: history(1) }, tello: { events: history(3) } } });
      const racers = [
        ...['gather', 'balance', 'backup'].map((step) => ['done', step, '--profile', 'tello']),
        ...['a', 'b', 'c'].map((text) => ['note', 'identify', `race ${text}`, '--profile', 'tello']),
        ['profile', 'use', 'tello'],
        ['profile', 'use', 'tello'],
      ];
      const [removal, ...results] = await Promise.all([start(home, ['profile', 'remove', 'tello', '--yes']), ...racers.map((args) => start(home, args))]);
      assert.equal(removal!.code, 0, removal!.stderr);
      assert.ok(!names(home).includes('tello'), `round ${round}: tello came back`);
      const store = readStore(home);
      assert.ok(names(home).includes(store.activeProfile), `round ${round}: the active profile ${store.activeProfile} exists`);
      assert.notEqual(store.activeProfile, 'tello');
      // Every writer that said it saved did so before the removal: its change is in the backup.
      const [backup] = backups(home);
      const kept = JSON.parse(fs.readFileSync(path.join(home, 'profiles', backup!), 'utf8')).events.length;
      const succeeded = results.slice(0, 6).filter((result) => result.code === 0).length;
      assert.equal(kept, 4 + succeeded, `round ${round}: ${succeeded} writers succeeded, the backup holds ${kept - 4} of their changes`);
      for (const result of results) if (result.code !== 0) assert.match(result.stderr, /was removed|no profile|There is no profile|unknown profile|does not exist/i);
      assert.deepEqual(fs.readdirSync(path.join(home, 'profiles')).filter((name) => !name.includes('.remove-')).length, 1, `round ${round}: no file nothing names`);
    }
  });

  it('is refused while a guided session has the profile open', async () => {
    const home = tempHome();
    writeStore(home, { activeProfile: 'home', profiles: { home: { events: [] }, tello: { events: history(2) } } });
    const before = snapshot(home);
    const release = new Store(home).claimGuideSession('tello')!;
    const refused = await run(home, ['profile', 'remove', 'tello', '--yes']);
    release();
    assert.equal(refused.code, 1);
    assert.match(refused.stderr, /already open/);
    assert.equal(snapshot(home), before);
    assert.equal((await run(home, ['profile', 'remove', 'tello', '--yes'])).code, 0);
  });

  it('a failure part-way (the index cannot be written) leaves the profile whole and no backup', async () => {
    const home = tempHome();
    writeStore(home, { activeProfile: 'home', profiles: { home: { events: [] }, tello: { events: history(2) } } });
    const before = snapshot(home);
    setWriteOpsForTest({ renameSync: () => { throw Object.assign(new Error('EIO'), { code: 'EIO' }); } });
    const result = await run(home, ['profile', 'remove', 'tello', '--yes']).finally(() => setWriteOpsForTest(null));
    assert.equal(result.code, 1);
    assert.equal(snapshot(home), before);
  });

  it('killed at random moments: the profile is whole, or gone with its whole history in the backup the README names', stress, async (t) => {
    let removed = 0;
    const runs = 30;
    const pick = random(seedFor(t));
    for (let attempt = 0; attempt < runs; attempt++) {
      const home = tempHome();
      writeStore(home, { activeProfile: 'home', profiles: { home: { events: [] }, tello: { events: history(3000) } } });
      const child = spawn(process.execPath, [BIN, 'profile', 'remove', 'tello', '--yes'], { env: binEnv(home), stdio: 'ignore' });
      const timer = setTimeout(() => child.kill('SIGKILL'), 40 + pick() * 200);
      await new Promise((resolve) => child.on('close', resolve));
      clearTimeout(timer);
      const index = JSON.parse(fs.readFileSync(storeFile(home), 'utf8'));
      if (index.profiles.tello) {
        assert.equal(readStore(home).profiles.tello.events.length, 3001, `attempt ${attempt}: the profile is whole`);
      } else {
        removed++;
        const [backup] = backups(home);
        assert.ok(backup, `attempt ${attempt}: removed, and backed up`);
        assert.equal(JSON.parse(fs.readFileSync(path.join(home, 'profiles', backup), 'utf8')).events.length, 3001);
      }
      fs.rmSync(home, { recursive: true });
    }
    t.diagnostic(`${runs} kills: ${removed} after the index was written`);
  });
});
