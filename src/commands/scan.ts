import fs from 'node:fs';
import { lookOf, println, timeZoneOf, type Context } from '../context.js';
import { dateIn } from '../core/dates.js';
import { buildPlan } from '../core/plan.js';
import { JSON_SCHEMA_VERSION } from '../core/json.js';
import { SERVICE_STEP_PREFIX, type Answers, type CustomService } from '../core/types.js';
import { EXIT, isUserError, UserError } from '../errors.js';
import { localize } from '../i18n.js';
import { progressBar, type FoundChoice, type ScanPrompts } from '../io/scan-prompts.js';
import { wrap } from '../io/render.js';
import { evidenceLine, renderScanResult } from '../io/scan-result.js';
import type { ServiceAnswer } from '../io/prompts.js';
import { loadDirectory, scanPaths, type ScanOutcome } from '../scan/engine.js';
import { pickNamed, type FoundService } from '../scan/result.js';
import { listOf, t } from '../text.js';
import { loadProfile } from './support/plan.js';

export interface ScanOptions {
  json?: boolean;
  /** `--add` alone (true), or the services to add, comma-separated. */
  add?: boolean | string;
}

/** What a bare `scan --add` adds: services that sent codes here, or that are in the vault and can text or call. */
export function addedByDefault(found: readonly FoundService[]): FoundService[] {
  return found.filter((each) => each.evidence !== 'vault');
}

function day(ctx: Context, at: number | undefined): string | undefined {
  return at === undefined ? undefined : dateIn(new Date(at), timeZoneOf(ctx));
}

function foundToJson(ctx: Context, found: FoundService) {
  const { entry } = found;
  return {
    id: entry.id,
    stepId: `${SERVICE_STEP_PREFIX}${entry.id}`,
    name: localize(entry.name, ctx.lang),
    directory: entry.kind === 'simexit' ? 'simexit' : '2fa.directory',
    evidence: found.evidence,
    codes: found.codes,
    firstCode: day(ctx, found.first) ?? null,
    lastCode: day(ctx, found.last) ?? null,
    logins: found.logins,
    textsOrCalls: entry.textsOrCalls,
    methods: entry.methods,
    domain: entry.domain ?? null,
    documentation: entry.documentation ?? null,
    regions: entry.regions,
  };
}

/** The plan's inventory with these services added (2fa.directory ones as services added by name). */
export function withFound(inventory: ServiceAnswer, picked: readonly FoundService[]): ServiceAnswer {
  const services = [...inventory.services];
  const customServices: CustomService[] = [...inventory.customServices];
  for (const { entry } of picked) {
    if (entry.kind === 'simexit') {
      if (!services.includes(entry.id)) services.push(entry.id);
    } else if (!customServices.some((custom) => custom.id === entry.id)) {
      customServices.push({
        id: entry.id,
        name: entry.name.en,
        ...(entry.domain ? { domain: entry.domain } : {}),
        ...(entry.methods.length ? { methods: entry.methods } : {}),
        ...(entry.documentation ? { url: entry.documentation } : {}),
      });
    }
  }
  return { services, customServices };
}

/** Scans, drawing the progress bar on a terminal; Ctrl+C says that nothing was kept (main.ts exits with 130). */
async function runScan(ctx: Context, paths: readonly string[]): Promise<ScanOutcome> {
  const bar = progressBar(ctx.stderr, ctx.lang);
  // Ctrl+C: the bar is cleared here, and main.ts says that nothing of the scan was kept (not the guide's words).
  const onInterrupt = () => bar.finish();
  const before = ctx.interruptMessage;
  ctx.interruptMessage = 'scanInterrupted';
  process.prependOnceListener('SIGINT', onInterrupt);
  try {
    return await scanPaths(paths, (progress) => bar.update(progress));
  } finally {
    process.removeListener('SIGINT', onInterrupt);
    ctx.interruptMessage = before;
    bar.finish();
  }
}

