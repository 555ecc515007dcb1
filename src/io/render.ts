import { carrierName, type Report, type ReportStep } from '../core/report.js';
import type { CarrierFact, CarrierField, Note, Severity, Source } from '../core/types.js';
import { followUpText, type FollowUp } from '../core/follow-ups.js';
import { warningText, type ActiveWarning } from '../core/warnings.js';
import type { MessageKey } from '../content/messages.js';
import { localize, type Lang } from '../i18n.js';
import { dateIn } from '../core/dates.js';
import { factDate, isOutdated } from '../core/freshness.js';
import { publisherOf } from '../content/sources.js';
import { t } from '../text.js';
import type { Paint } from './color.js';
import { linkUrls } from './hyperlink.js';
import { padEnd, stringWidth, unbreakable, wrapText } from './layout.js';
import { visible } from './visible.js';

export { visible };


/** How to draw: language, colours (a chalk instance at the level main.ts decided), width and time zone. */
export interface Look {
  lang: Lang;
  paint: Paint;
  width: number;
  timeZone?: string;
  /** The time facts are dated against (shows "as of" and "may be out of date"); without it no dates are shown. */
  now?: Date;
  /** URLs become OSC 8 hyperlinks (still showing the URL): only on terminals known to support them. */
  links?: boolean;
}


/**
 * Wraps plain text to the width with a hanging indent: the first line starts with `firstPrefix` (by default
 * `indent` spaces), the others with `indent` spaces. `style` colours the text, never the layout.
 */
export function wrap(text: string, width: number, indent: number, firstPrefix = ' '.repeat(indent), style = (line: string) => line): string {
  return wrapText(text, Math.max(10, width - indent))
    .map((line, index) => (index === 0 ? firstPrefix : ' '.repeat(indent)) + style(line))
    .join('\n');
}

const SEVERITY_KEY: Record<Severity, MessageKey> = { high: 'severityHigh', medium: 'severityMedium', info: 'severityInfo' };
function severityColor(look: Look, severity: Severity): (text: string) => string {
  return severity === 'high' ? (text: string) => look.paint.bold(look.paint.red(text)) : severity === 'medium' ? look.paint.yellow : look.paint.cyan;
}

export function renderProgress(report: Report, look: Look): string {
  const { done, skipped, total } = report.progress;
  const size = Math.max(10, Math.min(30, look.width - 40));
  const filled = total ? Math.round((done / total) * size) : 0;
  const skippedCells = total ? Math.min(size - filled, Math.round((skipped / total) * size)) : 0;
  const bar = look.paint.green('█'.repeat(filled)) + look.paint.gray('▒'.repeat(skippedCells)) + look.paint.dim('░'.repeat(size - filled - skippedCells));
  const counts = [t(look.lang, 'progressLine', { done, total }), ...(skipped ? [t(look.lang, 'progressSkipped', { skipped })] : [])];
  return `[${bar}] ${counts.join(' · ')}`;
}

export function renderWarnings(warnings: readonly ActiveWarning[], look: Look): string {
  const labels = warnings.map((warning) => t(look.lang, SEVERITY_KEY[warning.severity]));
  const column = Math.max(0, ...labels.map((label) => stringWidth(label))) + 4;
  return warnings
    .map((warning, index) => {
      const label = severityColor(look, warning.severity)(padEnd(labels[index]!, column - 4));
      return wrap(visible(warningText(warning, look.lang)), look.width, column, `  ${label}  `); // it may name a custom service
    })
    .join('\n');
}

export function renderNumberLine(report: Report, look: Look, label: string, profile?: string): string {
  const answers = report.answers;
  const profileLine = profile ? `${look.paint.bold(t(look.lang, 'profileLine', { name: visible(profile) }))}\n` : '';
  if (!answers) return profileLine + wrap(t(look.lang, 'defaultPlanHint'), look.width, 0, '', look.paint.dim);
  const carrier = carrierName(answers);
  const line = t(look.lang, 'numberLine', {
    label: label ? visible(label) : t(look.lang, 'noLabel'),
    carrier: carrier ? localize(carrier, look.lang) : t(look.lang, 'unknownCarrier'),
    goal: t(look.lang, answers.goal === 'keep' ? 'goalKeep' : 'goalLeave'),
  });
  return profileLine + wrap(line, look.width, 0, '');
}

