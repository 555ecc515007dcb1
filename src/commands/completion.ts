import type { Command } from 'commander';
import type { Context } from '../context.js';
import { buildPlan } from '../core/plan.js';
import { deriveState } from '../core/progress.js';
import { EXIT, UserError } from '../errors.js';
import { localize } from '../i18n.js';
import { loadTab } from '../lazy.js';

export const SHELLS = ['bash', 'zsh', 'fish', 'powershell'] as const;

/** The active plan's steps, for completing `done <step>` and the like. Never repairs or moves the store. */
function planSteps(ctx: Context): Array<{ id: string; title: string }> {
  const events = ctx.store.peekEvents(ctx.profileFlag);
  if (!events) return [];
  const state = deriveState(events);
  return buildPlan(state.answers).map((step) => ({ id: step.id, title: localize(step.title, ctx.lang) }));
}

/**
 * Shell completion through @bomb.sh/tab, loaded only here. `program` is a fresh copy of the command registry
 * without the completion commands themselves; tab learns commands and options from it, and the step
 * arguments complete from the active plan.
 */
async function completer(ctx: Context, program: Command) {
  const tab = await loadTab();
  const root = tab(program, { completionCommandName: 'completion' });
  for (const [name, argument] of [['done', 'step'], ['skip', 'step'], ['undo', 'step'], ['note', 'step'], ['show', 'step']] as const) {
    root.commands.get(name)?.argument(argument, (complete) => planSteps(ctx).forEach((step) => complete(step.id, step.title)), name === 'done' || name === 'skip');
  }
  return root;
}

/** `simexit completion <shell>`: prints the script that makes the shell ask simexit for completions. */
export async function completionScript(ctx: Context, program: Command, shell: string): Promise<void> {
  if (!(SHELLS as readonly string[]).includes(shell)) throw new UserError(['invalidShell', { value: shell, shells: SHELLS.join(', ') }], EXIT.usage);
  (await completer(ctx, program)).setup('simexit', 'simexit', shell);
}

/** `simexit complete -- <words>`: what the shell scripts call to get candidates for the words typed so far. */
export async function completeWords(ctx: Context, program: Command, words: string[]): Promise<void> {
  (await completer(ctx, program)).parse(words);
}
