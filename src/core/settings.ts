import { findCarrier } from '../content/carriers.js';
import { lineRuleOf } from '../content/lines.js';
import { findService } from '../content/services.js';
import { dateRangeProblem, parseDateInput, type CalendarDate } from './dates.js';
import { destinationsFor, lineStatusOf } from './line.js';
import { DESTINATIONS, LINE_STATUSES, LOCATIONS, SETUPS, type Answers } from './types.js';

// `simexit set <key> <value>`: one answer changed without the questionnaire. Keys and values are stable ids,
// whatever the language, so scripts can rely on them; `list --json` shows the answers under the same keys.

export const SETTING_KEYS = ['carrier', 'label', 'goal', 'balance', 'autopay', 'renewal', 'services', 'line', 'location', 'setup', 'destination'] as const;
export type SettingKey = (typeof SETTING_KEYS)[number];

const YES_NO_UNSURE = ['yes', 'no', 'unsure'] as const;
/** The values each key takes where they are a fixed list ('carrier' and 'services' take ids of the directories). */
export const SETTING_VALUES: Partial<Record<SettingKey, readonly string[]>> = {
  goal: ['leave', 'keep'],
  balance: YES_NO_UNSURE,
  autopay: YES_NO_UNSURE,
  line: LINE_STATUSES,
  location: LOCATIONS,
  setup: SETUPS,
  destination: DESTINATIONS,
};

/** Where there are no answers yet, `set` starts from these: nothing is assumed that would hide a risk. */
export function startingAnswers(): Answers {
  return { carrier: 'other', label: '', goal: 'leave', balance: 'unsure', autopay: 'unsure', codeCategories: [], codesUnsure: true };
}

export type SettingRefusal =
  | { kind: 'unknown-key'; key: string }
  | { kind: 'bad-value'; key: SettingKey; value: string; valid: readonly string[] }
  | { kind: 'unknown-carrier'; value: string }
  | { kind: 'unknown-service'; value: string }
  | { kind: 'mixed-services'; value: string }
  | { kind: 'bad-date'; value: string }
  | { kind: 'date-range'; value: string; problem: 'too-early' | 'too-late' }
  | { kind: 'renewal-passed'; value: CalendarDate }
  | { kind: 'renewal-stale'; value: CalendarDate };

export type SettingResult = { ok: true; answers: Answers } | { ok: false; refusal: SettingRefusal };

export function isSettingKey(key: string): key is SettingKey {
  return (SETTING_KEYS as readonly string[]).includes(key);
}

/** The answer under a key, as `set` and `list --json` spell it. */
export function answerValue(answers: Answers, key: SettingKey): string | string[] | null {
  switch (key) {
    case 'renewal':
      return answers.renewalDate ?? null;
    case 'services':
      return [...(answers.services ?? []), ...(answers.customServices ?? []).map((custom) => custom.id)];
    case 'line':
      return lineStatusOf(answers);
    default:
      return answers[key] ?? null;
  }
}

/** The answers as `list --json` shows them: every key of `set`. */
export function answersToJson(answers: Answers): Record<SettingKey, string | string[] | null> {
  return Object.fromEntries(SETTING_KEYS.map((key) => [key, answerValue(answers, key)])) as Record<SettingKey, string | string[] | null>;
}

function setServices(answers: Answers, value: string): SettingResult {
  const tokens = value.split(',').map((token) => token.trim()).filter(Boolean);
  const incremental = tokens.some((token) => /^[+-]/.test(token));
  if (incremental && !tokens.every((token) => /^[+-]/.test(token))) return { ok: false, refusal: { kind: 'mixed-services', value } };
  const customIds = new Set((answers.customServices ?? []).map((custom) => custom.id));
  const known = (id: string) => findService(id) !== undefined || customIds.has(id);
  for (const token of tokens) {
    const id = token.replace(/^[+-]/, '').toLowerCase();
    if (!known(id)) return { ok: false, refusal: { kind: 'unknown-service', value: id } };
  }
  const chosen = new Set(incremental ? [...(answers.services ?? []), ...customIds] : []);
  for (const token of tokens) {
    const id = token.replace(/^[+-]/, '').toLowerCase();
    if (token.startsWith('-')) chosen.delete(id);
    else chosen.add(id);
  }
  const services = [...chosen].filter((id) => findService(id) !== undefined);
  const customServices = (answers.customServices ?? []).filter((custom) => chosen.has(custom.id));
  return { ok: true, answers: { ...answers, services, customServices } };
}

