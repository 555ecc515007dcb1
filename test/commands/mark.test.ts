import assert from 'node:assert/strict';
import fs from 'node:fs';
import { describe, it } from 'node:test';
import { readStore, run, seed, snapshot, storeFile, tempHome } from '../helpers/world.js';

const statuses = async (home: string) => {
  const json = JSON.parse((await run(home, ['list', '--json'])).stdout);
  return Object.fromEntries(json.steps.map((step: { id: string; status: string }) => [step.id, step.status]));
};

describe('done', () => {
  it('marks steps done by id or number, and creates a private store', async () => {
    const home = tempHome();
    const result = await run(home, ['done', 'identify', '2']);
    assert.equal(result.code, 0);
    assert.match(result.stdout, /Done: 1\. Identify/);
    assert.match(result.stdout, /Done: 2\. Gather/);
    const status = await statuses(home);
    assert.equal(status.identify, 'done');
    assert.equal(status.gather, 'done');
    assert.equal(fs.statSync(storeFile(home)).mode & 0o777, 0o600);
  });

  it('creates the store directory private to the user', async () => {
    const home = `${tempHome()}/nested/dir`;
    await run(home, ['done', '1']);
    assert.equal(fs.statSync(home).mode & 0o777, 0o700);
  });

  it('refuses an unknown step with the closest ids, exit 1, and leaves the store as it was', async () => {
    const home = tempHome();
    seed(home, [{ type: 'done', at: '2026-11-20T00:00:00Z', step: 'identify' }]);
    const before = snapshot(home);
    const result = await run(home, ['done', 'gather', 'bakup']);
    assert.equal(result.code, 1);
    assert.match(result.stderr, /no step 'bakup'/);
    assert.match(result.stderr, /Closest: backup/);
    assert.equal(snapshot(home), before, 'one unknown step changes nothing, not even the valid one');
  });

  it('refuses a number outside the plan', async () => {
    const home = tempHome();
    assert.equal((await run(home, ['done', '42'])).code, 1);
    assert.equal(snapshot(home), null);
  });

  it('says when a step was already done and adds nothing to the history', async () => {
    const home = tempHome();
    seed(home, [{ type: 'done', at: '2026-11-20T00:00:00Z', step: 'backup' }]);
    const result = await run(home, ['done', 'backup']);
    assert.equal(result.code, 0);
    assert.match(result.stdout, /Already done on 2026-11-20/);
    assert.equal(readStore(home).profiles.default.events.length, 1);
  });

  it('allows the cancellation out of order, with a high-severity warning about accounts still receiving codes', async () => {
    const home = tempHome();
    const result = await run(home, ['done', 'cancel']);
    assert.equal(result.code, 0);
    assert.match(result.stderr, /before the steps it depends on/);
    assert.match(result.stderr, /HIGH +The line is cancelled but accounts may still send codes/);
    assert.equal((await statuses(home)).cancel, 'done');
  });

  it('needs at least one step (usage error, exit 2)', async () => {
    const result = await run(tempHome(), ['done']);
    assert.equal(result.code, 2);
    assert.match(result.stderr, /missing argument 'step'/);
  });
});

describe('skip and undo', () => {
  it('skips with a reason that list --all shows', async () => {
    const home = tempHome();
    assert.equal((await run(home, ['skip', 'balance', '--reason', 'no balance left'])).code, 0);
    assert.match((await run(home, ['list', '--all'])).stdout, /reason: no balance left/);
  });

  it('refuses a reason that looks like a PIN unless --force', async () => {
    const home = tempHome();
    const refused = await run(home, ['skip', 'gather', '--reason', 'PIN 482913']);
    assert.equal(refused.code, 1);
    assert.match(refused.stderr, /looks like a PIN/);
    assert.equal(snapshot(home), null);
    assert.equal((await run(home, ['skip', 'gather', '--reason', 'PIN 482913', '--force'])).code, 0);
  });

  it('undo restores exactly what the step was before', async () => {
    const home = tempHome();
    await run(home, ['skip', 'balance', '--reason', 'used it']);
    const before = JSON.parse((await run(home, ['list', '--json'])).stdout).steps[5];
    await run(home, ['done', 'balance']);
    const result = await run(home, ['undo', 'balance']);
    assert.equal(result.code, 0);
    assert.match(result.stdout, /is skipped again/);
    assert.deepEqual(JSON.parse((await run(home, ['list', '--json'])).stdout).steps[5], before);
  });

  it('undo with nothing to undo is refused (exit 1) and changes nothing', async () => {
    const home = tempHome();
    seed(home, []);
    const before = snapshot(home);
    const result = await run(home, ['undo', 'backup']);
    assert.equal(result.code, 1);
    assert.match(result.stderr, /Nothing to undo/);
    assert.equal(snapshot(home), before);
  });
});

