import { isLang, type Lang } from '../i18n.js';
import { isCalendarDate } from './dates.js';
import { CODE_CATEGORIES, DESTINATIONS, LINE_STATUSES, LOCATIONS, SETUPS, type Answers, type HistoryEvent } from './types.js';

/**
 * The store format this build writes: config.json is an index (language, active profile, and which file holds
 * each profile), and each profile's history is its own file, profiles/<file>.json. A command that works on one
 * number reads only that number's history. Format 1 kept everything in config.json: it is read as it is, and
 * the first write splits it (splitStore).
 */
export const SCHEMA_VERSION = 2;
const SINGLE_FILE_VERSION = 1;
export const DEFAULT_PROFILE = 'default';

export interface Profile {
  events: HistoryEvent[];
  /** Answers given so far in a guided session that was interrupted: offered as defaults next time. */
  draft?: Partial<Answers>;
}

/** A format-1 file: everything in config.json. */
export interface StoreData {
  schemaVersion: number;
  lang?: Lang;
  activeProfile: string;
  profiles: Record<string, Profile>;
}

/** Where a profile's history is kept: profiles/<file>.json. */
export interface ProfileEntry {
  file: string;
}

/** config.json in format 2. It never holds a full phone number, PIN, password or account number, nor do the profile files. */
export interface StoreIndex {
  schemaVersion: number;
  lang?: Lang;
  activeProfile: string;
  profiles: Record<string, ProfileEntry>;
}

/** profiles/<file>.json */
export interface ProfileFile extends Profile {
  schemaVersion: number;
}

/** A profile file's name without `.json`: letters and digits only, so an index can never point outside profiles/. */
export const PROFILE_FILE_ID = /^[a-z0-9]{1,32}$/;

export function emptyIndex(): StoreIndex {
  return { schemaVersion: SCHEMA_VERSION, activeProfile: DEFAULT_PROFILE, profiles: {} };
}

/** Why a file cannot be used: not JSON, not the expected shape, or written by a newer simexit. */
export type Unusable = { ok: false; reason: 'not-json' | 'wrong-shape' } | { ok: false; reason: 'newer'; found: number };

/** config.json, checked: a format-2 index, or a whole format-1 store. */
export type IndexResult = { ok: true; layout: 'split'; index: StoreIndex } | { ok: true; layout: 'single'; data: StoreData } | Unusable;

/** profiles/<file>.json, checked. */
export type ProfileResult = { ok: true; profile: ProfileFile } | Unusable;

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
  line: (value) => (LINE_STATUSES as readonly unknown[]).includes(value),
  location: (value) => (LOCATIONS as readonly unknown[]).includes(value),
  setup: (value) => (SETUPS as readonly unknown[]).includes(value),
  destination: (value) => (DESTINATIONS as readonly unknown[]).includes(value),
};
const OPTIONAL_FIELDS = new Set<keyof Answers>(['services', 'customServices', 'renewalDate', 'balancePurchaseDate', 'line', 'location', 'setup', 'destination']);

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
      return isString(value.step) && (value.on === undefined || isCalendarDate(value.on));
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

function isProfile(value: unknown): value is Profile {
  return isObject(value) && Array.isArray(value.events) && value.events.every(isHistoryEvent) && (value.draft === undefined || isDraft(value.draft));
}

/** The version check every file starts with: a whole number from 1 up to what this build writes. */
function versionOf(value: unknown): Unusable | number {
  if (!isObject(value) || typeof value.schemaVersion !== 'number' || !Number.isInteger(value.schemaVersion) || value.schemaVersion < 1) {
    return { ok: false, reason: 'wrong-shape' };
  }
  if (value.schemaVersion > SCHEMA_VERSION) return { ok: false, reason: 'newer', found: value.schemaVersion };
  return value.schemaVersion;
}

/** The fields an index and a format-1 store share. */
function hasStoreHeader(value: Record<string, unknown>): boolean {
  return (value.lang === undefined || isLang(value.lang)) && isString(value.activeProfile) && isObject(value.profiles);
}

