import { MESSAGES, type MessageKey } from './content/messages.js';
import { fillTemplate, localize, type Lang, type Localized, type LocalizedParams, type Params } from './i18n.js';

// The only importer of the interface strings. They are bundled on their own (dist/content/messages.js), shared
// by the entry bundle, which needs them for --help and errors, and the commands bundle.

/** The interface string `key` in both languages. */
export function message(key: MessageKey): Localized {
  return MESSAGES[key];
}

/** The interface string `key` in `lang`, with its placeholders filled. */
export function t(lang: Lang, key: MessageKey, params?: LocalizedParams): string {
  return localize(MESSAGES[key], lang, params);
}

/** A message in both languages, each filled with that language's values (a plain string serves both). */
export function bothLanguages(key: MessageKey, values: Record<string, Localized | string>): Localized {
  const pick = (lang: Lang): Params => Object.fromEntries(Object.entries(values).map(([name, value]) => [name, typeof value === 'string' ? value : value[lang]]));
  return { zh: fillTemplate(MESSAGES[key].zh, pick('zh')), en: fillTemplate(MESSAGES[key].en, pick('en')) };
}

/** Ids or names as a list in each language: "a, b" in English, "a、b" in Chinese (the ids stay as they are). */
export function listOf(items: readonly string[]): Localized {
  return { en: items.join(MESSAGES.listSeparator.en), zh: items.join(MESSAGES.listSeparator.zh) };
}
