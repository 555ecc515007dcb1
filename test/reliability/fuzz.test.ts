import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { run, snapshot, storeFile, storeIsValid, tempHome, tempRoot } from '../helpers/world.js';
import { fcSeed } from '../helpers/seed.js';
import { stress } from '../helpers/stress.js';

const RUNS = 10_000;
const EXIT_CODES = new Set([0, 1, 2]); // 130 needs a prompt, and without a terminal nothing prompts

const home = tempHome();
const outDir = fs.mkdtempSync(path.join(tempRoot(), 'out-'));

const words = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom('identify', 'gather', 'backup', 'cancel', 'move-2fa:chase', 'move-accounts', 'afterwards', 'ultra', 'tello', 'default', 'work', 'banks') },
  { weight: 3, arbitrary: fc.integer({ min: -2, max: 30 }).map(String) },
  { weight: 2, arbitrary: fc.string({ maxLength: 20 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 30 }) },
  { weight: 1, arbitrary: fc.constantFrom('', ' ', '--', '-', '我的号码', '尾号 4821', '(555) 123-4567', 'PIN 1234', '\u0000', '😀'.repeat(3)) },
  { weight: 1, arbitrary: fc.constant('x'.repeat(5000)) },
);
// Mostly flags that some command accepts, so that most runs reach the commands (and their writes), not only the parser.
const flags = fc.oneof(
  { weight: 5, arbitrary: fc.constantFrom('--json', '--all', '--force', '--yes', '--no-color', '--show-label') },
  { weight: 4, arbitrary: fc.constantFrom(['--lang', 'zh'], ['--lang', 'en'], ['--lang=zh'], ['--format', 'md'], ['--format', 'json'], ['--format', 'ics'], ['--date', '2026-11-20'], ['--date', '2099-01-01'], ['--reason', 'n/a']) },
  { weight: 2, arbitrary: fc.tuple(fc.constantFrom('--lang', '--reason', '--date', '--format', '--profile', '--category'), words).map(([flag, value]) => [flag, value]) },
  { weight: 1, arbitrary: fc.constant(['--output', path.join(outDir, 'export.out')]) },
  { weight: 1, arbitrary: fc.constantFrom('--help', '-h', '--version', '-V', '--restart', '--bogus', '-z', '-r', '-c') },
);
const command = fc.constantFrom(
  'list', 'status', 'done', 'skip', 'undo', 'note', 'show', 'reset', 'where', 'export', 'carriers', 'services', 'about', 'guide', 'help', 'profile', 'lsit', '',
);
const profileVerb = fc.constantFrom('add', 'use', 'list', 'remove', 'rename');
const chaos = fc
  .tuple(command, profileVerb, fc.array(words, { maxLength: 3 }))
  .map(([name, verb, args]) => [...(name ? [name] : []), ...(name === 'profile' ? [verb] : []), ...args]);

// Command lines of the right shape, so that most runs get past the parser into the commands and their writes.
const step = fc.oneof(fc.constantFrom('identify', 'gather', 'decide', 'backup', 'balance', 'autopay', 'cancel', 'confirm-closed', 'afterwards'), fc.integer({ min: 0, max: 12 }).map(String), words);
const shaped = fc.oneof(
  fc.array(step, { minLength: 1, maxLength: 3 }).map((refs) => ['done', ...refs]),
  step.map((ref) => ['skip', ref]),
  step.map((ref) => ['undo', ref]),
  fc.tuple(step, words).map(([ref, text]) => ['note', ref, text]),
  fc.constantFrom(['list'], ['list', '--all'], ['status'], ['export'], ['where'], ['carriers'], ['services'], ['profile', 'list'], ['reset', '--yes']),
  fc.tuple(fc.constantFrom('add', 'use', 'remove'), fc.oneof(fc.constantFrom('default', 'tello', 'ultra'), words)).map(([verb, name]) => ['profile', verb, name]),
);
const argv = fc
  .tuple(fc.oneof({ weight: 3, arbitrary: shaped }, { weight: 2, arbitrary: chaos }), fc.array(flags, { maxLength: 2 }))
  .map(([args, extra]) => [...args, ...extra.flat()]);

describe('bad input, fuzzed', () => {
  it(`${RUNS} random command lines: no stack trace, only documented exit codes, a valid store, unchanged after a failure`, stress, async (t) => {
    const codes = new Map<number, number>();
    await fc.assert(
      fc.asyncProperty(argv, async (args) => {
        const before = snapshot(home);
        const result = await run(home, args);
        codes.set(result.code, (codes.get(result.code) ?? 0) + 1);
        assert.ok(EXIT_CODES.has(result.code), `exit ${result.code} for ${JSON.stringify(args)}`);
        assert.doesNotMatch(result.stderr, /This is a bug|\n\s+at .+:\d+:\d+/, `stack trace for ${JSON.stringify(args)}`);
        const after = snapshot(home);
        if (fs.existsSync(storeFile(home))) assert.ok(storeIsValid(home), `invalid store after ${JSON.stringify(args)}`);
        if (result.code !== 0) assert.equal(after, before, `a failed command changed the store: ${JSON.stringify(args)}`);
      }),
      fcSeed(t, { numRuns: RUNS }),
    );
    t.diagnostic(`exit codes over ${RUNS} runs: ${[...codes].sort().map(([code, count]) => `${code}: ${count}`).join(', ')}`);
    assert.ok((codes.get(0) ?? 0) > 100 && (codes.get(1) ?? 0) > 100 && (codes.get(2) ?? 0) > 100, 'the runs reach success, refusals and usage errors');
  });
});
