import type { CarrierFact, CarrierField, LapseRule, Source } from '../core/types.js';

// What the research (../shared/research/carriers.md) found for each carrier, field by field, with its
// sources. Rules followed here:
// - only facts with an https source are kept (a fact seen only on an http page or in a repository with no
//   URL is left out and the field says "not found");
// - dealer and reseller pages are never used, and no contact appears that the research does not list;
// - where sources disagree, the text says what each says and the field is marked `conflict`;
// - a field with no usable source is `not-found`; the product then tells the user what to ask.

export const CARRIER_FIELDS: readonly CarrierField[] = ['support', 'cancel', 'autopay', 'numberLoss', 'portOut', 'balance'];

export type { CarrierFact, CarrierField, LapseRule };

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
}

const official = (url: string, date?: string): Source => ({ url, trust: 'official', ...(date ? { date } : {}) });
const copy = (url: string, via: string): Source => ({ url, via, trust: 'official-copy' });
const third = (url: string, date?: string): Source => ({ url, trust: '3rd-party', ...(date ? { date } : {}) });
const found = (en: string, zh: string, ...sources: Source[]): CarrierFact => ({ status: 'found', text: { en, zh }, sources });
const conflict = (en: string, zh: string, ...sources: Source[]): CarrierFact => ({ status: 'conflict', text: { en, zh }, sources });
const notFound: CarrierFact = { status: 'not-found' };

const GIGS = 'https://help.gigs.com/articles/5624814548-Porting-to-Gigs-from-a-US-carrier-—-full-carrier-reference';
const ULTRA_LAPSE = 'https://www.ultramobile.com/ufaqs/what-happens-if-i-forget-to-make-a-payment/';
const TELLO_CANCEL = 'https://tello.com/help_center/how-can-i-cancel-my-service?_language=en';
const TMO_SCAM = 'https://www.t-mobile.com/customers/phone-number-port-out-scam-alert';
const ATT_TERMS = 'https://www.att.com/legal/terms.prepaidAutoPayTerms.html';
const CRICKET_CANCEL = 'https://www.cricketwireless.com/support/account-management/cancel-service/customer/cancel-service.html';
const H2O_AR = 'https://www.h2owirelessnow.com/autorecharge-intro';
const VERIZON_FAQ = 'https://www.verizon.com/support/prepaid-billing-payment-faqs';

