import { println, type Context } from '../context.js';
import { addNote } from '../core/progress.js';
import { t } from '../text.js';
import { loadProfile, refuseTransition, requireStep, stepParams } from './support/plan.js';
import { refuseSensitive } from './support/secrets.js';

export interface NoteOptions {
  force?: boolean;
}

/** Attaches a note (e.g. a confirmation number and date); refuses text that looks like a secret. */
export async function note(ctx: Context, ref: string, words: readonly string[], options: NoteOptions): Promise<void> {
  const { profile, plan } = loadProfile(ctx);
  const step = requireStep(plan, ref);
  const text = words.join(' ');
  const transition = addNote(step, text, ctx.now().toISOString());
  if (!transition.ok) refuseTransition(transition, ctx, step);
  refuseSensitive(ctx, text, options.force ?? false);
  await ctx.store.appendEvents(profile, transition.events);
  println(ctx.stdout, t(ctx.lang, 'noted', stepParams(ctx, step)));
}
