import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { ANSI, answers, run, seed, snapshot, tempHome } from '../helpers/world.js';

describe('list', () => {
  it('works before any set-up: the default plan, with a hint that `simexit guide` tailors it', async () => {
    const home = tempHome();
    const result = await run(home, ['list']);
    assert.equal(result.code, 0);
    assert.match(result.stdout, /0\/10 done/);
    assert.match(result.stdout, / 1 +· identify +Identify the carrier/);
    assert.match(result.stdout + result.stderr, /simexit guide` to tailor it/);
    assert.equal(snapshot(home), null, 'listing must not create the store');
  });

  it('shows only remaining steps, with their number and id, then warnings', async () => {
    const home = tempHome();
    seed(home, [{ type: 'done', at: '2026-11-20T00:00:00Z', step: 'identify' }]);
    const { stdout } = await run(home, ['list']);
    assert.doesNotMatch(stdout, /identify/);
    assert.match(stdout, /1\/10 done/);
    assert.match(stdout, / 2 +· gather /);
    assert.ok(stdout.indexOf('Warnings') > stdout.indexOf('afterwards'));
  });

  it('--all adds done and skipped steps with their dates, reasons and notes', async () => {
    const home = tempHome();
    seed(home, [
      { type: 'done', at: '2026-11-20T00:00:00Z', step: 'cancel' },
      { type: 'note', at: '2026-11-20T00:00:00Z', step: 'cancel', text: 'confirmation C-881' },
      { type: 'skip', at: '2026-11-21T00:00:00Z', step: 'balance', reason: 'nothing left' },
    ]);
    const { stdout } = await run(home, ['list', '--all']);
    assert.match(stdout, /✓ cancel/);
    assert.match(stdout, /done 2026-11-20/);
    assert.match(stdout, /note 2026-11-20: confirmation C-881/);
    assert.match(stdout, /skipped 2026-11-21 · reason: nothing left/);
    assert.match(stdout, /1\/10 done · 1 skipped/);
  });

  it('status is an alias of list', async () => {
    const home = tempHome();
    assert.equal((await run(home, ['status'])).stdout, (await run(home, ['list'])).stdout);
  });

  it('--json prints only JSON in the documented shape, with no colour even when colour is forced', async () => {
    const home = tempHome();
    seed(home, [
      { type: 'answers', at: '2026-11-01T00:00:00Z', answers: answers() },
      { type: 'done', at: '2026-11-20T00:00:00Z', step: 'identify' },
      { type: 'note', at: '2026-11-20T01:00:00Z', step: 'identify', text: 'Ultra, managed in the app' },
    ]);
    const result = await run(home, ['list', '--json'], { env: { FORCE_COLOR: '3' } });
    assert.equal(result.code, 0);
    assert.doesNotMatch(result.stdout, ANSI);
    const json = JSON.parse(result.stdout);
    assert.equal(json.schemaVersion, 2);
    assert.deepEqual(json.progress, { done: 1, skipped: 0, pending: 8, total: 9 });
    assert.deepEqual(json.steps[0], {
      number: 1,
      id: 'identify',
      title: 'Sign in to the account and find the renewal (or expiry) date',
      status: 'done',
      at: '2026-11-20T00:00:00Z',
      note: 'Ultra, managed in the app',
      notes: [{ at: '2026-11-20T01:00:00Z', text: 'Ultra, managed in the app' }],
    });
    assert.equal(json.steps[1].status, 'pending');
    assert.deepEqual(Object.keys(json.warnings[0]).sort(), ['id', 'message', 'severity']);
    assert.deepEqual(json.number, { label: '1234', carrier: { id: 'ultra', name: 'Ultra Mobile (incl. PayGo)' }, goal: 'leave' });
    assert.deepEqual(json.answers, {
      carrier: 'ultra', label: '1234', goal: 'leave', balance: 'yes', autopay: 'yes', renewal: null, services: [],
      line: 'active', location: null, setup: null, destination: null,
    });
  });

  it('speaks Chinese with --lang zh, and remembers it', async () => {
    const home = tempHome();
    assert.match((await run(home, ['list', '--lang', 'zh'])).stdout, /待办步骤/);
    assert.match((await run(home, ['list'])).stdout, /待办步骤/);
    assert.match((await run(home, ['list', '--lang=en'])).stdout, /Remaining steps/);
  });

  it('takes the default language from LC_ALL, LC_MESSAGES, then LANG', async () => {
    assert.match((await run(tempHome(), ['list'], { env: { LANG: 'zh_CN.UTF-8' } })).stdout, /待办步骤/);
    assert.match((await run(tempHome(), ['list'], { env: { LANG: 'zh_CN.UTF-8', LC_ALL: 'en_US.UTF-8' } })).stdout, /Remaining steps/);
    assert.match((await run(tempHome(), ['list'], { env: { LANG: 'en_US.UTF-8', LC_MESSAGES: 'zh_TW.UTF-8' } })).stdout, /待办步骤/);
  });

  it('shows dates in the user time zone', async () => {
    const home = tempHome();
    seed(home, [{ type: 'done', at: '2026-11-24T20:00:00Z', step: 'identify' }]);
    assert.match((await run(home, ['list', '--all'], { env: { TZ: 'America/Los_Angeles' } })).stdout, /done 2026-11-24/);
    assert.match((await run(home, ['list', '--all'], { env: { TZ: 'Asia/Shanghai' } })).stdout, /done 2026-11-25/);
  });

  it('reads well on a 200-column terminal: every title on one line, no line wider than 120 columns', async () => {
    for (const lang of ['en', 'zh']) {
      const { stdout } = await run(tempHome(), ['list', '--lang', lang], { columns: 200 });
      const { default: stringWidth } = await import('string-width');
      assert.ok(Math.max(...stdout.split('\n').map((line) => stringWidth(line))) <= 120);
      assert.equal(stdout.split('\n').filter((line) => /^ +\d+ +·/.test(line)).length, 10);
      assert.doesNotMatch(stdout, /\n {24}\S/, 'no title wraps onto a second line');
    }
  });

  it('aligns Chinese titles beside the ids by display width on a wide terminal', async () => {
    const { stdout } = await run(tempHome(), ['list', '--lang', 'zh'], { columns: 100 });
    const rows = stdout.split('\n').filter((line) => /^ +\d+ +·/.test(line));
    const { default: stringWidth } = await import('string-width');
    const titleColumn = (line: string) => stringWidth(line.slice(0, line.search(/[\u4e00-\u9fff]/)));
    assert.equal(rows.length, 10);
    assert.equal(new Set(rows.map(titleColumn)).size, 1);
  });

  it('colours only when asked or on a terminal, and honours NO_COLOR and --no-color', async () => {
    const home = tempHome();
    assert.doesNotMatch((await run(home, ['list'])).stdout, ANSI, 'piped output has no colour');
    assert.match((await run(home, ['list'], { tty: true })).stdout, ANSI, 'a terminal gets colour');
    assert.doesNotMatch((await run(home, ['list'], { tty: true, env: { NO_COLOR: '1' } })).stdout, ANSI);
    assert.doesNotMatch((await run(home, ['list', '--no-color'], { tty: true, env: { FORCE_COLOR: '1' } })).stdout, ANSI);
    assert.match((await run(home, ['list'], { env: { FORCE_COLOR: '1' } })).stdout, ANSI);
  });

  it('wraps Chinese to a 40-column terminal without a line too wide', async () => {
    const { stdout } = await run(tempHome(), ['list', '--lang', 'zh'], { columns: 40 });
    const titles = stdout.split('\n').filter((_line, index, lines) => /^ +\d+ +·/.test(lines[index - 1] ?? ''));
    assert.equal(titles.length, 10, 'on a narrow terminal each title sits under its id');
    assert.equal(new Set(titles.map((line) => line.search(/\S/))).size, 1, 'every title starts in the same column');
    const { default: stringWidth } = await import('string-width');
    for (const line of stdout.split('\n')) assert.ok(stringWidth(line) <= 40, `too wide for 40 columns: ${line}`);
  });
});
