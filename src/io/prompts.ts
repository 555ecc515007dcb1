import { styleText } from 'node:util';
import type { Context as PromptContext } from '@inquirer/type';
import { CATEGORY_NAMES } from '../content/categories.js';
import { CARRIERS } from '../content/carriers.js';
import { allServices, servicesIn } from '../content/services.js';
import type { MessageKey } from '../content/messages.js';
import { labelLooksLikePhoneNumber } from '../core/sensitive.js';
import { parseDateInput, type CalendarDate } from '../core/dates.js';
import { CODE_CATEGORIES, type CodeCategory, type CustomService, type Goal, type YesNoUnsure } from '../core/types.js';
import type { PlanStep } from '../core/plan.js';
import { localize, type Lang, type Params } from '../i18n.js';
import { loadInquirer } from '../lazy.js';
import { t } from '../text.js';
import { wrapText } from './layout.js';
import { createScanPrompts, type ScanPrompts } from './scan-prompts.js';

// The only user of @inquirer/prompts (through src/lazy/inquirer.ts), loaded when a command asks (loadPrompts).
// The guide calls these functions by intent (askNextAction, …), so flow tests replace the whole adapter; the
// question builders are exported for keyboard tests.

export type NextAction = 'done' | 'skip' | 'later' | 'note' | 'details' | 'quit';
export type TextQuestion = 'askSkipReason' | 'askNote';
export type YesNoQuestion = 'askStoreAnyway' | 'resetConfirm' | 'profileRemoveConfirm' | 'askSkipAnyway';
/** The questions with a fixed list of answers that branch the plan, and their choices (stable ids, as `set` takes). */
export const OPTION_QUESTIONS = {
  askLine: [['choiceLineActive', 'active'], ['choiceLineSuspended', 'suspended'], ['choiceLineGone', 'gone'], ['choiceUnsure', 'unsure']],
  askLocation: [['choiceUs', 'us'], ['choiceAbroad', 'abroad']],
  askSetup: [['choiceSelf', 'self'], ['choiceSeller', 'seller'], ['choiceUnsure', 'unsure']],
  askDestination: [
    ['choiceDestStay', 'stay'],
    ['choiceDestParking', 'parking'],
    ['choiceDestCarrier', 'carrier'],
    ['choiceDestGoogleVoice', 'google-voice'],
    ['choiceDestUndecided', 'undecided'],
  ],
} as const satisfies Record<string, ReadonlyArray<readonly [MessageKey, string]>>;
export type OptionQuestion = keyof typeof OPTION_QUESTIONS;
export type OptionValue<Q extends OptionQuestion> = (typeof OPTION_QUESTIONS)[Q][number][1];
export type UnsureQuestion = 'askBalance' | 'askAutopay';
export type DateQuestion = 'askRenewalDate' | 'askPurchaseDate' | 'askCancelDate' | 'renewalPassedAsk' | 'askLapsedDate';
export interface CodeAnswer {
  categories: CodeCategory[];
  unsure: boolean;
}
export interface ServiceAnswer {
  services: string[];
  customServices: CustomService[];
}

/** Everything the guided session may ask, by intent. */
export interface Prompts {
  askLanguage(current: Lang): Promise<Lang>;
  askCarrier(lang: Lang, current?: string): Promise<string>;
  askLabel(lang: Lang, current?: string): Promise<string>;
  askGoal(lang: Lang, current?: Goal): Promise<Goal>;
  askYesNoUnsure(lang: Lang, question: UnsureQuestion, current?: YesNoUnsure): Promise<YesNoUnsure>;
  /** One of a fixed list; `only` leaves out choices that make no sense here (e.g. "stay" off Google Voice). */
  askOption<Q extends OptionQuestion>(lang: Lang, question: Q, current?: string, only?: readonly string[]): Promise<OptionValue<Q>>;
  askCodeCategories(lang: Lang, current?: CodeAnswer): Promise<CodeAnswer>;
  /** The accounts inventory: the services of each category, then a search that can add unlisted ones. */
  askServices(lang: Lang, categories: readonly CodeCategory[], current?: ServiceAnswer): Promise<ServiceAnswer>;
  /** A calendar date, or null when left empty; `latest` refuses later dates (something that already happened). */
  askDate(lang: Lang, question: DateQuestion, params: Params, current?: string, latest?: CalendarDate): Promise<CalendarDate | null>;
  askNextAction(lang: Lang, step: PlanStep): Promise<NextAction>;
  askText(lang: Lang, question: TextQuestion): Promise<string>;
  askYesNo(lang: Lang, question: YesNoQuestion, defaultAnswer: boolean, params?: Params): Promise<boolean>;
  /** The scan's questions (io/scan-prompts.ts); the guide offers the scan only where they are given. */
  scan?: ScanPrompts;
}

