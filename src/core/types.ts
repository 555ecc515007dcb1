import type { Localized } from '../i18n.js';

/** Keep the number by moving it to another service, or let it go. */
export type Goal = 'leave' | 'keep';
export type YesNoUnsure = 'yes' | 'no' | 'unsure';

/** The categories of accounts that may still send codes to the number (as in the research's service directory). */
export const CODE_CATEGORIES = [
  'banks',
  'brokers-crypto',
  'payments',
  'accounts-email',
  'messaging-social',
  'government',
  'everyday',
] as const;
export type CodeCategory = (typeof CODE_CATEGORIES)[number];

/** What the guided session asked. None of it identifies the number: the label is a short nickname. */
export interface Answers {
  carrier: string;
  label: string;
  goal: Goal;
  balance: YesNoUnsure;
  autopay: YesNoUnsure;
  codeCategories: CodeCategory[];
  codesUnsure: boolean;
  /** Services from the directory that still send codes to the number (ids of content/services.ts). */
  services?: string[];
  /** Services the user added by name because the directory does not list them. */
  customServices?: CustomService[];
  /** The next renewal or expiry date of the plan, YYYY-MM-DD (a calendar date, so no time zone). */
  renewalDate?: string;
  /** When the balance was last bought, YYYY-MM-DD, where the carrier refunds within a window of it. */
  balancePurchaseDate?: string;
}

export interface CustomService {
  id: string;
  name: string;
  /** Set when `scan` found the service in 2fa.directory only: its domain, two-factor methods and documentation link. */
  domain?: string;
  methods?: string[];
  url?: string;
}

/** Every listed or added service becomes its own step, `move-2fa:<service id>`. */
export const SERVICE_STEP_PREFIX = 'move-2fa:';

/** One entry of a profile's append-only history. The current state is always derived from it. */
export type HistoryEvent =
  | { type: 'answers'; at: string; answers: Answers }
  | { type: 'done'; at: string; step: string }
  | { type: 'skip'; at: string; step: string; reason?: string }
  | { type: 'undo'; at: string; step: string }
  | { type: 'note'; at: string; step: string; text: string };

export type StepStatus = 'pending' | 'done' | 'skipped';

export interface Note {
  at: string;
  text: string;
}

export interface StepState {
  status: StepStatus;
  /** When the current status was set (absent while pending). */
  at?: string;
  reason?: string;
  notes: Note[];
}

export type Severity = 'high' | 'medium' | 'info';

/** Where a fact comes from, as recorded in the shared research. */
export interface Source {
  url: string;
  /** The copy that was actually read, when the official page was read through a mirror or archive. */
  via?: string;
  trust: 'official' | 'official-copy' | '3rd-party' | 'repo' | 'dataset';
  /** The page's own date, where it shows one. */
  date?: string;
}

/** A statement users may act on, always with its sources. */
export interface Fact {
  id: string;
  text: Localized;
  sources: Source[];
}

/** When a step applies: the goal it belongs to, and/or an answer that must not be "no". */
export interface StepCondition {
  goal?: Goal;
  unlessNo?: 'balance' | 'autopay';
}

export interface StepText {
  title: Localized;
  action: Localized;
  why: Localized;
}

/** The kinds of facts known per carrier (content/carrier-facts.ts). */
export type CarrierField = 'support' | 'cancel' | 'autopay' | 'numberLoss' | 'portOut' | 'balance';

/** One carrier fact: found (possibly only by third parties), sources that disagree, or nothing usable. */
export type CarrierFact =
  | { status: 'found' | 'conflict'; text: Localized; sources: Source[] }
  | { status: 'not-found' };

/** When the number is lost if payments stop: the number of days after a reference date. */
export interface LapseRule {
  days: number;
  after: 'renewal' | 'expiry' | 'last-payment';
}

/** A step that should come before this one; marking this done first shows the warning. */
export interface Prerequisite {
  /** A step id, or a prefix ending in `*` for a family of steps such as `move-2fa:*`. */
  step: string;
  warning: string;
}

export interface StepDef extends StepText {
  id: string;
  when?: StepCondition;
  /** Different wording when the user keeps the number. */
  keep?: Partial<StepText>;
  facts?: string[];
  /** What the user's carrier says about this step, shown when the carrier is known. */
  carrierFields?: CarrierField[];
  prerequisites?: Prerequisite[];
}

export interface WarningDef {
  id: string;
  severity: Severity;
  message: Localized;
  facts?: string[];
  /** Steps whose card in the guided session shows this warning (high-severity ones show on every card). */
  showOn?: string[];
}
