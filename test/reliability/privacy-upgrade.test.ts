import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, it } from 'node:test';
import { SCHEMA_VERSION } from '../../src/core/store-format.js';
import { runBin } from '../helpers/bin.js';
import { profilePath, readStore, run, snapshot, storeFile, tempHome } from '../helpers/world.js';

const SECRETS = ['5551234567', '4829', 'hunter22', '987654321'];
/** The text with separators removed, so "(555) 123-4567" is found as "5551234567". */
const digitsAndWords = (text: string) => text.replace(/[\s().+-]/g, '');

describe('privacy', () => {
  it('the store is 0600 in a 0700 directory from the first write', async () => {
    const home = path.join(tempHome(), 'fresh', 'simexit');
    await run(home, ['done', '1']);
    assert.equal(fs.statSync(storeFile(home)).mode & 0o777, 0o600);
    assert.equal(fs.statSync(profilePath(home, 'default')).mode & 0o777, 0o600);
    assert.equal(fs.statSync(home).mode & 0o777, 0o700);
    assert.equal(fs.statSync(path.join(home, 'profiles')).mode & 0o777, 0o700);
  });

  it('no full phone number, PIN, password or account number reaches the store or any export', async () => {
    const home = tempHome();
    const attempts = [
      ['note', 'gather', 'my number is (555) 123-4567'],
      ['note', 'gather', 'PIN: 4829'],
      ['note', 'gather', 'password: hunter22'],
      ['note', 'gather', 'account number 987654321'],
      ['skip', 'gather', '--reason', 'pin 4829'],
      ['profile', 'add', '555-123-4567'],
    ];
    for (const argv of attempts) assert.equal((await run(home, argv)).code, 1, argv.join(' '));
    await run(home, ['note', 'cancel', 'confirmation C-88123']);
    const outputs = [
      snapshot(home)!, // every file of the store
      (await run(home, ['export'])).stdout,
      (await run(home, ['export', '--format', 'json'])).stdout,
      (await run(home, ['list', '--json'])).stdout,
    ];
    for (const output of outputs) for (const secret of SECRETS) assert.ok(!digitsAndWords(output).includes(secret), `found ${secret}`);
    assert.match(outputs[0]!, /confirmation C-88123/, 'ordinary notes are kept');
  });

  it('exports mask the number label unless asked', async () => {
    const home = tempHome();
    fs.writeFileSync(
      storeFile(home),
      JSON.stringify({ schemaVersion: 1, activeProfile: 'default', profiles: { default: { events: [{ type: 'answers', at: '2026-11-01T00:00:00Z', answers: { carrier: 'ultra', label: '尾号4821', goal: 'leave', balance: 'no', autopay: 'no', codeCategories: [], codesUnsure: false, renewalDate: '2026-12-10' } }] } } }),
    );
    for (const format of ['md', 'json', 'ics']) {
      const result = await run(home, ['export', '--format', format]);
      assert.equal(result.code, 0, format);
      assert.doesNotMatch(result.stdout, /4821/, format);
    }
    assert.match((await run(home, ['export', '--show-label'])).stdout, /尾号4821/);
  });
});

describe('upgrades', () => {
  it('every released store format opens with the current build with nothing lost (test/fixtures)', () => {
    // store-vN.json: a format kept in one file; store-vN/: a format kept in a directory.
    const fixtures = fs.readdirSync(new URL('../fixtures', import.meta.url)).filter((name) => /^store-v\d+(\.json)?$/.test(name));
    for (let version = 1; version <= SCHEMA_VERSION; version++) {
      assert.ok(fixtures.some((name) => name.replace(/\.json$/, '') === `store-v${version}`), `a fixture for format ${version}`);
    }
    for (const fixture of fixtures) {
      const home = tempHome();
      fs.cpSync(fileURLToPath(new URL(`../fixtures/${fixture}`, import.meta.url)), fixture.endsWith('.json') ? storeFile(home) : home, { recursive: true });
      const text = snapshot(home);
      const result = runBin(home, ['list', '--json', '--all']);
      assert.equal(result.status, 0, `${fixture}: ${result.stderr}`);
      const json = JSON.parse(result.stdout);
      const step = (id: string) => json.steps.find((candidate: { id: string }) => candidate.id === id);
      assert.equal(json.lang, 'zh');
      assert.equal(json.number.label, '4821');
      assert.equal(step('identify').at, '2026-11-20T09:05:00.000Z');
      assert.equal(step('balance').reason, '余额为零');
      assert.equal(step('cancel').note, 'confirmation C-88123');
      assert.equal(step('backup').status, 'pending');
      // Reading never rewrites a file.
      assert.equal(snapshot(home), text);
      // A write brings it to the current format and keeps the whole history, the undo included.
      assert.equal(runBin(home, ['done', 'gather']).status, 0);
      assert.equal(JSON.parse(fs.readFileSync(storeFile(home), 'utf8')).schemaVersion, 2);
      const store = readStore(home);
      assert.equal(store.lang, 'zh');
      assert.equal(store.profiles.default.events.length, 7);
      assert.equal(JSON.parse(runBin(home, ['list', '--json', '--all']).stdout).steps.find((s: { id: string }) => s.id === 'balance').reason, '余额为零');
    }
  });
});
