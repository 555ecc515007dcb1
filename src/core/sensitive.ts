/** What a piece of free text seems to contain that simexit must never store. */
export type SensitiveKind = 'phone' | 'pin' | 'password' | 'account' | 'code' | 'card' | 'ssn';

// One detector for every free text simexit stores (notes, skip reasons, custom service names, profile names,
// labels). Tuned to let ordinary notes through ("confirmation C-88123, 2026-11-20") while catching what people
// paste by mistake; a false alarm costs one `--force`, a miss puts a secret on disk.
//
// Labels, custom service names and profile names go through the same detector, plus one stricter rule of
// their own (7 digits or more, whatever stands between them: a nickname needs no more).
//
// It runs in time linear in the text: the text is normalised once (NFKC folds full-width digits and letters,
// every other Unicode decimal digit becomes its ASCII digit, invisible characters are dropped), digits are
// grouped in one pass, each keyword is followed by a look at a bounded window after it, and each code word by a
// look at a bounded window before it (no pattern here can backtrack over more than WINDOW characters).

/** How far after a keyword its value is looked for. */
const WINDOW = 48;

/** Zero-width and bidi control characters, which can hide a number's shape: dropped before looking. */
const INVISIBLE = /[\u00ad\u061c\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u206f\ufeff]/g;

/** A decimal digit NFKC leaves alone (Arabic-Indic ٤, Devanagari ४, Bengali ৪…): matched as ASCII too. */
const IS_DIGIT = /^\p{Nd}$/u;

/**
 * A decimal digit's value, or -1. Unicode assigns decimal digits only in whole runs from 0 to 9 (its stability
 * policy for Numeric_Type=Decimal), some back to back: the value is the distance from the run's start, modulo
 * 10 (at most 60 steps back).
 */
function digitValue(point: number): number {
  if (!IS_DIGIT.test(String.fromCodePoint(point))) return -1;
  let start = point;
  while (IS_DIGIT.test(String.fromCodePoint(start - 1))) start--;
  return (point - start) % 10;
}

/** The value of each character of the Basic Multilingual Plane, found on first sight (-2: not yet looked at). */
let bmpDigits: Int8Array | undefined;

/** The astral-plane characters met so far, by code point, and their value (Adlam, Osmanya… digits; -1: none). */
const astralDigits = new Map<number, number>();
/** Stands for the second half of an astral digit in the copy, then is dropped (a noncharacter: never text). */
const DROPPED = 0xffff;

/** Every decimal digit as its ASCII digit, in one pass over the text (a copy only when there is one). */
function asciiDigits(text: string): string {
  let codes: Uint16Array | undefined;
  let dropped = false;
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index);
    let value = -1;
    let width = 1;
    if (code >= 0xd800 && code <= 0xdbff) {
      const low = text.charCodeAt(index + 1);
      if (low >= 0xdc00 && low <= 0xdfff) {
        const point = (code - 0xd800) * 0x400 + (low - 0xdc00) + 0x10000;
        let known = astralDigits.get(point);
        if (known === undefined) astralDigits.set(point, (known = digitValue(point)));
        value = known;
        width = 2;
      }
    } else if (code >= 0x660 && !(code >= 0xdc00 && code <= 0xdfff)) {
      const table = (bmpDigits ??= new Int8Array(0x10000).fill(-2));
      value = table[code]!;
      if (value === -2) table[code] = value = digitValue(code);
    }
    if (value >= 0 && !codes) {
      codes = new Uint16Array(text.length);
      for (let before = 0; before < index; before++) codes[before] = text.charCodeAt(before);
    }
    if (codes) {
      codes[index] = value >= 0 ? 48 + value : code;
      if (width === 2) codes[index + 1] = value >= 0 ? DROPPED : text.charCodeAt(index + 1);
      dropped ||= width === 2 && value >= 0;
    }
    index += width - 1;
  }
  if (!codes) return text;
  const mapped = new TextDecoder('utf-16le').decode(codes);
  return dropped ? mapped.replace(/\uffff/g, '') : mapped;
}

export function normalizeForCheck(text: string): string {
  return asciiDigits(text.normalize('NFKC').replace(INVISIBLE, '')).toLowerCase();
}

