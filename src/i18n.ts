/** The two languages simexit speaks. Every user-facing string exists in both. */
export type Lang = 'zh' | 'en';

export const LANGS: readonly Lang[] = ['zh', 'en'];

/** A piece of text in both languages. */
export interface Localized {
  zh: string;
  en: string;
}

export type Params = Record<string, string | number>;

export function isLang(value: unknown): value is Lang {
  return value === 'zh' || value === 'en';
}

/** The system's locale, as the OS gave it to Node's Intl: on Windows the user's display language (zh-CN…). */
const systemLocale = (): string => Intl.DateTimeFormat().resolvedOptions().locale;

/**
 * The language the environment asks for: the first non-empty of LC_ALL, LC_MESSAGES, LANG (POSIX precedence),
 * else the system's locale (Windows sets none of them; a Chinese Windows says zh-CN there). Any `zh*` locale means
 * Simplified Chinese, everything else English. `system` is replaceable in tests.
 */
export function langFromEnv(env: NodeJS.ProcessEnv, system: () => string = systemLocale): Lang {
  const locale = env.LC_ALL || env.LC_MESSAGES || env.LANG || system();
  return locale.toLowerCase().startsWith('zh') ? 'zh' : 'en';
}

/**
 * How the user runs simexit, for the commands printed as advice: `simexit` by default, `npm start --` after the
 * README's main command, with `--profile NAME` when they named one. Set once per command line by main.ts.
 */
// Kept on globalThis, not in a module variable: this module is bundled into dist/main.js and each command's bundle, and
// both must print the same commands.
const INVOCATION = Symbol.for('simexit.invocation');
const holder = globalThis as { [INVOCATION]?: { prefix: string; commandInText: RegExp } };

/**
 * `prefix` replaces "simexit" where the text names one of `commandWords` ("simexit list", never prose such as
 * "simexit never…"); main.ts passes the registry's words.
 */
export function setInvocation(prefix: string, commandWords: Iterable<string> = []): void {
  const words = [...commandWords].join('|');
  holder[INVOCATION] = { prefix, commandInText: words ? new RegExp(`\\bsimexit(?= (?:${words})\\b)`, 'g') : (holder[INVOCATION]?.commandInText ?? /(?!)/g) };
}

export function withInvocation(text: string): string {
  const invocation = holder[INVOCATION];
  return !invocation || invocation.prefix === 'simexit' ? text : text.replace(invocation.commandInText, invocation.prefix);
}

// Han characters and Latin letters, digits and the symbols of code, as plain ranges (the same as \p{Script=Han} and
// \p{Script=Latin} for the text simexit fills in): a Unicode property regex costs a quarter of a millisecond to
// compile at its first use, and every start-up fills a template.
const HAN = '\\u2e80-\\u2fdf\\u3005\\u3007\\u3021-\\u3029\\u3038-\\u303b\\u3400-\\u4dbf\\u4e00-\\u9fff\\uf900-\\ufaff\\u{20000}-\\u{3134f}';
const LATIN = 'A-Za-z0-9\\u00c0-\\u00d6\\u00d8-\\u00f6\\u00f8-\\u024f\\u1e00-\\u1eff`$%@&+=/\\\\~_\\-';
const ENDS_HAN = new RegExp(`[${HAN}]$`, 'u');
const STARTS_HAN = new RegExp(`^[${HAN}]`, 'u');
const ENDS_LATIN = new RegExp(`[${LATIN}]$`, 'u');
const STARTS_LATIN = new RegExp(`^[${LATIN}]`, 'u');

/**
 * Chinese typography where a value meets its template: a space between Han text and Latin letters, digits or code
 * (`把{name}从` with Chase reads 把 Chase 从), none where a Chinese name or full-width punctuation meets Han text (把支付宝从).
 * Templates therefore put no space around a placeholder in Chinese (test/core/typography.test.ts checks it).
 */
function joinsWithSpace(before: string, after: string): boolean {
  return (ENDS_HAN.test(before) && STARTS_LATIN.test(after)) || (ENDS_LATIN.test(before) && STARTS_HAN.test(after));
}

/** Replaces `{name}` placeholders; an unknown placeholder is left visible rather than dropped. */
export function fillTemplate(template: string, params: Params = {}): string {
  if (!template.includes('{')) return withInvocation(template);
  const pieces = template.split(/(\{\w+\})/);
  let text = pieces[0]!;
  for (let index = 1; index < pieces.length; index += 2) {
    const key = pieces[index]!.slice(1, -1);
    const value = key in params ? String(params[key]) : pieces[index]!;
    const after = pieces[index + 1]!;
    if (value && joinsWithSpace(text, value)) text += ' ';
    text += value;
    if (value && joinsWithSpace(value, after)) text += ' ';
    text += after;
  }
  return withInvocation(text);
}

/** Parameters that may themselves differ by language, such as a list of service names. */
export type LocalizedParams = Record<string, string | number | Localized>;

export function localize(text: Localized, lang: Lang, params?: LocalizedParams): string {
  if (params === undefined) return withInvocation(text[lang]); // nothing to fill: placeholders stay visible, as fillTemplate leaves unknown ones
  const resolved: Params = {};
  for (const [key, value] of Object.entries(params ?? {})) resolved[key] = typeof value === 'object' ? value[lang] : value;
  return fillTemplate(text[lang], resolved);
}
