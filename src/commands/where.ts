import { println, type Context } from '../context.js';
import { JSON_SCHEMA_VERSION } from '../core/json.js';
import { t } from '../text.js';

/** Prints the progress file's path (on stdout, alone, so scripts can use it). */
export function where(ctx: Context, options: { json?: boolean } = {}): void {
  // `where` tells how the store is; remembering `--lang` after it (main.ts does so when a command succeeds) would
  // create the file it has just called missing. The language still applies to this run.
  ctx.langGiven = false;
  if (options.json) {
    println(ctx.stdout, JSON.stringify({ schemaVersion: JSON_SCHEMA_VERSION, path: ctx.store.path, exists: ctx.store.exists() }, null, 2));
    return;
  }
  println(ctx.stdout, ctx.store.path);
  if (!ctx.store.exists()) println(ctx.stderr, ctx.paintErr.dim(t(ctx.lang, 'whereMissing')));
}
