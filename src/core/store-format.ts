import { isLang, type Lang } from '../i18n.js';
import { isCalendarDate } from './dates.js';
import { CODE_CATEGORIES, type Answers, type HistoryEvent } from './types.js';

/** The store format this build writes. Bump it with an upgrade function below and a fixture in test/fixtures. */
export const SCHEMA_VERSION = 1;
export const DEFAULT_PROFILE = 'default';

export interface Profile {
  events: HistoryEvent[];
  /** Answers given so far in a guided session that was interrupted: offered as defaults next time. */
  draft?: Partial<Answers>;
}

/** The whole progress file. It never holds a full phone number, PIN, password or account number. */
export interface StoreData {
  schemaVersion: number;
  lang?: Lang;
  activeProfile: string;
  profiles: Record<string, Profile>;
}

export function emptyStore(): StoreData {
  return { schemaVersion: SCHEMA_VERSION, activeProfile: DEFAULT_PROFILE, profiles: {} };
}

export type ParseResult =
  | { ok: true; data: StoreData }
  | { ok: false; reason: 'not-json' | 'wrong-shape' | 'upgrade-failed' }
  | { ok: false; reason: 'newer'; found: number };

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
const isString = (value: unknown): value is string => typeof value === 'string';
/** The form simexit writes (Date#toISOString) is checked by pattern; anything else Date.parse must accept. */
const ISO_MOMENT = /^\d{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\d|3[01])T(?:[01]\d|2[0-3]):[0-5]\d:[0-5]\d\.\d{3}Z$/;
const isTime = (value: unknown): value is string => isString(value) && (ISO_MOMENT.test(value) || !Number.isNaN(Date.parse(value)));
const YES_NO_UNSURE = new Set(['yes', 'no', 'unsure']);

/** Each field of the answers, checked on its own: a draft may hold any of them, complete answers all of the required ones. */
const ANSWER_FIELDS: Record<keyof Answers, (value: unknown) => boolean> = {
  carrier: isString,
  label: isString,
  goal: (value) => value === 'leave' || value === 'keep',
  balance: (value) => YES_NO_UNSURE.has(value as string),
  autopay: (value) => YES_NO_UNSURE.has(value as string),
  codeCategories: (value) => Array.isArray(value) && value.every((category) => (CODE_CATEGORIES as readonly unknown[]).includes(category)),
  codesUnsure: (value) => typeof value === 'boolean',
  services: (value) => Array.isArray(value) && value.every(isString),
  customServices: (value) => Array.isArray(value) && value.every((custom) => isObject(custom) && isString(custom.id) && isString(custom.name)),
  renewalDate: isCalendarDate,
  balancePurchaseDate: isCalendarDate,
};
const OPTIONAL_FIELDS = new Set<keyof Answers>(['services', 'customServices', 'renewalDate', 'balancePurchaseDate']);

function isDraft(value: unknown): value is Partial<Answers> {
  return isObject(value) && Object.entries(ANSWER_FIELDS).every(([key, valid]) => value[key] === undefined || valid(value[key]));
}

function isAnswers(value: unknown): value is Answers {
  return (
    isDraft(value) &&
    Object.keys(ANSWER_FIELDS).every((key) => OPTIONAL_FIELDS.has(key as keyof Answers) || (value as Record<string, unknown>)[key] !== undefined)
  );
}

export function isHistoryEvent(value: unknown): value is HistoryEvent {
  if (!isObject(value) || !isTime(value.at)) return false;
  switch (value.type) {
    case 'answers':
      return isAnswers(value.answers);
    case 'done':
    case 'undo':
      return isString(value.step);
    case 'skip':
      return isString(value.step) && (value.reason === undefined || isString(value.reason));
    case 'note':
      return isString(value.step) && isString(value.text);
    default:
      return false;
  }
}

/** Checks a parsed file's shape. Unknown extra fields are kept as they are: nothing is silently dropped. */
export function validateStore(value: unknown): ParseResult {
  if (!isObject(value) || typeof value.schemaVersion !== 'number' || !Number.isInteger(value.schemaVersion)) {
    return { ok: false, reason: 'wrong-shape' };
  }
  if (value.schemaVersion > SCHEMA_VERSION) return { ok: false, reason: 'newer', found: value.schemaVersion };
  if (value.schemaVersion < 1) return { ok: false, reason: 'wrong-shape' };
  if (value.lang !== undefined && !isLang(value.lang)) return { ok: false, reason: 'wrong-shape' };
  if (!isString(value.activeProfile) || !isObject(value.profiles)) return { ok: false, reason: 'wrong-shape' };
  for (const profile of Object.values(value.profiles)) {
    if (!isObject(profile) || !Array.isArray(profile.events) || !profile.events.every(isHistoryEvent) || (profile.draft !== undefined && !isDraft(profile.draft))) {
      return { ok: false, reason: 'wrong-shape' };
    }
  }
  return { ok: true, data: value as unknown as StoreData };
}

