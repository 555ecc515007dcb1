import type { CarrierId } from './data/index.js';

// The life of a line, per carrier: what happens at the renewal (or expiry) date when it is not paid, how long
// paying brings it back, when the number is released, how much notice a cancellation needs and from which hour,
// whether a port needs an active line, and what keeps a parked number alive. The follow-up dates
// (core/follow-ups.ts) are computed from these rules and nothing else.
//
// Sources: ../shared/research/carriers.md, abroad.md (§3, §6) and audit-2026-11.md (A1, A2, A4), each quoted below.
// Where a carrier says nothing, the rule is the conservative one (texts may stop at the renewal, a port needs an
// active line) and the product says "may". Day counts are only those a source states.

/** A source of a line rule, with the words that support it. */
export interface LineSource {
  url: string;
  trust: 'official' | 'third-party';
  /** When the page was read (or its own date, where it shows one). */
  date: string;
  quote: string;
}

export interface LineRule {
  /** The plan renews or expires on a date the user can give. Google Voice has no such date. */
  cycle: boolean;
  /**
   * When texts stop if the plan is not paid: `days` after the renewal/expiry date (0: on it). `known` is false when
   * no source says what happens, and the product then says "may stop" on the renewal date.
   */
  textsStop: { days: number; known: boolean };
  /** Paying within this many days of the renewal/expiry date restores the line and the number. */
  restoreDays?: number;
  /** The number is released (cannot be brought back) this many days after the renewal/expiry date. */
  releaseDays?: number;
  /**
   * A cancellation (or any change) must reach the carrier this many hours before the renewal; `countsFrom` is the
   * hour of the renewal date, in the carrier's time zone, the hours count back from. Tello says "24 hours before
   * the renewal date" and renews between 5 and 11 AM: counted from the start of that date (midnight), the
   * earliest reading, so no reading of the rule falls after the deadline shown.
   */
  cancelNotice?: { hours: number; countsFrom?: { hour: number; zone: 'America/New_York' } };
  /** Whether the carrier says a port needs an active (paid, not suspended) line, or that is only assumed. */
  portNeedsActive: 'stated' | 'assumed';
  /** An internet (VoIP) number: some banks refuse to send codes to it; short codes may not arrive. */
  voip?: boolean;
  /** Keeping a number here needs activity; `stated` is false where no rule was found and the interval is ours. */
  activity?: { everyDays: number; stated: boolean };
  sources: LineSource[];
}

const READ = '2026-11';
const official = (url: string, quote: string, date = READ): LineSource => ({ url, trust: 'official', date, quote });

/** A port margin: NumberBarn says most wireless ports take about 3 business days. */
export const PORT_MARGIN_DAYS = 3;
/** Auto-refill is turned off at least this many days before the renewal (more where the carrier needs notice). */
export const AUTOPAY_MARGIN_DAYS = 2;

const MAY_STOP = { days: 0, known: false } as const;

/** What is assumed of a carrier that no source describes. */
export const UNKNOWN_LINE: LineRule = { cycle: true, textsStop: MAY_STOP, portNeedsActive: 'assumed', sources: [] };

const ULTRA_LAPSE = 'https://www.ultramobile.com/ufaqs/what-happens-if-i-forget-to-make-a-payment/';

