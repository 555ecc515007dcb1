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

/**
 * A URL in simexit's own text: it ends at whitespace, at anything an autolink cannot hold (< > and quotes), and
 * at full-width punctuation and brackets, which a Chinese sentence puts right after it (（https://…/）, …［官方］).
 */
const URL_IN_TEXT = /https?:\/\/[^\s<>"'`\p{Script=Han}\u3000-\u303f\uff00-\uffef“”‘’…]+/gu;

/** A URL without the sentence punctuation that follows it, and without a closing parenthesis it does not open. */
function trimUrl(url: string): string {
  let end = url.length;
  for (;;) {
    const last = url[end - 1]!;
    if ('.,;:!?'.includes(last)) end--;
    else if (last === ')' && (url.slice(0, end).match(/\(/g)?.length ?? 0) < (url.slice(0, end).match(/\)/g)?.length ?? 0)) end--;
    else return url.slice(0, end);
  }
}

/**
 * simexit's own text inside a line: what could open emphasis, code, a link or a tag is escaped (a custom service's
 * name is part of some of it), and `&` only where it would start an entity, so `AT&T` reads as written.
 */
function escapeContent(text: string): string {
  return visible(text.replace(/\r\n|\r|\n/g, ' ')).replace(/[\\`*_[\]<>~]|&(?=#?\w+;)/g, '\\$&');
}

/**
 * simexit's own text (advice, facts, sources) inside the export: escaped, and every URL an autolink,
 * `<https://…>`, which ends where the URL ends (never swallowing the label or the bracket after it). `userTexts` are
 * the names of services the user added, which simexit's text quotes: they are the user's text, escaped as such and
 * never made a link (a URL that contains one, as 2fa.directory's pages do, stays whole).
 */
export function markdownContent(text: string, userTexts: readonly string[] = []): string {
  const names = [...new Set(userTexts.filter(Boolean))].sort((a, b) => b.length - a.length);
  const nameSpans = names.length ? spans(text, new RegExp(names.map((name) => name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|'), 'g')) : [];
  const urlSpans = spans(text, URL_IN_TEXT, trimUrl).filter(([start, end]) => !nameSpans.some(([from, to]) => start >= from && end <= to));
  const shown = [
    ...urlSpans.map(([start, end]) => ({ start, end, kind: 'url' as const })),
    ...nameSpans.filter(([start, end]) => !urlSpans.some(([from, to]) => start < to && end > from)).map(([start, end]) => ({ start, end, kind: 'name' as const })),
  ].sort((a, b) => a.start - b.start);
  let result = '';
  let last = 0;
  for (const { start, end, kind } of shown) {
    result += escapeContent(text.slice(last, start)) + (kind === 'url' ? `<${text.slice(start, end)}>` : markdownText(text.slice(start, end)));
    last = end;
  }
  return result + escapeContent(text.slice(last));
}

/** Where `pattern` matches in `text`, each match trimmed by `trim`. */
function spans(text: string, pattern: RegExp, trim: (match: string) => string = (match) => match): Array<[number, number]> {
  return [...text.matchAll(pattern)].map((match) => [match.index, match.index + trim(match[0]).length]);
}

/**
 * A bold label and its text. The label's colon stays outside the bold in Chinese: CommonMark ends emphasis only
 * where the closing `**` is right-flanking, which `**怎么做：**在` is not (punctuation before it, a letter after).
 */
function field(lang: Lang, label: string, text: string): string {
  return t(lang, 'markdownField', { label: markdownText(label), text });
}

export interface MarkdownOptions {
  lang: Lang;
  /** Text the user typed that simexit's own text may quote (the names of services added by name): never linked. */
  userTexts?: readonly string[];
  label: string;
  now: Date;
  timeZone?: string;
}

function stepLines(step: ReportStep, options: MarkdownOptions, carrier?: string): string[] {
  const { lang, timeZone } = options;
  const content = (text: string) => markdownContent(text, options.userTexts);
  const title = `${step.number}. ${markdownText(localize(step.title, lang))} \`${step.id}\``;
  // A skipped step is not done: its box stays empty, and it says that it was skipped (the reason is the user's text).
  const lines = [step.status === 'done' ? `- [x] ${title}` : step.status === 'skipped' ? `- [ ] ${t(lang, 'markdownSkipped', { title })}` : `- [ ] ${title}`];
  if (step.status !== 'pending' && step.at) lines.push(`  - ${statusLine(step, lang, timeZone, markdownText)}`);
  if (step.status === 'pending') {
    lines.push(`  - ${field(lang, t(lang, 'whatToDo'), content(localize(step.action, lang)))}`);
    for (const detail of step.details) lines.push(`    - ${content(localize(detail, lang))}`);
    lines.push(`  - ${field(lang, t(lang, 'whyLabel'), content(localize(step.why, lang)))}`);
    for (const source of step.sources) lines.push(`    - ${content(sourceLine(source, lang, step.id.startsWith(SERVICE_STEP_PREFIX) ? 'service' : 'carrier'))}`);
    for (const { field: name, fact } of carrier ? step.carrierFacts : []) {
      const described = describeCarrierFact(name, fact, carrier!, lang, options.now);
      const text = content(described.text) + (described.caution ? ` *${content(described.caution)}*` : '');
      lines.push(`  - ${field(lang, described.heading, text)}`);
      for (const source of described.sources) lines.push(`    - ${content(sourceLine(source, lang))}`);
      if (described.outdated) lines.push(`    - *${content(described.outdated)}*`);
      else if (described.asOf) lines.push(`    - ${content(t(lang, 'factAsOf', { date: described.asOf }))}`);
    }
  }
  for (const note of step.notes) lines.push(`  - ${noteLine(note, lang, timeZone, markdownText)}`);
  return lines;
}

function factLines(facts: readonly Fact[], lang: Lang, now: Date): string[] {
  const content = (text: string) => markdownContent(text);
  return facts.flatMap((fact) => [
    `- ${content(localize(fact.text, lang))}`,
    ...fact.sources.map((source) => `  - ${content(sourceLine(source, lang))}`),
    ...freshnessLines(fact.sources, now, lang).map((line) => `  - *${content(line)}*`),
  ]);
}

/** The printable checklist: checkboxes, dates, notes, warnings and the sources behind the advice. */
export function renderMarkdown(report: Report, given: MarkdownOptions): string {
  const options = { ...given, userTexts: [...(given.userTexts ?? []), ...(report.answers?.customServices ?? []).map((custom) => custom.name)] };
  const { lang } = options;
  const content = (text: string) => markdownContent(text, options.userTexts);
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
    blocks.push(`## ${t(lang, 'datesHeading')}\n\n${report.followUps.map((item) => `- ${field(lang, item.date, content(followUpText(item, lang)))}`).join('\n')}`);
  }
  if (report.warnings.length) {
    const severity = { high: 'severityHigh', medium: 'severityMedium', info: 'severityInfo' } as const;
    blocks.push(
      `## ${t(lang, 'warningsHeading')}\n\n` +
        report.warnings.map((warning) => `- ${field(lang, t(lang, severity[warning.severity]), content(warningText(warning, lang)))}`).join('\n'),
    );
  }
  const facts = [...new Map(report.steps.flatMap((step) => step.facts).map((fact) => [fact.id, fact])).values()];
  if (facts.length) blocks.push(`## ${t(lang, 'factsLabel')}\n\n${factLines(facts, lang, options.now).join('\n')}\n\n${t(lang, 'confirmFactsHint')}`);
  return `${blocks.join('\n\n')}\n`;
}
