import type { MessageKey } from './content/messages.js';
import type { Params } from './i18n.js';

/** The exit codes simexit promises (see README). */
export const EXIT = { ok: 0, refused: 1, usage: 2, interrupted: 130 } as const;

export type MessageLine = [MessageKey, Params?];

/**
 * A refusal or invalid request the user can act on. It carries message keys, not text, so the one exit
 * boundary (main.ts) prints it in the user's language without a stack trace.
 */
export class UserError extends Error {
  readonly lines: MessageLine[];
  readonly exitCode: number;

  constructor(lines: MessageLine | MessageLine[], exitCode: number = EXIT.refused) {
    const list = (Array.isArray(lines[0]) ? lines : [lines]) as MessageLine[];
    super(list.map(([key]) => key).join(' '));
    this.name = 'UserError';
    this.lines = list;
    this.exitCode = exitCode;
  }
}

/**
 * Checked by name and shape, not instanceof: the entry bundle (dist/main.js) and the commands bundle
 * (dist/app.js) each hold a copy of this module, so an error thrown by a command is another copy's class.
 */
export function isUserError(error: unknown): error is UserError {
  return error instanceof Error && error.name === 'UserError' && Array.isArray((error as UserError).lines);
}

/** Ctrl+C or a closed terminal during a prompt. Checked by name so duplicate package copies still match. */
export function isPromptExit(error: unknown): boolean {
  return error instanceof Error && (error.name === 'ExitPromptError' || error.name === 'AbortPromptError');
}
