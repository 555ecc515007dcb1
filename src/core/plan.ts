import { CATEGORY_NAMES } from '../content/categories.js';
import { carrierFacts } from '../content/carrier-facts.js';
import { findCarrier, OTHER_CARRIER } from '../content/carriers.js';
import { findFact } from '../content/facts.js';
import { lineRuleOf } from '../content/lines.js';
import { destinationRule, lineStatusOf, staysPut } from './line.js';
import { STEPS, type StepId } from '../content/steps.js';
import { bothLanguages, message } from '../text.js';
import type { Localized } from '../i18n.js';
import { serviceSteps } from './service-steps.js';
import { LINE_STATUSES, SERVICE_STEP_PREFIX, type Answers, type CarrierFact, type CarrierField, type Goal, type LineStatus, type Source, type StepDef, type StepText } from './types.js';

/** A step as it applies to one user: its number in the plan, the wording for their goal, personal details. */
/** A step of content/steps.ts, or an account step (`move-2fa:<service>`). */
export type PlanStepId = StepId | `${typeof SERVICE_STEP_PREFIX}${string}`;

export interface PlanStep extends StepText {
  number: number;
  id: PlanStepId;
  def: StepDef<PlanStepId>;
  /** Lines derived from the answers, e.g. the account categories still receiving codes. */
  details: Localized[];
  /** What the user's carrier says about this step (empty when the carrier is unknown). */
  carrierFacts: Array<{ field: CarrierField; fact: CarrierFact }>;
  /** Sources of a service step's details (empty for the steps of content/steps.ts). */
  sources: Source[];
}

/** The goal a plan is built for: with no answers yet, the default plan is the "let it go" plan. */
export function goalOf(answers: Answers | null): Goal {
  return answers?.goal ?? 'leave';
}

const NOT_GONE: readonly LineStatus[] = ['active', 'suspended', 'unsure'];

function applies(def: StepDef, answers: Answers | null): boolean {
  const when = def.when ?? {};
  if (when.untailored && answers) return false;
  if (when.goal && when.goal !== goalOf(answers)) return false;
  if (when.unlessNo && answers && answers[when.unlessNo] === 'no') return false;
  if (!answers) return !(when.line || when.location || when.setup || when.keepAlive);
  const lines = when.line ?? (def.gone ? LINE_STATUSES : NOT_GONE);
  if (!lines.includes(lineStatusOf(answers))) return false;
  if (when.location && answers.location !== when.location) return false;
  if (when.setup && !when.setup.includes(answers.setup ?? 'self')) return false;
  if (when.cycle && !lineRuleOf(answers.carrier).cycle) return false;
  if (when.moving && staysPut(answers)) return false;
  if (when.keepAlive && !destinationRule(answers)?.rule.activity) return false;
  return !resolvedByAnswers(def, answers);
}

/**
 * A step whose only job was a question the answers settled is not a step any more: `identify` once the carrier
 * is known and (where the line has one) the renewal date too.
 */
function resolvedByAnswers(def: StepDef, answers: Answers): boolean {
  if (def.id !== 'identify') return false;
  const known = answers.carrier !== OTHER_CARRIER && findCarrier(answers.carrier) !== undefined;
  return known && (answers.renewalDate !== undefined || !lineRuleOf(answers.carrier).cycle);
}

/** The wording for this user: the recovery plan, a Google Voice number, a kept number, or the default. */
function wordingFor(def: StepDef, answers: Answers | null): StepText {
  const variants: Array<Partial<StepText> | undefined> = [
    answers && lineStatusOf(answers) === 'gone' ? def.gone : undefined,
    answers && !lineRuleOf(answers.carrier).cycle ? def.voip : undefined,
    goalOf(answers) === 'keep' ? def.keep : undefined,
    answers ? def.tailored : undefined,
  ];
  const pick = (field: keyof StepText) => variants.find((variant) => variant?.[field])?.[field] ?? def[field];
  return { title: pick('title'), action: pick('action'), why: pick('why') };
}

