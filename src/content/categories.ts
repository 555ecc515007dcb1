import type { CodeCategory } from '../core/types.js';
import type { Localized } from '../i18n.js';

/** Names and examples of the account categories asked about in the guided session. */
export const CATEGORY_NAMES: Record<CodeCategory, { name: Localized; examples: Localized }> = {
  banks: {
    name: { en: 'Banks and cards', zh: '银行和信用卡' },
    examples: { en: 'Chase, Bank of America, Amex…', zh: 'Chase、美国银行、Amex……' },
  },
  'brokers-crypto': {
    name: { en: 'Brokers and crypto', zh: '券商和加密货币' },
    examples: { en: 'Schwab, Fidelity, Robinhood, Coinbase…', zh: 'Schwab、Fidelity、Robinhood、Coinbase……' },
  },
  payments: {
    name: { en: 'Payment apps', zh: '支付 App' },
    examples: { en: 'PayPal, Venmo, Zelle, Alipay…', zh: 'PayPal、Venmo、Zelle、支付宝……' },
  },
  'accounts-email': {
    name: { en: 'Apple / Google / Microsoft accounts and email', zh: 'Apple / Google / Microsoft 账户和邮箱' },
    examples: { en: 'Apple ID, Gmail, Outlook, Amazon…', zh: 'Apple ID、Gmail、Outlook、Amazon……' },
  },
  'messaging-social': {
    name: { en: 'Messaging and social apps', zh: '聊天和社交 App' },
    examples: { en: 'WeChat, WhatsApp, Telegram, Signal…', zh: '微信、WhatsApp、Telegram、Signal……' },
  },
  government: {
    name: { en: 'US government sites', zh: '美国政府网站' },
    examples: { en: 'IRS, SSA, Login.gov, ID.me…', zh: 'IRS、SSA、Login.gov、ID.me……' },
  },
  everyday: {
    name: { en: 'Other accounts', zh: '其他账户' },
    examples: { en: 'Uber, Airbnb, GitHub, Steam…', zh: 'Uber、Airbnb、GitHub、Steam……' },
  },
};
