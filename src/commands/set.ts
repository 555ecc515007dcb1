import { println, todayOf, type Context } from '../context.js';
import { CARRIERS } from '../content/carriers.js';
import { buildPlan } from '../core/plan.js';
import { answerValue, applySetting, SETTING_KEYS, startingAnswers, type SettingRefusal } from '../core/settings.js';
import { EXIT, UserError, type MessageLine } from '../errors.js';
import { labelProblem, LABEL_MAX } from '../io/prompts.js';
import { listOf, t } from '../text.js';
import { loadProfile } from './support/plan.js';

function refusalLines(refusal: SettingRefusal): { lines: MessageLine[]; code: number } {
  switch (refusal.kind) {
    case 'unknown-key':
      return { lines: [['setUnknownKey', { key: refusal.key, keys: listOf(SETTING_KEYS) }]], code: EXIT.usage };
    case 'bad-value':
      return { lines: [['setBadValue', { key: refusal.key, value: refusal.value, valid: listOf(refusal.valid) }]], code: EXIT.usage };
    case 'unknown-carrier':
      return { lines: [['setUnknownCarrier', { value: refusal.value, valid: listOf(CARRIERS.map((carrier) => carrier.id)) }]], code: EXIT.usage };
    case 'unknown-service':
      return { lines: [['setUnknownService', { value: refusal.value }]], code: EXIT.usage };
    case 'mixed-services':
      return { lines: [['setMixedServices', { value: refusal.value }]], code: EXIT.usage };
    case 'bad-date':
      return { lines: [['invalidDateOption', { value: refusal.value }]], code: EXIT.usage };
    case 'date-range':
      return { lines: [[refusal.problem === 'too-early' ? 'dateTooEarly' : 'dateTooLate', { value: refusal.value }]], code: EXIT.usage };
    case 'renewal-passed':
      return { lines: [['setRenewalPassed', { value: refusal.value }]], code: EXIT.refused };
    case 'renewal-stale':
      return { lines: [['setRenewalStale', { value: refusal.value }]], code: EXIT.refused };
  }
}

const shown = (value: string | string[] | null, lang: Context['lang']) =>
  value === null || (Array.isArray(value) && !value.length) ? t(lang, 'setNothing') : Array.isArray(value) ? value.join(',') : value || t(lang, 'setNothing');

/** Changes one answer and saves it as a new set of answers: progress on steps that still apply is kept. */
export async function set(ctx: Context, typedKey: string, value: string): Promise<void> {
  const key = typedKey.normalize('NFKC').trim().toLowerCase();
  const { profile, state, plan } = loadProfile(ctx);
  const before = state.answers ?? startingAnswers();
  const result = applySetting(before, key, value, todayOf(ctx));
  if (!result.ok) {
    const { lines, code } = refusalLines(result.refusal);
    throw new UserError(lines, code);
  }
  if (key === 'label') {
    const problem = result.answers.label ? labelProblem(result.answers.label) : null;
    if (problem) throw new UserError([problem.key, { max: problem.max ?? LABEL_MAX }], EXIT.usage);
  }
  const settingKey = key as (typeof SETTING_KEYS)[number];
  const was = answerValue(before, settingKey);
  const now = answerValue(result.answers, settingKey);
  if (state.answers && JSON.stringify(was) === JSON.stringify(now)) {
    println(ctx.stdout, t(ctx.lang, 'setUnchanged', { key, value: shown(now, ctx.lang) }));
    return;
  }
  await ctx.store.saveAnswers(profile, result.answers, ctx.now().toISOString());
  println(ctx.stdout, ctx.paint.green(t(ctx.lang, 'setDone', { key, value: shown(now, ctx.lang), was: shown(state.answers ? was : null, ctx.lang) })));
  if (!state.answers) println(ctx.stdout, t(ctx.lang, key === 'carrier' ? 'setStartedWithCarrier' : 'setStarted'));
  const after = buildPlan(result.answers);
  const renumbered = plan.some((step, index) => after[index]?.id !== step.id) || after.length !== plan.length;
  println(ctx.stdout, ctx.paint.dim(t(ctx.lang, renumbered ? 'setPlanChanged' : 'setSeeList')));
}
