import { carrierName, type Report, type ReportStep } from '../core/report.js';
import { SERVICE_STEP_PREFIX, type Fact } from '../core/types.js';
import { localize, type Lang } from '../i18n.js';
import { t } from '../text.js';
import { warningText } from '../core/warnings.js';
import { followUpText } from '../core/follow-ups.js';
import { dateIn } from '../core/dates.js';
import { describeCarrierFact, freshnessLines, noteLine, sourceLine, statusLine } from './render.js';
import { visible } from './visible.js';

/**
 * A user's text inside the Markdown export: one line (a note's line breaks cannot start a forged "- [x]"
 * item), control and invisible characters made visible, and the characters that make Markdown or HTML
 * structure inside a line backslash-escaped, so it reads as typed and forges no checkbox, link, emphasis,
 * code, table cell, entity or tag.
 */
export function markdownText(text: string): string {
  return visible(text.replace(/\r\n|\r|\n/g, ' ')).replace(/[\\`*_{}[\]<>#|~&]/g, '\\$&');
}

export interface MarkdownOptions {
  lang: Lang;
  label: string;
  now: Date;
  timeZone?: string;
}

function stepLines(step: ReportStep, options: MarkdownOptions, carrier?: string): string[] {
  const { lang, timeZone } = options;
  const title = `${step.number}. ${markdownText(localize(step.title, lang))} \`${step.id}\``;
  const box = step.status === 'pending' ? '- [ ] ' : '- [x] ';
  const lines = [box + (step.status === 'skipped' ? `~~${title}~~` : title)];
  if (step.status !== 'pending' && step.at) lines.push(`  - ${statusLine(step, lang, timeZone, markdownText)}`);
  if (step.status === 'pending') {
    // A custom service's name is part of its step's texts: they are escaped as the user's text is.
    lines.push(`  - ${t(lang, 'markdownField', { label: t(lang, 'whatToDo'), text: markdownText(localize(step.action, lang)) })}`);
    for (const detail of step.details) lines.push(`    - ${markdownText(localize(detail, lang))}`);
    lines.push(`  - ${t(lang, 'markdownField', { label: t(lang, 'whyLabel'), text: markdownText(localize(step.why, lang)) })}`);
    for (const source of step.sources) lines.push(`    - ${sourceLine(source, lang, step.id.startsWith(SERVICE_STEP_PREFIX) ? 'service' : 'carrier')}`);
    for (const { field, fact } of carrier ? step.carrierFacts : []) {
      const described = describeCarrierFact(field, fact, carrier!, lang, options.now);
      const text = described.text + (described.caution ? ` *${described.caution}*` : '');
      lines.push(`  - ${t(lang, 'markdownField', { label: described.heading, text })}`);
      for (const source of described.sources) lines.push(`    - ${sourceLine(source, lang)}`);
      if (described.outdated) lines.push(`    - *${described.outdated}*`);
      else if (described.asOf) lines.push(`    - ${t(lang, 'factAsOf', { date: described.asOf })}`);
    }
  }
  for (const note of step.notes) lines.push(`  - ${noteLine(note, lang, timeZone, markdownText)}`);
  return lines;
}

function factLines(facts: readonly Fact[], lang: Lang, now: Date): string[] {
  return facts.flatMap((fact) => [
    `- ${localize(fact.text, lang)}`,
    ...fact.sources.map((source) => `  - ${sourceLine(source, lang)}`),
    ...freshnessLines(fact.sources, now, lang).map((line) => `  - *${line}*`),
  ]);
}

/** The printable checklist: checkboxes, dates, notes, warnings and the sources behind the advice. */
export function renderMarkdown(report: Report, options: MarkdownOptions): string {
  const { lang } = options;
  const carrier = carrierName(report.answers);
  const header = [`# ${t(lang, 'exportTitle')}`, '', t(lang, 'exportGenerated', { date: dateIn(options.now.toISOString(), options.timeZone) })];
  if (report.answers) {
    header.push(
      '',
      t(lang, 'numberLine', {
        label: options.label ? markdownText(options.label) : t(lang, 'noLabel'),
        carrier: carrier ? localize(carrier, lang) : t(lang, 'unknownCarrier'),
        goal: t(lang, report.answers.goal === 'keep' ? 'goalKeep' : 'goalLeave'),
      }),
    );
  } else header.push('', t(lang, 'defaultPlanHint'));
  const { done, skipped, total } = report.progress;
  header.push('', [t(lang, 'progressLine', { done, total }), ...(skipped ? [t(lang, 'progressSkipped', { skipped })] : [])].join(' · '));

  const blocks = [header.join('\n'), `## ${t(lang, 'allHeading')}\n\n${report.steps.flatMap((step) => stepLines(step, options, carrier && localize(carrier, lang))).join('\n')}`];
  if (report.followUps.length) {
    blocks.push(`## ${t(lang, 'datesHeading')}\n\n${report.followUps.map((item) => `- **${item.date}**: ${markdownText(followUpText(item, lang))}`).join('\n')}`);
  }
  if (report.warnings.length) {
    const severity = { high: 'severityHigh', medium: 'severityMedium', info: 'severityInfo' } as const;
    blocks.push(
      `## ${t(lang, 'warningsHeading')}\n\n` +
        report.warnings.map((warning) => `- **${t(lang, severity[warning.severity])}**: ${markdownText(warningText(warning, lang))}`).join('\n'),
    );
  }
  const facts = [...new Map(report.steps.flatMap((step) => step.facts).map((fact) => [fact.id, fact])).values()];
  if (facts.length) blocks.push(`## ${t(lang, 'factsLabel')}\n\n${factLines(facts, lang, options.now).join('\n')}\n\n${t(lang, 'confirmFactsHint')}`);
  return `${blocks.join('\n\n')}\n`;
}