/** Characters that may stand between the digits of one number: spaces, dashes, dots, underscores, brackets, plus, slashes. */
const SEPARATORS = new Set([...' \t\n\r\u00a0\u3000-\u2010\u2011\u2012\u2013\u2014\u2015\u2212_.·•()+~*/\\'].map((char) => char.charCodeAt(0)));
const MAX_SEPARATOR_RUN = 3;

interface DigitRun {
  /** The run's first 20 digits (enough to tell a card from a longer number) and how many there are. */
  digits: string;
  count: number;
  /** Where the run starts and ends in the text. */
  start: number;
  end: number;
}

/** Numbers as runs of digits joined by at most MAX_SEPARATOR_RUN separators: "415 - 555 - 0134" is one run. */
function digitRuns(text: string, min: number): DigitRun[] {
  // Only runs of `min` digits or more are kept: most text has many short numbers and none of them matters.
  const runs: DigitRun[] = [];
  let start = -1;
  let end = -1;
  let count = 0;
  let gap = 0;
  const close = () => {
    if (count >= min) {
      let digits = '';
      for (let index = start; digits.length < 20 && index < end; index++) if (isDigitCode(text.charCodeAt(index))) digits += text[index];
      runs.push({ digits, count, start, end });
    }
    start = -1;
    count = 0;
  };
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index);
    if (code >= 48 && code <= 57) {
      if (start < 0 || gap > MAX_SEPARATOR_RUN) {
        close();
        start = index;
      }
      count++;
      end = index + 1;
      gap = 0;
    } else if (start >= 0 && SEPARATORS.has(code)) gap++;
    else {
      close();
      gap = 0;
    }
  }
  close();
  return runs;
}

/** Dates (2026-11-20, 2026/11/20, 11/20/2026, 20.11.2026, 2026年11月20日) are replaced by a letter: they are not secrets. */
const MONTH = '(?:0?[1-9]|1[0-2])';
const DAY = '(?:0?[1-9]|[12]\\d|3[01])';
const DATE = new RegExp(
  `(?<!\\d)(?:\\d{4}\\s?[-./年]\\s?${MONTH}\\s?[-./月]\\s?${DAY}日?|${DAY}[-./]${DAY}[-./](?:\\d{4}|\\d{2}))(?!\\d)` +
    // With slashes joining a number's digits, shorter dates too: 12/2025, 2026/11, 10/15 (never inside a longer run of slashes).
    `|(?<![\\d/])(?:${MONTH}/(?:19|20)\\d{2}|(?:19|20)\\d{2}/${MONTH}|${MONTH}/${DAY})(?![\\d/])`,
  'g',
);

const withoutDates = (text: string) => text.replace(DATE, 'd');

/** The Luhn checksum every payment card number satisfies. */
function luhn(digits: string): boolean {
  let sum = 0;
  for (let index = 0; index < digits.length; index++) {
    let digit = digits.charCodeAt(digits.length - 1 - index) - 48;
    if (index % 2 === 1) digit = digit * 2 > 9 ? digit * 2 - 9 : digit * 2;
    sum += digit;
  }
  return sum % 10 === 0;
}

/** Keywords (both languages) whose value is a secret, and the shape of that value. */
interface Keyword {
  kind: SensitiveKind;
  words: string[];
  /** The value, tried at the start of the bounded window after the keyword. */
  value: { test(window: string): boolean };
  /** How many digits the value's number has at least (its first digit is the first one after the keyword). */
  minDigits?: number;
}

/** Between a keyword and its value: qualifiers, an assignment, separators (all bounded, in the window). */
const LEAD = String.raw`^(?:\s|[-_:：=#＃.,，(（)）'"“”]|['’]s(?![a-z])|is|was|are|no|number|num|nr|id|code|码|号码|号|是|为|：)*`;
const digitsWith = (min: number) => String.raw`\d(?:[\s\-_.]{0,3}\d){${min - 1},}`;
/** What digitsWith() lets stand between two digits: [\s\-_.]. */
const isValueSeparator = (code: number) => code === 32 || code === 45 || code === 95 || code === 46 || (code >= 9 && code <= 13) || (code >= 128 && /\s/.test(String.fromCharCode(code)));

