import type { Directory, DirectoryEntry } from './directory.js';

// Which received messages are verification or security messages, and whose. Pure: a message's text comes in,
// a yes/no and a service come out; the text is never kept.

/** Words that make a message a verification code, in English and Chinese. */
const CODE_WORDS =
  /verification|verify|one[- ]?time|passcode|security code|login code|log-in code|sign[- ]?in code|access code|auth(?:entication|orization)? code|confirmation code|your code|code is|code:|\bcode\b|\bOTP\b|\b2FA\b|two[- ]factor|2-step|验证码|校验码|动态码|动态密码|确认码|安全码|登录码|短信码|认证码|驗證碼/i;
/** A code: 4 to 8 digits (maybe split as 123-456 or 123 456), or Google's G-123456; not an amount. */
const CODE = /(?<![\d$¥€£.,])(?:G-)?\d{3,4}[- ]?\d{2,4}(?![\d%])|(?<![\d$¥€£.,])\d{4,8}(?![\d%.,]\d)/;
/** Security notices that carry no code but show the number is on the account. */
const SECURITY =
  /new (?:sign[- ]?in|login|device)|signed in|password (?:was |has been )?(?:changed|reset)|phone number (?:was |has been )?(?:added|changed)|unusual (?:sign[- ]?in|activity)|登录提醒|异地登录|新设备|密码已(?:修改|重置)|绑定手机|更换手机号/i;
/** Advertising: a text that sells and has no code words is not evidence of an account tied to this number. */
const MARKETING = /\b(?:sale|% off|offer|promo|deal|win|free)\b|优惠|促销|特价|活动|退订|回T|回复TD/i;

export type MessageKind = 'code' | 'security' | null;

export function classify(text: string): MessageKind {
  if (CODE_WORDS.test(text) && CODE.test(text)) return 'code';
  if (SECURITY.test(text) && !MARKETING.test(text)) return 'security';
  return null;
}

/** 【支付宝】 or [Kraken] at the start, or 【…】 at the end as Chinese senders sign. */
const BRAND = /^\s*(?:<#>\s*)?[【\[]([^】\]\n]{1,40})[】\]]|[【]([^】\n]{1,40})[】]\s*$/;
/** A domain written in the message (example.com, m.example.co.uk). */
const DOMAIN = /(?<![\p{L}\p{N}@.-])((?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,24})(?![\p{L}\p{N}-])/giu;

export interface Received {
  text: string;
  /** The sender's address: a short code, a number, or an alphanumeric sender id. */
  sender: string;
}

/** The service a verification or security message comes from, or null when it names none simexit knows. */
export function attribute(message: Received, directory: Directory): DirectoryEntry | null {
  const byCode = directory.byShortCode(message.sender);
  if (byCode) return byCode;
  const brand = BRAND.exec(message.text);
  const brandName = brand?.[1] ?? brand?.[2];
  if (brandName) {
    const named = directory.byName(brandName);
    if (named) return named;
  }
  // An alphanumeric sender id ("Chase", "PAYPAL") names the service.
  if (/[a-z]/i.test(message.sender) && !message.sender.includes('@')) {
    const named = directory.byName(message.sender);
    if (named) return named;
  }
  const named = directory.namedIn(message.text);
  if (named.length) return named[0]!;
  for (const match of message.text.matchAll(DOMAIN)) {
    const byHost = directory.byHost(match[1]!);
    if (byHost) return byHost;
  }
  return null;
}

/**
 * Whether a sender is a person in the user's contacts rather than a service: a saved contact name on a full
 * phone number. Their messages are the user's own conversations, never read as codes (a friend forwarding a
 * code is not an account on this number).
 */
export function isPersonalConversation(sender: string, contactName: string | undefined): boolean {
  const digits = sender.replace(/\D/g, '');
  const saved = contactName !== undefined && contactName !== '' && contactName !== '(Unknown)' && contactName !== 'null';
  return saved && digits.length >= 10 && digits.length === sender.replace(/[\s()+-]/g, '').length;
}
