import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import { describe, it } from 'node:test';
import path from 'node:path';
import { parseIndexText, parseProfileText } from '../../src/core/store-format.js';
import { BIN, binEnv, runBin } from '../helpers/bin.js';
import { storeFile, tempHome, writeV1Store } from '../helpers/world.js';
import { random, seedFor } from '../helpers/seed.js';
import { stress } from '../helpers/stress.js';

const RUNS = 200;

/** Runs one `note` and kills it with SIGKILL after `delayMs` (or lets it finish if it is quicker). */
function noteThenKill(home: string, text: string, delayMs: number, env: NodeJS.ProcessEnv = {}): Promise<void> {
  const child = spawn(process.execPath, [BIN, 'note', 'backup', text], { env: binEnv(home, env), stdio: 'ignore' });
  const timer = setTimeout(() => child.kill('SIGKILL'), delayMs);
  return new Promise((resolve) => child.on('close', () => (clearTimeout(timer), resolve())));
}

/** The default profile's history length, checking that every file it takes to read it is whole and valid. */
function noteCount(home: string): number {
  const index = parseIndexText(fs.readFileSync(storeFile(home), 'utf8'));
  assert.ok(index.ok, 'config.json is whole and valid');
  if (index.layout === 'single') return index.data.profiles.default!.events.length;
  const profile = parseProfileText(fs.readFileSync(path.join(home, 'profiles', `${index.index.profiles.default!.file}.json`), 'utf8'));
  assert.ok(profile.ok, 'the profile file is whole and valid');
  return profile.profile.events.length;
}

/** Names of temp files and locks left in the store's directory and its profiles directory. */
function leftovers(home: string): string[] {
  return fs.readdirSync(home, { recursive: true, encoding: 'utf8' }).filter((name) => name.includes('.tmp-') || name.endsWith('.lock'));
}

/** A large store (about 4 MB) makes every write long enough for kills to land inside it. */
const LARGE = Array.from({ length: 30000 }, (_, index) => ({ type: 'note' as const, at: '2026-11-20T00:00:00.000Z', step: 'identify', text: `seed ${index} `.padEnd(100, '.') }));

/** How long one uninterrupted run takes, so the kills spread over start-up, reading and writing. */
function timedRun(home: string): number {
  const started = Date.now();
  assert.equal(runBin(home, ['note', 'backup', 'timing run']).status, 0);
  return Date.now() - started;
}

describe('crash safety', () => {
  it(`${RUNS} processes killed with SIGKILL at random moments never leave a torn or empty store`, stress, async (t) => {
    const home = tempHome();
    writeV1Store(home, { profiles: { default: { events: LARGE } } });
    const runMs = timedRun(home); // and the first write splits the format-1 file
    let count = noteCount(home);
    const pick = random(seedFor(t));
    let recorded = 0;
    let insideWrite = 0;
    let holdingLock = 0;
    for (let run = 0; run < RUNS; run++) {
      await noteThenKill(home, `crash ${run}`, pick() * runMs * 1.2);
      const left = leftovers(home);
      if (left.some((name) => name.includes('.tmp-'))) insideWrite++; // killed after the temp file was begun, before its rename
      if (left.some((name) => name.endsWith('.lock'))) holdingLock++;
      const now = noteCount(home);
      assert.ok(now === count || now === count + 1, `run ${run}: ${count} events became ${now}`);
      recorded += now - count;
      count = now;
    }
    t.diagnostic(
      `one run takes ${runMs} ms; ${RUNS} kills: ${recorded} completed first, ${holdingLock} while holding the lock, ${insideWrite} in the middle of writing the file`,
    );
    assert.ok(recorded > 0 && recorded < RUNS, 'kills landed both before and after the write');

    // The next ordinary run works: no stale lock blocks it, and leftovers of killed writes are cleaned up.
    assert.equal(runBin(home, ['note', 'backup', 'after the storm']).status, 0);
    assert.equal(noteCount(home), count + 1);
    assert.deepEqual(leftovers(home), []);
  });

  it('with SNAP set (conf then wrote in place), 40 kills at random moments never leave a torn or empty store', stress, async (t) => {
    const home = tempHome();
    writeV1Store(home, { profiles: { default: { events: LARGE } } });
    const runMs = timedRun(home);
    let count = noteCount(home);
    const snap = { SNAP: '/snap/code/1' };
    const pick = random(seedFor(t));
    let recorded = 0;
    for (let run = 0; run < 40; run++) {
      await noteThenKill(home, `snap ${run}`, pick() * runMs * 1.2, snap);
      const now = noteCount(home);
      assert.ok(now === count || now === count + 1, `run ${run}: ${count} events became ${now}`);
      recorded += now - count;
      count = now;
    }
    t.diagnostic(`one run takes ${runMs} ms; 40 kills with SNAP set: ${recorded} completed first`);
    assert.ok(recorded < 40, 'some kills landed before the write was complete');
  });

  it('a format-1 store killed while being split into format 2 loses nothing', stress, async (t) => {
    const probe = tempHome();
    writeV1Store(probe, { profiles: { default: { events: LARGE } } });
    const runMs = timedRun(probe);
    const runs = 40;
    const pick = random(seedFor(t));
    let split = 0;
    for (let run = 0; run < runs; run++) {
      const home = tempHome();
      writeV1Store(home, { profiles: { default: { events: LARGE }, other: { events: LARGE.slice(0, 10) } } });
      await noteThenKill(home, `crash ${run}`, pick() * runMs * 1.2);
      const count = noteCount(home);
      assert.ok(count === LARGE.length || count === LARGE.length + 1, `run ${run}: ${count} events`);
      if (JSON.parse(fs.readFileSync(storeFile(home), 'utf8')).schemaVersion === 2) split++;
      // The next run completes the split (or builds on it) with every event kept.
      assert.equal(runBin(home, ['note', 'backup', 'after']).status, 0);
      assert.equal(noteCount(home), count + 1);
      assert.equal(runBin(home, ['list', '--json', '--profile', 'other']).status, 0);
      assert.deepEqual(leftovers(home), []);
      fs.rmSync(home, { recursive: true });
    }
    t.diagnostic(`one run takes ${runMs} ms; ${runs} kills: ${split} after config.json was replaced`);
    assert.ok(split < runs, 'some kills landed before the split was complete');
  });
});
