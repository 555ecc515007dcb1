import { findCarrier } from '../content/carriers.js';
import { carrierFacts } from '../content/carrier-facts.js';
import { AUTOPAY_MARGIN_DAYS, lineRuleOf, PORT_MARGIN_DAYS, type LineRule } from '../content/lines.js';
import type { MessageKey } from '../content/messages.js';
import type { StepId } from '../content/steps.js';
import { localize, type Lang, type LocalizedParams } from '../i18n.js';
import { message } from '../text.js';
import { addDays, addMonths, dateIn, dateTimeIn, daysBetween, easternMoment, type CalendarDate } from './dates.js';
import { destinationRule, lineStatusOf } from './line.js';
import type { PlanStep } from './plan.js';
import { stepState, type ProfileState } from './progress.js';
import { SERVICE_STEP_PREFIX, type Answers } from './types.js';
import { CONFIRM_AFTER_DAYS } from './warnings.js';

/** Every follow-up, in the order of the README. */
export const FOLLOW_UP_IDS = [
  'autopay-off-by',
  'cancel-by',
  'texts-stop',
  'restore-by',
  'move-before',
  'number-lost',
  'confirm-cancel',
  'check-statement',
  'refund-by',
  'keep-alive',
] as const;
export type FollowUpId = (typeof FOLLOW_UP_IDS)[number];

/** A date that matters, computed from the answers, the line's rules and the progress. */
export interface FollowUp {
  id: FollowUpId;
  date: CalendarDate;
  /** Days from today: negative when the date has passed. */
  inDays: number;
  params: LocalizedParams;
  /** The local time ('HH:MM') the date ends at, where the carrier counts from an hour (cancel-by). */
  time?: string;
  /** That time has passed (the date may still be today). */
  passed?: true;
  /** Comes back every this many days (keep-alive). */
  everyDays?: number;
}

/** Follow-ups whose words change when the carrier's rule is only assumed, or the user is not sure. */
const MESSAGE: Record<FollowUpId, MessageKey> = {
  'autopay-off-by': 'fuAutopayOffBy',
  'cancel-by': 'fuCancelBy',
  'texts-stop': 'fuTextsStop',
  'restore-by': 'fuRestoreBy',
  'move-before': 'fuMoveBefore',
  'number-lost': 'fuNumberLost',
  'confirm-cancel': 'fuConfirmCancel',
  'check-statement': 'fuCheckStatement',
  'refund-by': 'fuRefundBy',
  'keep-alive': 'fuKeepAlive',
};

const VARIANT: Partial<Record<FollowUpId, MessageKey>> = {
  'autopay-off-by': 'fuAutopayOffByUnsure',
  'texts-stop': 'fuTextsMayStop',
  'keep-alive': 'fuKeepAliveNoRule',
};

const SHORT: Record<FollowUpId, MessageKey> = {
  'autopay-off-by': 'shortAutopayOffBy',
  'cancel-by': 'shortCancelBy',
  'texts-stop': 'shortTextsStop',
  'restore-by': 'shortRestoreBy',
  'move-before': 'shortMoveBefore',
  'number-lost': 'shortNumberLost',
  'confirm-cancel': 'shortConfirmCancel',
  'check-statement': 'shortCheckStatement',
  'refund-by': 'shortRefundBy',
  'keep-alive': 'shortKeepAlive',
};

/** `variant` in params picks the "not sure" / "may" wording. */
export function followUpText(followUp: FollowUp, lang: Lang): string {
  const key = followUp.params.variant && VARIANT[followUp.id] ? VARIANT[followUp.id]! : MESSAGE[followUp.id];
  return localize(message(key), lang, followUp.params);
}

/** An action short enough for a calendar entry ("Turn off Ultra's auto-refill"). */
export function followUpTitle(followUp: FollowUp, lang: Lang): string {
  return localize(message(SHORT[followUp.id]), lang, followUp.params);
}

/** When the next billing date is not known, look at the statement about one monthly cycle after cancelling. */
export const STATEMENT_FALLBACK_DAYS = 31;

