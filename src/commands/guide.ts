import { lookOf, println, timeZoneOf, todayOf, type Context } from '../context.js';
import { destinationsFor } from '../core/line.js';
import { buildPlan } from '../core/plan.js';
import { deriveState, markDone, markSkipped, addNote, type Transition } from '../core/progress.js';
import { buildReport, carrierName, type ReportStep } from '../core/report.js';
import { localize } from '../i18n.js';
import { CODE_CATEGORIES, type Answers, type HistoryEvent } from '../core/types.js';
import { carrierFacts } from '../content/carrier-facts.js';
import { findCarrier } from '../content/carriers.js';
import { dateRangeProblem, momentOf } from '../core/dates.js';
import { lineRuleOf } from '../content/lines.js';
import { skipRisk, warningsForStep } from '../core/warnings.js';
import { risksAhead } from '../core/follow-ups.js';
import { UserError } from '../errors.js';
import { loadScan, loadShow } from '../lazy.js';
import type { DateQuestion, Prompts } from '../io/prompts.js';
import type { Params } from '../i18n.js';
import { renderFollowUps, renderProgress, renderWarnings, wrap } from '../io/render.js';
import { distinctWarnings, renderStepScreen, stepRule } from '../io/step-screen.js';
import { t } from '../text.js';
import { visible } from '../io/visible.js';
import { printOutOfOrder, skipRiskLine } from '../io/notices.js';
import { loadProfile, stepParams } from './support/plan.js';
import { sensitiveMessage } from './support/secrets.js';

export interface GuideOptions {
  restart?: boolean;
}

/**
 * Asks every question that shapes the plan, offering the previous answers as defaults. Each answer is passed to
 * `remember` as soon as it is given, so an interrupted session loses nothing.
 */
export async function askAnswers(prompts: Prompts, ctx: Context, previous: Partial<Answers> | null, remember: (draft: Partial<Answers>) => Promise<void>): Promise<Answers> {
  const lang = ctx.lang;
  const today = todayOf(ctx);
  const draft: Partial<Answers> = {};
  const keep = async <T extends Partial<Answers>>(given: T): Promise<T> => {
    Object.assign(draft, given);
    await remember({ ...draft });
    return given;
  };
  const { carrier } = await keep({ carrier: await prompts.askCarrier(lang, previous?.carrier) });
  const rule = lineRuleOf(carrier);
  const { label } = await keep({ label: await prompts.askLabel(lang, previous?.label) });
  let { line } = await keep({ line: await prompts.askOption(lang, 'askLine', previous?.line) });
  // A number that is gone can only be recovered from: there is nothing to keep, move, cancel or refund.
  const gone = () => line === 'gone';
  const { goal } = gone() ? { goal: 'leave' as const } : await keep({ goal: await prompts.askGoal(lang, previous?.goal) });
  const { location } = await keep({ location: await prompts.askOption(lang, 'askLocation', previous?.location) });
  // Where a kept number goes: Google Voice is listed last, and "stay" only for a number already there.
  const destinations = destinationsFor(carrier);
  const destination = goal === 'keep' ? (await keep({ destination: await prompts.askOption(lang, 'askDestination', previous?.destination, destinations) })).destination : undefined;
  const setup = gone() ? undefined : (await keep({ setup: await prompts.askOption(lang, 'askSetup', previous?.setup) })).setup;
  const { balance } = gone() ? { balance: 'no' as const } : await keep({ balance: await prompts.askYesNoUnsure(lang, 'askBalance', previous?.balance) });
  const { autopay } = rule.cycle ? await keep({ autopay: await prompts.askYesNoUnsure(lang, 'askAutopay', previous?.autopay) }) : { autopay: 'no' as const };
  let renewalDate: string | undefined;
  if (rule.cycle) {
    const lapsed = () => line === 'suspended' || line === 'gone';
    renewalDate = (await askPlanDate(prompts, ctx, lapsed() ? 'askLapsedDate' : 'askRenewalDate', {}, previous?.renewalDate)) ?? undefined;
    // A date that has passed: the line renewed (ask for the next date) or lapsed (ask what happened).
    if (renewalDate && renewalDate < today && !lapsed()) {
      println(ctx.stdout, ctx.paint.yellow(t(lang, 'renewalPassedNote', { renewal: renewalDate })));
      line = (await keep({ line: await prompts.askOption(lang, 'askLine', 'suspended') })).line;
      if (!lapsed()) renewalDate = (await askPlanDate(prompts, ctx, 'renewalPassedAsk', { renewal: renewalDate }, undefined, today)) ?? undefined;
    }
    if (renewalDate) await keep({ renewalDate });
  }
  // Only where the carrier refunds a balance within a window of its purchase (Google Voice: 6 months).
  const refundable = carrierFacts(carrier)?.balance.refundMonths !== undefined && balance !== 'no';
  const carrierLabel = localize(findCarrier(carrier)?.name ?? { en: carrier, zh: carrier }, lang);
  const balancePurchaseDate = refundable ? await prompts.askDate(lang, 'askPurchaseDate', { carrier: carrierLabel }, previous?.balancePurchaseDate, today) : null;
  if (balancePurchaseDate) await keep({ balancePurchaseDate });
  const codes = await prompts.askCodeCategories(
    lang,
    previous?.codeCategories ? { categories: previous.codeCategories, unsure: previous.codesUnsure ?? false } : undefined,
  );
  await keep({ codeCategories: codes.categories, codesUnsure: codes.unsure });
  // The inventory: the services of each category named (all of them when the user is not sure).
  const categories = codes.unsure ? CODE_CATEGORIES : codes.categories;
  const previousServices = { services: previous?.services ?? [], customServices: previous?.customServices ?? [] };
  let inventory = categories.length ? await prompts.askServices(lang, categories, previousServices) : { services: [], customServices: [] };
  await keep(inventory);
  // ── scan hook (issue 16): offer to find accounts in the user's own files; the logic is in src/commands/scan.ts ──
  if (prompts.scan && (await prompts.scan.askScanOffer(lang))) inventory = await keep(await (await loadScan()).offerScan(ctx, prompts.scan, inventory));
  // ── end of scan hook ──
  const optional = {
    ...(renewalDate ? { renewalDate } : {}),
    ...(balancePurchaseDate ? { balancePurchaseDate } : {}),
    ...(destination ? { destination } : {}),
    ...(setup ? { setup } : {}),
  };
  return { carrier, label, goal, balance, autopay, line, location, codeCategories: codes.categories, codesUnsure: codes.unsure, ...inventory, ...optional };
}

