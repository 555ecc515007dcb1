import assert from 'node:assert/strict';
import fs from 'node:fs';
import { describe, it } from 'node:test';
import { answers, profilePath, readStore, run, seed, snapshot, tempHome } from '../helpers/world.js';
import { scriptedPrompts } from '../helpers/fake-prompts.js';

const statusOf = async (home: string, ...extra: string[]) =>
  Object.fromEntries(JSON.parse((await run(home, ['list', '--json', ...extra])).stdout).steps.map((s: { id: string; status: string }) => [s.id, s.status]));

describe('profiles: one plan and progress per number', () => {
  it('add creates a profile and switches to it; progress stays apart', async () => {
    const home = tempHome();
    await run(home, ['done', 'identify']);
    const added = await run(home, ['profile', 'add', 'tello']);
    assert.equal(added.code, 0);
    assert.match(added.stdout, /switched to it/);
    await run(home, ['done', 'gather']);
    assert.equal((await statusOf(home)).identify, 'pending');
    assert.equal((await statusOf(home)).gather, 'done');
    assert.equal((await statusOf(home, '--profile', 'default')).identify, 'done');
    assert.equal((await statusOf(home, '--profile', 'default')).gather, 'pending');
  });

  it('--profile works on another profile for one command without switching', async () => {
    const home = tempHome();
    await run(home, ['profile', 'add', 'ultra']);
    await run(home, ['profile', 'use', 'default']);
    assert.equal((await run(home, ['done', 'backup', '--profile', 'ultra'])).code, 0);
    assert.equal(readStore(home).activeProfile, 'default');
    assert.equal((await statusOf(home, '--profile', 'ultra')).backup, 'done');
    assert.equal((await statusOf(home)).backup, 'pending');
  });

  it('list names the profile it shows once there is more than one', async () => {
    const home = tempHome();
    assert.doesNotMatch((await run(home, ['list'])).stdout, /Profile:/);
    await run(home, ['profile', 'add', 'tello']);
    assert.match((await run(home, ['list'])).stdout, /^Profile: tello/);
    assert.match((await run(home, ['list', '--profile', 'default', '--lang', 'zh'])).stdout, /^档案：default/);
    assert.equal(JSON.parse((await run(home, ['list', '--json'])).stdout).profile, 'tello');
  });

  it('profile list shows every profile with its number, carrier and progress, the active one marked', async () => {
    const home = tempHome();
    seed(home, [{ type: 'answers', at: '2026-11-01T00:00:00Z', answers: answers({ carrier: 'tello', label: '4821' }) }, { type: 'done', at: '2026-11-02T00:00:00Z', step: 'identify' }]);
    await run(home, ['profile', 'add', 'ultra']);
    const { stdout } = await run(home, ['profile', 'list']);
    assert.match(stdout, /^ {3}default {2}4821 {12}Tello {2}1\/9 done$/m);
    assert.match(stdout, /^\* {2}ultra {4}not set up yet {9}0\/10 done {2}\(active\)$/m);
    const json = JSON.parse((await run(home, ['profile', 'list', '--json'])).stdout);
    assert.deepEqual(json.profiles.map((p: { name: string; active: boolean }) => [p.name, p.active]), [['default', false], ['ultra', true]]);
  });

  it('refuses unknown, duplicate and phone-number-like profile names, leaving the store as it was', async () => {
    const home = tempHome();
    await run(home, ['profile', 'add', 'tello']);
    const before = snapshot(home);
    for (const argv of [['profile', 'add', 'tello'], ['profile', 'add', '555-123-4567'], ['profile', 'add', 'two words'], ['profile', 'use', 'nope'], ['list', '--profile', 'nope'], ['done', '1', '--profile', 'nope']]) {
      const result = await run(home, argv);
      assert.equal(result.code, 1, argv.join(' '));
      assert.equal(snapshot(home), before, argv.join(' '));
    }
    assert.match((await run(home, ['list', '--profile', 'nope'])).stderr, /no profile 'nope'. Profiles: default, tello/);
  });

  it('refuses profile names the note check refuses (Arabic-Indic digits, pin1234, codes), naming the kind in each language', async () => {
    const home = tempHome();
    await run(home, ['profile', 'add', 'tello']);
    const before = snapshot(home);
    const cases: Array<[string, 'en' | 'zh', RegExp]> = [
      ['٤١٥٥٥٥٠١٣٤', 'en', /looks like a full phone number/],
      ['415/555/0134', 'zh', /看起来像完整的电话号码/],
      ['pin1234', 'en', /looks like a PIN/],
      ['482193是你的验证码', 'zh', /看起来像验证码/],
    ];
    for (const [name, lang, says] of cases) {
      const result = await run(home, ['profile', 'add', name, '--lang', lang]);
      assert.equal(result.code, 1, name);
      assert.match(result.stderr, says, name);
      assert.equal(snapshot(home), before, name);
    }
  });

  it('remove asks first (or needs --yes), keeps a backup, and switches away from a removed active profile', async () => {
    const home = tempHome();
    await run(home, ['profile', 'add', 'tello']);
    await run(home, ['done', '1']);
    const before = snapshot(home);
    const history = fs.readFileSync(profilePath(home, 'tello'), 'utf8');
    assert.equal((await run(home, ['profile', 'remove', 'tello'])).code, 1);
    const declined = await run(home, ['profile', 'remove', 'tello'], { tty: true, prompts: scriptedPrompts([['askYesNo', false]]) });
    assert.equal(declined.code, 0);
    assert.equal(snapshot(home), before);
    const removed = await run(home, ['profile', 'remove', 'tello', '--yes']);
    assert.equal(removed.code, 0);
    const backup = /backup of its history is at (.+)\.$/m.exec(removed.stdout)?.[1];
    assert.equal(backup && fs.readFileSync(backup, 'utf8'), history);
    assert.equal(fs.statSync(backup!).mode & 0o777, 0o600);
    assert.equal(readStore(home).activeProfile, 'default');
    assert.deepEqual(Object.keys(readStore(home).profiles), []);
  });

  it("refuses to remove 'default', which is always there, and points to reset (both languages); nothing changes", async () => {
    const home = tempHome();
    await run(home, ['done', '1']);
    await run(home, ['profile', 'add', 'tello']);
    const before = snapshot(home);
    const refused = await run(home, ['profile', 'remove', 'default', '--yes']);
    assert.equal(refused.code, 1);
    assert.match(refused.stderr, /always there.*simexit reset --profile default/);
    assert.doesNotMatch(refused.stdout, /Removed/);
    const zh = await run(home, ['profile', 'remove', 'default', '--yes', '--lang', 'zh']);
    assert.equal(zh.code, 1);
    assert.match(zh.stderr, /不能删除/);
    assert.equal(snapshot(home), before);
  });

  it('reset starts over only the profile it works on', async () => {
    const home = tempHome();
    await run(home, ['done', '1']);
    await run(home, ['profile', 'add', 'tello']);
    await run(home, ['done', '2']);
    assert.equal((await run(home, ['reset', '--yes'])).code, 0);
    assert.equal((await statusOf(home)).gather, 'pending');
    assert.equal((await statusOf(home, '--profile', 'default')).identify, 'done');
  });

  it('without a subcommand prints help as a usage error', async () => {
    const result = await run(tempHome(), ['profile']);
    assert.equal(result.code, 2);
    assert.match(result.stderr, /add <name>/);
  });

  it('`simexit help` prints help and succeeds', async () => {
    const helped = await run(tempHome(), ['help']);
    assert.equal(helped.code, 0, helped.stderr);
  });
});
