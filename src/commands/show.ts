import { lookOf, println, timeZoneOf, type Context } from '../context.js';
import { reportToJson } from '../core/json.js';
import { carrierName, reportFromState } from '../core/report.js';
import { stepHistory } from '../core/step-history.js';
import { warningsForStep, warningText } from '../core/warnings.js';
import { localize } from '../i18n.js';
import { renderStepDetails } from '../io/details.js';
import { printDefaultPlanHint } from '../io/notices.js';
import { loadProfile, requireStep } from './support/plan.js';

export interface ShowOptions {
  json?: boolean;
}

/** Everything about one step (named as `done` names it): facts with sources, the carrier's word, warnings, notes, history. */
export function show(ctx: Context, ref: string, options: ShowOptions): void {
  const { profile, events, state, plan, renumbered } = loadProfile(ctx);
  const id = requireStep(plan, ref, renumbered).id;
  const now = ctx.now();
  const report = reportFromState(state, now, timeZoneOf(ctx), plan);
  const step = report.steps.find((candidate) => candidate.id === id)!;
  const warnings = warningsForStep(report.warnings, id);
  const history = stepHistory(events, id);
  if (options.json) {
    const json = reportToJson(report, { lang: ctx.lang, profile, label: null, detailed: true, now });
    const { note: _latest, ...entry } = json.steps.find((candidate) => candidate.id === id)!;
    const shown = {
      ...entry,
      notes: step.notes,
      warnings: warnings.map((warning) => ({ id: warning.id, severity: warning.severity, message: warningText(warning, ctx.lang) })),
      history,
    };
    println(ctx.stdout, JSON.stringify({ schemaVersion: json.schemaVersion, lang: json.lang, profile, tailored: json.tailored, total: report.steps.length, step: shown }, null, 2));
    printDefaultPlanHint(ctx, state);
    return;
  }
  const carrier = carrierName(report.answers);
  const details = { step, total: report.steps.length, warnings, history, ...(carrier ? { carrier: localize(carrier, ctx.lang) } : {}) };
  println(ctx.stdout, renderStepDetails(details, { ...lookOf(ctx), now }));
  printDefaultPlanHint(ctx, state);
}
