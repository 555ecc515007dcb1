import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, it } from 'node:test';
import type { UserError } from '../../src/errors.js';
import { acquireLock, tryLock } from '../../src/io/lock.js';
import { BIN, binEnv, ROOT, runBin } from '../helpers/bin.js';
import { KEY, PtySession } from '../helpers/pty.js';
import { answers, readStore, seed, snapshot, storeFile, tempHome } from '../helpers/world.js';
import { random, seedFor } from '../helpers/seed.js';
import { stress } from '../helpers/stress.js';

// Issue 13, findings 2 and 3: a dead process's lock let two writers in (takeover was check-then-act, and a
// release deleted whatever lock was there); a live lock counted as stale after 10 s; a clock ahead of the
// file system's turned the lock off.

function start(home: string, args: string[]): Promise<{ code: number | null; stderr: string }> {
  const child = spawn(process.execPath, [BIN, ...args], { env: binEnv(home), stdio: ['ignore', 'ignore', 'pipe'] });
  let stderr = '';
  child.stderr.on('data', (chunk) => (stderr += chunk));
  return new Promise((resolve) => child.on('close', (code) => resolve({ code, stderr })));
}

const deadPid = () => spawnSync(process.execPath, ['-e', '0']).pid!;

/** Locks a dead process can leave: today's record, an old simexit's ({ pid, host, at }), with a takeover guard or not. */
function plantDeadLock(lock: string, pick: () => number): string {
  const kinds = ['current', 'old', 'current+guard', 'old, dated in the future'];
  const kind = kinds[Math.floor(pick() * kinds.length)]!;
  const pid = deadPid();
  const record = kind.startsWith('old') ? { pid, host: os.hostname(), at: Date.now() + (kind.includes('future') ? 3_600_000 : 0) } : { pid, host: os.hostname(), token: 'dead' };
  fs.writeFileSync(lock, JSON.stringify(record));
  if (kind.includes('guard')) fs.writeFileSync(`${lock}.takeover`, JSON.stringify({ pid: deadPid(), host: os.hostname(), token: 'dead guard' }));
  if (kind.includes('future')) fs.utimesSync(lock, new Date(Date.now() + 3_600_000), new Date(Date.now() + 3_600_000));
  return kind;
}

describe('a lock left by a dead process', () => {
  const rounds = Number(process.env.LOCK_ROUNDS ?? 12);

  it(`20 writers at once over ${rounds} rounds: exactly one takes it over at a time, and every note is kept`, stress, async (t) => {
    const pick = random(seedFor(t)); // a replay needs the same LOCK_ROUNDS too
    t.diagnostic(`${rounds} rounds (LOCK_ROUNDS=${rounds})`);
    for (let round = 0; round < rounds; round++) {
      const home = tempHome();
      seed(home, [{ type: 'answers', at: '2026-11-01T00:00:00Z', answers: answers() }]);
      const kind = plantDeadLock(`${storeFile(home)}.lock`, pick);
      const results = await Promise.all(Array.from({ length: 20 }, (_, index) => start(home, ['note', 'backup', `round ${round} writer ${index}`])));
      for (const [index, result] of results.entries()) assert.equal(result.code, 0, `round ${round} (${kind}), writer ${index}: ${result.stderr}`);
      const notes = readStore(home).profiles.default.events.filter((event: { type: string }) => event.type === 'note');
      assert.equal(notes.length, 20, `round ${round} (${kind}): ${notes.length} of 20 notes kept`);
      assert.deepEqual(fs.readdirSync(home).filter((name) => name.includes('.lock')), [], `round ${round}: no lock, guard or staged record left`);
      fs.rmSync(home, { recursive: true });
    }
  });

  it('a dangling symlink as the lock file is reported (exit 1, in both languages), not obeyed forever', () => {
    const home = tempHome();
    seed(home, []);
    fs.symlinkSync(path.join(home, 'nowhere'), `${storeFile(home)}.lock`);
    const before = snapshot(home);
    for (const lang of ['en', 'zh']) {
      const started = Date.now();
      const result = runBin(home, ['done', 'backup', '--lang', lang]);
      assert.equal(result.status, 1);
      assert.ok(Date.now() - started < 5000, 'at once, not after a timeout');
      assert.match(result.stderr, lang === 'zh' ? /符号链接[\s\S]*rm "/ : /symbolic link[\s\S]*rm "/);
      assert.doesNotMatch(result.stderr, /bug|程序错误/);
    }
    assert.equal(snapshot(home), before);
    assert.ok(!fs.existsSync(path.join(home, 'nowhere')), 'nothing was written through the link');
    fs.rmSync(`${storeFile(home)}.lock`);
    assert.equal(runBin(home, ['done', 'backup']).status, 0);
  });

  it('an empty lock file (an old simexit on a full disk) and a lock from another host are reported', () => {
    const home = tempHome();
    seed(home, []);
    const lock = `${storeFile(home)}.lock`;
    fs.writeFileSync(lock, '');
    const empty = runBin(home, ['done', 'backup']);
    assert.equal(empty.status, 1);
    assert.match(empty.stderr, /does not hold a record simexit wrote/);
    fs.writeFileSync(lock, JSON.stringify({ pid: 1, host: 'another-laptop.local', token: 'x' }));
    assert.throws(() => acquireLock(lock, 300), (error: UserError) => error.lines[0]![0] === 'lockOtherHost' && error.lines[0]![1]!.host === 'another-laptop.local');
    assert.ok(fs.existsSync(lock), 'a lock simexit cannot judge is left for the user');
  });
});

