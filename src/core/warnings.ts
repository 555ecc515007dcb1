import { WARNINGS } from '../content/warnings.js';
import { localize, type Lang, type LocalizedParams } from '../i18n.js';
import { goalOf, type PlanStep } from './plan.js';
import { stepState, type ProfileState } from './progress.js';
import { joinLocalized, serviceName } from './service-steps.js';
import { SERVICE_STEP_PREFIX, type Severity, type WarningDef } from './types.js';

export interface ActiveWarning {
  id: string;
  severity: Severity;
  def: WarningDef;
  params: LocalizedParams;
}

export function warningText(warning: ActiveWarning, lang: Lang): string {
  return localize(warning.def.message, lang, warning.params);
}

const DAY_MS = 24 * 60 * 60 * 1000;
/** A nudge, not a carrier rule: after this many days an unconfirmed cancellation or move is worth a check. */
export const CONFIRM_AFTER_DAYS = { cancel: 3, move: 2 } as const;

const SEVERITY_ORDER: Record<Severity, number> = { high: 0, medium: 1, info: 2 };

function daysSince(iso: string | undefined, now: Date): number {
  return iso ? Math.floor((now.getTime() - Date.parse(iso)) / DAY_MS) : 0;
}

/** The warnings that apply now, given the plan, the progress and today's date; most severe first. */
export function activeWarnings(plan: readonly PlanStep[], state: ProfileState, now: Date): ActiveWarning[] {
  const inPlan = new Set(plan.map((step) => step.id));
  const pending = (id: string) => inPlan.has(id) && stepState(state, id).status === 'pending';
  const done = (id: string) => inPlan.has(id) && stepState(state, id).status === 'done';
  const answers = state.answers;
  const found: Array<[string, LocalizedParams?]> = [];

  if (goalOf(answers) === 'leave') {
    const cancelled = done('cancel');
    const services = pendingServiceNames(plan, state);
    if (services) found.push([cancelled ? 'services-after-cancel' : 'services-before-cancel', { services }]);
    if (pending('move-accounts')) found.push([cancelled ? 'codes-after-cancel' : 'codes-before-cancel']);
    if (pending('balance') && (cancelled || answers?.balance === 'yes')) found.push([cancelled ? 'balance-after-cancel' : 'balance-may-be-lost']);
    if (pending('autopay') && (cancelled || answers?.autopay === 'yes')) found.push([cancelled ? 'autopay-after-cancel' : 'autopay-still-on']);
    if (cancelled && pending('backup')) found.push(['backup-after-cancel']);
    const days = daysSince(stepState(state, 'cancel').at, now);
    if (cancelled && pending('confirm-closed') && days >= CONFIRM_AFTER_DAYS.cancel) found.push(['confirm-cancel-due', { days }]);
  } else {
    const moved = done('confirm-move');
    if (!moved) found.push(['do-not-cancel-before-move']);
    if (pending('balance') && pending('move-number') && answers?.balance === 'yes') found.push(['balance-may-be-lost']);
    if (moved && pending('autopay')) found.push(['autopay-still-on']);
    const days = daysSince(stepState(state, 'move-number').at, now);
    if (done('move-number') && !moved && days >= CONFIRM_AFTER_DAYS.move) found.push(['confirm-move-due', { days }]);
  }
  if (['gather', 'cancel', 'move-number'].some(pending)) found.push(['scam']);

  return found
    .map(([id, params]) => {
      const def = warningDef(id);
      return { id, severity: def.severity, def, params: params ?? {} };
    })
    .sort((a, b) => SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity]);
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