export const LINE_RULES: Readonly<Partial<Record<CarrierId, LineRule>>> = {
  ultra: {
    cycle: true,
    textsStop: { days: 0, known: true },
    restoreDays: 30,
    releaseDays: 30,
    portNeedsActive: 'stated',
    sources: [
      official(ULTRA_LAPSE, 'If you do not make a payment before your renewal date, your account will be suspended. When your account is suspended, you cannot make or receive calls or text messages'),
      official(ULTRA_LAPSE, 'After 30 days, your number will be hard-deleted from our system and will no longer be retrievable.'),
      official('https://www.ultramobile.com/faq/can-i-keep-my-current-phone-number/', 'Port-In Denied … This can happen if your service with your previous carrier is suspended for non-payment'),
    ],
  },
  'tmobile-prepaid': {
    cycle: true,
    textsStop: MAY_STOP,
    portNeedsActive: 'assumed',
    // No official statement on what a suspended T-Mobile prepaid line receives was found (abroad.md §3): assumed.
    sources: [],
  },
  'google-voice': {
    cycle: false,
    textsStop: MAY_STOP,
    portNeedsActive: 'stated',
    voip: true,
    activity: { everyDays: 30, stated: false },
    sources: [
      // Read from a copy of Google's page (a web proxy's), cited at Google's own address.
      official('https://support.google.com/voice/answer/1065667', 'Users based in the U.S.: Are restricted to port requests with an active U.S. mobile phone number · Need to make and update their port requests in the U.S.'),
    ],
  },
  tello: {
    cycle: true,
    textsStop: MAY_STOP,
    cancelNotice: { hours: 24, countsFrom: { hour: 0, zone: 'America/New_York' } },
    portNeedsActive: 'assumed',
    sources: [
      official(
        'https://tello.com/help_center/when-does-the-automatic-plan-renewal-occur?_language=en',
        'automatic renewal will occur anytime between 5 AM EST and 11 AM EST on the 30th day … Any changes … must be made at least 24 hours before the renewal date.',
      ),
    ],
  },
  'us-mobile': {
    cycle: true,
    textsStop: MAY_STOP,
    portNeedsActive: 'assumed',
    sources: [official('https://www.usmobile.com/help/knowledge-base/restore-account/', "If a line has expired, it will say 'Expired since….'. … click 'Renew My Plan' … your account will be restored for active use.")],
  },
  mint: {
    cycle: true,
    textsStop: MAY_STOP,
    portNeedsActive: 'assumed',
    sources: [
      official(
        'https://www.mintmobile.com/help/how-do-i-set-up-and-manage-auto-renewal/',
        "This means your account will go into suspension after its final day if you don't make a manual renewal payment.",
      ),
    ],
  },
  'hello-mobile': {
    cycle: true,
    // Hello Mobile's words are only "free text messages and 911 calling for 30 days after your service ends": nothing
    // about short codes or receiving verification codes, nor when "service ends". So the conservative rule: texts
    // may stop at the renewal date; the 30-day window is shown as the carrier's words (facts.suspension), not a promise.
    textsStop: MAY_STOP,
    portNeedsActive: 'assumed',
    sources: [
      official(
        'https://support.hellomobile.com/docs/hello-mobile/plans/what-happens-if-i-run-out-of-service-9347/',
        'our Always On™ guarantee gives access to free text messages and 911 calling for 30 days after your service ends.',
      ),
    ],
  },
  'red-pocket': {
    cycle: true,
    textsStop: { days: 0, known: true },
    restoreDays: 30,
    releaseDays: 30,
    portNeedsActive: 'assumed',
    sources: [
      official('https://help.redpocket.com/how-can-i-change-my-payment-method', 'Without auto-pay, your line will enter into an "Airtime Expired" status, and your service will be suspended, until a payment is submitted.'),
      official(
        'https://help.redpocket.com/if-i-let-my-account-lapse-how-soon-do-i-need-to-make-payment-in-order-to-keep-my-phone-number',
        "If you don't refill or renew your line by the end of your 30-day period, you will lose your phone number.",
      ),
    ],
  },
  'att-prepaid': {
    cycle: true,
    // Only a third-party page says what an expired line can still receive: assumed, worded "may".
    textsStop: MAY_STOP,
    restoreDays: 60,
    releaseDays: 60,
    portNeedsActive: 'assumed',
    sources: [official('https://www.att.com/legal/terms.prepaidAutoPayTerms.html', 'Accounts will be cancelled 60 days after expiration.', '2019-12-10')],
  },
  'verizon-prepaid': {
    cycle: true,
    // Verizon says a suspended account is reconnected by paying, not what it receives meanwhile: "may".
    textsStop: MAY_STOP,
    restoreDays: 60,
    releaseDays: 60,
    portNeedsActive: 'stated',
    sources: [
      official('https://espanol.verizon.com/support/prepaid-suspend-service-faqs//1000', 'If your account is suspended due to lack of payment, you can add funds to reconnect your service.'),
      official('https://www.verizon.com/support/prepaid-billing-payment-faqs', 'As long as you renew your plan within 60 days of the plan renewal date, your account will stay active'),
      official(
        'https://www.verizon.com/support/port-out-faqs/',
        "Don't disconnect your Verizon line of service until after your number is moved. Otherwise you must reactivate your Verizon number before your new carrier can move it.",
      ),
    ],
  },
  cricket: {
    cycle: true,
    textsStop: MAY_STOP,
    portNeedsActive: 'stated',
    sources: [
      official(
        'https://www.cricketwireless.com/content/aio/en/support/apps-and-services/transfer-your-number/customer/transfer-your-number.html',
        'Your number must be active so we can transfer it',
      ),
    ],
  },
  visible: {
    cycle: true,
    textsStop: { days: 0, known: true },
    restoreDays: 60,
    releaseDays: 110,
    portNeedsActive: 'assumed',
    sources: [
      official(
        'https://community.visible.com/t5/Plans-Service/Visible-Cash-Payments/ta-p/17461',
        "we pause your service until you pay again … We'll keep your actual account paused for 60 days. 50 days after that, we'll have to release your number.",
        '2022-08-15',
      ),
    ],
  },
  'helium-mobile': {
    cycle: true,
    textsStop: { days: 3, known: true },
    portNeedsActive: 'assumed',
    activity: { everyDays: 30, stated: true },
    sources: [
      official('https://support.hellohelium.com/en/articles/6944879-billing-details', '3-day grace period … After 3 days, your service will be temporarily suspended'),
      // Read from a copy of Helium's own file (a crawler's); cited at Helium's address.
      official('https://hellohelium.com/llms.txt', 'Requires active cellular data usage each month to maintain service'),
    ],
  },
  textnow: {
    cycle: false,
    textsStop: MAY_STOP,
    portNeedsActive: 'assumed',
    voip: true,
    activity: { everyDays: 30, stated: false },
    sources: [],
  },
  numberbarn: {
    cycle: true,
    textsStop: MAY_STOP,
    portNeedsActive: 'assumed',
    voip: true,
    sources: [
      official('https://help.numberbarn.com/hc/en-us/articles/33836390823447-Text-Messaging-Overview', 'Messages can only be exchanged with supported U.S. and Canadian telephone numbers.'),
    ],
  },
};

/** The rule for a carrier id: its own, or the conservative one. Own keys only: an id like `toString` is unknown. */
export function lineRuleOf(carrier: string | undefined): LineRule {
  return carrier !== undefined && Object.hasOwn(LINE_RULES, carrier) ? LINE_RULES[carrier as CarrierId]! : UNKNOWN_LINE;
}

/** Where a kept number goes, as the rule of the service that will hold it (for VoIP and keep-alive). */
export const DESTINATION_CARRIER = { 'google-voice': 'google-voice', parking: 'numberbarn' } as const satisfies Record<string, CarrierId>;
