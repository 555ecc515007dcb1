import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { deriveState } from '../../src/core/progress.js';
import { carrierName, reportFromState } from '../../src/core/report.js';
import type { Answers, HistoryEvent } from '../../src/core/types.js';
import { warningsForStep } from '../../src/core/warnings.js';
import type { Lang } from '../../src/i18n.js';
import { localize } from '../../src/i18n.js';
import { createPaint } from '../../src/io/color.js';
import { wrapText } from '../../src/io/layout.js';
import { renderStepScreen } from '../../src/io/step-screen.js';
import { t } from '../../src/text.js';
import { binEnv, runBin } from '../helpers/bin.js';
import { KEY, PtySession } from '../helpers/pty.js';
import { answers, seed, tempHome } from '../helpers/world.js';

// The step screen in a real terminal: for the longest step of each plan, the step's title is still in view when
// the menu appears. "Longest" is measured from the render, in the state the guide shows that step in (the steps
// before it done), so new content that makes another step longer is tested without editing this file.

const PLAIN = await createPaint(0);
const inDays = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);
const abroad: Partial<Answers> = { line: 'active', location: 'abroad', setup: 'seller', services: ['chase'], customServices: [] };
const PLANS: Record<string, Answers> = {
  ultra: answers({ ...abroad, carrier: 'ultra', renewalDate: inDays(20) }),
  'tmobile-prepaid': answers({ ...abroad, carrier: 'tmobile-prepaid', renewalDate: inDays(20) }),
  'google-voice': answers({ ...abroad, carrier: 'google-voice', autopay: 'no', balancePurchaseDate: inDays(-30) }),
  keep: answers({ ...abroad, carrier: 'ultra', goal: 'keep', destination: 'parking', renewalDate: inDays(20) }),
};

/** The history that brings the guide to step `index`: the answers, and every step before it done. */
function historyUpTo(plan: Answers, ids: readonly string[], index: number): HistoryEvent[] {
  return [
    { type: 'answers', at: '2026-01-01T00:00:00.000Z', answers: plan },
    ...ids.slice(0, index).map((step): HistoryEvent => ({ type: 'done', at: '2026-01-02T00:00:00.000Z', step })),
  ];
}

/** The step of the plan whose screen is the tallest at this width, as the guide would draw it with no height limit. */
function longestStep(plan: Answers, lang: Lang, width: number) {
  const now = new Date();
  const ids = reportFromState(deriveState(historyUpTo(plan, [], 0)), now, 'UTC').steps.map((step) => step.id);
  const measured = ids.map((id, index) => {
    const report = reportFromState(deriveState(historyUpTo(plan, ids, index)), now, 'UTC');
    const step = report.steps.find((candidate) => candidate.id === id)!;
    const carrier = carrierName(report.answers);
    const screen = { step, total: report.steps.length, warnings: warningsForStep(report.warnings, id), ...(carrier ? { carrier: localize(carrier, lang) } : {}) };
    const lines = renderStepScreen(screen, { lang, paint: PLAIN, width, timeZone: 'UTC' }).split('\n').length;
    return { id, index, lines, title: localize(step.title, lang), events: historyUpTo(plan, ids, index), total: report.steps.length };
  });
  return measured.reduce((longest, candidate) => (candidate.lines > longest.lines ? candidate : longest));
}

const SIZES = [[100, 40], [60, 30]] as const;
const CASES = [
  ...Object.keys(PLANS).flatMap((plan) => SIZES.map(([cols, rows]) => ({ plan, cols, rows, lang: 'en' as Lang }))),
  ...Object.keys(PLANS).map((plan) => ({ plan, cols: 60, rows: 30, lang: 'zh' as Lang })),
];

