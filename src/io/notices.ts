import { lookOfStderr, println, type Context } from '../context.js';
import type { ProfileState, RaisedWarning } from '../core/progress.js';
import type { Answers } from '../core/types.js';
import { warningDef, type SkipRisk } from '../core/warnings.js';
import { EXIT, UserError, type MessageLine } from '../errors.js';
import type { Lang, Params } from '../i18n.js';
import type { YesNoQuestion } from './prompts.js';
import { renderWarnings, wrap } from './render.js';
import { t } from '../text.js';

// What commands tell the user beside their result, on standard error (hints, out-of-order warnings, a draft),
// and the one question a destructive command asks.

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
