import type { Context } from '../../context.js';
import type { MessageKey } from '../../content/messages.js';
import { detectSensitive, type SensitiveKind } from '../../core/sensitive.js';
import { EXIT, UserError } from '../../errors.js';
import { t } from '../../text.js';

// Free text a command is given (notes, reasons, names) that looks like a secret: refused, in the user's words.

const KIND_KEY: Record<SensitiveKind, MessageKey> = {
  phone: 'kindPhone',
  pin: 'kindPin',
  password: 'kindPassword',
  account: 'kindAccount',
  code: 'kindCode',
  card: 'kindCard',
  ssn: 'kindSsn',
};

/** What a kind of secret is called, in the user's language. */
export function sensitiveKindText(ctx: Context, kind: SensitiveKind): string {
  return t(ctx.lang, KIND_KEY[kind]);
}

/** Refuses free text that looks like a secret unless the user insisted (`--force`). */
export function refuseSensitive(ctx: Context, text: string | undefined, force: boolean): void {
  const kind = text ? detectSensitive(text) : null;
  if (kind && !force) throw new UserError(['sensitiveRefused', { kind: t(ctx.lang, KIND_KEY[kind]) }], EXIT.refused);
}

export function sensitiveMessage(ctx: Context, text: string): string | null {
  const kind = detectSensitive(text);
  return kind ? t(ctx.lang, 'sensitiveRefused', { kind: t(ctx.lang, KIND_KEY[kind]) }) : null;
}