describe('a step screen in a real terminal', () => {
  for (const { plan, cols, rows, lang } of CASES) {
    it(`${plan}, ${lang}, ${cols}x${rows}: the longest step's title is in view when the menu appears`, async () => {
      const longest = longestStep(PLANS[plan]!, lang, cols);
      const home = tempHome();
      seed(home, longest.events, { lang });
      const session = new PtySession(['guide'], { ...binEnv(home), TERM: 'xterm-256color' }, cols, rows);
      await session.waitFor(t(lang, 'stepHeading', { number: longest.index + 1, total: longest.total, id: longest.id }));
      await session.waitFor(t(lang, 'actionQuit')); // the menu's last choice: the menu is drawn
      const view = session.viewport();
      const titleLine = wrapText(longest.title, cols)[0]!;
      assert.ok(view.includes(titleLine), `"${titleLine}" (a screen of ${longest.lines} lines unbounded) should be in view:\n${view}`);
      assert.ok(view.includes(t(lang, 'askAction')), `the menu is in view:\n${view}`);
      session.send(KEY.ctrlC);
      assert.equal((await session.exit()).exitCode, 130);
    });
  }

  it('"Show sources and details" prints the sources, then the title again above the same menu', async () => {
    const home = tempHome();
    seed(home, [{ type: 'answers', at: '2026-01-01T00:00:00.000Z', answers: PLANS.ultra! }], { lang: 'zh' });
    const session = new PtySession(['guide'], { ...binEnv(home), TERM: 'xterm-256color' }, 60, 30);
    await session.waitFor('第 1/');
    await session.waitFor('退出（进度已保存）');
    session.send(KEY.down.repeat(4)); // done, skip, later, note, details
    session.send(KEY.enter);
    await session.waitFor('来源：');
    await session.waitFor('从帮你开通线路的人手里接管账户登录');
    await session.waitFor('退出（进度已保存）');
    assert.match(session.viewport(), /从帮你开通线路的人手里接管账户登录[\s\S]*接下来？/);
    session.send(KEY.up); // quit
    session.send(KEY.enter);
    await session.waitFor('进度已保存');
    assert.equal((await session.exit()).exitCode, 0);
  });
});

describe('TERM=dumb: numbered questions, no cursor movement', () => {
  it('English, first run: every kind of question answered by number or text, a step done, Ctrl+D keeps it all', async () => {
    const home = tempHome();
    const session = new PtySession(['guide', '--lang', 'en'], { ...binEnv(home), TERM: 'dumb' }, 80, 24);
    const answer = async (prompt: string, text: string) => {
      await session.waitFor(prompt);
      session.send(`${text}\r`);
    };
    await answer('Number (Enter for 1):', ''); // the carrier: Ultra, the first
    await answer('short label', '4821');
    await answer('Number (Enter for', ''); // the line works
    await answer('Number (Enter for', ''); // let it go
    await answer('Number (Enter for', '2'); // abroad
    await answer('Number (Enter for', '9'); // not a choice: asked again
    await answer('Type a number from 1 to 3.', ''); // I set it up
    await answer('Number (Enter for', '2'); // no balance
    await answer('Number (Enter for', ''); // autopay on
    await answer('renew', '2026-13-01'); // not a date: asked again
    await answer('2026-12-01', new Date(Date.now() + 20 * 86_400_000).toISOString().slice(0, 10));
    await answer('Numbers, separated by spaces', '1 5'); // banks, messaging
    await answer('Numbers, separated by spaces', '1'); // Chase
    await answer('Numbers, separated by spaces', '0'); // no messaging app from the list
    await answer('Type a name to search', 'Acme Credit Union');
    await answer('Number (Enter for 1):', ''); // add it
    await answer('Type a name to search', ''); // done
    await answer('Number (Enter for 2):', ''); // no scan
    await session.waitFor('Step 1 of');
    await answer('Number (Enter for 1):', '1'); // done
    await session.waitFor('Step 2 of');
    await session.waitFor('Number (Enter for 1):');
    session.send('\u0004');
    assert.equal((await session.exit()).exitCode, 130);
    assert.match(session.output, /Everything you answered is saved/);
    assert.doesNotMatch(session.rawOutput, /\u001b/, 'no escape sequence at all');
    const json = JSON.parse(runBin(home, ['list', '--json', '--all']).stdout);
    assert.deepEqual([json.number.label, json.answers.location, json.answers.setup], ['4821', 'abroad', 'self']);
    assert.deepEqual(json.answers.services, ['chase', 'custom-1']);
    assert.equal(json.steps[0].status, 'done');
    assert.ok(json.steps.some((step: { title: string }) => step.title.includes('Acme Credit Union')));
  });

  it('Chinese: the menu in Chinese, a wrong number asked again, Quit saves', async () => {
    const home = tempHome();
    seed(home, [{ type: 'answers', at: '2026-01-01T00:00:00.000Z', answers: PLANS.ultra! }], { lang: 'zh' });
    const session = new PtySession(['guide'], { ...binEnv(home), TERM: 'dumb' }, 80, 24);
    await session.waitFor('接下来？');
    await session.waitFor('输入编号（回车选 1）：');
    session.send('７\r'); // a full-width digit, as a Chinese input method types it; not a choice
    await session.waitFor('请输入 1 到 6 之间的编号。');
    session.send('６\r'); // quit
    await session.waitFor('进度已保存');
    assert.equal((await session.exit()).exitCode, 0);
    assert.doesNotMatch(session.rawOutput, /\u001b/);
  });
});