/** A date for the plan: asked again while it is before 2000 or more than five years ahead. */
async function askPlanDate(prompts: Prompts, ctx: Context, question: DateQuestion, params: Params, current?: string, earliest?: string): Promise<string | null> {
  const today = todayOf(ctx);
  for (;;) {
    const date = await prompts.askDate(ctx.lang, question, params, current);
    const problem = date ? dateRangeProblem(date, today) : null;
    if (!date || (!problem && !(earliest && date < earliest))) return date;
    println(ctx.stdout, ctx.paint.yellow(t(ctx.lang, problem === 'too-late' ? 'dateTooLate' : problem === 'too-early' ? 'dateTooEarly' : 'dateInPast', { value: date })));
  }
}

/**
 * The lines the menu under a step takes, with the blank line before it and the cursor's line: its question, six
 * choices, Inquirer's key hint. The step's screen gets the rest of the terminal, so its title stays in view.
 */
const MENU_LINES = 10;

type StepOutcome = { events: HistoryEvent[]; next: 'next-step' | 'later' | 'quit' };

/** Free text that looks like a secret is stored only if the user confirms, defaulting to no. */
async function confirmIfSensitive(ctx: Context, prompts: Prompts, text: string): Promise<boolean> {
  const warning = sensitiveMessage(ctx, text);
  if (!warning) return true;
  println(ctx.stdout, ctx.paint.yellow(warning));
  return prompts.askYesNo(ctx.lang, 'askStoreAnyway', false);
}

async function save(ctx: Context, profile: string, transition: Transition): Promise<HistoryEvent[]> {
  return ctx.store.appendEvents(profile, transition.ok ? transition.events : []);
}

/**
 * Everything about the step (`simexit show`'s view, from its own bundle), then its title again, so the menu that
 * follows says which step it is about.
 */
