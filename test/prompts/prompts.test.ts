import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { render } from '@inquirer/testing';
import type { Context } from '@inquirer/type';
import { buildPlan } from '../../src/core/plan.js';
import * as inquirer from '../../src/lazy/inquirer.js';
import { checkbox, search } from '@inquirer/prompts';
import { codesQuestion, createPrompts, labelProblem, serviceSearchQuestion, servicesInCategoryQuestion, type Prompts } from '../../src/io/prompts.js';

// Keyboard tests on Inquirer's virtual screen, through the real adapter: `render` hands the prompt its
// input and output streams, and createPrompts(context) passes them on to Inquirer.
const through = <T>(ask: (prompts: Prompts) => Promise<T>) => render((_config: unknown, context?: Context) => ask(createPrompts(inquirer, context)), {});
const step = buildPlan(null)[0]!;

/** Waits until the virtual screen shows `pattern` (a later prompt renders after the previous one resolves). */
async function screenShows(getScreen: () => string, pattern: RegExp): Promise<void> {
  for (let tries = 0; tries < 100 && !pattern.test(getScreen()); tries++) await new Promise((resolve) => setTimeout(resolve, 10));
  assert.match(getScreen(), pattern);
}

describe('askNextAction', () => {
  it('shows the choices and key hints in Chinese and answers with the arrow keys', async () => {
    const { answer, events, getScreen } = await through((prompts) => prompts.askNextAction('zh', step));
    const screen = getScreen();
    assert.match(screen, /接下来？/);
    for (const choice of ['已完成', '跳过', '稍后再做', '添加备注', '退出（进度已保存）']) assert.ok(screen.includes(choice), choice);
    assert.match(screen, /移动/);
    assert.doesNotMatch(screen, /navigate/);
    events.keypress('down');
    events.keypress('enter');
    assert.equal(await answer, 'skip');
  });

  it('rejects with ExitPromptError on Ctrl+C', async () => {
    const { answer, events } = await through((prompts) => prompts.askNextAction('en', step));
    events.keypress({ name: 'c', ctrl: true });
    await assert.rejects(answer, { name: 'ExitPromptError' });
  });
});

describe('askLabel', () => {
  it('refuses something that looks like the full number, in Chinese, and accepts the last four digits', async () => {
    const { answer, events, getScreen } = await through((prompts) => prompts.askLabel('zh'));
    assert.match(getScreen(), /不要输入完整号码/);
    events.type('5551234567');
    events.keypress('enter');
    await new Promise((resolve) => setImmediate(resolve));
    assert.match(getScreen(), /这看起来像完整的电话号码/);
    for (let i = 0; i < 10; i++) events.keypress('backspace');
    events.type('4567');
    events.keypress('enter');
    assert.equal(await answer, '4567');
  });

  it('offers the previous label as the default', async () => {
    const { answer, events } = await through((prompts) => prompts.askLabel('en', 'Ultra 4821'));
    events.keypress('enter');
    assert.equal(await answer, 'Ultra 4821');
  });
});

describe('askCodeCategories', () => {
  it('returns the ticked categories and "not sure" separately', async () => {
    const { answer, events, getScreen } = await through((prompts) => prompts.askCodeCategories('en'));
    assert.match(getScreen(), /Banks and cards/);
    events.keypress('space');
    for (let i = 0; i < 7; i++) events.keypress('down');
    events.keypress('space');
    events.keypress('enter');
    assert.deepEqual(await answer, { categories: ['banks'], unsure: true });
  });
});

describe('askCarrier', () => {
  it('lists the carriers in the chosen language, with "other / not sure"', async () => {
    const { answer, events, getScreen } = await through((prompts) => prompts.askCarrier('zh'));
    assert.match(getScreen(), /Ultra Mobile（含 PayGo）/);
    events.keypress('up');
    assert.match(getScreen(), /其他 \/ 不确定/);
    events.keypress('enter');
    assert.equal(await answer, 'other');
  });
});

describe('askYesNo', () => {
  it('defaults to no and answers in Chinese', async () => {
    const { answer, events, getScreen } = await through((prompts) => prompts.askYesNo('zh', 'askStoreAnyway', false));
    assert.match(getScreen(), /仍然保存吗？/);
    events.keypress('enter');
    assert.equal(await answer, false);
  });
});