describe('note', () => {
  it('attaches a note made of several words', async () => {
    const home = tempHome();
    assert.equal((await run(home, ['note', 'cancel', 'confirmation', 'C-88123,', '2026-11-20'])).code, 0);
    assert.equal(JSON.parse((await run(home, ['list', '--json'])).stdout).steps[7].note, 'confirmation C-88123, 2026-11-20');
  });

  const secrets: Array<[string, string]> = [['a full phone number', '(555) 123-4567'], ['a PIN', '4829'], ['a password', 'password: hunter22']];
  for (const [kind, text] of secrets) {
    it(`refuses a note that looks like ${kind}, in the user's language, leaving the store untouched`, async () => {
      const home = tempHome();
      seed(home, []);
      const before = snapshot(home);
      const en = await run(home, ['note', 'gather', text]);
      assert.equal(en.code, 1);
      assert.match(en.stderr, new RegExp(`looks like ${kind}`));
      assert.match(en.stderr, /--force/);
      const zh = await run(home, ['note', 'gather', text, '--lang', 'zh']);
      assert.match(zh.stderr, /simexit 不保存/);
      assert.equal(snapshot(home), before);
    });
  }

  // Issue 13 point 7, second round: shapes that got through (slashes, other scripts' digits, "pin1234",
  // "pw:", codes before their word). Refused by note and skip --reason alike, in each language, store untouched.
  const secondRound: Array<{ lang: 'en' | 'zh'; argv: string[]; says: RegExp }> = [
    { lang: 'en', argv: ['note', 'gather', '415/555/0134'], says: /This looks like a full phone number\..*--force/s },
    { lang: 'en', argv: ['skip', 'gather', '--reason', 'G-482193 is your Google verification code'], says: /This looks like a verification code\./ },
    { lang: 'en', argv: ['note', 'gather', 'pw: hunter2'], says: /This looks like a password\./ },
    { lang: 'en', argv: ['skip', 'gather', '--reason', 'PIN ١٢٣٤'], says: /This looks like a PIN\./ },
    { lang: 'zh', argv: ['note', 'gather', '482193 是你的验证码'], says: /这看起来像验证码。.*--force/s },
    { lang: 'zh', argv: ['skip', 'gather', '--reason', 'PIN码1234'], says: /这看起来像 PIN 码。/ },
    { lang: 'zh', argv: ['note', 'gather', '٤١٥٥٥٥٠١٣٤'], says: /这看起来像完整的电话号码。/ },
    { lang: 'zh', argv: ['skip', 'gather', '--reason', '415\\555\\0134'], says: /这看起来像完整的电话号码。/ },
  ];
  for (const { lang, argv, says } of secondRound) {
    it(`refuses ${JSON.stringify(argv.at(-1))} through ${argv[0]} (${lang}): exit 1, the kind named, the store byte for byte as it was`, async () => {
      const home = tempHome();
      seed(home, [{ type: 'note', at: '2026-11-20T00:00:00Z', step: 'gather', text: 'confirmation C-88123, 2026-11-20' }]);
      const before = snapshot(home);
      const refused = await run(home, [...argv, '--lang', lang]);
      assert.equal(refused.code, 1);
      assert.match(refused.stderr, says);
      assert.equal(refused.stdout, '');
      assert.equal(snapshot(home), before);
      assert.equal((await run(home, [...argv, '--lang', lang, '--force'])).code, 0, '--force still stores it');
      assert.notEqual(snapshot(home), before);
    });
  }

  it('accepts ordinary notes and reasons near those shapes', async () => {
    const home = tempHome();
    for (const text of ['due 2026-11-20, step 3, wait 2 days', 'paid $15, call back at 18:00', 'move-2fa:chase', 'confirmation number in the email', '打了 3 次电话，验证码收不到']) {
      const noted = await run(home, ['note', 'gather', text]);
      assert.equal(noted.code, 0, `${text}: ${noted.stderr}`);
      assert.equal(JSON.parse((await run(home, ['list', '--json'])).stdout).steps[1].note, text);
    }
    assert.equal((await run(home, ['skip', 'balance', '--reason', 'see https://example.com/a/415/555/0134'])).code, 0);
  });

  it('stores such a note when the user insists with --force', async () => {
    const home = tempHome();
    assert.equal((await run(home, ['note', 'cancel', '1234567890', '--force'])).code, 0);
    assert.equal(JSON.parse((await run(home, ['list', '--json'])).stdout).steps[7].note, '1234567890');
  });

  it('refuses an empty note', async () => {
    const home = tempHome();
    const result = await run(home, ['note', 'cancel', '  ']);
    assert.equal(result.code, 1);
    assert.equal(snapshot(home), null);
  });
});
