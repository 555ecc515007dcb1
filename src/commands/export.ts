import { println, timeZoneOf, type Context } from '../context.js';
import { reportToJson } from '../core/json.js';
import { maskLabel, reportFromState } from '../core/report.js';
import { EXIT, UserError } from '../errors.js';
import { renderIcs } from '../io/ics.js';
import { renderMarkdown } from '../io/markdown.js';
import { writeOutput } from '../io/output-file.js';
import { t } from '../text.js';
import { loadProfile, printDefaultPlanHint } from './shared.js';

export interface ExportOptions {
  format?: string;
  output?: string;
  showLabel?: boolean;
}

const FORMATS = ['md', 'json', 'ics'] as const;
type Format = (typeof FORMATS)[number];

/** A printable checklist in the user's language (or the follow-up dates as a calendar); the label is masked unless --show-label. */
export async function exportReport(ctx: Context, options: ExportOptions): Promise<void> {
  const format = (options.format ?? 'md').toLowerCase();
  if (!(FORMATS as readonly string[]).includes(format)) throw new UserError(['invalidFormat', { value: format }], EXIT.usage);
  const { profile, state, plan } = loadProfile(ctx);
  const now = ctx.now();
  const report = reportFromState(state, now, timeZoneOf(ctx), plan);
  const rawLabel = state.answers?.label ?? '';
  const label = options.showLabel ? rawLabel : maskLabel(rawLabel);
  const render: Record<Format, () => string | Promise<string>> = {
    json: () => `${JSON.stringify(reportToJson(report, { lang: ctx.lang, profile, label: label || null, detailed: true }), null, 2)}\n`,
    md: () => renderMarkdown(report, { lang: ctx.lang, label, now, timeZone: timeZoneOf(ctx) }),
    ics: () => renderIcs(report, { lang: ctx.lang, label, profile, now }),
  };
  const text = await render[format as Format]();
  if (format === 'ics' && report.followUps.length === 0) println(ctx.stderr, ctx.paintErr.dim(t(ctx.lang, 'icsEmpty')));
  if (options.output) {
    const written = writeOutput(options.output, text, ctx.stdout, ctx.store.dir);
    if (written) println(ctx.stderr, t(ctx.lang, 'exportWritten', { path: written }));
  } else ctx.stdout.write(text);
  if (rawLabel && !options.showLabel) println(ctx.stderr, ctx.paintErr.dim(t(ctx.lang, 'maskedLabelHint')));
  printDefaultPlanHint(ctx, state);
}