/** The status, its date and a skip's reason, e.g. "done 2026-11-20 · reason: …" (shared with the export). */
export function statusLine(step: ReportStep, lang: Lang, timeZone?: string, show: (text: string) => string = visible): string {
  const status = t(lang, step.status === 'done' ? 'statusDone' : 'statusSkipped');
  const line = t(lang, 'statusLine', { status, date: step.on ?? (step.at ? dateIn(step.at, timeZone) : '') });
  return line + (step.reason ? t(lang, 'reasonSuffix', { reason: show(step.reason) }) : '');
}

/** A note's line; `show` makes the user's text safe where it goes (the terminal by default; the export escapes Markdown). */
export function noteLine(note: Note, lang: Lang, timeZone?: string, show: (text: string) => string = visible): string {
  return t(lang, 'noteLine', { date: dateIn(note.at, timeZone), text: show(note.text) });
}

/** Whose advice a source's label sends the reader back to: the carrier's (default) or the service's. */
export type SourceSubject = 'carrier' | 'service';

/**
 * The trust label of a source: official (with the owner the registry names, and whether the page was read
 * from a copy), a named third party with whom to confirm, or the 2fa.directory dataset; then its date.
 * The address of a copy is never shown: only the official URL.
 */
function trustLabel(source: Source, lang: Lang, subject: SourceSubject): string {
  const publisher = publisherOf(source.url);
  const owner = (lang === 'zh' ? publisher?.ownerZh : undefined) ?? publisher?.owner ?? new URL(source.url).hostname;
  if (source.trust === 'dataset') return t(lang, 'trustDataset');
  if (source.trust === 'official') return t(lang, source.copy ? 'trustOfficialCopy' : 'trustOfficial', { owner });
  if (publisher?.kind === 'academic') return t(lang, 'trustResearch', { owner });
  return t(lang, subject === 'service' ? 'trustThirdPartyService' : 'trustThirdParty', { owner });
}

export function sourceLine(source: Source, lang: Lang, subject: SourceSubject = 'carrier'): string {
  const trust = trustLabel(source, lang, subject);
  const dated = source.date ? t(lang, 'sourcePageDated', { trust, date: source.date }) : source.read ? t(lang, 'sourceReadOn', { trust, date: source.read }) : trust;
  return t(lang, 'sourceLine', { url: source.url, trust: dated });
}

/** The trust label as the terminal shows it: a space after the URL, and the bracketed label never broken by wrapping. */
function sourceLink(source: Source, lang: Lang, subject: SourceSubject): string {
  const line = sourceLine(source, lang, subject);
  const trust = line.slice(line.indexOf(source.url) + source.url.length);
  return `${line.slice(0, line.length - trust.length)} ${unbreakable(trust.trim())}`;
}

/** One source, wrapped: the URL whole (on a line of its own when it does not fit, a hyperlink where the terminal has them). */
export function renderSource(source: Source, look: Look, indent: number, subject: SourceSubject = 'carrier', firstPrefix?: string): string {
  return wrap(sourceLink(source, look.lang, subject), look.width, indent, firstPrefix, (line) => look.paint.dim(linkUrls(line, look.links)));
}

/** The dated lines under a step in `list --all`: status, reason, notes. */
function stepHistoryLines(step: ReportStep, look: Look, indent: number): string[] {
  const lines = [
    ...(step.status !== 'pending' && step.at ? [statusLine(step, look.lang, look.timeZone)] : []),
    ...step.notes.map((note) => noteLine(note, look.lang, look.timeZone)),
  ];
  return lines.map((line) => wrap(line, look.width, indent, undefined, look.paint.dim));
}

