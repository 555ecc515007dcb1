import { dateIn } from '../core/dates.js';
import type { ReportStep } from '../core/report.js';
import type { StepChange } from '../core/step-history.js';
import { SERVICE_STEP_PREFIX, type Fact } from '../core/types.js';
import type { ActiveWarning } from '../core/warnings.js';
import { localize, type Localized } from '../i18n.js';
import { t } from '../text.js';
import { distinctWarnings, stepRule } from './step-screen.js';
import {
  freshnessLines,
  noteLine,
  renderCarrierFacts,
  renderSource,
  renderWarnings,
  section,
  visible,
  wrap,
  type Look,
} from './render.js';

// Everything about one step: what `simexit show` prints and what "Show sources and details" opens in the guided
// session. Bundled with the show command (dist/show-app.js), so the commands that never show it do not load it.

/** One step in full: its place in the plan, the warnings that concern it, the carrier's name, its history. */
export interface StepDetails {
  step: ReportStep;
  total: number;
  warnings: readonly ActiveWarning[];
  carrier?: string;
  history: readonly StepChange[];
}

function renderFacts(facts: readonly Fact[], look: Look): string[] {
  return facts.flatMap((fact) => [
    wrap(`• ${localize(fact.text, look.lang)}`, look.width, 4, '  '),
    ...fact.sources.map((source) => renderSource(source, look, 4)),
    ...(look.now ? freshnessLines(fact.sources, look.now, look.lang).map((line) => wrap(line, look.width, 4, undefined, look.paint.yellow)) : []),
  ]);
}

/** "2026-11-20  done", "2026-11-21  skipped · reason: …", "2026-11-22  undone". */
function changeLine(change: StepChange, look: Look): string {
  const date = change.type === 'done' && change.on ? change.on : dateIn(change.at, look.timeZone);
  const what =
    change.type === 'done'
      ? t(look.lang, 'statusDone')
      : change.type === 'skip'
        ? t(look.lang, 'statusSkipped') + (change.reason ? t(look.lang, 'reasonSuffix', { reason: visible(change.reason) }) : '')
        : t(look.lang, 'historyUndone');
  return wrap(what, look.width, 14, `  ${date}  `);
}

/**
 * Everything about one step: what to do and why, every fact that applies with its sources and dates, what the
 * carrier says, every warning once, the notes and the history. The advice to confirm with the carrier closes
 * it once, rather than after each block.
 */
export function renderStepDetails(details: StepDetails, look: Look): string {
  const { step } = details;
  const text = (value: Localized) => visible(localize(value, look.lang));
  const parts = [
    `${stepRule(step, details.total, look)}\n${wrap(text(step.title), look.width, 0, '', look.paint.bold)}`,
    section(t(look.lang, 'whatToDo'), [wrap(text(step.action), look.width, 2), ...step.details.map((detail) => wrap(`• ${text(detail)}`, look.width, 4, '  '))].join('\n'), look),
    section(t(look.lang, 'whyLabel'), wrap(text(step.why), look.width, 2), look),
  ];
  const subject = step.id.startsWith(SERVICE_STEP_PREFIX) ? 'service' : 'carrier';
  const facts = [...renderFacts(step.facts, look), ...step.sources.map((source) => renderSource(source, look, 4, subject, '  '))];
  if (facts.length) parts.push(section(t(look.lang, 'factsLabel'), facts.join('\n'), look));
  if (step.carrierFacts.length && details.carrier) {
    parts.push(section(t(look.lang, 'carrierHeading', { carrier: details.carrier }), renderCarrierFacts(step.carrierFacts, details.carrier, look), look));
  }
  const warnings = distinctWarnings(details.warnings, look.lang);
  if (warnings.length) parts.push(section(t(look.lang, 'warningsHeading'), renderWarnings(warnings, look), look));
  if (step.notes.length) {
    parts.push(section(t(look.lang, 'notesHeading'), step.notes.map((note) => wrap(noteLine(note, look.lang, look.timeZone), look.width, 2)).join('\n'), look));
  }
  if (details.history.length) parts.push(section(t(look.lang, 'historyHeading'), details.history.map((change) => changeLine(change, look)).join('\n'), look));
  if (facts.length || (step.carrierFacts.length && details.carrier)) parts.push(wrap(t(look.lang, 'confirmFactsHint'), look.width, 0, '', look.paint.dim));
  return parts.join('\n\n');
}
