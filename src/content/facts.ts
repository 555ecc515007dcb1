import type { Fact } from '../core/types.js';

// Every fact here is copied from ../shared/research (carriers.md, services.md) with the sources listed
// there. Nothing is written from memory. A schema test checks that every phone number and URL shown to
// users appears in this file or in the carrier data.

const FCC_PORTING_GUIDE =
  'https://www.fcc.gov/consumers/guides/keeping-your-telephone-number-when-changing-service-providers';

export const FACTS: readonly Fact[] = [
  {
    id: 'princeton-recycling',
    text: {
      en: 'In a 2021 Princeton study, 171 of 259 recycled numbers sampled at two major US carriers were still tied to existing accounts at popular websites.',
      zh: '2021 年普林斯顿大学的一项研究在美国两家大运营商抽样了 259 个回收号码，其中 171 个仍绑定着热门网站上的现有账户。',
    },
    sources: [
      {
        url: 'https://www.readkong.com/page/security-and-privacy-risks-of-number-recycling-at-mobile-6050368',
        trust: 'official-copy',
        date: '2021-05-03',
      },
      { url: 'https://freedom-to-tinker.com/category/privacy-security/', trust: '3rd-party', date: '2021-05' },
    ],
  },
  {
    id: 'fcc-do-not-cancel-first',
    text: {
      en: 'The FCC advises: do not end service with your current company before the new company has taken the number; a completed move closes the old line automatically.',
      zh: 'FCC 建议：在新公司接手号码之前，不要先终止现有公司的服务；转移完成后旧线路会自动关闭。',
    },
    sources: [
      { url: FCC_PORTING_GUIDE, trust: 'official' },
      {
        url: 'https://help.gigs.com/articles/5624814548-Porting-to-Gigs-from-a-US-carrier-—-full-carrier-reference',
        trust: '3rd-party',
        date: '2026-06-05',
      },
    ],
  },
  {
    id: 'fcc-port-despite-balance',
    text: {
      en: 'Per the FCC, your old company cannot refuse to move your number even if you owe money, but you still have to pay what you owe; companies may charge porting fees.',
      zh: '根据 FCC，即使你欠费，原公司也不能拒绝转出你的号码，但欠款仍需支付；公司可能收取转号费。',
    },
    sources: [{ url: FCC_PORTING_GUIDE, trust: 'official' }],
  },
  {
    id: 'fcc-simple-port-one-day',
    text: {
      en: 'FCC rules require "simple" ports to be processed in one business day.',
      zh: 'FCC 规定“简单”的携号转网应在一个工作日内处理完毕。',
    },
    sources: [{ url: FCC_PORTING_GUIDE, trust: 'official' }],
  },
  {
    id: 'port-needs-account-and-pin',
    text: {
      en: "A move needs the old carrier's account number and a transfer (port-out) PIN; the billing ZIP code and the exact name on the account may also be needed.",
      zh: '转出号码需要原运营商的账户号码和转出 PIN；可能还需要账单邮编和账户上的准确姓名。',
    },
    sources: [
      {
        url: 'https://help.gigs.com/articles/5624814548-Porting-to-Gigs-from-a-US-carrier-—-full-carrier-reference',
        trust: '3rd-party',
        date: '2026-06-05',
      },
    ],
  },
  {
    id: 'port-protection-blocks-moves',
    text: {
      en: "Carriers offer locks that block moves until you remove them, e.g. T-Mobile's Port Out Protection, which only the primary account holder can switch off.",
      zh: '运营商提供的号码锁会阻止转出，必须先解除，例如 T-Mobile 的“转出保护”（Port Out Protection），只有主账户持有人能关闭。',
    },
    sources: [
      {
        url: 'https://magentapulse.t-mobile.com/us/en/customer-support/accounts/tlife-self-service/security-privacy-permissions/304d5',
        trust: 'official',
      },
    ],
  },
  {
    id: 'fcc-aging-45-days',
    text: {
      en: 'Under FCC rules a permanently disconnected number must wait at least 45 days before it is given to someone else; after that it can be reassigned.',
      zh: '按 FCC 规定，永久停用的号码至少要等 45 天才能重新分配给别人；之后就可能被分配出去。',
    },
    sources: [
      { url: 'https://regulations.justia.com/regulations/fedreg/2019/03/26/2019-05620.html', trust: 'official', date: '2019-03-26' },
    ],
  },
  {
    id: 'fcc-port-out-notice',
    text: {
      en: 'Since an FCC order of 2023, wireless carriers must authenticate you securely before moving your number and must notify you immediately of a SIM change or port-out request.',
      zh: '根据 FCC 2023 年的命令，无线运营商在转出你的号码前必须安全地验证身份，并在有换卡或转出请求时立即通知你。',
    },
    sources: [
      { url: 'https://regulations.justia.com/regulations/fedreg/2023/12/08/2023-26338.html', trust: 'official', date: '2023-12-08' },
    ],
  },
  {
    id: 'google-voice-port-in',
    text: {
      en: 'Google Voice accepts only mobile numbers, and not all of them; a $20 fee may apply (see Google\'s page). Google says: do not cancel your phone plan until Google Voice notifies you the port is complete.',
      zh: 'Google Voice 只接受手机号码转入，而且并非所有手机号都可以；可能收取 20 美元费用（以 Google 页面为准）。Google 表示：在 Google Voice 通知转入完成之前，不要取消原来的套餐。',
    },
    sources: [
      {
        url: 'https://support.google.com/voice/answer/1065667',
        via: 'http://webproxy.stealthy.co/index.php?q=https%3A%2F%2Fsupport.google.com%2Fvoice%2Fanswer%2F1065667',
        trust: 'official-copy',
      },
    ],
  },
  {
    id: 'balance-forfeited-at-port',
    text: {
      en: 'Some carriers forfeit the balance once a move starts: Tello says remaining Plan, Pay As You Go and Tello Dollars balances are forfeited and cannot be refunded once you start the port out.',
      zh: '有些运营商在转出开始后就会作废余额：Tello 表示一旦开始转出，剩余的套餐、按量付费和 Tello Dollars 余额都会作废且不退。',
    },
    sources: [{ url: 'https://tello.com/help_center/how-can-i-cancel-my-service?_language=en', trust: 'official' }],
  },
  {
    id: 'cancel-keeps-autopay',
    text: {
      en: 'At some carriers, cancelling the line does not switch off AutoPay: a guide to T-Mobile prepaid says it must be turned off separately.',
      zh: '在有些运营商，注销线路并不会关闭自动付款：一份 T-Mobile 预付费指南说必须单独关闭。',
    },
    sources: [{ url: 'https://legalclarity.org/how-to-cancel-t-mobile-prepaid-phone-store-or-port/', trust: '3rd-party' }],
  },
  {
    id: 'old-number-needed-to-change',
    text: {
      en: 'Change the number while the old one still works: some services send a code to the old number first (Coinbase), or keep sending the code there if you did not update it (PayPal).',
      zh: '要趁旧号码还能用时改绑：有些服务会先给旧号码发验证码（Coinbase），如果没改绑，验证码会一直发到旧号码（PayPal）。',
    },
    sources: [
      {
        url: 'https://help.coinbase.com/en/coinbase/managing-my-account/account-recovery/i-have-lost-or-need-to-update-my-phone-or-2-factor-authentication-device',
        trust: 'official',
      },
      {
        url: 'https://www.paypal.com/ph/cshelp/article/what-can-i-do-if-ive-changed-my-mobile-number-and-cant-log-in-help678',
        trust: 'official',
      },
    ],
  },
  {
    id: 'add-second-method-first',
    text: {
      en: 'Add a second sign-in method before removing the number: Login.gov says that without a backup method you will need to delete your account and create a new one.',
      zh: '删除号码前先添加第二种登录验证方式：Login.gov 表示没有备用方式的话，你将不得不删除账户再重新注册。',
    },
    sources: [
      { url: 'https://www.login.gov/help/manage-your-account/add-or-change-your-authentication-method/', trust: 'official' },
    ],
  },
];