/** Rows of steps: number, status mark, id, then the title; on a narrow terminal the title goes below the id. */
export function renderStepRows(steps: readonly ReportStep[], look: Look, withHistory: boolean): string {
  const idWidth = Math.max(...steps.map((step) => stringWidth(step.id)));
  const sideBySide = look.width - (4 + 2 + 2 + idWidth + 2) >= 24;
  const indent = sideBySide ? 4 + 2 + 2 + idWidth + 2 : 8;
  return steps
    .map((step) => {
      const mark = step.status === 'done' ? look.paint.green('✓') : step.status === 'skipped' ? look.paint.gray('–') : look.paint.dim('·');
      const head = `${String(step.number).padStart(4)}  ${mark} ${look.paint.bold(sideBySide ? padEnd(step.id, idWidth) : step.id)}`;
      const title = visible(localize(step.title, look.lang)); // a custom service's name is the user's text
      const style = step.status === 'pending' ? undefined : look.paint.dim;
      const row = sideBySide ? wrap(title, look.width, indent, `${head}  `, style) : `${head}\n${wrap(title, look.width, indent, undefined, style)}`;
      // A pending step's notes are shown without --all: they are what the user wrote down to do it.
      const notes = !withHistory && step.status === 'pending' ? step.notes.map((note) => wrap(noteLine(note, look.lang, look.timeZone), look.width, indent, undefined, look.paint.dim)) : [];
      return [row, ...(withHistory ? stepHistoryLines(step, look, indent) : notes)].join('\n');
    })
    .join('\n');
}

const FIELD_HEADING: Record<CarrierField, MessageKey> = {
  support: 'fieldSupport',
  cancel: 'fieldCancel',
  autopay: 'fieldAutopay',
  numberLoss: 'fieldNumberLoss',
  portOut: 'fieldPortOut',
  balance: 'fieldBalance',
  abroad: 'fieldAbroad',
  suspension: 'fieldSuspension',
};
const FIELD_MISSING: Record<CarrierField, MessageKey> = {
  support: 'missingSupport',
  cancel: 'missingCancel',
  autopay: 'missingAutopay',
  numberLoss: 'missingNumberLoss',
  portOut: 'missingPortOut',
  balance: 'missingBalance',
  abroad: 'missingAbroad',
  suspension: 'missingSuspension',
};

/** One carrier fact in words: heading, text (or what to ask when nothing was found), a caution, sources, its date. */
export interface CarrierFactText {
  heading: string;
  text: string;
  caution?: string;
  sources: Source[];
  /** The date the fact stands for (its newest source), and a warning when that is over two years before `now`. */
  asOf?: string;
  outdated?: string;
}

/** The date a fact stands for, and the out-of-date warning when it is older than two years (only with `now`). */
export function freshnessLines(sources: readonly Source[], now: Date, lang: Lang, carrier?: string): string[] {
  const date = factDate(sources);
  if (!date || !isOutdated(date, now)) return [];
  return [carrier ? t(lang, 'factOutdated', { date, carrier }) : t(lang, 'factOutdatedGeneric', { date })];
}

export function describeCarrierFact(field: CarrierField, fact: CarrierFact, carrier: string, lang: Lang, now?: Date): CarrierFactText {
  const heading = t(lang, FIELD_HEADING[field], { carrier });
  if (fact.status === 'not-found') return { heading, text: t(lang, FIELD_MISSING[field], { carrier }), sources: [] };
  // A text that says itself to confirm it ("Unverified: confirm with Ultra.") needs no second disclaimer after it.
  const onlyUnofficial = fact.sources.every((source) => source.trust === '3rd-party') && !/\bconfirm with\b/i.test(fact.text.en);
  const caution = fact.status === 'conflict' ? t(lang, 'sourcesDisagree', { carrier }) : onlyUnofficial ? t(lang, 'unofficialOnly', { carrier }) : undefined;
  const asOf = factDate(fact.sources);
  const outdated = now ? freshnessLines(fact.sources, now, lang, carrier)[0] : undefined;
  return {
    heading,
    text: localize(fact.text, lang),
    ...(caution ? { caution } : {}),
    sources: fact.sources,
    ...(asOf ? { asOf } : {}),
    ...(outdated ? { outdated } : {}),
  };
}