/** Turns a store of version N into version N + 1. Each one is pure and has a fixture in test/fixtures. */
export type Upgrade = (old: Record<string, unknown>) => Record<string, unknown>;

/** Upgrades by the version they upgrade from. Version 1 is the first released format, so none yet. */
export const UPGRADES: Readonly<Record<number, Upgrade>> = {};

/**
 * Brings an older store up to the current version, one version at a time, on a copy: the caller's value
 * (and so the file it came from) is never changed, and a failing upgrade leaves nothing half-done.
 */
export function upgradeStore(value: unknown, upgrades: Readonly<Record<number, Upgrade>> = UPGRADES, target = SCHEMA_VERSION): unknown {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return value;
  const version = (value as Record<string, unknown>).schemaVersion;
  if (typeof version !== 'number' || version >= target) return value; // nothing to upgrade: no copy of a large store
  let current = structuredClone(value) as Record<string, unknown>;
  while (typeof current.schemaVersion === 'number' && current.schemaVersion < target) {
    const upgrade = upgrades[current.schemaVersion];
    if (!upgrade) break;
    current = { ...upgrade(current), schemaVersion: current.schemaVersion + 1 };
  }
  return current;
}

export type JsonResult = { ok: true; value: unknown } | { ok: false };

/** The file's text as JSON, or not: the first half of parseStoreText, which the store caches on its own. */
export function parseJson(text: string): JsonResult {
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch {
    return { ok: false };
  }
}

export function parseStoreText(text: string, upgrades: Readonly<Record<number, Upgrade>> = UPGRADES): ParseResult {
  return checkJson(parseJson(text), upgrades);
}

/** What parseStoreText does after JSON.parse. */
export function checkJson(json: JsonResult, upgrades: Readonly<Record<number, Upgrade>> = UPGRADES): ParseResult {
  return json.ok ? checkStoreValue(json.value, upgrades) : { ok: false, reason: 'not-json' };
}

/** Upgrade an older format, then check the shape. */
function checkStoreValue(value: unknown, upgrades: Readonly<Record<number, Upgrade>>): ParseResult {
  let upgraded: unknown;
  try {
    upgraded = upgradeStore(value, upgrades);
  } catch {
    return { ok: false, reason: 'upgrade-failed' };
  }
  return validateStore(upgraded);
}

/**
 * The remembered language of a parsed file, without checking the rest of it: --help and errors need only this,
 * and the command's own read checks the whole file. Trusted only in a format this build knows.
 */
export function langPreference(value: unknown): Lang | undefined {
  if (!isObject(value) || typeof value.schemaVersion !== 'number' || value.schemaVersion > SCHEMA_VERSION) return undefined;
  return isLang(value.lang) ? value.lang : undefined;
}

export function profileEvents(data: StoreData, profile: string): HistoryEvent[] {
  return Object.hasOwn(data.profiles, profile) ? data.profiles[profile]!.events : [];
}

export function activeEvents(data: StoreData): HistoryEvent[] {
  return profileEvents(data, data.activeProfile);
}

/** Every profile: the default one a new user starts with, the active one, and those with data. */
export function profileNames(data: StoreData): string[] {
  return [...new Set([DEFAULT_PROFILE, data.activeProfile, ...Object.keys(data.profiles)])].sort();
}

/** A copy of the store with events appended to one profile (created if needed). */
export function withEvents(data: StoreData, profile: string, events: readonly HistoryEvent[]): StoreData {
  return { ...data, profiles: { ...data.profiles, [profile]: { ...data.profiles[profile], events: [...profileEvents(data, profile), ...events] } } };
}

export function withoutProfile(data: StoreData, profile: string): StoreData {
  const profiles = { ...data.profiles };
  delete profiles[profile];
  const activeProfile = data.activeProfile === profile ? (Object.keys(profiles).sort()[0] ?? DEFAULT_PROFILE) : data.activeProfile;
  return { ...data, activeProfile, profiles };
}