const KEYWORDS: Keyword[] = [
  {
    kind: 'ssn',
    words: ['ssn', 'social security', 'itin', 'tax id', '社会安全号', '社安号', '社保号', '安全号'],
    value: new RegExp(`${LEAD}${digitsWith(4)}`),
    minDigits: 4,
  },
  {
    kind: 'card',
    words: ['card number', 'card no', 'credit card', 'debit card', 'card', '卡号', '信用卡', '银行卡', '借记卡'],
    value: new RegExp(`${LEAD}${digitsWith(8)}`),
    minDigits: 8,
  },
  {
    kind: 'card',
    words: ['cvv', 'cvv2', 'cvc', '安全码'],
    value: new RegExp(`${LEAD}\\d{3,4}(?!\\d)`),
    minDigits: 3,
  },
  {
    kind: 'code',
    words: ['sms code', 'text code', 'auth code', '2fa code', 'login code', 'otp', 'code', 'verify', '验证码', '校验码', '动态码', '短信码', '代码'],
    value: new RegExp(`${LEAD}${digitsWith(4)}`),
    minDigits: 4,
  },
  {
    // What a bank or a carrier calls a code of 3 digits or more.
    kind: 'code',
    words: ['verification code', 'security code', 'one-time code', 'one time code', 'one-time passcode', 'one time passcode'],
    value: new RegExp(`${LEAD}${digitsWith(3)}`),
    minDigits: 3,
  },
  {
    kind: 'pin',
    words: ['transfer pin', 'port-out pin', 'port out pin', 'account pin', 'pin code', 'pin', 'passcode', '转出pin', '转网pin', 'pin码'],
    value: new RegExp(`${LEAD}${digitsWith(4)}`),
    minDigits: 4,
  },
  {
    kind: 'password',
    words: ['password', 'passwd', 'pass word', 'pwd', 'pw', 'passphrase', '密码', '口令', '密碼'],
    value: { test: passwordValue },
  },
  {
    // "pass" is an ordinary word ("boarding pass", "the pass is expired"): only "pass: …" or "pass = …".
    kind: 'password',
    words: ['pass'],
    value: /^\s{0,3}[:：=]\s{0,3}[^\s,，。;；]{3}/,
  },
  {
    kind: 'account',
    words: ['account', 'acct', 'a/c', 'acc no', 'member id', 'customer id', '账户', '帐户', '账号', '帐号', '户号', '客户号', '会员号'],
    value: new RegExp(`${LEAD}[a-z]{0,3}[-\\s]?${digitsWith(6)}`),
    minDigits: 6,
  },
];

