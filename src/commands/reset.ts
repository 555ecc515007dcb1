import { println, type Context } from '../context.js';
import { profileEvents } from '../core/store-format.js';
import { t } from '../text.js';
import { chooseProfile, confirmDestructive } from './shared.js';

export interface ResetOptions {
  yes?: boolean;
}

/** Starts one profile over. Asks first (or needs --yes) and keeps a copy of the file as a backup. */
export async function reset(ctx: Context, options: ResetOptions): Promise<void> {
  const data = ctx.store.read(); // a damaged file is reported, never reset over
  const profile = chooseProfile(ctx, data);
  if (!ctx.store.exists() || profileEvents(data, profile).length === 0) {
    println(ctx.stdout, t(ctx.lang, 'resetNothing'));
    return;
  }
  if (!(await confirmDestructive(ctx, options.yes, 'resetConfirm', { name: profile }))) {
    println(ctx.stdout, t(ctx.lang, 'resetCancelled'));
    return;
  }
  const backup = ctx.store.backup('reset', ctx.now());
  await ctx.store.update((current) => ({ ...current, profiles: { ...current.profiles, [profile]: { ...current.profiles[profile], events: [] } } }));
  println(ctx.stdout, t(ctx.lang, 'resetDone', { path: backup }));
}