async function printDetails(ctx: Context, step: ReportStep, events: readonly HistoryEvent[]): Promise<void> {
  const { renderStepDetails, stepHistory } = await loadShow();
  const report = buildReport(events, ctx.now(), timeZoneOf(ctx));
  const shown = report.steps.find((candidate) => candidate.id === step.id) ?? step;
  const carrier = carrierName(report.answers);
  const look = { ...lookOf(ctx), now: ctx.now() };
  const details = { step: shown, total: report.steps.length, warnings: warningsForStep(report.warnings, step.id), history: stepHistory(events, step.id) };
  println(ctx.stdout);
  println(ctx.stdout, renderStepDetails({ ...details, ...(carrier ? { carrier: localize(carrier, ctx.lang) } : {}) }, look));
  println(ctx.stdout);
  println(ctx.stdout, `${stepRule(shown, report.steps.length, look)}\n${wrap(visible(localize(shown.title, ctx.lang)), look.width, 0, '', ctx.paint.bold)}`);
  println(ctx.stdout);
}

/** One step: Done / Skip / Later / Note / Details / Quit. A note or the details keep the same step on screen. */
async function handleStep(ctx: Context, prompts: Prompts, profile: string, step: ReportStep, events: HistoryEvent[]): Promise<StepOutcome> {
  for (;;) {
    const action = await prompts.askNextAction(ctx.lang, step);
    const at = ctx.now().toISOString();
    const state = deriveState(events);
    if (action === 'quit') return { events, next: 'quit' };
    if (action === 'details') {
      await printDetails(ctx, step, events);
      continue;
    }
    if (action === 'later') return { events, next: 'later' };
    if (action === 'done') {
      // The day the cancellation was asked for starts the follow-ups (check it went through, the statement).
      const today = todayOf(ctx);
      const requested = step.id === 'cancel' ? await prompts.askDate(ctx.lang, 'askCancelDate', {}, undefined, today) : null;
      const transition = markDone(state, buildPlan(state.answers), step, requested && requested !== today ? momentOf(requested) : at, requested ?? undefined);
      if (!transition.ok) {
        // The accounts step is done when each account is: say which are waiting, and stay on the step.
        if (transition.refusal.kind === 'accounts-pending') println(ctx.stdout, ctx.paint.yellow(t(ctx.lang, 'accountsStillPending', { services: transition.refusal.services[ctx.lang] })));
        continue;
      }
      const saved = await save(ctx, profile, transition);
      println(ctx.stdout, ctx.paint.green(t(ctx.lang, 'markedDone', stepParams(ctx, step))));
      if (transition.ok) printOutOfOrder(ctx, transition.warnings);
      return { events: saved, next: 'next-step' };
    }
    if (action === 'skip') {
      // Skipping does not turn auto-refill off: where the answers say the step applies, ask first (default: no).
      const risk = skipRisk(step, buildPlan(state.answers), state);
      if (risk) {
        const [key, params] = skipRiskLine(risk, ctx.lang);
        println(ctx.stdout, ctx.paint.yellow(t(ctx.lang, key, params)));
        if (!(await prompts.askYesNo(ctx.lang, 'askSkipAnyway', false))) continue;
      }
      let reason = await prompts.askText(ctx.lang, 'askSkipReason');
      if (reason && !(await confirmIfSensitive(ctx, prompts, reason))) reason = '';
      const saved = await save(ctx, profile, markSkipped(state, step, at, reason));
      println(ctx.stdout, t(ctx.lang, 'markedSkipped', stepParams(ctx, step)));
      return { events: saved, next: 'next-step' };
    }
    const text = await prompts.askText(ctx.lang, 'askNote');
    if (!text) continue;
    if (!(await confirmIfSensitive(ctx, prompts, text))) {
      println(ctx.stdout, t(ctx.lang, 'noteNotSaved'));
      continue;
    }
    events = await save(ctx, profile, addNote(step, text, at));
    println(ctx.stdout, t(ctx.lang, 'noted', stepParams(ctx, step)));
  }
}

