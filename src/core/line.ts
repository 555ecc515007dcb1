import { DESTINATION_CARRIER, lineRuleOf, type LineRule } from '../content/lines.js';
import type { Answers, Destination, LineStatus } from './types.js';

// The user's line as the answers describe it: whether it still receives texts, and where a kept number goes.

/** Whether the number can still receive texts; not asked (older answers) means active. */
export function lineStatusOf(answers: Answers | null): LineStatus {
  return answers?.line ?? 'active';
}

/**
 * Where a kept number can go, as the guide offers it: a number on a plan that renews can move to another carrier,
 * Google Voice or a parking service; one that needs no renewal (Google Voice) can also stay where it is.
 */
export function destinationsFor(carrier: string): readonly Destination[] {
  return lineRuleOf(carrier).cycle ? ['parking', 'carrier', 'google-voice', 'undecided'] : ['stay', 'parking', 'carrier', 'undecided'];
}

/** A number on Google Voice that the user keeps stays there unless they chose another home. */
export function staysPut(answers: Answers): boolean {
  return answers.goal === 'keep' && (answers.destination === 'stay' || (answers.destination === undefined && !lineRuleOf(answers.carrier).cycle));
}

/**
 * The kept number's new home, as a carrier id and its rule, where that home has rules that change the plan
 * (an internet number, a use-it-or-lose-it rule). Undefined for "leave" plans and undecided or other homes.
 */
export function destinationRule(answers: Answers | null): { id: string; rule: LineRule } | undefined {
  if (!answers || answers.goal !== 'keep') return undefined;
  const destination = answers.destination;
  const id = staysPut(answers) ? answers.carrier : destination === 'google-voice' || destination === 'parking' ? DESTINATION_CARRIER[destination] : undefined;
  return id ? { id, rule: lineRuleOf(id) } : undefined;
}