/** Checks a parsed config.json. Unknown extra fields are kept as they are: nothing is silently dropped. */
export function checkIndex(value: unknown): IndexResult {
  const version = versionOf(value);
  if (typeof version !== 'number') return version;
  const store = value as Record<string, unknown>;
  if (!hasStoreHeader(store)) return { ok: false, reason: 'wrong-shape' };
  const profiles = Object.values(store.profiles as Record<string, unknown>);
  if (version === SINGLE_FILE_VERSION) {
    return profiles.every(isProfile) ? { ok: true, layout: 'single', data: value as StoreData } : { ok: false, reason: 'wrong-shape' };
  }
  const entriesValid = profiles.every((entry) => isObject(entry) && isString(entry.file) && PROFILE_FILE_ID.test(entry.file));
  const files = profiles.map((entry) => (entry as ProfileEntry).file);
  // Two profiles sharing one file would each overwrite the other's history.
  if (!entriesValid || new Set(files).size !== files.length) return { ok: false, reason: 'wrong-shape' };
  return { ok: true, layout: 'split', index: value as StoreIndex };
}

/** Checks a parsed profile file. Unknown extra fields are kept. */
export function checkProfile(value: unknown): ProfileResult {
  const version = versionOf(value);
  if (typeof version !== 'number') return version;
  return version >= 2 && isProfile(value) ? { ok: true, profile: value as ProfileFile } : { ok: false, reason: 'wrong-shape' };
}

export type JsonResult = { ok: true; value: unknown } | { ok: false };

/** The file's text as JSON, or not. The store caches this on its own, apart from the check. */
export function parseJson(text: string): JsonResult {
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch {
    return { ok: false };
  }
}

export function checkIndexJson(json: JsonResult): IndexResult {
  return json.ok ? checkIndex(json.value) : { ok: false, reason: 'not-json' };
}

export function checkProfileJson(json: JsonResult): ProfileResult {
  return json.ok ? checkProfile(json.value) : { ok: false, reason: 'not-json' };
}

export const parseIndexText = (text: string): IndexResult => checkIndexJson(parseJson(text));
export const parseProfileText = (text: string): ProfileResult => checkProfileJson(parseJson(text));

/** A profile as its file holds it: the format first (it is what a reader checks first), then the rest as it was. */
export function versioned(profile: Profile): ProfileFile {
  const { schemaVersion: _old, ...rest } = profile as Partial<ProfileFile> & Profile;
  return { schemaVersion: SCHEMA_VERSION, ...rest };
}

/**
 * Format 1 → 2, without I/O: the index and one file per profile, each profile's extra fields kept with it and
 * the store's with the index. `newFile` names each profile's file (the store picks names not yet taken).
 */
export function splitStore(data: StoreData, newFile: (profile: string) => string): { index: StoreIndex; files: Array<{ name: string; file: string; profile: ProfileFile }> } {
  const files = Object.entries(data.profiles).map(([name, profile]) => ({ name, file: newFile(name), profile: versioned(profile) }));
  // fromEntries, not assignment: a profile may be called __proto__.
  const entries: Record<string, ProfileEntry> = Object.fromEntries(files.map(({ name, file }) => [name, { file }]));
  return { index: { ...data, schemaVersion: SCHEMA_VERSION, profiles: entries }, files };
}

/**
 * The remembered language of a parsed file, without checking the rest of it: --help and errors need only this,
 * and the command's own read checks the whole file. Trusted only in a format this build knows.
 */
export function langPreference(value: unknown): Lang | undefined {
  if (!isObject(value) || typeof value.schemaVersion !== 'number' || value.schemaVersion > SCHEMA_VERSION) return undefined;
  return isLang(value.lang) ? value.lang : undefined;
}

/** The parts of config.json that name profiles, in either format. */
interface ProfileList {
  activeProfile: string;
  profiles: Record<string, unknown>;
}

/** Every profile: the default one a new user starts with, the active one, and those with data. */
export function profileNames(store: ProfileList): string[] {
  return [...new Set([DEFAULT_PROFILE, store.activeProfile, ...Object.keys(store.profiles)])].sort();
}

/** An index without one profile; if it was the active one, the first remaining profile becomes active. */
export function withoutProfile<T extends ProfileList>(store: T, profile: string): T {
  const profiles = { ...store.profiles };
  delete profiles[profile];
  const activeProfile = store.activeProfile === profile ? (Object.keys(profiles).sort()[0] ?? DEFAULT_PROFILE) : store.activeProfile;
  return { ...store, activeProfile, profiles };
}