export function renderCarrierFacts(entries: ReadonlyArray<{ field: CarrierField; fact: CarrierFact }>, carrier: string, look: Look): string {
  return entries
    .map(({ field, fact }) => {
      const described = describeCarrierFact(field, fact, carrier, look.lang, look.now);
      return [
        wrap(described.heading, look.width, 2, undefined, look.paint.bold),
        wrap(described.text, look.width, 4),
        ...(described.caution ? [wrap(described.caution, look.width, 4, undefined, look.paint.yellow)] : []),
        ...described.sources.map((source) => renderSource(source, look, 4)),
        ...(described.outdated
          ? [wrap(described.outdated, look.width, 4, undefined, look.paint.yellow)]
          : described.asOf && look.now
            ? [wrap(t(look.lang, 'factAsOf', { date: described.asOf }), look.width, 4, undefined, look.paint.dim)]
            : []),
      ].join('\n');
    })
    .join('\n');
}

export function section(heading: string, body: string, look: Look): string {
  return `${look.paint.bold(heading)}\n${body}`;
}

/** "in 3 days", "today", "2 days ago"; "passed" for a deadline whose hour has passed today. */
export function relativeDay(inDays: number, lang: Lang, passed = false): string {
  if (passed && inDays === 0) return t(lang, 'passedToday');
  if (inDays === 0) return t(lang, 'today');
  if (inDays === 1) return t(lang, 'tomorrow');
  if (inDays === -1) return t(lang, 'yesterday');
  return inDays > 0 ? t(lang, 'inDays', { days: inDays }) : t(lang, 'daysAgo', { days: -inDays });
}

/** The follow-up dates, soonest first; past ones in red, the coming week in yellow. */
export function renderFollowUps(items: readonly FollowUp[], look: Look): string {
  const whens = items.map((item) => relativeDay(item.inDays, look.lang, item.passed));
  const whenWidth = Math.max(...whens.map((when) => stringWidth(when)));
  return items
    .map((item, index) => {
      const color = item.inDays < 0 || item.passed ? look.paint.red : item.inDays <= 7 ? look.paint.yellow : (text: string) => text;
      const prefix = `  ${color(item.date)}  ${color(padEnd(whens[index]!, whenWidth))}  `;
      return wrap(visible(followUpText(item, look.lang)), look.width, 2 + 10 + 2 + whenWidth + 2, prefix);
    })
    .join('\n');
}

export interface ListOptions {
  all: boolean;
  label: string;
  /** Named when the store holds more than one profile, so it is clear which number is shown. */
  profile?: string;
}

export function renderList(report: Report, look: Look, options: ListOptions): string {
  const shown = options.all ? report.steps : report.steps.filter((step) => step.status === 'pending');
  const blocks = [renderNumberLine(report, look, options.label, options.profile), renderProgress(report, look)];
  const heading = t(look.lang, options.all ? 'allHeading' : 'remainingHeading');
  blocks.push(shown.length ? section(heading, renderStepRows(shown, look, options.all), look) : look.paint.green(t(look.lang, 'nothingLeft')));
  if (report.followUps.length) blocks.push(section(t(look.lang, 'datesHeading'), renderFollowUps(report.followUps, look), look));
  if (report.warnings.length) blocks.push(section(t(look.lang, 'warningsHeading'), renderWarnings(report.warnings, look), look));
  const next = report.steps.find((step) => step.status === 'pending');
  if (next) blocks.push(nextHint(next.id, look));
  return blocks.join('\n\n');
}

/**
 * "Next: simexit done 3 · simexit skip 3 · simexit guide" on one line where it fits; otherwise one command per line,
 * so that no command is broken across lines (`npm start --` / `guide` cannot be copied).
 */
function nextHint(id: string, look: Look): string {
  const line = t(look.lang, 'nextHint', { id });
  if (stringWidth(line) <= look.width) return look.paint.dim(line);
  const colon = /^[^:：]*[:：]\s*/.exec(line)?.[0] ?? '';
  const commands = line.slice(colon.length).split(' · ');
  return [colon.trimEnd(), ...commands.map((command) => `  ${command}`)].map((each) => look.paint.dim(each)).join('\n');
}