/** The dates of the line's life that follow from the renewal date and the carrier's rule. */
export interface LineDates {
  /** Texts stop (or may stop) on this date if the plan is not paid. */
  textsStop?: CalendarDate;
  /** The last day paying restores a lapsed line. */
  restoreBy?: CalendarDate;
  /** After this date paying can no longer bring the number back. */
  numberLost?: CalendarDate;
  /** Auto-refill must be off by this date. */
  autopayOffBy?: CalendarDate;
  /** The last moment to cancel, in the user's time zone (and as an instant, where an hour counts). */
  cancelBy?: { date: CalendarDate; time?: string; moment?: Date };
  /** A port must complete by this date (a margin before the line lapses). */
  moveBefore?: CalendarDate;
}

/** Pure: the renewal date and the rule → the dates that matter, in the user's time zone where an hour counts. */
export function lineDates(renewal: CalendarDate, rule: LineRule, timeZone?: string): LineDates {
  const dates: LineDates = {
    textsStop: addDays(renewal, rule.textsStop.days),
    moveBefore: addDays(renewal, -PORT_MARGIN_DAYS),
  };
  if (rule.restoreDays !== undefined) dates.restoreBy = addDays(renewal, rule.restoreDays);
  if (rule.releaseDays !== undefined) dates.numberLost = addDays(renewal, rule.releaseDays);
  const notice = rule.cancelNotice;
  const noticeDays = notice ? Math.ceil(notice.hours / 24) : 0;
  dates.autopayOffBy = addDays(renewal, -Math.max(AUTOPAY_MARGIN_DAYS, noticeDays + 1));
  if (notice?.countsFrom) {
    const moment = new Date(easternMoment(renewal, notice.countsFrom.hour).getTime() - notice.hours * 3_600_000);
    dates.cancelBy = { ...dateTimeIn(moment, timeZone), moment };
  } else if (notice) dates.cancelBy = { date: addDays(renewal, -noticeDays) };
  return dates;
}

/** The accounts (the umbrella step and each service) still to move or check. */
export function accountsPending(plan: readonly PlanStep[], state: ProfileState): boolean {
  return plan.some((step) => (step.id === 'move-accounts' || step.id.startsWith(SERVICE_STEP_PREFIX)) && stepState(state, step.id).status === 'pending');
}

/** The carrier's name in both languages, or its id where the directory does not know it. */
export function carrierLabel(answers: Answers) {
  return findCarrier(answers.carrier)?.name ?? { en: answers.carrier, zh: answers.carrier };
}

/**
 * The follow-ups of one profile, soonest first. `today` is the calendar date in the user's time zone, which
 * also turns recorded moments (when a step was marked done) into calendar dates.
 */
