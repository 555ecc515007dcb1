import { invocationOf, lookOfStderr, println, type Context } from '../context.js';
import { buildPlan, type PlanStep } from '../core/plan.js';
import { deriveState, type ProfileState, type RaisedWarning, type Transition } from '../core/progress.js';
import { detectSensitive, type SensitiveKind } from '../core/sensitive.js';
import { findStep, normalizeRef } from '../core/step-ref.js';
import type { Answers, HistoryEvent } from '../core/types.js';
import { warningDef, type SkipRisk } from '../core/warnings.js';
import type { MessageKey } from '../content/messages.js';
import { EXIT, UserError, type MessageLine } from '../errors.js';
import { localize, setInvocation, type Lang, type Localized, type Params } from '../i18n.js';
import type { YesNoQuestion } from '../io/prompts.js';
import { renderWarnings, wrap } from '../io/render.js';
import type { StoreOverview } from '../io/store.js';
import { t } from '../text.js';

/** The active profile as commands need it: its history, what it means now, and the plan. */
export interface Loaded {
  profile: string;
  /** Answers saved from an interrupted guided session, if any. */
  draft?: Partial<Answers>;
  /** How many profiles the store holds: with more than one, output names the profile it shows. */
  profileCount: number;
  events: HistoryEvent[];
  state: ProfileState;
  plan: PlanStep[];
  /**
   * The plan as it was before the answers last changed, when nothing has been recorded since: a step number the
   * user saw before that change may now name another step.
   */
  renumbered?: PlanStep[];
}

/** The plan before the latest answers, when the answers are the latest event and replaced earlier ones. */
function planBeforeChange(events: readonly HistoryEvent[]): PlanStep[] | undefined {
  const last = events.at(-1);
  if (last?.type !== 'answers') return undefined;
  // The first answers replace the general plan, whose numbers nobody relies on: only a change counts.
  const previous = events.slice(0, -1).findLast((event) => event.type === 'answers');
  return previous?.type === 'answers' ? buildPlan(previous.answers) : undefined;
}

/** The profile this command works on: --profile if given (it must exist), else the active one. */
export function chooseProfile(ctx: Context, overview: StoreOverview): string {
  const wanted = ctx.profileFlag;
  if (wanted === undefined) return overview.activeProfile;
  const { names } = overview;
  if (!names.includes(wanted)) {
    // Its hints must not name the profile that does not exist.
    setInvocation(invocationOf(ctx.env, undefined));
    throw new UserError(['unknownProfile', { name: wanted, names: names.join(', ') }]);
  }
  return wanted;
}

export function loadProfile(ctx: Context): Loaded {
  const overview = ctx.store.readOverview();
  const profile = chooseProfile(ctx, overview);
  const { events, draft } = ctx.store.readProfile(profile);
  const state = deriveState(events);
  const renumbered = planBeforeChange(events);
  return { profile, profileCount: overview.names.length, events, state, plan: buildPlan(state.answers), ...(draft ? { draft } : {}), ...(renumbered ? { renumbered } : {}) };
}

/**
 * The step a user named, or a refusal listing the closest ids. A number that named another step before the answers
 * last changed (and nothing was recorded since) is refused rather than guessed.
 */
export function requireStep(plan: readonly PlanStep[], ref: string, renumbered?: readonly PlanStep[]): PlanStep {
  const found = findStep(plan, ref);
  if (found.ok) {
    const number = /^#?(\d{1,3})$/.exec(normalizeRef(ref))?.[1];
    const before = number && renumbered ? renumbered[Number(number) - 1] : undefined;
    if (before && before.id !== found.step.id) {
      throw new UserError(['stepNumbersChanged', { number: Number(number), was: before.id, now: found.step.id, id: found.step.id }]);
    }
    return found.step;
  }
  if ('ambiguous' in found) throw new UserError([['ambiguousStep', { ref: found.ref, ids: listOf(found.ambiguous) }]]);
  const lines: MessageLine[] = [['unknownStep', { ref: found.ref }]];
  if (found.suggestions.length) lines.push(['closestSteps', { ids: listOf(found.suggestions) }]);
  lines.push(['seeList']);
  throw new UserError(lines);
}

/** Ids as a list in each language: "a, b" in English, "a、b" in Chinese. */
function listOf(ids: readonly string[]): Localized {
  return { en: ids.join(t('en', 'listSeparator')), zh: ids.join(t('zh', 'listSeparator')) };
}

