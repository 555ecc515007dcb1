import { MESSAGES, type MessageKey } from './content/messages.js';
import { fillTemplate, localize, type Lang, type Localized, type Params } from './i18n.js';

/** The interface string `key` in `lang`, with its placeholders filled. */
export function t(lang: Lang, key: MessageKey, params?: Params): string {
  return localize(MESSAGES[key], lang, params);
}

/** A message in both languages with per-language parameters, for text that is stored before it is shown. */
export function bothLanguages(key: MessageKey, params: { zh: Params; en: Params }): Localized {
  return { zh: fillTemplate(MESSAGES[key].zh, params.zh), en: fillTemplate(MESSAGES[key].en, params.en) };
}
