import type { StepId } from '../content/steps.js';
import { WARNINGS, type WarningId } from '../content/warnings.js';
import { localize, type Lang, type Localized, type LocalizedParams } from '../i18n.js';
import { lineRuleOf } from '../content/lines.js';
import { addDays, dateIn, daysBetween, type CalendarDate } from './dates.js';
import { carrierLabel, lineDates } from './follow-ups.js';
import { destinationRule, lineStatusOf } from './line.js';
import { goalOf, type PlanStep } from './plan.js';
import { stepState, type ProfileState } from './progress.js';
import { joinLocalized, serviceName } from './service-steps.js';
import { SERVICE_STEP_PREFIX, type Severity, type StepState, type WarningDef } from './types.js';

export interface ActiveWarning {
  id: string;
  severity: Severity;
  def: WarningDef;
  params: LocalizedParams;
}

/** A warning shows on the steps it concerns; an urgent one that names no step shows on every step. */
export function warningsForStep(warnings: readonly ActiveWarning[], stepId: string): ActiveWarning[] {
  return warnings.filter((warning) => (warning.def.showOn ? (warning.def.showOn as readonly string[]).includes(stepId) : warning.severity === 'high'));
}

export function warningText(warning: ActiveWarning, lang: Lang): string {
  return localize(warning.def.message, lang, warning.params);
}

/** A nudge, not a carrier rule: after this many days an unconfirmed cancellation or move is worth a check. */
export const CONFIRM_AFTER_DAYS = { cancel: 3, move: 2 } as const;

const SEVERITY_ORDER: Record<Severity, number> = { high: 0, medium: 1, info: 2 };

/** Calendar days since a step was done, in the user's time zone: the date as typed (done --date) or the day it was recorded. */
function daysSinceDone(step: StepState, today: CalendarDate, timeZone: string | undefined): number {
  if (step.status !== 'done' || !step.at) return 0;
  return daysBetween(step.on ?? dateIn(step.at, timeZone), today);
}

/**
 * Whether a step's risk is still there: pending, or skipped while the answers say it applies (a skip does not
 * turn auto-refill off). Money stays at risk until the line is closed or moved; the balance until it is used or lost.
 */
function riskOpen(id: 'autopay' | 'balance', plan: readonly PlanStep[], state: ProfileState): boolean {
  const answers = state.answers;
  const status = (step: StepId) => (plan.some((other) => other.id === step) ? stepState(state, step).status : undefined);
  if (status(id) === 'pending') return true;
  if (status(id) !== 'skipped' || !answers || answers[id] === 'no' || lineStatusOf(answers) === 'gone') return false;
  // Cancelling does not always stop auto-refill: the risk ends when the statement shows no more charges.
  if (id === 'autopay') return status('afterwards') !== 'done';
  return status('cancel') !== 'done' && status('confirm-move') !== 'done';
}