export function stepParams(ctx: Context, step: PlanStep) {
  return { number: step.number, title: localize(step.title, ctx.lang) };
}

export function refuseTransition(transition: Transition, ctx: Context, step: PlanStep): never {
  if (transition.ok) throw new Error('refuseTransition called with an accepted transition');
  const key: MessageKey = transition.refusal.kind === 'nothing-to-undo' ? 'nothingToUndo' : 'emptyNote';
  throw new UserError([key, stepParams(ctx, step)]);
}

const KIND_KEY: Record<SensitiveKind, MessageKey> = {
  phone: 'kindPhone',
  pin: 'kindPin',
  password: 'kindPassword',
  account: 'kindAccount',
  code: 'kindCode',
  card: 'kindCard',
  ssn: 'kindSsn',
};

/** What a kind of secret is called, in the user's language. */
export function sensitiveKindText(ctx: Context, kind: SensitiveKind): string {
  return t(ctx.lang, KIND_KEY[kind]);
}

/** Refuses free text that looks like a secret unless the user insisted (`--force`). */
export function refuseSensitive(ctx: Context, text: string | undefined, force: boolean): void {
  const kind = text ? detectSensitive(text) : null;
  if (kind && !force) throw new UserError(['sensitiveRefused', { kind: t(ctx.lang, KIND_KEY[kind]) }], EXIT.refused);
}

export function sensitiveMessage(ctx: Context, text: string): string | null {
  const kind = detectSensitive(text);
  return kind ? t(ctx.lang, 'sensitiveRefused', { kind: t(ctx.lang, KIND_KEY[kind]) }) : null;
}

/** Warnings shown when a step was marked done before the steps it depends on. */
export function printOutOfOrder(ctx: Context, raised: readonly RaisedWarning[]): void {
  if (!raised.length) return;
  const look = lookOfStderr(ctx);
  const warnings = raised.map(({ id, params }) => {
    const def = warningDef(id);
    return { id, severity: def.severity, def, params };
  });
  println(ctx.stderr, look.paint.yellow(t(ctx.lang, 'outOfOrder')));
  println(ctx.stderr, renderWarnings(warnings, look));
}

/**
 * Confirms a destructive action: --yes goes ahead, no terminal refuses (never a silent default), and
 * otherwise the user is asked, defaulting to no.
 */
export async function confirmDestructive(ctx: Context, yes: boolean | undefined, question: YesNoQuestion, params: Params): Promise<boolean> {
  if (yes) return true;
  if (!ctx.stdinIsTTY() || !ctx.stdout.isTTY) throw new UserError(['needsYes'], EXIT.refused);
  const prompts = await ctx.loadPrompts();
  return prompts.askYesNo(ctx.lang, question, false, params);
}

/** The one-line hint that the plan is the general one, on stderr so data on stdout stays clean. */
export function printDefaultPlanHint(ctx: Context, state: ProfileState): void {
  if (!state.answers) println(ctx.stderr, wrap(t(ctx.lang, 'defaultPlanHint'), lookOfStderr(ctx).width, 0, '', ctx.paintErr.dim));
}

/**
 * Questions answered in a guided session that was interrupted are kept as a draft, used once the questions are
 * finished: until then the plan is the general one, so say so, with the renewal date if one was given (the date
 * that matters most, which the general plan cannot show).
 */
export function printDraftNotice(ctx: Context, draft: Partial<Answers>): void {
  const renewal = draft.renewalDate;
  const text = t(ctx.lang, renewal ? 'draftNoticeRenewal' : 'draftNotice', { count: Object.keys(draft).length, ...(renewal ? { renewal } : {}) });
  println(ctx.stderr, wrap(text, lookOfStderr(ctx).width, 0, '', ctx.paintErr.yellow));
}

/** Why skipping leaves something at risk, in the user's words: shared by the command line and the guide. */
export function skipRiskLine(risk: SkipRisk, lang: Lang): MessageLine {
  if (risk.id === 'move-accounts') return risk.services ? ['skipNeedsForceAccounts', { services: risk.services[lang] }] : ['skipNeedsForceAccountsUnsure'];
  const answer = t(lang, risk.id === 'autopay' ? (risk.answer === 'yes' ? 'answerOn' : 'answerMaybeOn') : risk.answer === 'yes' ? 'answerABalance' : 'answerMaybeABalance');
  return [risk.id === 'autopay' ? 'skipNeedsForceAutopay' : 'skipNeedsForceBalance', { answer }];
}
