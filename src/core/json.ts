import { carrierFacts, CARRIER_FIELDS } from '../content/carrier-facts.js';
import { findCarrier } from '../content/carriers.js';
import { factDate, isOutdated } from './freshness.js';
import { lineRuleOf } from '../content/lines.js';
import { isShowable } from '../content/sources.js';
import type { Lang } from '../i18n.js';
import { localize } from '../i18n.js';
import { carrierName, type Report } from './report.js';
import { warningText } from './warnings.js';
import { followUpText } from './follow-ups.js';
import { answersToJson } from './settings.js';

/** Version of the `--json` and `export --format json` shapes (documented in the README). */
export const JSON_SCHEMA_VERSION = 2;

export interface JsonOptions {
  lang: Lang;
  profile: string;
  /** The label as it should appear (masked for exports unless asked). */
  label: string | null;
  /** Adds what to do, why, and the sourced facts of every step (the export). */
  detailed?: boolean;
  /** Dates the facts of the detailed export against this time (`asOf`, `mayBeOutdated`). */
  now?: Date;
}

/** A fact's date and whether it is more than two years before `now`, for the JSON shapes. */
function dated(sources: Parameters<typeof factDate>[0], now: Date | undefined) {
  const asOf = factDate(sources);
  return asOf ? { asOf, ...(now ? { mayBeOutdated: isOutdated(asOf, now) } : {}) } : {};
}

/** The report as plain JSON in the user's language. */
export function reportToJson(report: Report, options: JsonOptions) {
  const { lang } = options;
  const text = (value: Parameters<typeof localize>[0]) => localize(value, lang);
  const name = carrierName(report.answers);
  return {
    schemaVersion: JSON_SCHEMA_VERSION,
    lang,
    profile: options.profile,
    tailored: report.tailored,
    number: report.answers
      ? { label: options.label, carrier: { id: report.answers.carrier, name: name ? text(name) : null }, goal: report.answers.goal }
      : null,
    /** The answers under the keys of `simexit set` (the label as for `number`). */
    answers: report.answers ? { ...answersToJson(report.answers), label: options.label } : null,
    progress: report.progress,
    steps: report.steps.map((step) => ({
      number: step.number,
      id: step.id,
      title: text(step.title),
      status: step.status,
      ...(step.at ? { at: step.at } : {}),
      ...(step.on ? { on: step.on } : {}),
      ...(step.reason ? { reason: step.reason } : {}),
      ...(step.notes.length ? { note: step.notes.at(-1)!.text, notes: step.notes } : {}),
      ...(options.detailed
        ? {
            action: text(step.action),
            why: text(step.why),
            details: step.details.map(text),
            facts: step.facts.map((fact) => ({ text: text(fact.text), sources: fact.sources, ...dated(fact.sources, options.now) })),
            ...(step.sources.length ? { sources: step.sources } : {}),
            carrierFacts: step.carrierFacts.map(({ field, fact }) => ({
              field,
              status: fact.status,
              ...(fact.status === 'not-found' ? {} : { text: text(fact.text), sources: fact.sources, ...dated(fact.sources, options.now) }),
            })),
          }
        : {}),
    })),
    followUps: report.followUps.map((followUp) => ({
      id: followUp.id,
      date: followUp.date,
      ...(followUp.time ? { time: followUp.time } : {}),
      ...(followUp.everyDays ? { everyDays: followUp.everyDays } : {}),
      inDays: followUp.inDays,
      ...(followUp.passed ? { passed: true } : {}),
      message: followUpText(followUp, lang),
    })),
    warnings: report.warnings.map((warning) => ({
      id: warning.id,
      severity: warning.severity,
      message: warningText(warning, lang),
    })),
  };
}

/** A carrier's line rules with only the sources that may be shown (see content/sources.ts). */
function showableLine(id: string) {
  const rule = lineRuleOf(id);
  return { ...rule, sources: rule.sources.filter((source) => isShowable(source.url)) };
}

/** One carrier's facts as JSON: every field with its status, text, sources and date (`asOf`, and `mayBeOutdated` when over two years before `now`). */
export function carrierToJson(id: string, lang: Lang, now?: Date) {
  const carrier = findCarrier(id);
  const facts = carrierFacts(id);
  if (!carrier || !facts) throw new Error(`No facts for carrier ${id}`);
  return {
    id,
    name: localize(carrier.name, lang),
    ...(carrier.kind ? { kind: carrier.kind } : {}),
    /** The rules the follow-up dates come from, with their sources. */
    line: showableLine(id),
    facts: Object.fromEntries(
      CARRIER_FIELDS.map((field) => {
        const fact = facts[field];
        const lapse = field === 'numberLoss' && facts.numberLoss.lapse ? { lapse: facts.numberLoss.lapse } : {};
        if (fact.status === 'not-found') return [field, { status: fact.status }];
        return [field, { status: fact.status, text: localize(fact.text, lang), sources: fact.sources, ...dated(fact.sources, now), ...lapse }];
      }),
    ),
  };
}