const PASSWORD_SKIP = new Set([...' \t\'"“”-_']);
const TOKEN_END = new Set([...' \t\n,，。;；']);
const SECRET_CHAR = /[\d!@#$%^&*?]/;
/** What a password's value may follow or hold: a symbol or an assignment. By code: looking a character up costs a string each. */
const MARKS = new Set([...'!@#$%^&*?:：=是为'].map((char) => char.charCodeAt(0)));
const ASSIGN_WORD = /^[\s'"“”\-_]*(?:is(?![a-z])|是|为)/;

/** A password's value: anything of 3 or more characters after "is" / ":" / "=", or a word with a digit or a symbol. */
function passwordValue(window: string): boolean {
  let index = 0;
  while (index < window.length && PASSWORD_SKIP.has(window[index]!)) index++;
  let assigned = false;
  for (const word of ['is', '是', '为', ':', '：', '=']) {
    if (window.startsWith(word, index) && (word !== 'is' || !/[a-z]/.test(window[index + 2] ?? ''))) {
      assigned = true;
      index += word.length;
      while (index < window.length && PASSWORD_SKIP.has(window[index]!)) index++;
      break;
    }
  }
  let end = index;
  while (end < window.length && !TOKEN_END.has(window[end]!)) end++;
  const token = window.slice(index, end);
  return token.length >= 3 && (assigned || SECRET_CHAR.test(token));
}

/** 密码 is both "password" and "PIN": digits alone after it are a PIN. */
const PIN_DIGITS = new RegExp(`${LEAD}\\d{4,8}(?!\\d)`);

interface Trie {
  end: boolean;
  next: Map<string, Trie>;
}

/**
 * The keywords as one pattern, factored by their common beginnings (a trie: `a(?:cc(?:ount|t)|/c)…`): at each
 * position of the text at most one branch can go on, so finding them costs the same however many there are,
 * and a longer keyword wins over its beginning ("pin code" over "pin").
 */
function trieSource(words: readonly string[]): string {
  const root: Trie = { end: false, next: new Map() };
  for (const word of words) {
    let node = root;
    for (const char of word) {
      if (!node.next.has(char)) node.next.set(char, { end: false, next: new Map() });
      node = node.next.get(char)!;
    }
    node.end = true;
  }
  const source = (node: Trie): string => {
    const branches = [...node.next].map(([char, child]) => char.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&') + source(child));
    if (branches.length === 0) return '';
    const body = branches.length === 1 ? branches[0]! : `(?:${branches.join('|')})`;
    return node.end ? `(?:${body})?` : body;
  };
  return source(root);
}

/** The keyword tables, built on first use: every command loads this module, few check text (about 1 ms at load). */
let keywordTables: { longest: number; pattern: RegExp; of: Map<string, (typeof KEYWORDS)[number]> } | undefined;
function keywords() {
  return (keywordTables ??= {
    longest: Math.max(...KEYWORDS.flatMap(({ words }) => words.map((word) => word.length))),
    pattern: new RegExp(trieSource(KEYWORDS.flatMap(({ words }) => words)), 'g'),
    of: new Map(KEYWORDS.flatMap((keyword) => keyword.words.map((word) => [word, keyword] as const))),
  });
}

/** Words that make a number before them innocent: a confirmation, ticket or order number. */
const CONFIRMATION = /(?:confirmation|confirm|conf|ticket|order|case|reference|ref|tracking|确认号|确认编号|工单|订单|单号|参考号|编号)\W{0,3}(?:number|no|num|#|号码|号)?\W{0,3}$/;

/** Words that make a "code" innocent: a confirmation, promo, zip or error code. */
const CONFIRMATION_BEFORE = /(?:confirmation|confirm|conf|order|ticket|reference|ref|tracking|promo|coupon|discount|zip|postal|post|area|country|error|qr|bar|确认|订单|优惠|邮政|邮编|区号|国家|错误)\W{0,2}$/;

/** Code words a code's number may come before: "482193 is your code", "482193 是你的验证码", "Use 482193 to verify". */
const CODE_AFTER = /code|verify|验证码|校验码|动态码|代码/g;
/** How far before such a word its number is looked for, and what may not stand between them (another sentence). */
const CODE_GAP = 40;
const SENTENCE_END = new Set([...'.,;!?。，；！？\n']);
/**
 * How the words between a code and its word begin in the messages that carry codes ("482193 is your code",
 * "Use 482193 to verify", "482193 是您的验证码", "482193 校验码"); "ending 4821 receives the codes" is no code.
 */
const CODE_GAP_START = /^[\s:：\-–—)）\]】]*(?:$|(?:is|are|was|to|as|your|for)(?![a-z])|是|为|你的|您的|即)/;
/** Words that make the number after them the last digits of a phone or card number. */
const LAST_FOUR = /(?:ending|ends|end|last|final|tail|尾号|尾数|末尾|后四位|末四位)(?:\s?(?:in|with|4|four|digits|是|为))*\W{0,3}$/;
/** What makes the number before a code word something else: a price, an order number, a decimal, a time. */
const NOT_A_CODE_BEFORE = new Set([...'$#.:/']);

/**
 * A code given before its code word, within the same sentence: a number of 4 to 8 digits standing alone (a
 * year is not one). Each code word looks back at most CODE_GAP + 9 characters: linear in the text.
 */
function codeBefore(text: string): SensitiveKind | null {
  let lastDigit = -1; // the last digit before the position reached, found by a pass that only moves forward
  let scanned = 0;
  const pattern = new RegExp(CODE_AFTER);
  for (let match = pattern.exec(text); match; match = pattern.exec(text)) {
    const at = match.index;
    for (; scanned < at; scanned++) {
      const code = text.charCodeAt(scanned);
      if (code >= 48 && code <= 57) lastDigit = scanned;
    }
    if (lastDigit < 0 || at - lastDigit > CODE_GAP) continue;
    let gapOk = true;
    for (let index = lastDigit + 1; index < at && gapOk; index++) gapOk = !SENTENCE_END.has(text[index]!);
    if (!gapOk || !CODE_GAP_START.test(text.slice(lastDigit + 1, at)) || CONFIRMATION_BEFORE.test(text.slice(Math.max(0, at - 16), at))) continue;
    let start = lastDigit;
    while (start > 0 && lastDigit - start < 9 && isDigitCode(text.charCodeAt(start - 1))) start--;
    const digits = text.slice(start, lastDigit + 1);
    if (digits.length < 4 || digits.length > 8 || (start > 0 && (isDigitCode(text.charCodeAt(start - 1)) || NOT_A_CODE_BEFORE.has(text[start - 1]!)))) continue;
    if (digits.length === 4 && /^(?:19|20)\d\d$/.test(digits)) continue; // a year
    const before = text.slice(Math.max(0, start - 30), start);
    if (CONFIRMATION.test(before) || LAST_FOUR.test(before)) continue; // an order or ticket number, a number's last digits
    if (NOT_A_CODE_BEFORE.has(text[lastDigit + 1]!) && isDigitCode(text.charCodeAt(lastDigit + 2))) continue; // 18:00, 10.50
    return 'code';
  }
  return null;
}

const isDigitCode = (code: number) => code >= 48 && code <= 57;
const isLetterCode = (code: number) => code >= 97 && code <= 122;
const isWordCode = (code: number) => isLetterCode(code) || (code >= 48 && code <= 57);

function keywordValue(text: string): SensitiveKind | null {
  // Where the next digit is, from each position: most keywords need one in their window, and most windows
  // have none, so they are passed over without running their pattern.
  const nextDigit = new Int32Array(text.length + 1).fill(text.length);
  const nextMark = new Int32Array(text.length + 1).fill(text.length); // a digit, a symbol or an assignment
  // At each digit: how many digits the number starting there has, as digitsWith() counts them (at most 3
  // separators between two digits). A keyword whose value needs more is passed over without its pattern.
  const runDigits = new Int32Array(text.length + 1);
  for (let index = text.length - 1; index >= 0; index--) {
    const code = text.charCodeAt(index);
    if (code >= 48 && code <= 57) {
      const next = nextDigit[index + 1]!;
      let joined = next < text.length && next - index <= 4;
      for (let between = index + 1; joined && between < next; between++) joined = isValueSeparator(text.charCodeAt(between));
      runDigits[index] = joined ? runDigits[next]! + 1 : 1;
    }
    nextDigit[index] = code >= 48 && code <= 57 ? index : nextDigit[index + 1]!;
    const mark = nextDigit[index] === index || MARKS.has(code) || (code === 105 && text.charCodeAt(index + 1) === 115); // "is"
    nextMark[index] = mark ? index : nextMark[index + 1]!;
  }
  const { longest: LONGEST_KEYWORD, pattern: KEYWORD_PATTERN, of: KEYWORD_OF } = keywords();
  const pattern = new RegExp(KEYWORD_PATTERN);
  for (let match = pattern.exec(text); match; match = pattern.exec(text)) {
    const word = match[0];
    const at = match.index;
    const end = at + word.length;
    // English keywords are whole words ("pin" is not in "spinning"), though a value may follow with no space
    // ("pin1234"); Chinese ones have no spaces to respect.
    if (word.charCodeAt(0) < 128 && ((at > 0 && isWordCode(text.charCodeAt(at - 1))) || (end < text.length && isLetterCode(text.charCodeAt(end))))) continue;
    const keyword = KEYWORD_OF.get(word)!;
    if (nextMark[end]! >= end + WINDOW) {
      // Nothing any keyword's value needs (a digit, a symbol, an assignment) until nextMark: no keyword that
      // starts before it, less a window, can have a value. Jump there.
      pattern.lastIndex = Math.max(pattern.lastIndex, nextMark[end]! - WINDOW - LONGEST_KEYWORD);
      continue;
    }
    if (keyword.minDigits && runDigits[nextDigit[end]!]! < keyword.minDigits && keyword.kind !== 'password') continue;
    if (keyword.kind === 'password' ? !ASSIGN_WORD.test(text.slice(end, end + 12)) && nextMark[end]! >= end + WINDOW : nextDigit[end]! >= end + WINDOW) continue;
    if (keyword.kind === 'code' && CONFIRMATION_BEFORE.test(text.slice(Math.max(0, at - 16), at))) continue; // a confirmation code
    const window = text.slice(end, end + WINDOW);
    const found = (value: { test(window: string): boolean }) => value.test(window) && (!DATE_SHAPE.test(window) || value.test(withoutDates(window)));
    if (keyword.kind === 'password' && (word === '密码' || word === '密碼') && found(PIN_DIGITS)) return 'pin';
    if (found(keyword.value)) return keyword.kind;
  }
  return null;
}

function numberShape(text: string): SensitiveKind | null {
  for (const long of digitRuns(text, 9)) {
    if (long.count < 9) continue;
    const before = text.slice(Math.max(0, long.start - 30), long.start);
    const slice = text.slice(long.start, long.end);
    if (!DATE_SHAPE.test(slice)) {
      const kind = classify(slice, long, before);
      if (kind) return kind;
      continue;
    }
    // Dates are not secrets: a number that holds some ("2026-11-20 2026-11-21") is looked at without them.
    const rest = withoutDates(slice);
    for (const run of digitRuns(rest, 9)) {
      const kind = run.count < 9 ? null : classify(rest.slice(run.start, run.end), run, run.start === 0 ? before : rest.slice(Math.max(0, run.start - 30), run.start));
      if (kind) return kind;
    }
  }
  return null;
}

/** A web address: its path may hold long numbers with slashes that are no one's phone number. */
const URL = /(?:https?:\/\/|www\.)[^\s]*/g;

const DATE_SHAPE = /\d[-./年]\s?\d{1,2}\s?[-./月]|\d\/\d/;

/** What one number of 9 or more digits (`raw`, as written) is; `before`: the text just before it. */
function classify(raw: string, { digits, count }: DigitRun, before: string): SensitiveKind | null {
  if (count === 9 && /^\d{3}[\s-]{1,3}\d{2}[\s-]{1,3}\d{4}$/.test(raw)) return 'ssn';
  if (count < 10) return null;
  if (/\+[\s(]{0,2}$/.test(before)) return 'phone'; // an international number; never a card's shape
  if (count >= 13 && count <= 19 && luhn(digits)) return 'card';
  if (CONFIRMATION.test(before)) return null;
  if (count === 10 || (count === 11 && digits.startsWith('1'))) return 'phone';
  return 'account';
}

/**
 * What `text` seems to hold that must not be stored, or null. `bareDigits`: a text of nothing but 4 to 8
 * digits counts as a PIN or a code (true for notes and reasons; false for labels, where "4821" is the usual
 * last four digits).
 */
export function detectSensitive(text: string, { bareDigits = true } = {}): SensitiveKind | null {
  const normalized = normalizeForCheck(text);
  if (bareDigits && /^\s*\d{4,8}\s*$/.test(normalized)) return 'pin';
  return keywordValue(normalized) ?? codeBefore(normalized) ?? numberShape(normalized.replace(URL, 'u'));
}

export const PROFILE_NAME_MAX = 30;

/** Control, format (bidi, zero-width) and line-separator characters: never part of a name. */
const INVISIBLE_OR_CONTROL = /[\p{Cc}\p{Cf}\p{Zl}\p{Zp}]/u;

/**
 * A profile name is typed on command lines and shown as is: a short nickname with no spaces or control
 * characters, never a phone number or another secret. (Profile names are never part of a file name, so any
 * character a file system forbids is fine.)
 */
export function profileNameProblem(name: string): 'invalid' | 'phone' | SensitiveKind | null {
  if (!name || [...name].length > PROFILE_NAME_MAX || /\s/.test(name) || name.startsWith('-') || INVISIBLE_OR_CONTROL.test(name)) return 'invalid';
  if (digitCount(name) >= 7) return 'phone';
  return detectSensitive(name, { bareDigits: false });
}

const digitCount = (text: string) => (normalizeForCheck(text).match(/\d/g) ?? []).length;

/**
 * Labels and custom service names are nicknames: anything with 7 or more digits (full-width ones included)
 * may be (most of) a phone number, and anything the secret detector catches is refused too.
 */
export function labelLooksLikePhoneNumber(label: string): boolean {
  return digitCount(label) >= 7 || detectSensitive(label, { bareDigits: false }) !== null;
}
