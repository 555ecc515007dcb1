import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { deriveState } from '../../src/core/progress.js';
import { carrierName, reportFromState } from '../../src/core/report.js';
import type { Answers, HistoryEvent } from '../../src/core/types.js';
import { warningsForStep, warningText } from '../../src/core/warnings.js';
import { localize, type Lang } from '../../src/i18n.js';
import { createPaint } from '../../src/io/color.js';
import { renderStepScreen, type StepScreen } from '../../src/io/step-screen.js';
import { wrapText } from '../../src/io/layout.js';
import { answers, FIXED_NOW } from '../helpers/world.js';

const PLAIN = await createPaint(0);
const abroad: Partial<Answers> = { line: 'active', location: 'abroad', setup: 'seller', services: ['chase'], customServices: [], renewalDate: '2026-12-20' };
const PLANS: Record<string, Answers> = {
  ultra: answers({ ...abroad, carrier: 'ultra' }),
  'tmobile-prepaid': answers({ ...abroad, carrier: 'tmobile-prepaid' }),
  'google-voice': answers({ ...abroad, carrier: 'google-voice', autopay: 'no', renewalDate: undefined, balancePurchaseDate: '2026-10-01' }),
  tello: answers({ ...abroad, carrier: 'tello' }),
  keep: answers({ ...abroad, carrier: 'ultra', goal: 'keep', destination: 'parking' }),
};

function screens(plan: Answers, lang: Lang, extra: HistoryEvent[] = []) {
  const report = reportFromState(deriveState([{ type: 'answers', at: '2026-11-01T00:00:00Z', answers: plan }, ...extra]), FIXED_NOW, 'UTC');
  const carrier = carrierName(report.answers);
  return report.steps.map((step): StepScreen => ({
    step,
    total: report.steps.length,
    warnings: warningsForStep(report.warnings, step.id),
    ...(carrier ? { carrier: localize(carrier, lang) } : {}),
  }));
}
const draw = (screen: StepScreen, lang: Lang, width = 100, maxLines?: number) =>
  renderStepScreen({ ...screen, ...(maxLines ? { maxLines } : {}) }, { lang, paint: PLAIN, width, timeZone: 'UTC' });

