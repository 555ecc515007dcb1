import { renameSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { println, timeZoneOf, type Context } from '../context.js';
import { reportToJson } from '../core/json.js';
import { maskLabel, reportFromState } from '../core/report.js';
import { EXIT, UserError } from '../errors.js';
import { renderIcs } from '../io/ics.js';
import { renderMarkdown } from '../io/markdown.js';
import { t } from '../text.js';
import { loadProfile, printDefaultPlanHint } from './shared.js';

export interface ExportOptions {
  format?: string;
  output?: string;
  showLabel?: boolean;
}

const FORMATS = ['md', 'json', 'ics'] as const;
type Format = (typeof FORMATS)[number];

/** Writes the file privately (0600) and atomically: a reader never sees half a report. */
function writePrivateFile(file: string, text: string): void {
  const temp = path.join(path.dirname(file), `.${path.basename(file)}.${process.pid}.tmp`);
  try {
    writeFileSync(temp, text, { mode: 0o600 });
    renameSync(temp, file);
  } catch (error) {
    rmSync(temp, { force: true });
    throw new UserError(['outputWriteFailed', { path: file, detail: error instanceof Error && 'code' in error ? String(error.code) : String(error) }]);
  }
}

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
    json: () => `${JSON.stringify(reportToJson(report, { lang: ctx.lang, profile, label: label || null, detailed: true, now }), null, 2)}\n`,
    md: () => renderMarkdown(report, { lang: ctx.lang, label, now, timeZone: timeZoneOf(ctx) }),
    ics: () => renderIcs(report, { lang: ctx.lang, label, profile, now }),
  };
  const text = await render[format as Format]();
  if (format === 'ics' && report.followUps.length === 0) println(ctx.stderr, ctx.paintErr.dim(t(ctx.lang, 'icsEmpty')));
  if (options.output) {
    writePrivateFile(path.resolve(options.output), text);
    println(ctx.stderr, t(ctx.lang, 'exportWritten', { path: path.resolve(options.output) }));
  } else ctx.stdout.write(text);
  if (rawLabel && !options.showLabel) println(ctx.stderr, ctx.paintErr.dim(t(ctx.lang, 'maskedLabelHint')));
  printDefaultPlanHint(ctx, state);
}
