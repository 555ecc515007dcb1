import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { answers, readStore, run, seed, tempHome } from '../helpers/world.js';
import { ctrlC, scriptedPrompts, type Step } from '../helpers/fake-prompts.js';

const QUESTIONS: Step[] = [
  ['askCarrier', 'tello'],
  ['askLabel', '4821'],
  ['askOption', 'active'],
  ['askGoal', 'leave'],
  ['askOption', 'us'],
  ['askOption', 'self'],
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
        ['askYesNo', true],
        ['askText', '已经有了'],
        ['askNextAction', 'quit'],
      ],
      ['guide'],
      { LANG: 'zh_CN.UTF-8' },
    );
    assert.equal(result.code, 0);
    assert.equal(result.prompts.remaining(), 0);
    assert.match(result.stdout, /第 1\/10 步 · gather/, 'carrier and renewal answered: no identify or decide step; no balance step; three accounts of their own');
    assert.match(result.stdout, /日期提醒\n {2}2026-12-13 +19 天后 +在这一天之前关闭 Tello 的自动充值/, 'auto-refill off before the last moment to cancel');
    assert.match(result.stdout, /2026-12-14 +20 天后 +请在这一天你当地时间 05:00 之前在 Tello 账户里注销/, 'Tello: 24 hours before midnight US Eastern on the renewal date, in UTC here');
    assert.match(result.stdout, /这些账户仍在往这个号码发验证码：Chase（大通银行）、微信、招商银行。/, 'skipping the accounts step asks first');
    assert.match(result.stdout, /进度已保存/);
    const store = readStore(home);
    assert.equal(store.lang, 'zh');
    assert.deepEqual(
      store.profiles.default.events[0].answers,
      answers({
        carrier: 'tello',
        label: '4821',
        line: 'active',
        location: 'us',
        setup: 'self',
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

  it('shows a warning once on the step it concerns, and the sources behind "Show sources and details"', async () => {
    const home = tempHome();
    seed(home, [
      { type: 'answers', at: '2026-11-01T00:00:00Z', answers: answers() },
      ...['identify', 'gather'].map((step) => ({ type: 'done' as const, at: '2026-11-02T00:00:00Z', step })),
    ]);
    const result = await guide(home, [['askNextAction', 'details'], ['askNextAction', 'quit']]);
    const [screen, details] = result.stdout.split('Step 3 of 9 · move-accounts').slice(1);
    assert.match(screen!, /Banks and cards \(Chase/);
    assert.match(screen!, /HIGH +Accounts may still send codes/);
    assert.equal(result.stdout.indexOf('Accounts may still send codes'), result.stdout.lastIndexOf('Accounts may still send codes', result.stdout.indexOf('Step 3 of 9', result.stdout.indexOf('Step 3 of 9') + 1)), 'not in the summary at the start as well');
    assert.doesNotMatch(screen!, /https:\/\//, 'no sources on the step screen');
    assert.match(details!, /source: https:\/\/freedom-to-tinker\.com\/\S+\s+\[research: Princeton CITP/);
    assert.equal(details!.split('confirm with your carrier or the service').length - 1, 1, 'one disclaimer, at the end');
    const after = result.stdout.slice(result.stdout.lastIndexOf('Pages change'));
    assert.match(after, /Step 3 of 9 · move-accounts[^\n]*\nMove every account/, 'the title again after the details, above the menu');
  });

  it('does not repeat a warning on steps it does not concern', async () => {
    const home = tempHome();
    seed(home, [{ type: 'answers', at: '2026-11-01T00:00:00Z', answers: answers() }]);
    const result = await guide(home, [['askNextAction', 'done'], ['askNextAction', 'quit']]);
    const card = result.stdout.slice(result.stdout.indexOf('Step 2 of 9'));
    assert.doesNotMatch(card, /Accounts may still send codes/);
    assert.match(card, /MEDIUM +Never give your PIN/, 'the scam warning concerns gathering PINs');
  });
});

describe('guide: coming back', () => {
  it('resumes with progress first, then the next pending step; Later moves on and is left for next time', async () => {
    const home = tempHome();
    seed(home, [
      { type: 'answers', at: '2026-11-01T00:00:00Z', answers: answers({ balance: 'no', autopay: 'no', goal: 'keep' }) },
      ...['identify', 'gather', 'backup'].map((step) => ({ type: 'done' as const, at: '2026-11-02T00:00:00Z', step })),
    ]);
    const result = await guide(home, [
      ['askNextAction', 'later'],
      ['askNextAction', 'done'],
      ['askNextAction', 'done'],
      ['askNextAction', 'done'],
    ]);
    assert.equal(result.code, 0);
    assert.match(result.stdout, /Welcome back/);
    assert.ok(result.stdout.indexOf('3/7 done') < result.stdout.indexOf('move-number'));
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
        ['askOption', 'active'],
        ['askGoal', 'keep'],
        ['askOption', 'us'],
        ['askOption', 'parking'],
        ['askOption', 'self'],
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
    assert.equal(status['move-accounts'], 'done', 'the accounts are kept: checked after the move');
    assert.equal(status['move-number'], 'pending');
    const ids = Object.keys(status);
    assert.ok(ids.indexOf('move-accounts') > ids.indexOf('confirm-move'));
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
      ...['identify', 'gather', 'backup', 'move-number', 'confirm-move', 'move-accounts', 'afterwards'].map((step) => ({ type: 'done' as const, at: '2026-11-02T00:00:00Z', step })),
    ]);
    const result = await guide(home, []);
    assert.equal(result.code, 0);
    assert.match(result.stdout, /Every step is done or skipped. Well done/);
  });

  it('never says "all done" while a dated risk is ahead: a forced skip of auto-refill keeps its date', async () => {
    const home = tempHome();
    // The user lets the plan lapse instead of cancelling, and skipped turning auto-refill off.
    const steps = ['gather', 'move-accounts', 'backup', 'balance', 'confirm-closed'];
    seed(home, [
      { type: 'answers', at: '2026-11-01T00:00:00Z', answers: answers({ renewalDate: '2026-12-10', codeCategories: [] }) },
      ...steps.map((step) => ({ type: 'done' as const, at: '2026-11-02T00:00:00Z', step })),
      { type: 'skip', at: '2026-11-02T00:00:00Z', step: 'cancel', reason: 'letting it lapse' },
      { type: 'skip', at: '2026-11-02T00:00:00Z', step: 'autopay' },
      { type: 'skip', at: '2026-11-02T00:00:00Z', step: 'afterwards' },
    ]);
    const result = await guide(home, []);
    assert.doesNotMatch(result.stdout, /Well done/);
    assert.match(result.stdout, /Every step is done or skipped, but these dates are still ahead:\n {2}2026-12-08 +in 14 days +Turn off auto-refill/);
  });

  it('skipping auto-refill that the user said is on asks first; "no" keeps the step', async () => {
    const home = tempHome();
    seed(home, [
      { type: 'answers', at: '2026-11-01T00:00:00Z', answers: answers({ renewalDate: '2026-12-10', autopay: 'unsure', codeCategories: [] }) },
      ...['gather', 'move-accounts', 'backup', 'balance'].map((step) => ({ type: 'done' as const, at: '2026-11-02T00:00:00Z', step })),
    ]);
    const result = await guide(home, [['askNextAction', 'skip'], ['askYesNo', false], ['askNextAction', 'quit']], ['guide', '--lang', 'zh']);
    assert.match(result.stdout, /你说自动充值可能开着（你不确定）/);
    assert.equal((await statusOf(home)).autopay, 'pending');
  });

  it('the accounts step cannot be done while accounts are waiting: it says which, and stays', async () => {
    const home = tempHome();
    seed(home, [{ type: 'answers', at: '2026-11-01T00:00:00Z', answers: answers({ renewalDate: '2026-12-10', services: ['chase'] }) }]);
    const result = await guide(home, [['askNextAction', 'done'], ['askNextAction', 'done'], ['askNextAction', 'quit']]);
    assert.match(result.stdout, /still waiting: Chase/);
    const status = await statusOf(home);
    assert.equal(status.gather, 'done');
    assert.equal(status['move-accounts'], 'pending');
  });
});

describe('guide: dates', () => {
  it('marking the cancellation done asks the day it was requested, which the follow-ups count from', async () => {
    const home = tempHome();
    const before = ['identify', 'gather', 'move-accounts', 'backup', 'balance', 'autopay'];
    seed(home, [
      { type: 'answers', at: '2026-11-01T00:00:00Z', answers: answers({ carrier: 'other' }) },
      ...before.map((step) => ({ type: 'done' as const, at: '2026-11-02T00:00:00Z', step })),
    ]);
    const result = await guide(home, [['askNextAction', 'done'], ['askDate', '2026-11-20'], ['askNextAction', 'quit']]);
    assert.equal(result.code, 0);
    assert.equal(readStore(home).profiles.default.events.at(-1).at, '2026-11-20T12:00:00.000Z');
    assert.equal(readStore(home).profiles.default.events.at(-1).on, '2026-11-20');
    assert.match((await run(home, ['list'])).stdout, /Check that the cancellation requested on 2026-11-20 went through/);
  });

  it('asks when the balance was bought only where the carrier refunds within a window (Google Voice)', async () => {
    const home = tempHome();
    const result = await guide(
      home,
      [
        ['askCarrier', 'google-voice'],
        ['askLabel', 'GV'],
        ['askOption', 'active'],
        ['askGoal', 'leave'],
        ['askOption', 'abroad'],
        ['askOption', 'self'],
        ['askYesNoUnsure', 'yes'],
        ['askDate', '2026-08-31'],
        ['askCodeCategories', { categories: [], unsure: false }],
        ['askNextAction', 'quit'],
      ],
      ['guide', '--lang', 'en'],
    );
    assert.equal(result.code, 0);
    assert.match(result.stdout, /2027-02-28 +in 96 days +Last day to ask Google Voice for a balance refund/);
    assert.match(result.stdout, /Make sure codes reach you where you are now/, 'abroad: the first step is receiving codes');
  });

  it('a renewal date in the past asks what happened: suspended keeps the date and adds a pay-by date', async () => {
    const home = tempHome();
    const result = await guide(
      home,
      [
        ['askCarrier', 'ultra'],
        ['askLabel', '0134'],
        ['askOption', 'active'],
        ['askGoal', 'leave'],
        ['askOption', 'abroad'],
        ['askOption', 'seller'],
        ['askYesNoUnsure', 'no'],
        ['askYesNoUnsure', 'no'],
        ['askDate', '2026-11-10'],
        ['askOption', 'suspended'],
        ['askCodeCategories', { categories: ['banks'], unsure: false }],
        ['askServices', { services: ['chase'], customServices: [] }],
        ['askNextAction', 'quit'],
      ],
      ['guide', '--lang', 'en'],
    );
    assert.equal(result.code, 0);
    assert.match(result.stdout, /2026-12-10 +in 16 days +Last day to pay Ultra Mobile \(incl\. PayGo\) and get the line back/);
    assert.match(result.stdout, /Step 1 of \d+ · take-over-login/, 'a seller activated it: taking over the login comes first');
    const saved = readStore(home).profiles.default.events[0].answers;
    assert.equal(saved.line, 'suspended');
    assert.equal(saved.renewalDate, '2026-11-10');
  });

  it('a renewal date in the past on a line that still works asks for the next date', async () => {
    const home = tempHome();
    const result = await guide(
      home,
      [
        ['askCarrier', 'red-pocket'],
        ['askLabel', '0134'],
        ['askOption', 'active'],
        ['askGoal', 'leave'],
        ['askOption', 'us'],
        ['askOption', 'self'],
        ['askYesNoUnsure', 'no'],
        ['askYesNoUnsure', 'no'],
        ['askDate', '2026-11-10'],
        ['askOption', 'active'],
        ['askDate', '1999-12-10'],
        ['askDate', '2026-12-10'],
        ['askCodeCategories', { categories: [], unsure: false }],
        ['askNextAction', 'quit'],
      ],
      ['guide', '--lang', 'zh'],
    );
    assert.equal(result.code, 0);
    assert.match(result.stdout, /1999-12-10 早于 2000 年/);
    assert.equal(readStore(home).profiles.default.events[0].answers.renewalDate, '2026-12-10');
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