describe('the step screen', () => {
  for (const [name, plan] of Object.entries(PLANS)) {
    for (const lang of ['en', 'zh'] as const) {
      it(`${name}, ${lang}: every step fits 100x40, 80x24 and 60x30 (less the menu) with its title first, and shows no source`, () => {
        for (const screen of screens(plan, lang)) {
          for (const [width, lines] of [[100, 30], [80, 14], [60, 20]] as const) {
            const drawn = draw(screen, lang, width, lines).split('\n');
            assert.ok(drawn.length <= lines, `${screen.step.id} at ${width}: ${drawn.length} lines\n${drawn.join('\n')}`);
            assert.equal(drawn[1], wrapText(localize(screen.step.title, lang), width)[0], 'the title comes right after the step rule');
            assert.doesNotMatch(drawn.join('\n'), /https?:\/\/\S+\s*[[［]/u, 'no source line');
          }
        }
      });
    }
  }

  it('shows each warning once, and not the one that says the same as another (same facts, same severity)', () => {
    for (const lang of ['en', 'zh'] as const) {
      const cancel = screens(PLANS.ultra!, lang).find((screen) => screen.step.id === 'cancel')!;
      const drawn = draw(cancel, lang);
      for (const warning of cancel.warnings) assert.ok(drawn.split(warningText(warning, lang).slice(0, 20)).length - 1 <= 1);
      assert.ok(drawn.includes(lang === 'en' ? 'These accounts still send codes to this number: Chase' : '这些账户仍在往这个号码发验证码'));
      assert.ok(!drawn.includes(lang === 'en' ? 'Accounts may still send codes' : '可能还有账户在往这个号码发验证码'), 'services-before-cancel already says it');
    }
  });

  it('shows no fact twice: a key fact a warning on the screen stands for is left out', () => {
    const accounts = screens(PLANS.ultra!, 'en').find((screen) => screen.step.id === 'move-accounts')!;
    const drawn = draw(accounts, 'en');
    assert.ok(!drawn.includes('In a 2021 Princeton study of 259'), 'the Princeton fact is what the warning says');
    assert.ok(drawn.includes('Change the number while the old one still works'), 'the next general fact instead');
  });

  it('tells the user what is left out when the terminal is short, and shows the high warnings regardless', () => {
    const cancel = screens(PLANS.ultra!, 'en').find((screen) => screen.step.id === 'cancel')!;
    const drawn = draw(cancel, 'en', 60, 20);
    assert.match(drawn, /HIGH/);
    assert.match(drawn, /\d more warning\(s\) under "Show sources and details"/);
    assert.match(drawn, /`simexit show cancel`/);
  });

  it('shows the notes of the step, inert', () => {
    const note: HistoryEvent = { type: 'note', at: '2026-11-20T00:00:00Z', step: 'gather', text: 'PIN is in 1Password \u001b[2J' };
    for (const lang of ['en', 'zh'] as const) {
      const gather = screens(PLANS.ultra!, lang, [note]).find((screen) => screen.step.id === 'gather')!;
      const drawn = draw(gather, lang, 60, 20);
      assert.ok(drawn.includes('PIN is in 1Password ␛[2J'), drawn);
      assert.doesNotMatch(drawn, /\u001b/);
    }
  });
});

describe('facts that do not apply to the user are not shown', () => {
  const stepOf = (plan: Answers, id: string) => screens(plan, 'en').find((screen) => screen.step.id === id)!.step;

  it("Tello's balance rule only to Tello users", () => {
    for (const name of ['ultra', 'tmobile-prepaid', 'google-voice']) {
      assert.ok(!stepOf(PLANS[name]!, 'balance').facts.some((fact) => fact.id === 'balance-forfeited-at-port'), name);
      assert.doesNotMatch(draw(screens(PLANS[name]!, 'en').find((screen) => screen.step.id === 'balance')!, 'en'), /Tello/, name);
    }
    assert.ok(stepOf(PLANS.tello!, 'balance').facts.some((fact) => fact.id === 'balance-forfeited-at-port'));
  });

  it("an Ultra user's account story (the seller's login, Ultra's terms) only to Ultra users", () => {
    assert.ok(stepOf(PLANS.ultra!, 'take-over-login').facts.some((fact) => fact.id === 'reseller-activated-line'));
    for (const name of ['tmobile-prepaid', 'google-voice', 'tello']) {
      assert.ok(!stepOf(PLANS[name]!, 'take-over-login').facts.some((fact) => fact.id === 'reseller-activated-line'), name);
      assert.doesNotMatch(draw(screens(PLANS[name]!, 'en').find((screen) => screen.step.id === 'take-over-login')!, 'en'), /Ultra/, name);
    }
  });

  it('porting (the transfer PIN) only to someone keeping the number', () => {
    const leaving = stepOf(PLANS.ultra!, 'gather');
    assert.deepEqual(leaving.facts, []);
    assert.ok(!leaving.carrierFacts.some(({ field }) => field === 'portOut'));
    for (const lang of ['en', 'zh'] as const) {
      // The step and its facts; the scam warning below them rightly names the transfer PIN.
      const drawn = draw(screens(PLANS.ultra!, lang).find((screen) => screen.step.id === 'gather')!, lang);
      assert.doesNotMatch(drawn.slice(0, drawn.indexOf(lang === 'en' ? 'MEDIUM' : '中 ')), /\bport|transfer|转出/i);
    }
    const keeping = stepOf(PLANS.keep!, 'gather');
    assert.ok(keeping.facts.some((fact) => fact.id === 'port-needs-account-and-pin'));
    assert.ok(keeping.carrierFacts.some(({ field }) => field === 'portOut'));
  });

  it('the general plan (no answers yet) keeps every fact', () => {
    const report = reportFromState(deriveState([]), FIXED_NOW, 'UTC');
    assert.ok(report.steps.find((step) => step.id === 'gather')!.facts.some((fact) => fact.id === 'port-needs-account-and-pin'));
  });
});
