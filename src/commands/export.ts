import { println, timeZoneOf, type Context } from '../context.js';
import { buildCalendar, legacyProfileKey, staleFollowUps } from '../core/calendar.js';
import { dateIn } from '../core/dates.js';
import { reportToJson } from '../core/json.js';
import { maskLabel, reportFromState, type Report } from '../core/report.js';
import type { ProfileState } from '../core/progress.js';
import type { HistoryEvent } from '../core/types.js';
import { lineRuleOf } from '../content/lines.js';
import type { MessageKey } from '../content/messages.js';
import { EXIT, UserError } from '../errors.js';
import { renderIcs } from '../io/ics.js';
import { renderMarkdown } from '../io/markdown.js';
import { writeOutput } from '../io/output-file.js';
import { t } from '../text.js';
import { printDefaultPlanHint } from '../io/notices.js';
import { loadProfile } from './support/plan.js';

export interface ExportOptions {
  format?: string;
  output?: string;
  showLabel?: boolean;
}

export const EXPORT_FORMATS = ['md', 'json', 'ics'] as const;
const FORMATS = EXPORT_FORMATS;
type Format = (typeof FORMATS)[number];

/** A printable checklist in the user's language (or the follow-up dates as a calendar); the label is masked unless --show-label. */
export async function exportReport(ctx: Context, options: ExportOptions): Promise<void> {
  const format = (options.format ?? 'md').toLowerCase();
  if (!(FORMATS as readonly string[]).includes(format)) throw new UserError(['invalidFormat', { value: format }], EXIT.usage);
  const { profile, state, plan, events } = loadProfile(ctx);
  const now = ctx.now();
  const report = reportFromState(state, now, timeZoneOf(ctx), plan);
  const rawLabel = state.answers?.label ?? '';
  const label = options.showLabel ? rawLabel : maskLabel(rawLabel);
  const render: Record<Format, () => string | Promise<string>> = {
    json: () => `${JSON.stringify(reportToJson(report, { lang: ctx.lang, profile, label: label || null, detailed: true, now }), null, 2)}\n`,
    md: () => renderMarkdown(report, { lang: ctx.lang, label, now, timeZone: timeZoneOf(ctx) }),
    ics: () => calendarFile(ctx, { profile, events, state, report, label, now }),
  };
  const text = await render[format as Format]();
  if (options.output) {
    const written = writeOutput(options.output, text, ctx.stdout, ctx.store.dir);
    if (written) println(ctx.stderr, t(ctx.lang, 'exportWritten', { path: written }));
  } else ctx.stdout.write(text);
  if (rawLabel && !options.showLabel) println(ctx.stderr, ctx.paintErr.dim(t(ctx.lang, 'maskedLabelHint')));
  printDefaultPlanHint(ctx, state);
}

/** Why there is no calendar to write: no plan yet, no dates yet, or nothing that needs a reminder now. */
function emptyCalendarReason(state: ProfileState): MessageKey {
  if (!state.answers) return 'icsEmptyNoPlan';
  if (!state.answers.renewalDate && lineRuleOf(state.answers.carrier).cycle) return 'icsEmptyNoDates';
  return 'icsEmptyNothingAhead';
}

/**
 * The follow-ups as a calendar, with the ones that applied earlier in the history and no longer do marked
 * cancelled. With neither, the request is refused (exit 1): an empty calendar reminds of nothing, and nothing
 * is written, so an earlier file is not replaced by an empty one.
 */
async function calendarFile(
  ctx: Context,
  { profile, events, state, report, label, now }: { profile: string; events: HistoryEvent[]; state: ProfileState; report: Report; label: string; now: Date },
): Promise<string> {
  const timeZone = timeZoneOf(ctx);
  const stale = staleFollowUps(events, report.followUps, dateIn(now, timeZone), timeZone);
  if (report.followUps.length === 0 && stale.length === 0) throw new UserError([emptyCalendarReason(state)]);
  const profileKey = ctx.store.profileFileId(profile) ?? legacyProfileKey(profile, events);
  const text = await renderIcs(buildCalendar({ current: report.followUps, stale, profileKey, now, timeZone }), { lang: ctx.lang, label, profile, now });
  const count = report.followUps.length;
  if (count) println(ctx.stderr, t(ctx.lang, 'icsSummary', { count }));
  if (stale.length) println(ctx.stderr, t(ctx.lang, count ? 'icsSummaryCancelled' : 'icsOnlyCancelled', { stale: stale.length }));
  return text;
}
