import { lookOf, println, timeZoneOf, type Context } from '../context.js';
import { reportToJson } from '../core/json.js';
import { reportFromState } from '../core/report.js';
import { renderList } from '../io/render.js';
import { printDefaultPlanHint, printDraftNotice } from '../io/notices.js';
import { loadProfile } from './support/plan.js';

export interface ListOptions {
  all?: boolean;
  json?: boolean;
}

/** Progress, the remaining steps in order, and the warnings that apply now. */
export function list(ctx: Context, options: ListOptions): void {
  const { profile, profileCount, state, plan, draft } = loadProfile(ctx);
  const report = reportFromState(state, ctx.now(), timeZoneOf(ctx), plan);
  const label = state.answers?.label ?? '';
  if (options.json) {
    const json = reportToJson(report, { lang: ctx.lang, profile, label: label || null });
    println(ctx.stdout, JSON.stringify(json, null, 2));
    printDefaultPlanHint(ctx, state);
    if (!state.answers && draft) printDraftNotice(ctx, draft);
    return;
  }
  const shown = profileCount > 1 ? { profile } : {};
  println(ctx.stdout, renderList(report, lookOf(ctx), { all: options.all ?? false, label, ...shown }));
  if (!state.answers && draft) printDraftNotice(ctx, draft);
}
