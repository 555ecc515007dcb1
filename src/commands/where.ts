import { println, type Context } from '../context.js';
import { t } from '../text.js';

/** Prints the progress file's path (on stdout, alone, so scripts can use it). */
export function where(ctx: Context): void {
  println(ctx.stdout, ctx.store.path);
  if (!ctx.store.exists()) println(ctx.stderr, ctx.paintErr.dim(t(ctx.lang, 'whereMissing')));
}
