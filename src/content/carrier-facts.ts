import type { CarrierFact, CarrierField, LapseRule, Source } from '../core/types.js';
import { CARRIER_INDEX, loadCarrierFile } from './data/index.js';

// What is known about each carrier, field by field, with its sources: one JSON file per carrier in
// data/carriers/ (see the README, "Adding a carrier or a service"), checked by test/core/content.test.ts
// against data/schema/carrier.schema.json and the source registry. Rules the data follows:
// - every source is the organisation's own https page or a named third party from data/sources.json; a page
//   read through a copy (archive, proxy, mirror) is cited at its official address with `copy` set;
// - dealer, seller and content-farm pages are never shown, and no contact appears that an official page
//   does not list;
// - where sources disagree, the text says what each says and the field is `conflict`;
// - a field with no usable source is `not-found`; the product then tells the user what to ask.

export const CARRIER_FIELDS: readonly CarrierField[] = ['support', 'cancel', 'autopay', 'numberLoss', 'portOut', 'balance', 'suspension', 'abroad'];

export type { CarrierFact, CarrierField, LapseRule };

/** A timing rule as a value, with the sources that state it. */
export interface SourcedRule<T> {
  value: T;
  sources: Source[];
}

/** Timing rules the plan can compute with, each with its sources (when the number is released is `numberLoss.lapse`). */
export interface CarrierRules {
  /** When an unpaid line stops receiving texts: the renewal date, the balance's expiry, the due date, or the end of `graceDays`. */
  textsStopAt?: SourcedRule<'renewal' | 'expiry' | 'due-date' | 'grace-end'>;
  /** Days after service ends during which a carrier's own words say texts still arrive, received codes included. */
  textsWhileSuspendedDays?: SourcedRule<number>;
  /** Days after the renewal or due date before the line is suspended (with `textsStopAt: 'grace-end'`). */
  graceDays?: SourcedRule<number>;
  /** The hours, US Eastern time, within which the automatic renewal happens on the renewal day. */
  renewalHoursET?: SourcedRule<{ from: number; to: number }>;
  /** A source says the number can only be moved while the line is active (paid, not suspended). */
  portNeedsActiveLine?: SourcedRule<boolean>;
  /** Days without use after which a free number is reclaimed. */
  inactivityDays?: SourcedRule<number>;
}

// The date rules below are the numbers stated in the fact's own text, kept as data so dates can be computed.
export interface CarrierFacts {
  support: CarrierFact;
  /** `noticeHours`: cancel at least this long before the renewal date. */
  cancel: CarrierFact & { noticeHours?: number };
  autopay: CarrierFact;
  numberLoss: CarrierFact & { lapse?: LapseRule };
  portOut: CarrierFact;
  /** `refundMonths`: a balance can be refunded within this many months of its purchase. */
  balance: CarrierFact & { refundMonths?: number };
  /** How codes reach you abroad (roaming, Wi-Fi calling, short codes) and how to reach support from abroad. */
  abroad: CarrierFact;
  /** What suspension or expiry does to texts and to porting. */
  suspension: CarrierFact;
  rules?: CarrierRules;
}

/** What a carrier file holds (data/carriers/<id>.json). */
export interface CarrierFile {
  id: string;
  order: number;
  name: { en: string; zh: string };
  kind?: 'carrier' | 'parking' | 'voip';
  facts: CarrierFacts;
  rules?: CarrierRules;
}

/** Sources marked `hidden` in the data are kept for the record and never reach the product. */
export function shownSources(sources: readonly (Source & { hidden?: true })[]): Source[] {
  return sources.some((source) => source.hidden) ? sources.filter((source) => !source.hidden) : (sources as Source[]);
}

/** The value itself when none of its sources is hidden (no copy: the data is large), else a copy without them. */
export function withShownSources<T extends { sources?: readonly (Source & { hidden?: true })[] }>(value: T): T {
  return value.sources?.some((source) => source.hidden) ? { ...value, sources: shownSources(value.sources) } : value;
}

/** Every carrier id with a data file, in the order they are offered. */
export const CARRIER_IDS: readonly string[] = CARRIER_INDEX.map((carrier) => carrier.id);

/** A carrier's data file as written (hidden sources included), or undefined for an id without one. */
export function carrierFile(id: string): CarrierFile | undefined {
  return CARRIER_IDS.includes(id) ? (loadCarrierFile(id) as CarrierFile) : undefined;
}

const factsCache = new Map<string, CarrierFacts>();

/** What is known about a carrier, with only the sources that may be shown; undefined for an id without data. */
export function carrierFacts(id: string): CarrierFacts | undefined {
  const file = carrierFile(id);
  if (!file) return undefined;
  let facts = factsCache.get(id);
  if (!facts) {
    const shown: Record<string, unknown> = {};
    for (const [field, fact] of Object.entries(file.facts)) shown[field] = withShownSources(fact as { sources?: Source[] });
    if (file.rules) {
      const rules: Record<string, unknown> = {};
      for (const [key, rule] of Object.entries(file.rules)) rules[key] = withShownSources(rule as { sources: Source[] });
      shown.rules = rules;
    }
    factsCache.set(id, (facts = shown as unknown as CarrierFacts));
  }
  return facts;
}

/** Every carrier's facts by id (reads every carrier file: for `carriers` and the tests). */
export function allCarrierFacts(): Record<string, CarrierFacts> {
  return Object.fromEntries(CARRIER_IDS.map((id) => [id, carrierFacts(id)!]));
}
