import { lookOf, println, timeZoneOf, type Context } from '../context.js';
import { reportFromState, carrierName } from '../core/report.js';
import { deriveState } from '../core/progress.js';
import { PROFILE_NAME_MAX, profileNameProblem } from '../core/sensitive.js';
import { JSON_SCHEMA_VERSION } from '../core/json.js';
import { DEFAULT_PROFILE } from '../core/store-format.js';
import { EXIT, UserError } from '../errors.js';
import { localize } from '../i18n.js';
import { confirmDestructive } from '../io/notices.js';
import { renderProfiles } from '../io/table.js';
import { listOf, t } from '../text.js';
import { sensitiveKindText } from './support/secrets.js';

function requireValidName(ctx: Context, name: string): void {
  const problem = profileNameProblem(name);
  if (problem === 'invalid') throw new UserError(['profileNameInvalid', { max: PROFILE_NAME_MAX }], EXIT.refused);
  if (problem) throw new UserError(['profileNameSensitive', { kind: sensitiveKindText(ctx, problem) }], EXIT.refused);
}

function requireExisting(ctx: Context, name: string): void {
  const { names } = ctx.store.readOverview();
  if (!names.includes(name)) throw new UserError(['unknownProfile', { name, names: listOf(names) }]);
}

/** Adds a profile for another number and makes it the active one. */
export async function profileAdd(ctx: Context, name: string): Promise<void> {
  requireValidName(ctx, name);
  if (ctx.store.readOverview().names.includes(name)) throw new UserError(['profileExists', { name }]);
  await ctx.store.addProfile(name);
  println(ctx.stdout, t(ctx.lang, 'profileAdded', { name }));
}

export async function profileUse(ctx: Context, name: string): Promise<void> {
  requireExisting(ctx, name);
  await ctx.store.useProfile(name);
  println(ctx.stdout, t(ctx.lang, 'profileUsed', { name }));
}

export async function profileRemove(ctx: Context, name: string, options: { yes?: boolean }): Promise<void> {
  requireExisting(ctx, name);
  // 'default' is in every store's list of profiles (store-format.ts's profileNames): removing it would empty it
  // and leave it there, so say that `reset` is what clears it instead of claiming a removal.
  if (name === DEFAULT_PROFILE) throw new UserError(['profileDefaultStays']);
  if (!(await confirmDestructive(ctx, options.yes, 'profileRemoveConfirm', { name }))) {
    println(ctx.stdout, t(ctx.lang, 'resetCancelled'));
    return;
  }
  const backup = await ctx.store.removeProfile(name, ctx.now());
  println(ctx.stdout, backup ? t(ctx.lang, 'profileRemoved', { name, path: backup }) : t(ctx.lang, 'profileRemovedEmpty', { name }));
}

/** Every profile with its number label, carrier and progress; the active one marked. */
export function profileList(ctx: Context, options: { json?: boolean }): void {
  const overview = ctx.store.readOverview();
  const now = ctx.now();
  const rows = overview.names.map((name) => {
    const report = reportFromState(deriveState(ctx.store.readProfile(name).events), now, timeZoneOf(ctx));
    const carrier = carrierName(report.answers);
    return { name, active: name === overview.activeProfile, label: report.answers?.label ?? null, carrier: carrier ? localize(carrier, ctx.lang) : null, progress: report.progress };
  });
  if (options.json) {
    println(ctx.stdout, JSON.stringify({ schemaVersion: JSON_SCHEMA_VERSION, profiles: rows }, null, 2));
    return;
  }
  // Names and labels are the user's text: the renderer shows them as text (an old store may hold control characters).
  for (const line of renderProfiles(rows, lookOf(ctx))) println(ctx.stdout, line);
}
