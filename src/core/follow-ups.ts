import { CARRIER_FACTS } from '../content/carrier-facts.js';
import { findCarrier } from '../content/carriers.js';
import type { MessageKey } from '../content/messages.js';
import { localize, type Lang, type LocalizedParams } from '../i18n.js';
import { addDays, addMonths, dateIn, daysBetween, type CalendarDate } from './dates.js';
import type { PlanStep } from './plan.js';
import { stepState, type ProfileState } from './progress.js';
import { CONFIRM_AFTER_DAYS } from './warnings.js';
import { message } from '../text.js';

export type FollowUpId = 'cancel-by' | 'renewal' | 'number-lost' | 'move-before' | 'confirm-cancel' | 'check-statement' | 'refund-by';

/** A date that matters, computed from the answers, the carrier's rules and the progress. */
export interface FollowUp {
  id: FollowUpId;
  date: CalendarDate;
  /** Days from today: negative when the date has passed. */
  inDays: number;
  params: LocalizedParams;
}

const MESSAGE: Record<FollowUpId, MessageKey> = {
  'cancel-by': 'fuCancelBy',
  renewal: 'fuRenewal',
  'number-lost': 'fuNumberLost',
  'move-before': 'fuMoveBefore',
  'confirm-cancel': 'fuConfirmCancel',
  'check-statement': 'fuCheckStatement',
  'refund-by': 'fuRefundBy',
};

const SHORT: Record<FollowUpId, MessageKey> = {
  'cancel-by': 'shortCancelBy',
  renewal: 'shortRenewal',
  'number-lost': 'shortNumberLost',
  'move-before': 'shortMoveBefore',
  'confirm-cancel': 'shortConfirmCancel',
  'check-statement': 'shortCheckStatement',
  'refund-by': 'shortRefundBy',
};

export function followUpText(followUp: FollowUp, lang: Lang): string {
  return localize(message(MESSAGE[followUp.id]), lang, followUp.params);
}

/** A title short enough for a calendar entry. */
export function followUpTitle(followUp: FollowUp, lang: Lang): string {
  return localize(message(SHORT[followUp.id]), lang, followUp.params);
}

/** When the next billing date is not known, look at the statement about one monthly cycle after cancelling. */
export const STATEMENT_FALLBACK_DAYS = 31;

/**
 * The follow-ups of one profile, soonest first. `today` is the calendar date in the user's time zone, which
 * also turns recorded moments (when a step was marked done) into calendar dates.
 */
export function followUps(plan: readonly PlanStep[], state: ProfileState, today: CalendarDate, timeZone?: string): FollowUp[] {
  const answers = state.answers;
  if (!answers) return [];
  const inPlan = (id: string) => plan.some((step) => step.id === id);
  const status = (id: string) => (inPlan(id) ? stepState(state, id).status : undefined);
  const doneOn = (id: string) => {
    const step = stepState(state, id);
    return step.status === 'done' && step.at ? dateIn(step.at, timeZone) : undefined;
  };
  const facts = CARRIER_FACTS[answers.carrier];
  const carrier = findCarrier(answers.carrier)?.name ?? { en: answers.carrier, zh: answers.carrier };
  const renewal = answers.renewalDate;
  const found: Array<Omit<FollowUp, 'inDays'>> = [];

  const notice = facts?.cancel.noticeHours;
  if (renewal && notice && status('cancel') === 'pending') {
    found.push({ id: 'cancel-by', date: addDays(renewal, -Math.ceil(notice / 24)), params: { carrier, hours: notice, renewal } });
  }
  if (renewal && status('autopay') === 'pending' && renewal >= today) found.push({ id: 'renewal', date: renewal, params: { carrier } });

  // Only rules counted from the renewal or expiry date: "60 days after the last pay date" needs a date we do not ask.
  const lapse = facts?.numberLoss.lapse;
  if (renewal && lapse && lapse.after !== 'last-payment') {
    const date = addDays(renewal, lapse.days);
    if (answers.goal === 'keep' && status('confirm-move') === 'pending') found.push({ id: 'move-before', date, params: { carrier, days: lapse.days, renewal } });
    if (answers.goal === 'leave' && status('confirm-closed') !== 'done') found.push({ id: 'number-lost', date, params: { carrier, days: lapse.days, renewal } });
  }

  const cancelled = doneOn('cancel');
  if (cancelled && status('confirm-closed') === 'pending') {
    found.push({ id: 'confirm-cancel', date: addDays(cancelled, CONFIRM_AFTER_DAYS.cancel), params: { requested: cancelled } });
  }
  const ended = cancelled ?? doneOn('confirm-move');
  if (ended && status('afterwards') === 'pending') {
    const billing = renewal && renewal >= ended ? addDays(renewal, 1) : addDays(ended, STATEMENT_FALLBACK_DAYS);
    found.push({ id: 'check-statement', date: billing, params: {} });
  }

  const months = facts?.balance.refundMonths;
  const purchase = answers.balancePurchaseDate;
  if (months && purchase && status('balance') === 'pending') {
    found.push({ id: 'refund-by', date: addMonths(purchase, months), params: { carrier, months, purchase } });
  }

  return found
    .map((followUp) => ({ ...followUp, inDays: daysBetween(today, followUp.date) }))
    .sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0)); // not localeCompare: ISO dates sort as text, and ICU's collator costs ms to load
}
