import type { MessageKey } from './content/messages.js';
import type { LocalizedParams } from './i18n.js';

/** The exit codes simexit promises (see README). */
export const EXIT = { ok: 0, refused: 1, usage: 2, interrupted: 130 } as const;

/** A message and its parameters; a parameter may differ by language (a list joined with 、 in Chinese). */
export type MessageLine = [MessageKey, LocalizedParams?];

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
 * Checked by name and shape, not instanceof: the entry bundle (dist/main.js) and each command's bundle
 * (dist/command-*.js) hold a copy of this module, so an error thrown by a command is another copy's class.
 */
export function isUserError(error: unknown): error is UserError {
  return error instanceof Error && error.name === 'UserError' && Array.isArray((error as UserError).lines);
}

/** Ctrl+C or a closed terminal during a prompt. Checked by name so duplicate package copies still match. */
export function isPromptExit(error: unknown): boolean {
  return error instanceof Error && (error.name === 'ExitPromptError' || error.name === 'AbortPromptError');
}

/** The code of a failed file operation (ENOSPC, EACCES…), or the error itself as text. */
export function ioCode(error: unknown): string {
  const code = error instanceof Error ? (error as NodeJS.ErrnoException).code : undefined;
  return typeof code === 'string' ? code : String(error);
}

/** The message line that explains a failed file operation by its error code, in the user's language. */
export function ioReason(error: unknown, dir: string): MessageLine {
  switch (ioCode(error)) {
    case 'ENOSPC':
    case 'EFBIG':
      return ['ioNoSpace'];
    case 'EDQUOT':
      return ['ioQuota'];
    case 'EIO':
      return ['ioError'];
    case 'EROFS':
      return ['ioReadOnly'];
    case 'EACCES':
    case 'EPERM':
      return ['ioDenied', { dir }];
    case 'EBUSY':
      return ['ioBusy'];
    case 'ENAMETOOLONG':
      return ['ioNameTooLong'];
    case 'ENOENT':
    case 'ENOTDIR':
      return ['ioNoFolder', { dir }];
    default:
      return ['ioOther'];
  }
}

/** Whether a file operation failed for a reason the user can act on (not a bug in simexit). */
export function isIoFailure(error: unknown): boolean {
  const code = error instanceof Error ? (error as NodeJS.ErrnoException).code : undefined;
  return typeof code === 'string' && /^E[A-Z]+$/.test(code);
}

/** A failed write of the store: what failed, why, and that the saved progress is as it was. */
export function storeWriteError(file: string, error: unknown): UserError {
  return new UserError([['storeSaveFailed', { path: file, code: ioCode(error) }], ioReason(error, dirOf(file)), ['storeNothingChanged']]);
}

const dirOf = (file: string) => file.replace(/[\\/][^\\/]*$/, '') || '/';