function detailsFor(def: StepDef, answers: Answers | null): Localized[] {
  if (!answers) return [];
  if (def.id === 'identify') {
    const carrier = findCarrier(answers.carrier);
    if (!carrier || carrier.id === OTHER_CARRIER) return [message('carrierUnsureDetail')];
    return [bothLanguages('carrierDetail', { carrier: carrier.name })];
  }
  if (def.id === 'move-accounts') {
    const lines = answers.codeCategories.map((category): Localized => {
      const { name, examples } = CATEGORY_NAMES[category];
      return { en: `${name.en} (${examples.en})`, zh: `${name.zh}（${examples.zh}）` };
    });
    if (answers.codesUnsure) lines.push(message('codesUnsureDetail'));
    return lines;
  }
  return [];
}

/** What the carrier says about moving a number out: nothing someone cancelling the line acts on. */
const MOVING_FIELDS: readonly CarrierField[] = ['portOut'];

function carrierFactsFor(def: StepDef, answers: Answers | null): PlanStep['carrierFacts'] {
  const facts = answers ? carrierFacts(answers.carrier) : undefined;
  const fields = (def.carrierFields ?? []).filter((field) => goalOf(answers) === 'keep' || !MOVING_FIELDS.includes(field));
  return facts ? fields.flatMap((field) => (facts[field] ? [{ field, fact: facts[field] }] : [])) : [];
}

const ACCOUNTS = 'move-accounts';

/** US toll-free numbers (800, 833, 844, 855, 866, 877, 888) in a text. */
const TOLL_FREE = /\b(?:1[-. ])?8(?:00|33|44|55|66|77|88)[-. ]\d{3}[-. ]\d{4}\b/g;


/** Abroad, the carrier's toll-free support numbers may not connect: said beside the facts that give them. */
function abroadNotes(def: StepDef, answers: Answers | null): { details: Localized[]; sources: Source[] } {
  if (answers?.location !== 'abroad' || !def.carrierFields?.includes('support')) return { details: [], sources: [] };
  const support = carrierFacts(answers.carrier)?.support;
  const numbers = support && support.status !== 'not-found' ? [...new Set(support.text.en.match(TOLL_FREE) ?? [])] : [];
  if (!numbers.length) return { details: [], sources: [] };
  const sources = findFact('toll-free-from-abroad')?.sources ?? [];
  return { details: [bothLanguages('tollFreeAbroad', { numbers: numbers.join(', ') })], sources: [...sources] };
}

/** Answers → the ordered steps that apply to this user, numbered from 1. */
export function buildPlan(answers: Answers | null, steps: readonly StepDef<PlanStepId>[] = STEPS): PlanStep[] {
  const inventory = serviceSteps(answers);
  const entry = (def: StepDef<PlanStepId>) => {
    const abroad = abroadNotes(def, answers);
    return { def, details: [...detailsFor(def, answers), ...abroad.details], sources: abroad.sources };
  };
  // Each account of the inventory is its own step, right after the umbrella "accounts" step; a kept number's
  // accounts are checked once the move is confirmed, which is when codes may stop arriving.
  // A number that stays where it is (kept on Google Voice) moves nowhere: its accounts need nothing.
  const staying = answers !== null && goalOf(answers) === 'keep' && staysPut(answers);
  // An account that refuses the internet number a kept number becomes needs another way in before the move.
  const beforeMove = staying ? [] : inventory.filter((step) => step.beforeMove);
  const accounts = staying ? [] : steps.filter((def) => def.id === ACCOUNTS).flatMap((def) => [entry(def), ...inventory.filter((step) => !step.beforeMove)]);
  const afterMove = goalOf(answers) === 'keep' && lineStatusOf(answers) !== 'gone' ? 'confirm-move' : undefined;
  const entries = steps.flatMap((def) => {
    if (def.id === ACCOUNTS) return afterMove ? [] : accounts;
    if (def.id === 'move-number') return [...beforeMove, entry(def)];
    return def.id === afterMove ? [entry(def), ...accounts] : [entry(def)];
  });
  return entries
    .filter(({ def }) => applies(def, answers))
    .map(({ def, details, sources }, index) => ({
      number: index + 1,
      id: def.id,
      def,
      ...wordingFor(def, answers),
      details,
      carrierFacts: carrierFactsFor(def, answers),
      sources,
    }));
}
