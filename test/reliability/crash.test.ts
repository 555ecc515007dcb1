import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import { describe, it } from 'node:test';
import { parseStoreText } from '../../src/core/store-format.js';
import { BIN, binEnv, runBin } from '../helpers/bin.js';
import { storeFile, tempHome } from '../helpers/world.js';

const RUNS = 200;

/** Runs one `note` and kills it with SIGKILL after `delayMs` (or lets it finish if it is quicker). */
function noteThenKill(home: string, text: string, delayMs: number): Promise<void> {
  const child = spawn(process.execPath, [BIN, 'note', 'backup', text], { env: binEnv(home), stdio: 'ignore' });
  const timer = setTimeout(() => child.kill('SIGKILL'), delayMs);
  return new Promise((resolve) => child.on('close', () => (clearTimeout(timer), resolve())));
}

function noteCount(home: string): number {
  const parsed = parseStoreText(fs.readFileSync(storeFile(home), 'utf8'));
  assert.ok(parsed.ok, 'the store is whole and valid');
  return parsed.data.profiles.default!.events.length;
}

describe('crash safety', () => {
  it(`${RUNS} processes killed with SIGKILL at random moments never leave a torn or empty store`, async (t) => {
    const home = tempHome();
    // A large store (about 4 MB) makes every write long enough for kills to land inside it.
    const events = Array.from({ length: 30000 }, (_, index) => ({ type: 'note', at: '2026-11-20T00:00:00.000Z', step: 'identify', text: `seed ${index} `.padEnd(100, '.') }));
    fs.writeFileSync(storeFile(home), JSON.stringify({ schemaVersion: 1, activeProfile: 'default', profiles: { default: { events } } }), { mode: 0o600 });

    // How long one uninterrupted run takes, so the kills spread over start-up, reading and writing.
    const started = Date.now();
    assert.equal(runBin(home, ['note', 'backup', 'timing run']).status, 0);
    const runMs = Date.now() - started;
    let count = noteCount(home);
    let recorded = 0;
    let insideWrite = 0;
    let holdingLock = 0;
    for (let run = 0; run < RUNS; run++) {
      await noteThenKill(home, `crash ${run}`, Math.random() * runMs * 1.2);
      const left = fs.readdirSync(home);
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
    assert.deepEqual(fs.readdirSync(home).filter((name) => name.includes('.tmp-') || name.endsWith('.lock')), []);
  });
});