/** Walks the pending steps in order, saving every answer at once. "Later" defers a step to the next session. */
async function walkPlan(ctx: Context, prompts: Prompts, profile: string, events: HistoryEvent[]): Promise<void> {
  const deferred = new Set<string>();
  const start = buildReport(events, ctx.now(), timeZoneOf(ctx));
  println(ctx.stdout, renderProgress(start, lookOf(ctx)));
  if (start.followUps.length) println(ctx.stdout, `\n${ctx.paint.bold(t(ctx.lang, 'datesHeading'))}\n${renderFollowUps(start.followUps, lookOf(ctx))}`);
  // A warning the first step's screen shows is not shown above it as well.
  const first = start.steps.find((candidate) => candidate.status === 'pending');
  const onFirst = new Set(first ? warningsForStep(start.warnings, first.id) : []);
  const general = distinctWarnings(start.warnings.filter((warning) => !onFirst.has(warning)), ctx.lang);
  if (general.length) println(ctx.stdout, `\n${ctx.paint.bold(t(ctx.lang, 'warningsHeading'))}\n${renderWarnings(general, lookOf(ctx))}`);
  for (;;) {
    const report = buildReport(events, ctx.now(), timeZoneOf(ctx));
    const step = report.steps.find((candidate) => candidate.status === 'pending' && !deferred.has(candidate.id));
    if (!step) {
      println(ctx.stdout);
      const left = report.steps.filter((candidate) => candidate.status === 'pending').length;
      const ahead = risksAhead(report.followUps);
      if (left) println(ctx.stdout, t(ctx.lang, 'laterLeft', { count: left }));
      // Never "all done" while a dated risk remains: the dates still ahead instead.
      else if (ahead.length) println(ctx.stdout, `${ctx.paint.bold(t(ctx.lang, 'allDoneRisksAhead'))}\n${renderFollowUps(ahead, lookOf(ctx))}`);
      else println(ctx.stdout, ctx.paint.green(t(ctx.lang, 'allDone')));
      return;
    }
    println(ctx.stdout);
    const carrier = carrierName(report.answers);
    const screen = {
      step,
      total: report.steps.length,
      warnings: warningsForStep(report.warnings, step.id),
      ...(carrier ? { carrier: localize(carrier, ctx.lang) } : {}),
      ...(ctx.stdout.rows ? { maxLines: ctx.stdout.rows - MENU_LINES } : {}),
    };
    println(ctx.stdout, renderStepScreen(screen, lookOf(ctx)));
    println(ctx.stdout);
    const outcome = await handleStep(ctx, prompts, profile, step, events);
    events = outcome.events;
    if (outcome.next === 'later') deferred.add(step.id);
    if (outcome.next === 'quit') {
      println(ctx.stdout, t(ctx.lang, 'quitSaved'));
      return;
    }
  }
}

/** The guided session: the questions on first run (or with --restart), then the plan one step at a time. */
export async function guide(ctx: Context, options: GuideOptions): Promise<void> {
  if (!ctx.stdinIsTTY() || !ctx.stdout.isTTY) throw new UserError(['noTerminal']);
  const profile = loadProfile(ctx).profile;
  // Two sessions on one profile would show each other stale steps: the second is refused.
  const release = ctx.store.claimGuideSession(profile);
  if (!release) throw new UserError(['guideRunning', { profile }]);
  try {
    await runGuide(ctx, options);
  } finally {
    release();
  }
}

async function runGuide(ctx: Context, options: GuideOptions): Promise<void> {
  const loaded = loadProfile(ctx);
  const { profile, state, draft } = loaded;
  let events = loaded.events;
  const prompts = await ctx.loadPrompts();
  const firstRun = state.answers === null;
  if (firstRun || options.restart) {
    if (firstRun && !ctx.langGiven && !ctx.store.readLangPreference()) {
      ctx.lang = await prompts.askLanguage(ctx.lang);
      await ctx.store.setLang(ctx.lang);
    }
    println(ctx.stdout, t(ctx.lang, 'welcome'));
    // A draft left by an interrupted session comes back as the defaults, over any earlier answers.
    const previous = draft ? { ...state.answers, ...draft } : state.answers;
    const answers = await askAnswers(prompts, ctx, previous, (given) => ctx.store.saveDraft(profile, given));
    events = await ctx.store.saveAnswers(profile, answers, ctx.now().toISOString());
    if (!firstRun) println(ctx.stdout, t(ctx.lang, 'answersUpdated'));
  } else println(ctx.stdout, t(ctx.lang, 'welcomeBack'));
  await walkPlan(ctx, prompts, profile, events);
}