/** `simexit scan <file or folder>...` */
export async function scan(ctx: Context, given: string[], options: ScanOptions): Promise<void> {
  const paths = [...given];
  let add = options.add;
  // `scan --add backup.xml`: commander took the file for the list of services.
  if (typeof add === 'string' && fs.existsSync(add)) {
    paths.push(add);
    add = true;
  }
  if (!paths.length) throw new UserError(['scanNoPaths'], EXIT.usage);
  // Refused before reading anything: nothing to add the services to.
  const loaded = add ? loadProfile(ctx) : undefined;
  if (loaded && !loaded.state.answers) throw new UserError(['scanNoPlan']);
  const privacy = t(ctx.lang, 'scanPrivacy');
  // Said before anything is read; with --json on stderr, so stdout stays one JSON document.
  if (options.json) println(ctx.stderr, privacy);
  else println(ctx.stdout, wrap(privacy, lookOf(ctx).width, 0, '', ctx.paint.dim));
  const outcome = await runScan(ctx, paths);
  const found = outcome.tally.ranked();
  let picked: FoundService[] = [];
  if (add) {
    if (typeof add === 'string') {
      const { picked: named, unknown } = pickNamed(found, add.normalize('NFKC').split(','), await loadDirectory());
      if (unknown.length) throw new UserError([['scanAddUnknown', { names: listOf(unknown) }], ['scanAddHint']]);
      picked = named;
    } else picked = addedByDefault(found);
  }
  if (options.json) {
    println(
      ctx.stdout,
      JSON.stringify(
        {
          schemaVersion: JSON_SCHEMA_VERSION,
          scanned: outcome.sources.map((source) => ({ path: source.path, format: source.format, items: source.items })),
          found: found.map((each) => foundToJson(ctx, each)),
          unattributedCodes: outcome.tally.unattributed,
          added: picked.map((each) => each.entry.id),
        },
        null,
        2,
      ),
    );
  } else println(ctx.stdout, renderScanResult(outcome, found, { ...lookOf(ctx), timeZone: timeZoneOf(ctx) }));
  if (!loaded?.state.answers) {
    if (!options.json && found.length) println(ctx.stdout, wrap(t(ctx.lang, 'scanAddHow'), lookOf(ctx).width, 0, '', ctx.paint.dim));
    return;
  }
  const answers: Answers = loaded.state.answers;
  const current = { services: answers.services ?? [], customServices: answers.customServices ?? [] };
  const next = withFound(current, picked);
  const addedCount = next.services.length - current.services.length + next.customServices.length - current.customServices.length;
  if (addedCount > 0) await ctx.store.saveAnswers(loaded.profile, { ...answers, ...next }, ctx.now().toISOString());
  // A number kept where it is (on Google Voice) moves nowhere, so its plan has no account steps: say what was kept.
  const steps = buildPlan({ ...answers, ...next }).some((step) => step.id.startsWith(SERVICE_STEP_PREFIX));
  const message = t(ctx.lang, addedCount === 0 ? 'scanAddedNone' : steps ? 'scanAdded' : 'scanAddedNoSteps', { count: addedCount });
  if (options.json) println(ctx.stderr, message);
  else println(ctx.stdout, ctx.paint.green(message));
}

/** A found service as a line of the guide's checkbox list. */
function choiceOf(ctx: Context, found: FoundService, inventory: ServiceAnswer): FoundChoice {
  const already = inventory.services.includes(found.entry.id) || inventory.customServices.some((custom) => custom.id === found.entry.id);
  return { id: found.entry.id, label: `${localize(found.entry.name, ctx.lang)} — ${evidenceLine(found, ctx.lang, timeZoneOf(ctx))}`, checked: already || found.evidence === 'codes', group: found.evidence };
}

/**
 * The guide's offer, once the user said yes to it (askScanOffer, asked by the guide before this module loads): which
 * files, then a list of what was found, pre-ticked where codes were received. Returns the inventory with the ticked
 * services added; a bad file is explained and the question asked again (an empty answer goes on without scanning).
 */
export async function offerScan(ctx: Context, prompts: ScanPrompts, inventory: ServiceAnswer): Promise<ServiceAnswer> {
  println(ctx.stdout, wrap(t(ctx.lang, 'scanPrivacy'), lookOf(ctx).width, 0, '', ctx.paint.dim));
  for (;;) {
    const paths = await prompts.askScanPaths(ctx.lang);
    if (!paths.length) return inventory;
    let outcome: ScanOutcome;
    try {
      outcome = await runScan(ctx, paths);
    } catch (error) {
      if (!isUserError(error)) throw error;
      error.lines.forEach(([key, params], index) => println(ctx.stdout, index === 0 ? ctx.paint.red(t(ctx.lang, key, params)) : t(ctx.lang, key, params)));
      continue;
    }
    const found = outcome.tally.ranked();
    if (!found.length) {
      println(ctx.stdout, t(ctx.lang, 'scanNothingFound'));
      return inventory;
    }
    const ticked = new Set(await prompts.askFoundServices(ctx.lang, found.map((each) => choiceOf(ctx, each, inventory))));
    // Unticking a service the inventory already had takes it out, as unticking it in the category list would.
    const kept: ServiceAnswer = {
      services: inventory.services.filter((id) => ticked.has(id) || !found.some((each) => each.entry.id === id)),
      customServices: inventory.customServices.filter((custom) => ticked.has(custom.id) || !found.some((each) => each.entry.id === custom.id)),
    };
    return withFound(kept, found.filter((each) => ticked.has(each.entry.id)));
  }
}