export const LABEL_MAX = 20;

/** Why a label is refused, or null when it is fine. Never accepts something that may be the full number. */
export function labelProblem(label: string): { key: MessageKey; max?: number } | null {
  const trimmed = label.trim();
  if (!trimmed) return { key: 'labelEmpty' };
  if (labelLooksLikePhoneNumber(trimmed)) return { key: 'labelLooksLikeNumber' };
  if ([...trimmed].length > LABEL_MAX) return { key: 'labelTooLong', max: LABEL_MAX };
  return null;
}

const KEY_WORDS: Record<string, MessageKey> = {
  navigate: 'keyNavigate',
  select: 'keySelect',
  space: 'keySpace',
  all: 'keyAll',
  invert: 'keyInvert',
  submit: 'keySubmit',
};

/** Inquirer's key hints ("↑↓ navigate • ⏎ select") in the user's language. */
export function themeFor(lang: Lang) {
  const word = (text: string) => (KEY_WORDS[text] ? t(lang, KEY_WORDS[text]) : text);
  return {
    style: {
      // A question longer than the terminal is wrapped at word (or CJK) boundaries: Inquirer wraps the question it
      // is asking, but the answered line it leaves behind was broken mid-word by the terminal. "? " comes first.
      message: (text: string) => {
        const columns = process.stdout.columns;
        const wrapped = columns && columns > 20 ? wrapText(text, columns - 2).join('\n') : text;
        return styleText('bold', wrapped);
      },
      keysHelpTip: (keys: [string, string][]) => keys.map(([key, action]) => `${word(key)} ${word(action)}`).join(' • '),
      // The answer line of a checkbox: "微信、WhatsApp" in Chinese, "WeChat, WhatsApp" in English.
      renderSelectedChoices: (selected: ReadonlyArray<{ short: string }>) => selected.map((choice) => choice.short).join(t(lang, 'listSeparator')),
    },
    i18n: { disabledError: t(lang, 'choiceDisabled') },
  };
}

export function languageQuestion(current: Lang) {
  return {
    message: t(current, 'askLanguage'),
    choices: [
      { name: '简体中文', value: 'zh' as const },
      { name: 'English', value: 'en' as const },
    ],
    default: current,
    theme: themeFor(current),
  };
}

export function carrierQuestion(lang: Lang, current?: string) {
  return {
    message: t(lang, 'askCarrier'),
    choices: CARRIERS.map((carrier) => ({ name: localize(carrier.name, lang), value: carrier.id })),
    default: current,
    pageSize: 10,
    theme: themeFor(lang),
  };
}

export function labelQuestion(lang: Lang, current?: string) {
  return {
    message: t(lang, 'askLabel'),
    default: current,
    validate: (value: string) => {
      const problem = labelProblem(value);
      return problem ? t(lang, problem.key, { max: problem.max ?? LABEL_MAX }) : true;
    },
  };
}

export function goalQuestion(lang: Lang, current?: Goal) {
  return {
    message: t(lang, 'askGoal'),
    choices: [
      { name: t(lang, 'choiceLeave'), value: 'leave' as const },
      { name: t(lang, 'choiceKeep'), value: 'keep' as const },
    ],
    default: current,
    theme: themeFor(lang),
  };
}

export function unsureQuestion(lang: Lang, question: UnsureQuestion, current?: YesNoUnsure) {
  return {
    message: t(lang, question),
    choices: [
      { name: t(lang, 'choiceYes'), value: 'yes' as const },
      { name: t(lang, 'choiceNo'), value: 'no' as const },
      { name: t(lang, 'choiceUnsure'), value: 'unsure' as const },
    ],
    default: current,
    theme: themeFor(lang),
  };
}

const UNSURE = 'unsure';

