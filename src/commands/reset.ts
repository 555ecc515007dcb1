import { println, type Context } from '../context.js';
import { EXIT, UserError } from '../errors.js';
import { t } from '../text.js';

export interface ResetOptions {
  yes?: boolean;
}

/** Starts over. Asks first (or needs --yes), and keeps the old file as a backup rather than deleting it. */
export async function reset(ctx: Context, options: ResetOptions): Promise<void> {
  if (!ctx.store.exists()) {
    println(ctx.stdout, t(ctx.lang, 'resetNothing'));
    return;
  }
  ctx.store.read(); // a damaged file is reported, not reset over
  if (!options.yes) {
    if (!ctx.stdinIsTTY || !ctx.stdout.isTTY) throw new UserError(['resetNeedsYes'], EXIT.refused);
    const prompts = await ctx.loadPrompts();
    if (!(await prompts.askYesNo(ctx.lang, 'resetConfirm', false))) {
      println(ctx.stdout, t(ctx.lang, 'resetCancelled'));
      return;
    }
  }
  const lang = ctx.store.readLangPreference();
  const backup = ctx.store.moveAside('reset', ctx.now());
  if (lang) await ctx.store.setLang(lang);
  println(ctx.stdout, t(ctx.lang, 'resetDone', { path: backup }));
}
