import type { Localized } from '../i18n.js';
import type { FactId } from '../content/data/index.js';
import type { StepId } from '../content/steps.js';

/** Keep the number by moving it to another service, or let it go. */
export type Goal = 'leave' | 'keep';
export type YesNoUnsure = 'yes' | 'no' | 'unsure';
/** Can the number still receive texts? Asked where it changes the plan (a renewal date in the past, a lapsed line). */
export const LINE_STATUSES = ['active', 'suspended', 'gone', 'unsure'] as const;
export type LineStatus = (typeof LINE_STATUSES)[number];
/** Where the user is now: abroad, codes may not arrive and toll-free numbers may not be dialable. */
export const LOCATIONS = ['us', 'abroad'] as const;
export type Location = (typeof LOCATIONS)[number];
/** Who activated the line: a seller may still hold the account's login. */
export const SETUPS = ['self', 'seller', 'unsure'] as const;
export type Setup = (typeof SETUPS)[number];
/**
 * Where a kept number goes: Google Voice, a number-parking service, another carrier's plan, not decided yet, or
 * (for a number already on Google Voice) staying where it is.
 */
export const DESTINATIONS = ['google-voice', 'parking', 'carrier', 'undecided', 'stay'] as const;
export type Destination = (typeof DESTINATIONS)[number];

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
  /** Whether the line can still receive texts (absent: not asked, taken as active unless the renewal has passed). */
  line?: LineStatus;
  location?: Location;
  setup?: Setup;
  /** Keep plans only: where the number goes. */
  destination?: Destination;
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
  /** `on`: the calendar date the user gave (`--date`), kept as typed so it reads the same in every time zone. */
  | { type: 'done'; at: string; step: string; on?: string }
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
  /** The calendar date the user gave for it, where they gave one. */
  on?: string;
  reason?: string;
  notes: Note[];
}

export type Severity = 'high' | 'medium' | 'info';

/**
 * Where a fact comes from (content/data/: every source names its domain in content/data/sources.json).
 * Only the organisation's own page or a named third party is ever shown; where the page was read through a
 * copy (an archive, proxy, mirror…), the official address is cited and `copy` says so: the copy's address
 * is not kept.
 */
export interface Source {
  url: string;
  /** official: the organisation's or agency's own page; 3rd-party: anyone else (named in the registry); dataset: 2fa.directory. */
  trust: 'official' | '3rd-party' | 'dataset';
  /** The page's own date, where it shows one (YYYY, YYYY-MM or YYYY-MM-DD). */
  date?: string;
  /** When the page (or its copy) was read (YYYY, YYYY-MM or YYYY-MM-DD); every source in content/data/ has it. */
  read?: string;
  /** Set when the page was read through a copy rather than at its own address. */
  copy?: SourceCopy;
  /** A short quote from the page, in its own language. */
  quote?: string;
}

/** What kind of copy a page was read through. */
export type SourceCopy = 'archive' | 'proxy' | 'mirror' | 'translation' | 'crawler' | 'search-index' | 'other-locale' | 'quoted';

/** A statement users may act on, always with its sources. */
export interface Fact {
  id: string;
  text: Localized;
  sources: Source[];
  /** Shown only to these users: one carrier's rule, or a fact about moving a number (not for someone cancelling). */
  appliesTo?: { carriers?: string[]; goal?: Goal };
}

/** When a step applies: the goal it belongs to, and/or an answer that must not be "no". */
export interface StepCondition {
  goal?: Goal;
  unlessNo?: 'balance' | 'autopay';
  /** Only in the general plan (before any answers): a step whose question the answers settle. */
  untailored?: true;
  /** Only for these states of the line (default: every state but `gone`, whose plan is a recovery plan). */
  line?: readonly LineStatus[];
  location?: Location;
  setup?: readonly Setup[];
  /** Only where the line has a SIM and a renewal cycle (not Google Voice). */
  cycle?: true;
  /** Keep plans where the number moves somewhere (not staying on Google Voice). */
  moving?: true;
  /** Keep plans where the number's new home needs it to be used now and then. */
  keepAlive?: true;
}

export interface StepText {
  title: Localized;
  action: Localized;
  why: Localized;
}

/**
 * The kinds of facts known per carrier (content/carrier-facts.ts): `abroad` is how codes reach you and how to
 * reach support from outside the US; `suspension` is what a suspended or expired line can still do (texts, ports).
 */
export type CarrierField = 'support' | 'cancel' | 'autopay' | 'numberLoss' | 'portOut' | 'balance' | 'abroad' | 'suspension';

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
export interface Prerequisite<Id extends string = string> {
  /** A step id, or `move-2fa:*` for every account step. */
  step: Id | `${typeof SERVICE_STEP_PREFIX}*`;
  warning: string;
}

/** A step; in content/steps.ts, `Id` is the union of the plan's step ids, which the prerequisites must name. */
export interface StepDef<Id extends string = string> extends StepText {
  id: Id;
  when?: StepCondition;
  /** Different wording when the user keeps the number. */
  keep?: Partial<StepText>;
  /** Different wording when the number is already gone (the recovery plan). */
  gone?: Partial<StepText>;
  /** Different wording for a number on Google Voice (no SIM, no renewal). */
  voip?: Partial<StepText>;
  /** Different wording once the user has answered the questions (the step is then a task, not a question). */
  tailored?: Partial<StepText>;
  /** Done again and again (keep the number alive): marking it done records one more time, and it comes back when due. */
  recurring?: true;
  facts?: FactId[];
  /** What the user's carrier says about this step, shown when the carrier is known. */
  carrierFields?: CarrierField[];
  prerequisites?: Prerequisite<Id>[];
}

export interface WarningDef {
  id: string;
  severity: Severity;
  message: Localized;
  facts?: FactId[];
  /** Steps whose card in the guided session shows this warning (high-severity ones show on every card). */
  showOn?: StepId[];
}
