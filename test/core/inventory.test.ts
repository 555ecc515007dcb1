import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { buildPlan } from '../../src/core/plan.js';
import { deriveState, markDone } from '../../src/core/progress.js';
import { buildReport } from '../../src/core/report.js';
import type { HistoryEvent } from '../../src/core/types.js';
import { activeWarnings, warningText } from '../../src/core/warnings.js';
import { answers } from '../helpers/world.js';

const withServices = answers({ services: ['chase', 'wechat'], customServices: [{ id: 'custom-1', name: '招商银行' }] });
const setUp: HistoryEvent = { type: 'answers', at: '2026-11-01T00:00:00Z', answers: withServices };
const NOW = new Date('2026-11-24T00:00:00Z');

describe('the accounts inventory in the plan', () => {
  it('makes every chosen service its own step, right after "move every account"', () => {
    const ids = buildPlan(withServices).map((step) => step.id);
    const at = ids.indexOf('move-accounts');
    assert.deepEqual(ids.slice(at, at + 4), ['move-accounts', 'move-2fa:chase', 'move-2fa:wechat', 'move-2fa:custom-1']);
  });

  it('gives each service step its 2FA alternatives, the official page (or says none was found), its caveat and sources', () => {
    const plan = buildPlan(withServices);
    const chase = plan.find((step) => step.id === 'move-2fa:chase')!;
    assert.match(chase.title.en, /^Move Chase \(大通银行\)|^Move Chase/);
    assert.match(chase.details[1]!.en, /No official page was found/);
    assert.match(chase.details[2]!.en, /No official Chase page/);
    assert.ok(chase.sources.every((source) => source.url.startsWith('https://')));
    const apple = buildPlan(answers({ services: ['apple-account'] })).find((step) => step.id === 'move-2fa:apple-account')!;
    assert.match(apple.details[0]!.en, /Instead of SMS: the service's own app \(a prompt or an in-app code\), a security key\./);
    assert.match(apple.details[0]!.zh, /可以改用：该服务自己的 App（推送确认或 App 内验证码）、安全密钥。/);
    assert.match(apple.details[1]!.en, /^How to change the number: https:\/\/support\.apple\.com/);
    const microsoft = buildPlan(answers({ services: ['microsoft-account'] })).find((step) => step.id === 'move-2fa:microsoft-account')!;
    assert.match(microsoft.details[1]!.en, /^Only the two-step verification page is known/);
  });

  it('keeps a service the user added by name, with advice on where to look', () => {
    const custom = buildPlan(withServices).find((step) => step.id === 'move-2fa:custom-1')!;
    assert.equal(custom.title.zh, '把招商银行从这个号码上改绑');
    assert.match(custom.details[0]!.en, /Not in simexit's directory/);
  });

  it('keeps every account when the number is kept: each is checked after the move is confirmed', () => {
    const plan = buildPlan({ ...withServices, goal: 'keep' });
    const ids = plan.map((step) => step.id);
    assert.ok(ids.indexOf('move-2fa:chase') > ids.indexOf('confirm-move'));
    assert.match(plan.find((step) => step.id === 'move-2fa:chase')!.title.en, /^After the move, check that Chase/);
    assert.match(plan.find((step) => step.id === 'move-accounts')!.title.zh, /转号完成后/);
  });

  it('flags every account when the kept number becomes an internet number (Google Voice)', () => {
    const plan = buildPlan({ ...withServices, goal: 'keep', destination: 'google-voice' });
    const chase = plan.find((step) => step.id === 'move-2fa:chase')!;
    assert.match(chase.details[0]!.en, /internet \(VoIP\) number|Internet numbers/);
  });

  it('turns every account into a recovery step when the number is gone', () => {
    const plan = buildPlan({ ...withServices, line: 'gone' });
    const ids = plan.map((step) => step.id);
    assert.ok(!ids.includes('cancel') && !ids.includes('backup') && !ids.includes('gather'));
    assert.match(plan.find((step) => step.id === 'move-2fa:wechat')!.title.en, /^Get back into/);
  });

  it('the cancellation step names every service still pending', () => {
    const report = buildReport([setUp, { type: 'done', at: '2026-11-02T00:00:00Z', step: 'move-2fa:chase' }], NOW);
    const cancel = report.steps.find((step) => step.id === 'cancel')!;
    assert.equal(cancel.details.at(-1)!.en, 'Accounts still to move first: WeChat, 招商银行.');
    assert.equal(cancel.details.at(-1)!.zh, '注销前还要改绑的账户：微信、招商银行。');
  });

  it('warns, at high severity and by name, about services still pending before and after cancelling', () => {
    const before = buildReport([setUp], NOW).warnings.find((warning) => warning.id === 'services-before-cancel')!;
    assert.equal(before.severity, 'high');
    assert.match(warningText(before, 'en'), /Chase, WeChat, 招商银行/);
    assert.match(warningText(before, 'zh'), /Chase（大通银行）、微信、招商银行/);
    const after = buildReport([setUp, { type: 'done', at: '2026-11-02T00:00:00Z', step: 'cancel' }], NOW).warnings[0]!;
    assert.equal(after.id, 'services-after-cancel');
  });

  it('marking the cancellation done with services pending gives the high-severity warning', () => {
    const state = deriveState([setUp]);
    const plan = buildPlan(state.answers);
    const transition = markDone(state, plan, plan.find((step) => step.id === 'cancel')!, '2026-11-03T00:00:00Z');
    assert.ok(transition.ok);
    assert.equal(transition.warnings[0]!.id, 'services-after-cancel');
    assert.deepEqual(transition.warnings[0]!.params, { services: { en: 'Chase, WeChat, 招商银行', zh: 'Chase（大通银行）、微信、招商银行' } });
  });

  it('once every service is moved, no service warning remains', () => {
    const moved = ['chase', 'wechat', 'custom-1'].map((id): HistoryEvent => ({ type: 'done', at: '2026-11-02T00:00:00Z', step: `move-2fa:${id}` }));
    const state = deriveState([setUp, ...moved]);
    assert.ok(!activeWarnings(buildPlan(state.answers), state, NOW).some((warning) => warning.id.startsWith('services-')));
  });
});