/** A renewal date that has passed on a line said to work, with a carrier whose plan renews. */
function stalePassedRenewal(answers: Answers, today: CalendarDate): boolean {
  return answers.renewalDate !== undefined && answers.renewalDate < today && !['suspended', 'gone'].includes(lineStatusOf(answers)) && lineRuleOf(answers.carrier).cycle;
}

/**
 * A change of another answer (the line works again, another carrier) that would make a passed renewal date count
 * as the next one is refused, as `set renewal` refuses that date; a date that simply passed since is left alone.
 */
function checkedRenewal(before: Answers, next: Answers, today: CalendarDate): SettingResult {
  if (stalePassedRenewal(next, today) && !stalePassedRenewal(before, today)) return { ok: false, refusal: { kind: 'renewal-stale', value: next.renewalDate! } };
  return { ok: true, answers: next };
}

/** Pure: one answer changed, or why not. `today` decides whether a renewal date has passed. */
export function applySetting(answers: Answers, typedKey: string, raw: string, today: CalendarDate): SettingResult {
  // As typed with a Chinese input method: full-width letters and digits (ｒｅｎｅｗａｌ ２０２６-１２-１０) are folded.
  const key = typedKey.normalize('NFKC').trim().toLowerCase();
  const value = raw.normalize('NFKC').trim();
  if (!isSettingKey(key)) return { ok: false, refusal: { kind: 'unknown-key', key } };
  const fixed = SETTING_VALUES[key];
  if (fixed) {
    const lower = value.toLowerCase();
    // Where a kept number can go depends on where it is (a number on a renewing plan cannot "stay" for free).
    const valid = key === 'destination' ? destinationsFor(answers.carrier) : fixed;
    if (!valid.includes(lower)) return { ok: false, refusal: { kind: 'bad-value', key, value, valid } };
    return checkedRenewal(answers, { ...answers, [key]: lower }, today);
  }
  switch (key) {
    case 'carrier': {
      const carrier = findCarrier(value.toLowerCase());
      if (!carrier) return { ok: false, refusal: { kind: 'unknown-carrier', value } };
      const next: Answers = { ...answers, carrier: carrier.id };
      // A home the new carrier cannot have (staying, for a plan that renews) is asked again.
      if (next.destination && !destinationsFor(carrier.id).includes(next.destination)) delete next.destination;
      return checkedRenewal(answers, next, today);
    }
    case 'label':
      return { ok: true, answers: { ...answers, label: value } };
    case 'services':
      return setServices(answers, value);
    case 'renewal': {
      if (value.toLowerCase() === 'none') {
        const { renewalDate: _dropped, ...rest } = answers;
        return { ok: true, answers: rest };
      }
      const date = parseDateInput(value);
      if (!date) return { ok: false, refusal: { kind: 'bad-date', value } };
      const problem = dateRangeProblem(date, today);
      if (problem) return { ok: false, refusal: { kind: 'date-range', value: date, problem } };
      // A date that has passed means the line renewed (give the next date) or lapsed (say so first).
      const lapsed = ['suspended', 'gone'].includes(lineStatusOf(answers));
      if (date < today && !lapsed && lineRuleOf(answers.carrier).cycle) return { ok: false, refusal: { kind: 'renewal-passed', value: date } };
      return { ok: true, answers: { ...answers, renewalDate: date } };
    }
  }
  return { ok: false, refusal: { kind: 'unknown-key', key } };
}