describe('a live holder', () => {
  it('a release removes only its own lock', () => {
    const lock = path.join(tempHome(), 'x.lock');
    const release = acquireLock(lock);
    const foreign = JSON.stringify({ pid: process.pid, host: os.hostname(), token: 'someone else' });
    fs.writeFileSync(lock, foreign); // as if the lock had been taken from this holder
    release();
    assert.equal(fs.readFileSync(lock, 'utf8'), foreign);
    assert.equal(tryLock(lock), null, 'a live holder (this process, another record) is not taken over');
  });

  it('keeps the store lock for 15 s (never judged stale by age), and the guided session keeps its claim as long', stress, async () => {
    const home = tempHome();
    seed(home, [{ type: 'answers', at: '2026-11-01T00:00:00Z', answers: answers() }]);
    const env = { ...binEnv(home), TERM: 'xterm-256color' };
    const guide = new PtySession(['guide'], env);
    await guide.waitFor('What now?');

    const lock = `${storeFile(home)}.lock`;
    const holder = spawn(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', `
      import { acquireLock } from ${JSON.stringify(path.join(ROOT, 'src/io/lock.ts'))};
      const release = acquireLock(${JSON.stringify(lock)});
      process.stdout.write('held\\n');
      setTimeout(() => { release(); process.stdout.write('released\\n'); }, 15000);
    `], { cwd: ROOT, stdio: ['ignore', 'pipe', 'inherit'] });
    let said = '';
    holder.stdout.on('data', (chunk) => (said += chunk));
    const ended = new Promise<never>((_, reject) => holder.once('exit', (code) => reject(new Error(`the lock holder ended early (exit ${code}); it said: ${said}`))));
    ended.catch(() => {}); // only the race below reports it
    const heard = (text: string) => Promise.race([ended, new Promise<void>((resolve) => {
      const look = () => (said.includes(text) ? resolve() : holder.stdout.once('data', look));
      look();
    })]);
    await heard('held');
    const heldAt = Date.now();
    const before = snapshot(home);
    // Waits its 10 s and gives up: it never takes a live holder's lock over, however old the lock is.
    const waiter = await start(home, ['done', 'backup']);
    assert.equal(waiter.code, 1, waiter.stderr);
    assert.match(waiter.stderr, /Another simexit is still saving[\s\S]*held by process \d+ all this time/);
    assert.equal(snapshot(home), before);
    await heard('released');
    assert.ok(Date.now() - heldAt >= 14_000, 'the holder kept the lock to the end');
    assert.equal(runBin(home, ['done', 'backup']).status, 0);

    // The guided session has been open all this time: a second one is still refused.
    const second = new PtySession(['guide'], env);
    await second.waitFor('already open, in another terminal');
    assert.equal((await second.exit()).exitCode, 1);
    guide.send(KEY.ctrlC);
    await guide.exit();
    const third = new PtySession(['guide'], env);
    await third.waitFor('What now?');
    third.send(KEY.ctrlC);
    assert.equal((await third.exit()).exitCode, 130);
  });
});
