import type { ReportStep } from '../core/report.js';
import { warningText, type ActiveWarning } from '../core/warnings.js';
import type { MessageKey } from '../content/messages.js';
import { localize, type Lang, type Localized } from '../i18n.js';
import { t } from '../text.js';
import { stringWidth, unbreakable } from './layout.js';
import { describeCarrierFact, noteLine, renderWarnings, wrap, type Look } from './render.js';
import { visible } from './visible.js';

// The step screen of the guided session: the step first and short, then what fits of the rest (io/details.ts has
// everything about one step, for `show` and "Show sources and details").

/** The rule that opens a step: "── Step 2 of 11 · codes-abroad ─────". */
export function stepRule(step: ReportStep, total: number, look: Look): string {
  const heading = t(look.lang, 'stepHeading', { number: step.number, total, id: step.id });
  return look.paint.cyan(`── ${heading} ${'─'.repeat(Math.max(0, Math.min(look.width, 60) - stringWidth(`── ${heading} `)))}`);
}

/** What a step screen shows: the step, the warnings that concern it, the user's carrier, and the room it has. */
export interface StepScreen {
  step: ReportStep;
  total: number;
  warnings: readonly ActiveWarning[];
  carrier?: string;
  /** The lines the screen may take (the terminal's rows less the menu's): what does not fit waits behind "details". */
  maxLines?: number;
}

/**
 * Each warning once: the same text twice, or two warnings of one severity that stand on the same facts ("move these
 * accounts: Chase", "accounts may still send codes"), which say one thing. The first is kept.
 */
export function distinctWarnings(warnings: readonly ActiveWarning[], lang: Lang): ActiveWarning[] {
  const texts = warnings.map((warning) => warningText(warning, lang));
  return warnings.filter((warning, index) => {
    const facts = warning.def.facts ?? [];
    const sameFacts = (earlier: ActiveWarning) => facts.length > 0 && earlier.severity === warning.severity && facts.every((fact) => earlier.def.facts?.includes(fact));
    return !texts.slice(0, index).includes(texts[index]!) && !warnings.slice(0, index).some(sameFacts);
  });
}

/**
 * The facts that change what this user does: what their carrier says about the step (its first field), then the
 * step's first general fact that no warning on the screen already stands for. Text only: the sources are one
 * choice away ("Show sources and details", `simexit show`).
 */
function keyFacts(screen: StepScreen, warnings: readonly ActiveWarning[], lang: Lang): { carrier?: string; general?: string } {
  const first = screen.step.carrierFacts[0];
  const described = first && screen.carrier ? describeCarrierFact(first.field, first.fact, screen.carrier, lang) : undefined;
  const cited = new Set<string>(warnings.flatMap((warning) => warning.def.facts ?? []));
  const general = screen.step.facts.find((fact) => !cited.has(fact.id));
  return {
    ...(described ? { carrier: t(lang, 'screenLabelled', { label: described.heading, text: described.caution ? `${described.text} ${described.caution}` : described.text }) } : {}),
    ...(general ? { general: localize(general.text, lang) } : {}),
  };
}

/** What a step screen holds besides its fixed parts: some of the step's details, key facts and warnings. */
interface ScreenParts {
  details: readonly Localized[];
  facts: readonly string[];
  warnings: readonly ActiveWarning[];
}

/**
 * One step as the guided session shows it, short enough that its title is still on screen when the menu appears.
 * Always: the title, what to do and why, the high warnings, the user's notes. Then, while the screen stays within
 * `maxLines`, in order of use: the details the answers added, the carrier's key fact, the other warnings and one
 * general fact, each shown once. What does not fit is counted and left to "Show sources and details".
 */
export function renderStepScreen(screen: StepScreen, look: Look): string {
  const { step } = screen;
  const lang = look.lang;
  const text = (value: Localized) => visible(localize(value, lang)); // a custom service's name is the user's text
  const title = [stepRule(step, screen.total, look), wrap(text(step.title), look.width, 0, '', look.paint.bold)];
  const action = wrap(t(lang, 'screenLabelled', { label: t(lang, 'whatToDo'), text: text(step.action) }), look.width, 2, '');
  const why = wrap(t(lang, 'screenLabelled', { label: t(lang, 'whyLabel'), text: text(step.why) }), look.width, 2, '');
  const warnings = distinctWarnings(screen.warnings, lang);
  const notes = step.notes.map((note) => wrap(noteLine(note, lang, look.timeZone), look.width, 2, '', look.paint.yellow));
  const hint = wrap(t(lang, 'screenMore', { command: unbreakable(`\`simexit show ${step.id}\``) }), look.width, 0, '', look.paint.dim);
  const more = (key: MessageKey, count: number) => (count ? [wrap(t(lang, key, { count }), look.width, 2, '  ', look.paint.yellow)] : []);
  const draw = (parts: ScreenParts) =>
    [
      ...title,
      action,
      ...parts.details.map((detail) => wrap(text(detail), look.width, 4, '  • ')),
      ...more('screenMoreDetails', step.details.length - parts.details.length),
      why,
      '',
      ...parts.facts.map((fact) => wrap(fact, look.width, 2, '• ')),
      ...(parts.warnings.length ? [renderWarnings(parts.warnings, look)] : []),
      ...more('screenMoreWarnings', warnings.length - parts.warnings.length),
      ...notes,
      hint,
    ].join('\n');
  const fits = (drawn: string) => drawn.split('\n').length <= (screen.maxLines ?? Number.POSITIVE_INFINITY);
  const key = keyFacts(screen, warnings, lang);
  let parts: ScreenParts = { details: [], facts: [], warnings: warnings.filter((warning) => warning.severity === 'high') };
  // Each part joins, in this order, if the whole screen still fits; the parts keep their own order on screen.
  const candidates: Array<(current: ScreenParts) => ScreenParts> = [
    ...step.details.map((detail) => (current: ScreenParts) => ({ ...current, details: step.details.filter((candidate) => current.details.includes(candidate) || candidate === detail) })),
    ...(key.carrier ? [(current: ScreenParts) => ({ ...current, facts: [key.carrier!, ...current.facts] })] : []),
    ...warnings
      .filter((warning) => warning.severity !== 'high')
      .map((warning) => (current: ScreenParts) => ({ ...current, warnings: warnings.filter((candidate) => current.warnings.includes(candidate) || candidate === warning) })),
    ...(key.general ? [(current: ScreenParts) => ({ ...current, facts: [...current.facts, key.general!] })] : []),
  ];
  for (const add of candidates) {
    const trial = add(parts);
    if (fits(draw(trial))) parts = trial;
  }
  return draw(parts);
}
