import { println, type Context } from '../context.js';
import { t } from '../text.js';
import { confirmDestructive } from '../io/notices.js';
import { chooseProfile } from './support/plan.js';

export interface ResetOptions {
  yes?: boolean;
}

/** Starts one profile over. Asks first (or needs --yes) and keeps a copy of the file as a backup. */
export async function reset(ctx: Context, options: ResetOptions): Promise<void> {
  // A damaged file is reported, never reset over.
  const profile = chooseProfile(ctx, ctx.store.readOverview());
  if (ctx.store.readProfile(profile).events.length === 0) {
    println(ctx.stdout, t(ctx.lang, 'resetNothing'));
    return;
  }
  if (!(await confirmDestructive(ctx, options.yes, 'resetConfirm', { name: profile }))) {
    println(ctx.stdout, t(ctx.lang, 'resetCancelled'));
    return;
  }
  const backup = await ctx.store.resetProfile(profile, ctx.now());
  // Null only if another process emptied or removed it meanwhile.
  println(ctx.stdout, backup ? t(ctx.lang, 'resetDone', { path: backup }) : t(ctx.lang, 'resetNothing'));
}
