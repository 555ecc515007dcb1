import { CATEGORY_NAMES } from '../content/categories.js';
import { CARRIER_FACTS } from '../content/carrier-facts.js';
import { findCarrier, OTHER_CARRIER } from '../content/carriers.js';
import { STEPS } from '../content/steps.js';
import { bothLanguages, message } from '../text.js';
import type { Localized } from '../i18n.js';
import { serviceSteps } from './service-steps.js';
import type { Answers, CarrierFact, CarrierField, Goal, Source, StepDef, StepText } from './types.js';

/** A step as it applies to one user: its number in the plan, the wording for their goal, personal details. */
export interface PlanStep extends StepText {
  number: number;
  id: string;
  def: StepDef;
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

function applies(def: StepDef, answers: Answers | null): boolean {
  const when = def.when;
  if (!when) return true;
  if (when.goal && when.goal !== goalOf(answers)) return false;
  if (when.unlessNo && answers && answers[when.unlessNo] === 'no') return false;
  return true;
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

function carrierFactsFor(def: StepDef, answers: Answers | null): PlanStep['carrierFacts'] {
  const facts = answers ? CARRIER_FACTS[answers.carrier] : undefined;
  return facts ? (def.carrierFields ?? []).map((field) => ({ field, fact: facts[field] })) : [];
}

/** Answers → the ordered steps that apply to this user, numbered from 1. */
export function buildPlan(answers: Answers | null, steps: readonly StepDef[] = STEPS): PlanStep[] {
  const keep = goalOf(answers) === 'keep';
  const inventory = serviceSteps(answers);
  // Each service of the inventory is its own step, right after the general "move every account" step.
  const entries = steps.flatMap((def) => {
    const own = { def, details: detailsFor(def, answers), sources: [] as Source[] };
    return def.id === 'move-accounts' ? [own, ...inventory] : [own];
  });
  return entries
    .filter(({ def }) => applies(def, answers))
    .map(({ def, details, sources }, index) => ({
      number: index + 1,
      id: def.id,
      def,
      title: (keep && def.keep?.title) || def.title,
      action: (keep && def.keep?.action) || def.action,
      why: (keep && def.keep?.why) || def.why,
      details,
      carrierFacts: carrierFactsFor(def, answers),
      sources,
    }));
}
