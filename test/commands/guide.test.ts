import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { answers, readStore, run, seed, tempHome } from '../helpers/world.js';
import { ctrlC, scriptedPrompts, type Step } from '../helpers/fake-prompts.js';

const QUESTIONS: Step[] = [
  ['askCarrier', 'tello'],
  ['askLabel', '4821'],
  ['askGoal', 'leave'],
  ['askYesNoUnsure', 'no'],
  ['askYesNoUnsure', 'yes'],
  ['askDate', '2026-12-15'],
  ['askCodeCategories', { categories: ['banks', 'messaging-social'], unsure: false }],
  ['askServices', { services: ['chase', 'wechat'], customServices: [{ id: 'custom-1', name: '招商银行' }] }],
];

const guide = (home: string, script: Step[], argv = ['guide'], env = {}) => {
  const prompts = scriptedPrompts(script);
  return run(home, argv, { tty: true, prompts, env: { NO_COLOR: '1', ...env } }).then((result) => ({ ...result, prompts }));
};

const statusOf = async (home: string) =>
  Object.fromEntries(JSON.parse((await run(home, ['list', '--json'])).stdout).steps.map((s: { id: string; status: string }) => [s.id, s.status]));

describe('guide: first run', () => {
  it('asks the language (defaulting from LANG), then the questions, then walks the plan saving every answer', async () => {
    const home = tempHome();
    const result = await guide(
      home,
      [
        ['askLanguage', 'zh'],
        ...QUESTIONS,
        ['askNextAction', 'done'],
        ['askNextAction', 'note'],
        ['askText', '账户号码在邮件里'],
        ['askNextAction', 'skip'],
        ['askText', '已经有了'],
        ['askNextAction', 'quit'],
      ],
      ['guide'],
      { LANG: 'zh_CN.UTF-8' },
    );
    assert.equal(result.code, 0);
    assert.equal(result.prompts.remaining(), 0);
    assert.match(result.stdout, /第 1\/12 步 · identify/, 'no balance step, and three accounts of its own');
    assert.match(result.stdout, /你选择的是：Tello。/);
    assert.match(result.stdout, /日期提醒\n {2}2026-12-14 +20 天后 +在 Tello 账户里注销的最后一天/, 'Tello: at least 24 hours before renewal');
    assert.match(result.stdout, /进度已保存/);
    const store = readStore(home);
    assert.equal(store.lang, 'zh');
    assert.deepEqual(
      store.profiles.default.events[0].answers,
      answers({
        carrier: 'tello',
        label: '4821',
        balance: 'no',
        autopay: 'yes',
        renewalDate: '2026-12-15',
        services: ['chase', 'wechat'],
        customServices: [{ id: 'custom-1', name: '招商银行' }],
      }),
    );
    const json = JSON.parse((await run(home, ['list', '--json'])).stdout);
    assert.equal(json.steps[0].status, 'done');
    assert.equal(json.steps[1].note, '账户号码在邮件里');
    assert.equal(json.steps[1].status, 'skipped');
    assert.equal(json.steps[1].reason, '已经有了');
  });

  it('does not ask the language when --lang was given', async () => {
    const home = tempHome();
    const result = await guide(home, [...QUESTIONS, ['askNextAction', 'quit']], ['guide', '--lang', 'en']);
    assert.equal(result.code, 0);
    assert.equal(result.prompts.asked[0], 'askCarrier');
  });

  it('shows the warnings that apply on the step, with facts and their sources', async () => {
    const home = tempHome();
    seed(home, [
      { type: 'answers', at: '2026-11-01T00:00:00Z', answers: answers() },
      ...['identify', 'gather', 'decide'].map((step) => ({ type: 'done' as const, at: '2026-11-02T00:00:00Z', step })),
    ]);
    const result = await guide(home, [['askNextAction', 'quit']]);
    assert.match(result.stdout, /Step 4 of 10 · move-accounts/);
    assert.match(result.stdout, /Banks and cards \(Chase/);
    assert.match(result.stdout, /HIGH +Accounts may still send codes/);
    assert.match(result.stdout, /source:\s+https:\/\/freedom-to-tinker\.com\/\S+ \[research: Princeton CITP/);
    assert.match(result.stdout, /confirm with your carrier/);
    const mentions = result.stdout.split('Accounts may still send codes').length - 1;
    assert.equal(mentions, 2, 'once in the summary at the start, once on the step it concerns');
  });

  it('does not repeat a warning on steps it does not concern', async () => {
    const home = tempHome();
    seed(home, [{ type: 'answers', at: '2026-11-01T00:00:00Z', answers: answers() }]);
    const result = await guide(home, [['askNextAction', 'done'], ['askNextAction', 'quit']]);
    const card = result.stdout.slice(result.stdout.indexOf('Step 2 of 10'));
    assert.doesNotMatch(card, /Accounts may still send codes/);
    assert.match(card, /MEDIUM +Never give your PIN/, 'the scam warning concerns gathering PINs');
  });
});

describe('guide: coming back', () => {
  it('resumes with progress first, then the next pending step; Later moves on and is left for next time', async () => {
    const home = tempHome();
    seed(home, [
      { type: 'answers', at: '2026-11-01T00:00:00Z', answers: answers({ balance: 'no', autopay: 'no', goal: 'keep' }) },
      ...['identify', 'gather', 'decide', 'backup'].map((step) => ({ type: 'done' as const, at: '2026-11-02T00:00:00Z', step })),
    ]);
    const result = await guide(home, [
      ['askNextAction', 'later'],
      ['askNextAction', 'done'],
      ['askNextAction', 'done'],
    ]);
    assert.equal(result.code, 0);
    assert.match(result.stdout, /Welcome back/);
    assert.ok(result.stdout.indexOf('4/7 done') < result.stdout.indexOf('move-number'));
    assert.match(result.stdout, /1 step\(s\) left for later/);
    const status = await statusOf(home);
    assert.equal(status['move-number'], 'pending');
    assert.equal(status['confirm-move'], 'done');
    assert.equal(status.afterwards, 'done');
  });

  it('--restart re-asks the questions with the old answers and keeps progress of steps that still apply', async () => {
    const home = tempHome();
    seed(home, [
      { type: 'answers', at: '2026-11-01T00:00:00Z', answers: answers() },
      { type: 'done', at: '2026-11-02T00:00:00Z', step: 'backup' },
      { type: 'done', at: '2026-11-02T00:00:00Z', step: 'move-accounts' },
    ]);
    const result = await guide(
      home,
      [
        ['askCarrier', 'ultra'],
        ['askLabel', '1234'],
        ['askGoal', 'keep'],
        ['askYesNoUnsure', 'yes'],
        ['askYesNoUnsure', 'yes'],
        ['askDate', null],
        ['askCodeCategories', { categories: [], unsure: true }],
        ['askServices', { services: [], customServices: [] }],
        ['askNextAction', 'quit'],
      ],
      ['guide', '--restart'],
    );
    assert.equal(result.code, 0);
    assert.match(result.stdout, /Progress on steps that still apply is kept/);
    const status = await statusOf(home);
    assert.equal(status.backup, 'done');
    assert.equal(status['move-accounts'], undefined, 'the step no longer applies to a kept number');
    assert.equal(status['move-number'], 'pending');
  });

  it('a note that looks like a PIN is stored only if the user confirms', async () => {
    const home = tempHome();
    seed(home, [{ type: 'answers', at: '2026-11-01T00:00:00Z', answers: answers() }]);
    const result = await guide(home, [
      ['askNextAction', 'note'],
      ['askText', 'PIN 482913'],
      ['askYesNo', false],
      ['askNextAction', 'note'],
      ['askText', 'confirmation C-1'],
      ['askNextAction', 'quit'],
    ]);
    assert.match(result.stdout, /looks like a PIN/);
    assert.match(result.stdout, /The note was not saved/);
    const notes = JSON.parse((await run(home, ['list', '--json'])).stdout).steps[0].notes;
    assert.deepEqual(notes.map((note: { text: string }) => note.text), ['confirmation C-1']);
  });

  it('says so when every step is done or skipped', async () => {
    const home = tempHome();
    seed(home, [
      { type: 'answers', at: '2026-11-01T00:00:00Z', answers: answers({ goal: 'keep', balance: 'no', autopay: 'no' }) },
      ...['identify', 'gather', 'decide', 'backup', 'move-number', 'confirm-move', 'afterwards'].map((step) => ({ type: 'done' as const, at: '2026-11-02T00:00:00Z', step })),
    ]);
    const result = await guide(home, []);
    assert.equal(result.code, 0);
    assert.match(result.stdout, /Every step is done or skipped/);
  });
});

describe('guide: dates', () => {
  it('marking the cancellation done asks the day it was requested, which the follow-ups count from', async () => {
    const home = tempHome();
    const before = ['identify', 'gather', 'decide', 'move-accounts', 'backup', 'balance', 'autopay'];
    seed(home, [
      { type: 'answers', at: '2026-11-01T00:00:00Z', answers: answers({ carrier: 'other' }) },
      ...before.map((step) => ({ type: 'done' as const, at: '2026-11-02T00:00:00Z', step })),
    ]);
    const result = await guide(home, [['askNextAction', 'done'], ['askDate', '2026-11-20'], ['askNextAction', 'quit']]);
    assert.equal(result.code, 0);
    assert.equal(readStore(home).profiles.default.events.at(-1).at, '2026-11-20T12:00:00.000Z');
    assert.match((await run(home, ['list'])).stdout, /Check that the cancellation requested on 2026-11-20 went through/);
  });

  it('asks when the balance was bought only where the carrier refunds within a window (Google Voice)', async () => {
    const home = tempHome();
    const result = await guide(
      home,
      [
        ['askCarrier', 'google-voice'],
        ['askLabel', 'GV'],
        ['askGoal', 'leave'],
        ['askYesNoUnsure', 'yes'],
        ['askYesNoUnsure', 'no'],
        ['askDate', null],
        ['askDate', '2026-08-31'],
        ['askCodeCategories', { categories: [], unsure: false }],
        ['askNextAction', 'quit'],
      ],
      ['guide', '--lang', 'en'],
    );
    assert.equal(result.code, 0);
    assert.match(result.stdout, /2027-02-28 +in 96 days +Last day to ask Google Voice for a balance refund/);
  });
});

describe('guide: Ctrl+C', () => {
  it('during the questions: exit 130, one line on how to resume, the language choice kept, no stack trace', async () => {
    const home = tempHome();
    const result = await guide(home, [['askLanguage', 'en'], ['askCarrier', 'ultra'], ['askLabel', ctrlC()]]);
    assert.equal(result.code, 130);
    assert.match(result.stderr, /Everything you answered is saved; run `simexit guide` to continue/);
    assert.doesNotMatch(result.stderr, /at .+:\d+:\d+/);
    assert.equal(readStore(home).lang, 'en');
  });

  it('at a step: exit 130 and every step answered before is saved', async () => {
    const home = tempHome();
    seed(home, [{ type: 'answers', at: '2026-11-01T00:00:00Z', answers: answers() }]);
    const result = await guide(home, [['askNextAction', 'done'], ['askNextAction', 'note'], ['askText', ctrlC()]]);
    assert.equal(result.code, 130);
    assert.equal((await statusOf(home)).identify, 'done');
  });

  it('a guide on a damaged store stops before any question and keeps the damaged file aside', async () => {
    const home = tempHome();
    const fs = await import('node:fs');
    fs.writeFileSync(`${home}/config.json`, '{oops');
    const result = await guide(home, []);
    assert.equal(result.code, 1);
    assert.deepEqual(fs.readdirSync(home).filter((name) => !name.startsWith('config.damaged-')), [], 'nothing else was written');
    const kept = fs.readdirSync(home).filter((name) => name.startsWith('config.damaged-'));
    assert.equal(fs.readFileSync(`${home}/${kept[0]}`, 'utf8'), '{oops');
  });
});