export function optionQuestion(lang: Lang, question: OptionQuestion, current?: string, only?: readonly string[]) {
  const choices: ReadonlyArray<readonly [MessageKey, string]> = OPTION_QUESTIONS[question];
  return {
    message: t(lang, question),
    choices: choices.filter(([, value]) => !only || only.includes(value)).map(([key, value]) => ({ name: t(lang, key), value })),
    default: current,
    theme: themeFor(lang),
  };
}

export function codesQuestion(lang: Lang, current?: CodeAnswer) {
  return {
    message: t(lang, 'askCodes'),
    choices: [
      ...CODE_CATEGORIES.map((category) => ({
        // The examples show under the list for the highlighted line: beside the name they made lines too long for a
        // narrow terminal, which broke them mid-word.
        name: localize(CATEGORY_NAMES[category].name, lang),
        description: localize(CATEGORY_NAMES[category].examples, lang),
        value: category as CodeCategory | typeof UNSURE,
        checked: current?.categories.includes(category) ?? false,
      })),
      { name: t(lang, 'choiceCodesUnsure'), value: UNSURE as CodeCategory | typeof UNSURE, checked: current?.unsure ?? false },
    ],
    pageSize: 10,
    theme: themeFor(lang),
  };
}

export function codeAnswerFrom(values: readonly (CodeCategory | typeof UNSURE)[]): CodeAnswer {
  return { categories: values.filter((value): value is CodeCategory => value !== UNSURE), unsure: values.includes(UNSURE) };
}

export function servicesInCategoryQuestion(lang: Lang, category: CodeCategory, chosen: ReadonlySet<string>) {
  return {
    message: t(lang, 'askServicesInCategory', { category: localize(CATEGORY_NAMES[category].name, lang) }),
    choices: servicesIn(category).map((service) => ({
      name: localize(service.name, lang),
      value: service.id,
      checked: chosen.has(service.id),
    })),
    pageSize: 12,
    theme: themeFor(lang),
  };
}

export type SearchPick = { kind: 'done' } | { kind: 'service'; id: string } | { kind: 'custom'; name: string };

/** Matches names in both languages and ids; a term that matches nothing can be added as a service of its own. */
export function serviceSearchQuestion(lang: Lang, chosen: ReadonlySet<string>, customNames: readonly string[]) {
  const same = (a: string, b: string) => a.normalize('NFKC').toLowerCase() === b.normalize('NFKC').toLowerCase();
  return {
    message: t(lang, 'askServiceSearch'),
    pageSize: 10,
    theme: themeFor(lang),
    source: (term: string | undefined) => {
      const wanted = (term ?? '').trim();
      const lower = wanted.normalize('NFKC').toLowerCase();
      const hits = allServices().filter(
        (service) => !lower || service.id.includes(lower) || service.name.en.toLowerCase().includes(lower) || service.name.zh.includes(wanted),
      );
      // A service already chosen is shown as chosen, never offered again (not even as a name to add).
      const matches = hits.map((service) =>
        chosen.has(service.id)
          ? { name: localize(service.name, lang), value: { kind: 'done' } as SearchPick, disabled: t(lang, 'choiceChosen') }
          : { name: localize(service.name, lang), value: { kind: 'service', id: service.id } as SearchPick },
      );
      const known = allServices().some((service) => same(service.id, wanted) || same(service.name.en, wanted) || same(service.name.zh, wanted));
      // A term that names a chosen service in part (大通 for Chase（大通银行）) is that service, not a new one.
      const canAdd = wanted && !known && !hits.some((service) => chosen.has(service.id)) && [...wanted].length <= 40 && !labelLooksLikePhoneNumber(wanted) && !customNames.some((name) => same(name, wanted));
      const done = { name: t(lang, 'choiceDone'), value: { kind: 'done' } as SearchPick };
      const add = canAdd ? [{ name: t(lang, 'choiceAddCustom', { name: wanted }), value: { kind: 'custom', name: wanted } as SearchPick }] : [];
      const addedAlready = wanted && customNames.some((name) => same(name, wanted)) ? [{ name: wanted, value: { kind: 'done' } as SearchPick, disabled: t(lang, 'choiceChosen') }] : [];
      // Nothing typed: "Done" comes first, then what is left to choose. While typing: the best matches first, then adding the term, then "Done".
      return wanted ? [...matches, ...addedAlready, ...add, done] : [done, ...matches.filter((match) => !('disabled' in match))];
    },
  };
}