/** `now` tells whether a deadline with an hour (cancel-by) has passed on its day. */
export function followUps(plan: readonly PlanStep[], state: ProfileState, today: CalendarDate, timeZone?: string, now?: Date): FollowUp[] {
  const answers = state.answers;
  if (!answers) return [];
  const inPlan = (id: StepId) => plan.some((step) => step.id === id);
  const status = (id: StepId) => (inPlan(id) ? stepState(state, id).status : undefined);
  const doneOn = (id: StepId) => {
    const step = stepState(state, id);
    return step.status === 'done' && step.at ? (step.on ?? dateIn(step.at, timeZone)) : undefined;
  };
  const rule = lineRuleOf(answers.carrier);
  const carrier = carrierLabel(answers);
  const renewal = rule.cycle ? answers.renewalDate : undefined;
  const line = lineStatusOf(answers);
  const found: Array<Omit<FollowUp, 'inDays'>> = [];
  const leave = answers.goal === 'leave';

  if (renewal && line !== 'gone') {
    const dates = lineDates(renewal, rule, timeZone);
    const days = (date: CalendarDate | undefined) => (date ? daysBetween(renewal, date) : 0);
    const cancelled = status('cancel') === 'done';
    if (line !== 'suspended') {
      // A skip does not turn auto-refill off: the date stays while the answers say it is on (or may be).
      const autopayOpen = status('autopay') === 'pending' || (status('autopay') === 'skipped' && status('afterwards') !== 'done');
      if (leave && !cancelled && autopayOpen && answers.autopay !== 'no') {
        found.push({ id: 'autopay-off-by', date: dates.autopayOffBy!, params: { carrier, renewal, ...(answers.autopay === 'unsure' ? { variant: 'unsure' } : {}) } });
      }
      if (leave && dates.cancelBy && status('cancel') === 'pending') {
        const { date, time, moment } = dates.cancelBy;
        const passed = moment !== undefined && now !== undefined && now.getTime() > moment.getTime();
        found.push({ id: 'cancel-by', date, ...(time ? { time } : {}), ...(passed ? { passed } : {}), params: { carrier, renewal, hours: rule.cancelNotice!.hours, time: time ?? '' } });
      }
      if (leave && !cancelled && accountsPending(plan, state)) {
        found.push({ id: 'texts-stop', date: dates.textsStop!, params: { carrier, renewal, days: rule.textsStop.days, ...(rule.textsStop.known ? {} : { variant: 'may' }) } });
      }
      if (!leave && status('confirm-move') === 'pending' && answers.destination !== 'stay') {
        found.push({ id: 'move-before', date: dates.moveBefore!, params: { carrier, renewal, margin: PORT_MARGIN_DAYS } });
      }
    } else if (dates.restoreBy && dates.restoreBy >= today && (leave ? status('confirm-closed') !== 'done' : status('confirm-move') === 'pending')) {
      found.push({ id: 'restore-by', date: dates.restoreBy, params: { carrier, renewal, days: days(dates.restoreBy) } });
    }
    const stillMine = leave ? status('confirm-closed') !== 'done' && !cancelled : status('confirm-move') === 'pending';
    if (dates.numberLost && stillMine) found.push({ id: 'number-lost', date: dates.numberLost, params: { carrier, renewal, days: days(dates.numberLost) } });
  }

  const cancelled = doneOn('cancel');
  if (cancelled && status('confirm-closed') === 'pending') {
    found.push({ id: 'confirm-cancel', date: addDays(cancelled, CONFIRM_AFTER_DAYS.cancel), params: { requested: cancelled } });
  }
  const ended = cancelled ?? doneOn('confirm-move');
  if (ended && status('afterwards') === 'pending') {
    const billing = answers.renewalDate && answers.renewalDate >= ended ? addDays(answers.renewalDate, 1) : addDays(ended, STATEMENT_FALLBACK_DAYS);
    found.push({ id: 'check-statement', date: billing, params: {} });
  }

  const months = carrierFacts(answers.carrier)?.balance.refundMonths;
  const purchase = answers.balancePurchaseDate;
  if (months && purchase && status('balance') === 'pending' && line !== 'gone') {
    found.push({ id: 'refund-by', date: addMonths(purchase, months), params: { carrier, months, purchase } });
  }

  // A number kept where it must be used now and then: from the last time it was used (the step done), else from
  // the day the move was confirmed, else today for a number that stays where it is. Not before it has moved there.
  const home = destinationRule(answers);
  const moved = doneOn('confirm-move');
  const there = status('confirm-move') === undefined || moved !== undefined;
  if (home?.rule.activity && status('keep-alive') !== undefined && there) {
    const every = home.rule.activity.everyDays;
    const last = doneOn('keep-alive') ?? moved;
    const service = findCarrier(home.id)?.name ?? { en: home.id, zh: home.id };
    found.push({
      id: 'keep-alive',
      date: last ? addDays(last, every) : today,
      everyDays: every,
      params: { service, days: every, ...(home.rule.activity.stated ? {} : { variant: 'no-rule' }) },
    });
  }

  return found
    .map((followUp) => ({ ...followUp, inDays: daysBetween(today, followUp.date) }))
    .sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0)); // not localeCompare: ISO dates sort as text, and ICU's collator costs ms to load
}

/** The follow-ups that guard against a loss still ahead (money, codes or the number): the end screen shows them. */
export function risksAhead(items: readonly FollowUp[]): FollowUp[] {
  return items.filter((item) => item.inDays >= 0 && item.id !== 'keep-alive');
}