/** The warnings that apply now, given the plan, the progress and today's date; most severe first. */
export function activeWarnings(plan: readonly PlanStep[], state: ProfileState, now: Date, today: CalendarDate = now.toISOString().slice(0, 10), timeZone?: string): ActiveWarning[] {
  const inPlan = new Set(plan.map((step) => step.id));
  const pending = (id: StepId) => inPlan.has(id) && stepState(state, id).status === 'pending';
  const done = (id: StepId) => inPlan.has(id) && stepState(state, id).status === 'done';
  const answers = state.answers;
  const line = lineStatusOf(answers);
  const found: Array<[WarningId, LocalizedParams?]> = [];
  const money = (id: 'autopay' | 'balance', cancelled: boolean, yes: WarningId, unsure: WarningId, after: WarningId) => {
    if (!riskOpen(id, plan, state)) return;
    if (cancelled && pending(id)) found.push([after]);
    else if (answers?.[id] === 'yes' || (cancelled && answers?.[id] !== 'no')) found.push([yes]);
    else if (answers?.[id] === 'unsure') found.push([unsure]);
  };

  if (answers && line !== 'gone' && answers.renewalDate && answers.renewalDate < today && line !== 'suspended' && lineRuleOf(answers.carrier).cycle) {
    found.push(['renewal-passed', { renewal: answers.renewalDate }]);
  }
  if (answers?.line === 'unsure') found.push(['line-unsure']);
  const rule = lineRuleOf(answers?.carrier);
  const carrier = answers ? carrierLabel(answers) : undefined;
  // A renewal still ahead whose safe dates (auto-refill off, the move done) have already gone by.
  const ahead = answers?.renewalDate && rule.cycle && line !== 'suspended' && line !== 'gone' && answers.renewalDate >= today ? lineDates(answers.renewalDate, rule, timeZone) : undefined;
  if (answers?.renewalDate && line === 'suspended' && rule.releaseDays !== undefined && addDays(answers.renewalDate, rule.releaseDays) < today) {
    found.push(['number-probably-released', { carrier: carrier!, date: addDays(answers.renewalDate, rule.releaseDays), renewal: answers.renewalDate, releaseDays: rule.releaseDays }]);
  }
  if (goalOf(answers) === 'leave') {
    const cancelled = done('cancel');
    const services = pendingServiceNames(plan, state);
    if (services) found.push([line === 'gone' ? 'services-to-recover' : cancelled ? 'services-after-cancel' : 'services-before-cancel', { services }]);
    if (pending('move-accounts') && line !== 'gone') found.push([cancelled ? 'codes-after-cancel' : 'codes-before-cancel']);
    money('balance', cancelled, 'balance-may-be-lost', 'balance-unsure', 'balance-after-cancel');
    money('autopay', cancelled, 'autopay-still-on', 'autopay-unsure', 'autopay-after-cancel');
    if (ahead?.autopayOffBy && ahead.autopayOffBy < today && !cancelled && answers?.autopay !== 'no' && riskOpen('autopay', plan, state)) {
      found.push(['autopay-date-passed', { carrier: carrier!, date: ahead.autopayOffBy, renewal: answers!.renewalDate! }]);
    }
    if (cancelled && pending('backup')) found.push(['backup-after-cancel']);
    const days = daysSinceDone(stepState(state, 'cancel'), today, timeZone);
    if (cancelled && pending('confirm-closed') && days >= CONFIRM_AFTER_DAYS.cancel) found.push(['confirm-cancel-due', { days }]);
  } else {
    const moved = done('confirm-move');
    const moving = inPlan.has('move-number');
    if (moving && !moved) found.push(['do-not-cancel-before-move']);
    if (moving && !moved && ahead?.moveBefore && ahead.moveBefore < today) found.push(['move-date-passed', { carrier: carrier!, date: ahead.moveBefore, renewal: answers!.renewalDate! }]);
    if (pending('move-number')) money('balance', false, 'balance-may-be-lost', 'balance-unsure', 'balance-after-cancel');
    if (moved && riskOpen('autopay', plan, state) && answers?.autopay !== 'no') found.push([answers?.autopay === 'unsure' ? 'autopay-unsure' : 'autopay-still-on']);
    const days = daysSinceDone(stepState(state, 'move-number'), today, timeZone);
    if (done('move-number') && !moved && days >= CONFIRM_AFTER_DAYS.move) found.push(['confirm-move-due', { days }]);
    const home = destinationRule(answers);
    if (moving && home?.rule.voip && (answers?.services?.length || answers?.customServices?.length || answers?.codeCategories.length)) found.push(['voip-codes']);
    if (moving && answers?.destination === 'google-voice' && answers.location === 'abroad') found.push(['google-voice-from-abroad']);
  }
  if ((['gather', 'cancel', 'move-number', 'take-over-login'] as const).some(pending)) found.push(['scam']);

  return found
    .map(([id, params]) => {
      const def = warningDef(id);
      return { id, severity: def.severity, def, params: params ?? {} };
    })
    .sort((a, b) => SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity]);
}

/** What skipping a step would leave at risk, going by the answers: the guide asks, the command line needs --force. */
/** `services` null: no account is named, but the answers say some may still send codes (not sure, or a category). */
export type SkipRisk = { id: 'autopay' | 'balance'; answer: 'yes' | 'unsure' } | { id: 'move-accounts'; services: Localized | null };

export function skipRisk(step: PlanStep, plan: readonly PlanStep[], state: ProfileState): SkipRisk | null {
  const answers = state.answers;
  if (!answers || lineStatusOf(answers) === 'gone') return null;
  if (step.id === 'autopay' || step.id === 'balance') {
    const answer = answers[step.id];
    return answer === 'no' ? null : { id: step.id, answer };
  }
  if (step.id === 'move-accounts') {
    const services = pendingServiceNames(plan, state);
    if (services) return { id: 'move-accounts', services };
    if (answers.codesUnsure || answers.codeCategories.length) return { id: 'move-accounts', services: null };
  }
  return null;
}

/** The names of the inventory's services not yet moved, joined in each language; null when there are none. */
export function pendingServiceNames(plan: readonly PlanStep[], state: ProfileState) {
  const waiting = plan.filter((step) => step.id.startsWith(SERVICE_STEP_PREFIX) && stepState(state, step.id).status === 'pending');
  return waiting.length ? joinLocalized(waiting.map((step) => serviceName(step.id, state.answers))) : null;
}

export function warningDef(id: string): WarningDef {
  const def = WARNINGS.find((warning) => warning.id === id);
  if (!def) throw new Error(`No warning with id ${id} in content/warnings.ts`);
  return def;
}
