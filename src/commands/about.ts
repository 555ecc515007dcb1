import { lookOf, println, type Context } from '../context.js';
import { TWOFA_DIRECTORY, TWOFA_DIRECTORY_LICENSE } from '../content/credits.js';
import { wrap } from '../io/render.js';
import { t } from '../text.js';

/** What simexit is, where its facts come from, and the notices of the data it ships. */
export function about(ctx: Context, version: string): void {
  const look = lookOf(ctx);
  println(ctx.stdout, wrap(t(ctx.lang, 'aboutIntro', { version }), look.width, 0, ''));
  println(ctx.stdout);
  println(ctx.stdout, wrap(t(ctx.lang, 'aboutSources'), look.width, 0, ''));
  println(ctx.stdout);
  println(ctx.stdout, wrap(t(ctx.lang, 'aboutTwofa', TWOFA_DIRECTORY), look.width, 0, ''));
  println(ctx.stdout);
  println(ctx.stdout, TWOFA_DIRECTORY_LICENSE);
}