describe('labelProblem', () => {
  it('explains what is wrong with a label', () => {
    assert.deepEqual(labelProblem('  '), { key: 'labelEmpty' });
    assert.deepEqual(labelProblem('+1 (555) 123-4567'), { key: 'labelLooksLikeNumber' });
    assert.deepEqual(labelProblem('a'.repeat(21)), { key: 'labelTooLong', max: 20 });
    assert.equal(labelProblem('尾号 4821'), null);
  });
});

describe('the accounts inventory questions', () => {
  it("lists a category's services, in Chinese, and returns the ticked ones", async () => {
    const { answer, events, getScreen } = await render(checkbox, servicesInCategoryQuestion('zh', 'payments', new Set(['wise'])));
    assert.match(getScreen(), /支付 App：下面哪些账户仍在往这个号码发验证码？/);
    assert.match(getScreen(), /支付宝/);
    events.keypress('space'); // PayPal, the first
    events.keypress('enter');
    assert.deepEqual(await answer, ['paypal', 'wise']);
  });

  it('account categories: one short line each, the examples under the list for the highlighted one, in both languages', async () => {
    for (const [lang, examples, next] of [['en', /Chase, Bank of America, Amex/, /Schwab, Fidelity/], ['zh', /Chase、美国银行、Amex/, /Schwab、Fidelity/]] as const) {
      const { answer, events, getScreen } = await render(checkbox, codesQuestion(lang));
      await screenShows(getScreen, examples);
      assert.equal(getScreen().split('\n').filter((line) => examples.test(line)).length, 1, 'the examples once, not beside every name');
      assert.doesNotMatch(getScreen(), next);
      events.keypress('down');
      await screenShows(getScreen, next);
      events.keypress('enter');
      assert.deepEqual(await answer, []);
    }
  });

  it('search finds a service by its Chinese name', async () => {
    const { answer, events, getScreen } = await render(search, serviceSearchQuestion('zh', new Set(), []));
    await screenShows(getScreen, /❯ 完成/);
    events.type('微信');
    await screenShows(getScreen, /❯ 微信/);
    events.keypress('enter');
    assert.deepEqual(await answer, { kind: 'service', id: 'wechat' });
  });

  it('search offers to add a service that is not listed, but never something that looks like a phone number', async () => {
    const { answer, events, getScreen } = await render(search, serviceSearchQuestion('zh', new Set(), []));
    events.type('5551234567');
    await screenShows(getScreen, /❯ 完成/);
    assert.doesNotMatch(getScreen(), /添加“/);
    for (let i = 0; i < 10; i++) events.keypress('backspace');
    events.type('招商银行');
    await screenShows(getScreen, /❯ 添加“招商银行”（列表里没有）/);
    events.keypress('enter');
    assert.deepEqual(await answer, { kind: 'custom', name: '招商银行' });
  });

  it('search shows what was already chosen as chosen, never offers to add it again, and "Done" ends it', async () => {
    const { answer, events, getScreen } = await render(search, serviceSearchQuestion('en', new Set(['chase']), ['招商银行']));
    events.type('chase');
    await screenShows(getScreen, /Chase.*\(chosen\)/);
    assert.doesNotMatch(getScreen(), /Add "chase"/);
    for (let i = 0; i < 5; i++) events.keypress('backspace');
    events.type('招商银行');
    await screenShows(getScreen, /招商银行.*\(chosen\)/);
    assert.doesNotMatch(getScreen(), /Add "招商银行"/);
    for (let i = 0; i < 4; i++) events.keypress('backspace');
    await screenShows(getScreen, /❯ Done/);
    events.keypress('enter');
    assert.deepEqual(await answer, { kind: 'done' });
  });

  it('part of a chosen service\'s Chinese name (大通 for Chase（大通银行）) is that service: shown as chosen, not offered as new', async () => {
    const { answer, events, getScreen } = await render(search, serviceSearchQuestion('zh', new Set(['chase']), []));
    events.type('大通');
    await screenShows(getScreen, /Chase（大通银行）.*（已选）/);
    assert.doesNotMatch(getScreen(), /添加“大通”/);
    for (let i = 0; i < 2; i++) events.keypress('backspace');
    await screenShows(getScreen, /❯ 完成/);
    events.keypress('enter');
    assert.deepEqual(await answer, { kind: 'done' });
  });
});