export const CARRIER_FACTS: Record<string, CarrierFacts> = {
  ultra: {
    support: found(
      'Call Ultra customer care at 888-777-0446, or dial 611 from the Ultra phone; 611 still works while the account is suspended. The support page offers a chatbot that can connect you to a live agent.',
      '拨打 Ultra 客服 888-777-0446，或用 Ultra 手机拨 611；账户被暂停时 611 仍可拨通。客服页面有聊天机器人，可以转接人工客服。',
      official('https://ultramobile.zendesk.com/hc/en-us/articles/115006573788-What-Family-Plan-payment-settings-are-there'),
      official(ULTRA_LAPSE),
      official('https://www.ultramobile.com/support/'),
    ),
    cancel: found(
      'No official Ultra page on cancelling was found. A third-party guide says: log in → Account → Manage Subscription → Cancel Subscription, and for retail purchases contact customer service. Unverified: confirm with Ultra.',
      '没有找到 Ultra 关于注销的官方页面。一份第三方指南说：登录 → Account → Manage Subscription → Cancel Subscription；在实体店购买的要联系客服。未经核实：请向 Ultra 确认。',
      third('https://www.joinchargeback.com/cancels/how-to-cancel-ultra-mobile', '2025-08-11'),
    ),
    autopay: notFound,
    numberLoss: {
      ...found(
        'If you do not pay before your renewal date, the account is suspended and you have 30 days to pay. After those 30 days the number is hard-deleted and cannot be retrieved. PayGo plans run on a 30-day cycle.',
        '如果在续费日前没有付款，账户会被暂停，之后有 30 天补缴期。30 天过后号码会被彻底删除，无法找回。PayGo 套餐以 30 天为一个周期。',
        official(ULTRA_LAPSE),
        official('https://www.ultramobile.com/faq/when-do-my-minutes-or-text-mms-messages-expire/'),
      ),
      lapse: { days: 30, after: 'renewal' },
    },
    portOut: notFound,
    balance: found(
      'Ultra takes back SIM cards within 10 days of purchase if unopened and not activated (ultramobile.com purchases only); promotional credits are not refundable. A refund of a remaining PayGo balance was not found: ask Ultra.',
      'Ultra 接受购买后 10 天内、未拆封未激活的 SIM 卡退货（仅限 ultramobile.com 购买）；促销赠送的额度不退。没有找到剩余 PayGo 余额能否退款的说明：请询问 Ultra。',
      official('https://www.ultramobile.com/ufaqs/what-is-ultra-mobiles-return-policy/'),
      official('https://www.ultramobile.com/buy-2-months-get-one-month-free-terms-conditions/'),
    ),
  },
  'tmobile-prepaid': {
    support: found(
      'Dial 611 from the T-Mobile phone, or call 1-800-937-8997 from any phone.',
      '用 T-Mobile 手机拨 611，或用任何电话拨打 1-800-937-8997。',
      official(TMO_SCAM),
    ),
    cancel: found(
      "T-Mobile's cancellation page says cancellations cannot be completed online and take effect at the end of the current bill cycle; the page does not say whether this covers prepaid. A third-party guide says prepaid is cancelled by phone or in a store.",
      'T-Mobile 的注销页面说无法在线注销，注销在当前账单周期结束时生效；该页面没有说明是否适用于预付费。一份第三方指南说预付费需要打电话或去门店注销。',
      official('https://www.t-mobile.com/support/account/cancel-service'),
      third('https://legalclarity.org/how-to-cancel-t-mobile-prepaid-phone-store-or-port/'),
    ),
    autopay: found(
      'A third-party guide says cancelling does not turn off AutoPay: switch it off separately.',
      '一份第三方指南说注销并不会关闭自动付款：需要单独关闭。',
      third('https://legalclarity.org/how-to-cancel-t-mobile-prepaid-phone-store-or-port/'),
    ),
    numberLoss: found(
      'No official rule was found. Two third-party pages say an unpaid prepaid account is suspended and cancelled after 120 days, and the number may then be lost. Unverified: ask T-Mobile.',
      '没有找到官方规则。两个第三方页面说欠费的预付费账户会先被暂停，120 天后注销，号码随之可能丢失。未经核实：请询问 T-Mobile。',
      third('https://topnews.media/technology/what-to-know-before-canceling-your-t-mobile-wireless-service'),
      third('https://instarztech.com/?p=26532'),
    ),
    portOut: conflict(
      'Most sources: only the primary account holder can create the Transfer PIN (Temporary Port Out PIN), in the T-Life app (Manage → gear → Permissions & controls → Transfer PIN) or on T-Mobile.com while on the T-Mobile network with Wi-Fi off, or by calling 1-800-937-8997; it has 6 digits and is valid for 7 days. Port Out Protection must be turned off first. Older sources describe a 4-digit PIN, which likely predates T-Mobile\'s April 2022 change.',
      '多数来源：只有主账户持有人可以生成转出 PIN（Transfer PIN / Temporary Port Out PIN），在 T-Life App（Manage → 齿轮 → Permissions & controls → Transfer PIN）里，或在连接 T-Mobile 网络、关闭 Wi-Fi 时登录 T-Mobile.com 生成，也可以拨打 1-800-937-8997；PIN 为 6 位数，有效期 7 天。必须先关闭“转出保护”（Port Out Protection）。较早的来源说是 4 位 PIN，可能早于 T-Mobile 2022 年 4 月的调整。',
      third('https://revbid.site/t-mobile-transfer-pin-what-it-is-and-how-to-get-it'),
      third('https://help.gigs.com/articles/7004886542-Porting-to-Gigs-from-a-US-family-plan-or-with-a-financed-device', '2026-06-05'),
      third('https://portinout.com/guides/tmobile-transfer-pin'),
      official('https://magentapulse.t-mobile.com/us/en/customer-support/accounts/tlife-self-service/security-privacy-permissions/304d5'),
      third('https://tmo.report/2022/08/how-to-generate-a-number-transfer-pin-on-t-mobile/', '2024-08'),
    ),
    balance: found(
      'An older official page says remaining talk time is non-refundable.',
      '一个较早的官方页面说剩余通话额度不予退款。',
      official('https://support.t-mobile.com/docs/DOC-4826'),
    ),
  },
  'google-voice': {
    support: found(
      'No support phone number was found: Google Voice help is on the web only.',
      '没有找到客服电话：Google Voice 只提供网页帮助。',
      copy('https://support.google.com/voice/answer/1065667', 'http://webproxy.stealthy.co/index.php?q=https%3A%2F%2Fsupport.google.com%2Fvoice%2Fanswer%2F1065667'),
    ),
    cancel: notFound,
    autopay: notFound,
    numberLoss: found(
      "Google's own rule was not found. Chinese-language guides (2023) say Google reclaims a number after 3 months with no calls or texts, and sends a warning email a week before; one says the period used to be 6 months. Unverified.",
      '没有找到 Google 的官方规则。中文指南（2023 年）说 3 个月内没有拨打电话或发送短信，Google 会收回号码，回收前一周会发邮件提醒；其中一篇说以前是 6 个月。未经核实。',
      third('https://github.com/ssnhd/googlevoice/wiki/%E4%BF%9D%E5%8F%B7', '2023-10-27'),
      third('https://gv-cn.com/gv/google-voice-account-inactivity.html'),
    ),
    portOut: notFound,
    balance: {
      refundMonths: 6,
      ...found(
      'You can ask for a refund of Google Voice calls and balances within 6 months of the original purchase: https://voice.google.com/u/0/billing → "Refund balance". The balance cannot be moved to another Google Account, and after a period without activity it is escheated to the state.',
      '可以在原始购买后 6 个月内申请退还 Google Voice 话费和余额：https://voice.google.com/u/0/billing →“Refund balance”。余额不能转到另一个 Google 账户；长期无活动后，余额会上缴州政府。',
      copy('https://support.google.com/voice/answer/7576316', 'https://calendarfreemonthly2023.netlify.app/host-https-support.google.com/voice/answer/7576316?hl=en'),
      ),
    },
  },
  tello: {
    support: notFound,
    cancel: {
      noticeHours: 24,
      ...found(
      'Only you can cancel, from your online account: Dashboard → "My Plan" → "Cancel Plan", at least 24 hours before the renewal date. Tello support cannot cancel for you. To delete the account afterwards, email support from the online account.',
      '只能由你自己在网上账户里注销：Dashboard →“My Plan”→“Cancel Plan”，并且要在续费日至少 24 小时之前操作。Tello 客服无法代为注销。之后如需删除账户，请在网上账户里给客服发邮件。',
        official(TELLO_CANCEL),
      ),
    },
    autopay: found(
      'With Pay As You Go, turn off Auto-Recharge in "My Settings".',
      '如果是按量付费（Pay As You Go），请在“My Settings”里关闭 Auto-Recharge。',
      official(TELLO_CANCEL),
    ),
    numberLoss: found(
      'If you cancel without moving the number during the current billing cycle, the number may be lost for good; Tello notifies you 7 days before it expires. Pay As You Go credit with no plan expires 3 months after purchase, and then the service is disconnected and the number deleted.',
      '如果在当前账单周期内注销而没有转出号码，号码可能永久丢失；Tello 会在号码到期前 7 天通知你。没有套餐的按量付费余额在购买 3 个月后到期，随后服务断开，号码被删除。',
      official(TELLO_CANCEL),
      official('https://tello.com/help_center/how-does-pay-as-you-go-work?_language=en'),
    ),
    portOut: found(
      'Your port-out information is at the bottom of the "Porting" page of your online account (an older page says "My SIM"). Tello has two PINs: the Port-out PIN, and a separate 4-digit Security PIN that is also needed for a move. Reset the Security PIN on the website (not the app): "My Information" → SMS reset code.',
      '转出信息在网上账户“Porting”页面的底部（较早的页面说在“My SIM”）。Tello 有两个 PIN：转出 PIN，以及转出时同样需要的 4 位安全 PIN（Security PIN）。安全 PIN 要在网站上（不是 App）重置：“My Information”→ 短信重置码。',
      official(TELLO_CANCEL),
      official('https://tello.com/help_center/what-s-a-security-pin'),
    ),
    balance: found(
      'Plan, Pay As You Go and Tello Dollars balances are forfeited and cannot be refunded once you start a move; balances from a failed auto-renewal are not refundable either.',
      '一旦开始转出，套餐、按量付费和 Tello Dollars 余额都会作废且不退；自动续费失败留下的余额也不退。',
      official(TELLO_CANCEL),
      official('https://tello.com/help_center/will-unused-service-carry-over-to-the-next-month?_language=en'),
    ),
  },
  'us-mobile': {
    support: notFound,
    cancel: found(
      'An old help page says: turn off AutoPay and remove the US Mobile SIM card; service ends by itself when the billing cycle expires.',
      '一个旧的帮助页面说：关闭自动付款并取出 US Mobile 的 SIM 卡；服务会在账单周期到期时自动结束。',
      official('https://www.usmobile.com/help/knowledge-base/what-if-i-want-to-leave-us-mobile-how-do-i-do-it/'),
    ),
    autopay: notFound,
    numberLoss: conflict(
      "US Mobile's old help pages disagree: one says the line is permanently disconnected after 45 days unpaid; another says 30 days after expiry on GSM LTE and 50 days on Super LTE. Confirm with US Mobile.",
      'US Mobile 的旧帮助页面说法不一：一个说欠费 45 天后永久停用线路；另一个说 GSM LTE 在到期 30 天后、Super LTE 在 50 天后停用。请向 US Mobile 确认。',
      official('https://www.usmobile.com/help/knowledge-base/inactive-for-45-days/'),
      official('https://www.usmobile.com/help/knowledge-base/will-i-lose-my-number-if-i-stop-service/'),
    ),
    portOut: notFound,
    balance: notFound,
  },
  mint: {
    support: found('Call Mint\'s Care team at 800-683-7392.', '拨打 Mint 客服 800-683-7392。', official('https://www.mintmobile.com/returns-or-exchanges/')),
    cancel: conflict(
      'No official method was found, and two third-party guides disagree: one says turn off Auto-Renew (Settings → Manage Plan) and let the plan expire; the other says you must contact support. Confirm with Mint.',
      '没有找到官方注销方法，两份第三方指南说法不一：一份说关闭自动续费（Settings → Manage Plan），让套餐到期；另一份说必须联系客服。请向 Mint 确认。',
      third('https://www.chatodyssey.com/phone-guides/mint-mobile/how-to-cancel-mint-mobile'),
      third('https://use.as/cancel-mint-mobile-plan'),
    ),
    autopay: notFound,
    numberLoss: found(
      'A third-party guide says the number is recycled 30 to 45 days after the plan expires. Unverified: ask Mint.',
      '一份第三方指南说号码会在套餐到期后 30 到 45 天被回收。未经核实：请询问 Mint。',
      third('https://www.chatodyssey.com/phone-guides/mint-mobile/how-to-cancel-mint-mobile'),
    ),
    portOut: notFound,
    balance: found(
      'Mint offers a 7-day money-back guarantee on purchases. Refunds after that, or for unused months, were not found on an official page (a third-party page says there are none for unused days).',
      'Mint 对购买提供 7 天退款保证。超过 7 天或未使用月份的退款，没有在官方页面上找到（一个第三方页面说未使用的天数不退）。',
      official('https://www.mintmobile.com/returns-or-exchanges/'),
      third('https://www.chatodyssey.com/phone-guides/mint-mobile/how-to-cancel-mint-mobile'),
    ),
  },
  'lycamobile-us': {
    support: notFound,
    cancel: notFound,
    autopay: notFound,
    numberLoss: notFound,
    portOut: notFound,
    balance: notFound,
  },
  'hello-mobile': {
    support: notFound,
    cancel: notFound,
    autopay: found(
      'Customers are enrolled in Auto-Refill automatically and may turn it on and off.',
      '用户会被自动开通自动充值（Auto-Refill），可以自行开关。',
      official('https://support.hellomobile.com/tag/billing/'),
    ),
    numberLoss: found(
      'After a missed payment, "Always On" keeps free texts and 911 calls for 30 days after service ends. When the number itself is released is not stated: ask Hello Mobile.',
      '漏缴后，“Always On”会在服务结束后的 30 天内保留免费短信和 911 通话。号码本身何时释放没有说明：请询问 Hello Mobile。',
      official('https://support.hellomobile.com/docs/hello-mobile/plans/what-happens-if-i-run-out-of-service-9347/'),
    ),
    portOut: notFound,
    balance: notFound,
  },
  'red-pocket': {
    support: notFound,
    cancel: found(
      'In your account, "CANCEL SUBSCRIPTION" turns off auto-pay; the account then goes into expired or suspended status when the billing cycle ends.',
      '在账户里点“CANCEL SUBSCRIPTION”会关闭自动付款；账单周期结束时账户会变为到期或暂停状态。',
      official('https://help.redpocket.com/how-can-i-change-my-payment-method'),
    ),
    autopay: found(
      '"CANCEL SUBSCRIPTION" in your account is how auto-pay is turned off.',
      '在账户里点“CANCEL SUBSCRIPTION”即可关闭自动付款。',
      official('https://help.redpocket.com/how-can-i-change-my-payment-method'),
    ),
    numberLoss: {
      ...found(
        'If you do not refill or renew within 30 days of the airtime expiry or service end date, you lose the number.',
        '如果在通话额度到期或服务结束之日起 30 天内没有充值或续费，号码就会丢失。',
        official('https://help.redpocket.com/if-i-let-my-account-lapse-how-soon-do-i-need-to-make-payment-in-order-to-keep-my-phone-number'),
      ),
      lapse: { days: 30, after: 'expiry' },
    },
    portOut: notFound,
    balance: found(
      'Plans and SIMs can be refunded within 7 days of receipt if usage stays under 50 minutes, 50 texts and 1GB. Changing plan "immediately" forfeits the remaining minutes, texts and data.',
      '套餐和 SIM 卡在收到后 7 天内、用量少于 50 分钟、50 条短信和 1GB 时可以退款。“立即”更换套餐会作废剩余的分钟数、短信和流量。',
      official('https://help.redpocket.com/hc/en-us/articles/360023861892-What-is-the-Red-Pocket-Mobile-refund-policy-'),
      official('https://help.redpocket.com/how-do-i-change-my-plan'),
    ),
  },
  'att-prepaid': {
    support: found(
      'Call 1-800-901-9878, or dial 611 from the AT&T Prepaid phone (third-party porting guides).',
      '拨打 1-800-901-9878，或用 AT&T 预付费手机拨 611（来自第三方转号指南）。',
      third(GIGS, '2026-06-05'),
      third('https://kevinlocke.name/bits/2020/02/23/porting-landline-spectrum-google-voice-att/', '2020-02-23'),
    ),
    cancel: found(
      "AT&T's prepaid terms say accounts are cancelled 60 days after expiration, so a plan that is not renewed ends by itself. A procedure for cancelling on request was not found: ask AT&T.",
      'AT&T 预付费条款说账户会在到期 60 天后被注销，所以不续费的套餐会自行结束。没有找到主动申请注销的流程：请询问 AT&T。',
      official(ATT_TERMS, '2019-12-10'),
    ),
    autopay: notFound,
    numberLoss: {
      ...found(
        'Payments expire: $10–24 after 30 days, $25–99 after 90 days, $100 or more after 1 year. The account is cancelled 60 days after expiration.',
        '充值金额的有效期：10–24 美元为 30 天，25–99 美元为 90 天，100 美元及以上为 1 年。账户在到期 60 天后被注销。',
        official(ATT_TERMS, '2019-12-10'),
      ),
      lapse: { days: 60, after: 'expiry' },
    },
    portOut: conflict(
      'Get the account number by dialing 611 from the prepaid phone or calling 1-800-901-9878. Sources differ on the PIN: a porting guide says AT&T Prepaid does not issue a separate transfer PIN; a 2020 blog says the account PIN was the last 4 digits of the number. *PORT is for AT&T postpaid, not prepaid. Confirm with AT&T.',
      '账户号码可以用预付费手机拨 611 或拨打 1-800-901-9878 查询。关于 PIN 说法不一：一份转号指南说 AT&T 预付费不单独发转出 PIN；2020 年的一篇博客说账户 PIN 是号码的后 4 位。*PORT 适用于 AT&T 后付费，不适用于预付费。请向 AT&T 确认。',
      third(GIGS, '2026-06-05'),
      third('https://kevinlocke.name/bits/2020/02/23/porting-landline-spectrum-google-voice-att/', '2020-02-23'),
      third('https://phound-docs.vercel.app/knowledge-base/porting/porting-att/'),
    ),
    balance: found(
      'The account balance is not refundable and is forfeited at expiration; payments are not returnable or transferable.',
      '账户余额不退，到期即作废；充值款不可退回或转让。',
      official(ATT_TERMS, '2019-12-10'),
    ),
  },
  'verizon-prepaid': {
    support: found(
      'Verizon Customer Service, 800-922-0204, appears in a porting guide for Verizon in general; a number for prepaid was not found.',
      '一份 Verizon 通用的转号指南里出现了 Verizon 客服电话 800-922-0204；没有找到预付费专用的号码。',
      third('https://phound-docs.vercel.app/knowledge-base/porting/porting-verizon/'),
    ),
    cancel: notFound,
    autopay: notFound,
    numberLoss: {
      ...found(
        'For plans started after 11/6/2018, the account stays active if you renew within 60 days of the renewal date. For older plans, payments expire by amount (30, 90, 180 or 365 days). If you do not pay before expiry, the balance is lost and you may not be able to keep the number.',
        '2018 年 11 月 6 日之后开通的套餐：在续费日后 60 天内续费，账户保持有效。更早的套餐：充值按金额分别在 30、90、180 或 365 天后到期。到期前不付款，余额作废，号码也可能保不住。',
        official(VERIZON_FAQ),
      ),
      lapse: { days: 60, after: 'renewal' },
    },
    portOut: conflict(
      'Sources disagree: the account number is the 10-digit phone number (or "A" followed by it) with the 4-digit PIN set at activation; or a 6-digit Number Transfer PIN from My Verizon or by dialing #PORT, valid 7 days. Turn off Number Lock first. Confirm with Verizon.',
      '说法不一：账户号码就是 10 位手机号（或前面加“A”），PIN 是开通时设置的 4 位数；或者是在 My Verizon 里或拨 #PORT 生成的 6 位转出 PIN（Number Transfer PIN），有效期 7 天。先关闭号码锁（Number Lock）。请向 Verizon 确认。',
      third('https://phound-docs.vercel.app/knowledge-base/porting/porting-verizon/'),
      third('https://help.credomobile.com/support/solutions/articles/151000074698-your-mobile-phone-number'),
      third('https://www.androidpolice.com/how-to-transfer-a-number-from-verizon/', '2024-09-24'),
    ),
    balance: found('Any remaining balance is lost at expiration.', '到期时剩余余额作废。', official(VERIZON_FAQ)),
  },
  cricket: {
    support: notFound,
    cancel: found(
      '"If you need to cancel your service, just stop paying." To cancel one line of a multi-line account, call or chat with a Cricket Support Advocate.',
      '“如果需要注销服务，停止付款即可。”多线账户只注销其中一条线时，请打电话或在线联系 Cricket 客服。',
      official(CRICKET_CANCEL),
    ),
    autopay: notFound,
    numberLoss: {
      ...found(
        'If you have not paid within 60 days of your last Cricket Pay Date, the account is cancelled and the number is no longer available.',
        '如果在上一个 Cricket 付款日（Pay Date）后 60 天内没有付款，账户会被注销，号码也就不再可用。',
        official(CRICKET_CANCEL),
      ),
      lapse: { days: 60, after: 'last-payment' },
    },
    portOut: notFound,
    balance: found(
      'Account balances are nonrefundable and nontransferable, and there are no refunds for service already paid for.',
      '账户余额不退也不可转让，已付费的服务不退款。',
      official(CRICKET_CANCEL),
    ),
  },
  h2o: {
    support: found('Customer service 1-800-643-4926, or dial 611 from the H2O phone.', '客服电话 1-800-643-4926，或用 H2O 手机拨 611。', official('https://www.h2owirelessnow.com/AR'), official(H2O_AR)),
    cancel: notFound,
    autopay: found(
      'Cancel auto-recharge for free by calling 1-800-643-4926, or with "Cancel AutoPay" in your H2O account. Recurring AutoPay charges are non-refundable.',
      '拨打 1-800-643-4926 可以免费取消自动充值，也可以在 H2O 账户里点“Cancel AutoPay”。已发生的自动扣款不退。',
      official('https://www.h2owirelessnow.com/AR'),
      official(H2O_AR),
    ),
    numberLoss: notFound,
    portOut: notFound,
    balance: found('Recurring AutoPay charges are non-refundable.', '已发生的自动扣款不退。', official(H2O_AR)),
  },
  visible: {
    support: found(
      'An older third-party article says to text 99370, tweet @VisibleCare, or select Help in the Visible app.',
      '一篇较早的第三方文章说可以发短信到 99370、在推特上联系 @VisibleCare，或在 Visible App 里选择 Help。',
      third('https://www.androidcentral.com/how-transferport-number-another-carrier-visible'),
    ),
    cancel: notFound,
    autopay: notFound,
    numberLoss: {
      ...found(
        'If you stop paying, service is paused; the account stays paused for 60 days, and 50 days after that the number is released.',
        '停止付款后服务会被暂停；账户保持暂停 60 天，再过 50 天号码会被释放。',
        official('https://community.visible.com/t5/Plans-Service/Visible-Cash-Payments/ta-p/17461', '2022-08-15'),
      ),
      lapse: { days: 110, after: 'renewal' },
    },
    portOut: notFound,
    balance: notFound,
  },
  boost: {
    support: found(
      'Call (833) 502-6678, 8 AM to midnight ET daily; the account number is only available by phone (third-party porting guide).',
      '拨打 (833) 502-6678，每天美东时间早 8 点到午夜；账户号码只能电话查询（来自第三方转号指南）。',
      third('https://phound-docs.vercel.app/knowledge-base/porting/porting-boost-mobile/'),
    ),
    cancel: notFound,
    autopay: notFound,
    numberLoss: notFound,
    portOut: found(
      'Request a temporary port-out PIN in the Boost app or on boostmobile.com (Line Settings), or by phone; it is valid for 7 days, one per line. Turn off Number Lock / Port Protection first. Boost: do not cancel the line if you plan to move it; it closes automatically once the transfer completes.',
      '在 Boost App 或 boostmobile.com（Line Settings）里申请临时转出 PIN，也可以电话申请；有效期 7 天，每条线一个。先关闭号码锁/转出保护（Number Lock / Port Protection）。Boost 表示：打算转出就不要注销线路，转移完成后线路会自动关闭。',
      third('https://phound-docs.vercel.app/knowledge-base/porting/porting-boost-mobile/'),
    ),
    balance: notFound,
  },
  'tracfone-family': {
    support: found(
      'Tracfone Customer Care: 1-800-867-7183 (from a copy of older Tracfone terms). Straight Talk Customer Care: 1-877-430-2355. A number for Total Wireless was not found.',
      'Tracfone 客服：1-800-867-7183（来自较早的 Tracfone 条款副本）。Straight Talk 客服：1-877-430-2355。没有找到 Total Wireless 的客服电话。',
      { url: 'https://dubaiemulatesillinois.pages.dev/822382.html', trust: 'official-copy' },
      official('https://www.straighttalk.com/wps/wcm/connect/StraightTalk/Support/FAQs/Policies+and+Procedures/Stolen+Lost+Phones/'),
    ),
    cancel: notFound,
    autopay: notFound,
    numberLoss: notFound,
    portOut: notFound,
    balance: found(
      'Straight Talk: there are no refunds of unused minutes, messages and data beyond the Service End Date.',
      'Straight Talk：服务结束日之后，未用完的分钟数、短信和流量不退。',
      official('https://www.straighttalk.com/wps/wcm/connect/StraightTalk/Support/FAQs/Policies+and+Procedures/Stolen+Lost+Phones/'),
    ),
  },
};
