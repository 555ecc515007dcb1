/** What a piece of free text seems to contain that simexit must never store. */
export type SensitiveKind = 'phone' | 'pin' | 'password' | 'account' | 'code';

// Heuristics, tuned to let ordinary notes through ("confirmation 8812345, 2026-11-20") while catching
// what people paste by mistake. A false alarm costs one `--force`; a miss would put a secret on disk.
const ASSIGN = String.raw`\s*(?:is|是|为|[:：=#])?\s*`;
const PATTERNS: Array<[SensitiveKind, RegExp]> = [
  ['password', new RegExp(String.raw`(?:password|passwd|pwd|passcode|密码|口令)\s*(?:is|是|为|[:：=])\s*\S{3,}`, 'i')],
  ['code', new RegExp(String.raw`(?:verification code|security code|one[- ]time code|otp|验证码|校验码|动态码)${ASSIGN}\d{4,8}\b`, 'i')],
  ['pin', new RegExp(String.raw`(?:\bpin\b|pin码|pin 码|密码)${ASSIGN}\d{4,8}\b`, 'i')],
  ['account', new RegExp(String.raw`(?:account|acct|账户|帐户|账号|帐号)\s*(?:number|no\.?|#|号码|号)?${ASSIGN}[A-Za-z]?\d{6,}`, 'i')],
  // A US number written in any usual way: +1 (555) 123-4567, 555.123.4567, 5551234567, 1-555-123-4567.
  ['phone', /(?:^|[^\d])(?:\+?1[\s.-]?)?\(?\d{3}\)?[\s.-]?\d{3}[\s.-]?\d{4}(?!\d)/],
  // Any other long run of digits: 10 or more, however they are grouped.
  ['phone', /\d(?:[\s.-]?\d){9,}/],
];

export function detectSensitive(text: string): SensitiveKind | null {
  const trimmed = text.trim();
  // A note that is nothing but 4 to 8 digits is most likely a PIN or a code.
  if (/^\d{4,8}$/.test(trimmed)) return 'pin';
  for (const [kind, pattern] of PATTERNS) if (pattern.test(trimmed)) return kind;
  return null;
}

export const PROFILE_NAME_MAX = 30;

/** A profile name is typed on command lines: a short nickname with no spaces, never a phone number. */
export function profileNameProblem(name: string): 'invalid' | 'phone' | null {
  if (!name || [...name].length > PROFILE_NAME_MAX || /\s/.test(name) || name.startsWith('-')) return 'invalid';
  return labelLooksLikePhoneNumber(name) ? 'phone' : null;
}

/** Labels are nicknames: anything with 7 or more digits may be (most of) a phone number. */
export function labelLooksLikePhoneNumber(label: string): boolean {
  return (label.match(/\d/g) ?? []).length >= 7;
}