export function dateQuestion(lang: Lang, question: DateQuestion, params: Params, current?: string, latest?: CalendarDate) {
  return {
    message: t(lang, question, params),
    default: current,
    validate: (value: string) => {
      if (!value.trim()) return true;
      const date = parseDateInput(value);
      if (!date) return t(lang, 'dateInvalid');
      return latest && date > latest ? t(lang, 'dateInFuture') : true;
    },
  };
}

export function nextActionQuestion(lang: Lang) {
  const choice = (key: MessageKey, value: NextAction) => ({ name: t(lang, key), value });
  return {
    message: t(lang, 'askAction'),
    choices: [
      choice('actionDone', 'done'),
      choice('actionSkip', 'skip'),
      choice('actionLater', 'later'),
      choice('actionNote', 'note'),
      choice('actionDetails', 'details'),
      choice('actionQuit', 'quit'),
    ],
    theme: themeFor(lang),
  };
}

export function yesNoQuestion(lang: Lang, question: YesNoQuestion, defaultAnswer: boolean, params?: Params) {
  return {
    message: t(lang, question, params),
    choices: [
      { name: t(lang, 'choiceYes'), value: true },
      { name: t(lang, 'choiceNo'), value: false },
    ],
    default: defaultAnswer,
    theme: themeFor(lang),
  };
}

function nextCustomId(existing: readonly CustomService[]): string {
  const taken = new Set(existing.map((custom) => custom.id));
  let number = existing.length + 1;
  while (taken.has(`custom-${number}`)) number++;
  return `custom-${number}`;
}

/** The four Inquirer prompts the adapter uses. */
export type Inquirer = Awaited<ReturnType<typeof loadInquirer>>;

/** The real adapter, with Inquirer loaded now (the commands that ask call this; the others never load it). */
export async function loadPrompts(context?: PromptContext): Promise<Prompts> {
  return createPrompts(await loadInquirer(), context);
}

/** The adapter over the given Inquirer. `context` lets tests give their own streams; by default Inquirer uses the process's. */
export function createPrompts({ checkbox, input, search, select }: Inquirer, context?: PromptContext): Prompts {
  return {
    askLanguage: (current) => select(languageQuestion(current), context),
    askCarrier: (lang, current) => select(carrierQuestion(lang, current), context),
    askLabel: async (lang, current) => (await input(labelQuestion(lang, current), context)).trim(),
    askGoal: (lang, current) => select(goalQuestion(lang, current), context),
    askYesNoUnsure: (lang, question, current) => select(unsureQuestion(lang, question, current), context),
    askOption: async <Q extends OptionQuestion>(lang: Lang, question: Q, current?: string, only?: readonly string[]) =>
      (await select(optionQuestion(lang, question, current, only), context)) as OptionValue<Q>,
    askCodeCategories: async (lang, current) => codeAnswerFrom(await checkbox(codesQuestion(lang, current), context)),
    askServices: async (lang, categories, current) => {
      const chosen = new Set(current?.services ?? []);
      const customServices = [...(current?.customServices ?? [])];
      for (const category of categories) {
        const picked = await checkbox(servicesInCategoryQuestion(lang, category, chosen), context);
        for (const service of servicesIn(category)) chosen.delete(service.id);
        picked.forEach((id) => chosen.add(id));
      }
      for (;;) {
        const pick = await search(serviceSearchQuestion(lang, chosen, customServices.map((custom) => custom.name)), context);
        if (pick.kind === 'done') break;
        if (pick.kind === 'service') chosen.add(pick.id);
        else customServices.push({ id: nextCustomId(customServices), name: pick.name });
      }
      return { services: allServices().filter((service) => chosen.has(service.id)).map((service) => service.id), customServices };
    },
    askDate: async (lang, question, params, current, latest) => parseDateInput(await input(dateQuestion(lang, question, params, current, latest), context)),
    askNextAction: (lang) => select(nextActionQuestion(lang), context),
    askText: async (lang, question) => (await input({ message: t(lang, question) }, context)).trim(),
    askYesNo: (lang, question, defaultAnswer, params) => select(yesNoQuestion(lang, question, defaultAnswer, params), context),
    scan: createScanPrompts({ checkbox, input, search, select }, context),
  };
}

