// What scan needs to recognise simexit's own services (content/services.ts) in messages and vaults beyond their
// names: other names people and the services themselves use (English and Chinese), and domains. A service's
// 2fa.directory entry (named in its sources) brings its domains too, so only domains 2fa.directory lacks are here.
// Names marked `exact` are ordinary words as well ("Line", "Discover", "Steam"): they count only as written.

export interface ScanAlias {
  names?: string[];
  /** Matched only with this capitalisation. */
  exact?: string[];
  /** Registrable domains (example.com) or hosts (weixin.qq.com: that host and its subdomains only). */
  domains?: string[];
}

export const SCAN_ALIASES: Record<string, ScanAlias> = {
  'apple-account': { names: ['Apple Account', 'Apple ID', 'Apple'], domains: ['apple.com'] },
  'google-account': { names: ['Google', 'Gmail', '谷歌'], domains: ['google.com', 'gmail.com'] },
  'microsoft-account': { names: ['Microsoft', 'Outlook', 'Hotmail', '微软'], domains: ['microsoft.com', 'live.com', 'hotmail.com'] },
  amazon: { names: ['Amazon', '亚马逊'] },
  yahoo: { names: ['Yahoo', '雅虎'] },
  'icloud-mail': { names: ['iCloud'] },
  wechat: { names: ['WeChat', 'Weixin', '微信'], domains: ['wechat.com', 'weixin.qq.com', 'wx.qq.com'] },
  whatsapp: { names: ['WhatsApp'] },
  telegram: { names: ['Telegram'], domains: ['telegram.org', 't.me'] },
  signal: { exact: ['Signal'] },
  line: { exact: ['LINE', 'Line'] },
  facebook: { names: ['Facebook', 'Meta'] },
  instagram: { names: ['Instagram'] },
  'x-twitter': { names: ['Twitter'], exact: ['X'], domains: ['twitter.com', 'x.com'] },
  linkedin: { names: ['LinkedIn', '领英'] },
  tiktok: { names: ['TikTok'] },
  discord: { names: ['Discord'] },
  xiaohongshu: { names: ['Xiaohongshu', '小红书'], domains: ['xiaohongshu.com'] },
  paypal: { names: ['PayPal'] },
  venmo: { names: ['Venmo'] },
  zelle: { names: ['Zelle'], domains: ['zellepay.com'] },
  'cash-app': { names: ['Cash App', 'Square Cash'], domains: ['cash.app'] },
  alipay: { names: ['Alipay', '支付宝'], domains: ['alipay.com'] },
  wise: { names: ['Wise', 'TransferWise'], domains: ['transferwise.com'] },
  'apple-pay-apple-cash': { names: ['Apple Cash', 'Apple Pay'] },
  chase: { names: ['Chase', 'JPMorgan Chase', '大通银行'] },
  'bank-of-america': { names: ['Bank of America', 'BofA', '美国银行'] },
  'wells-fargo': { names: ['Wells Fargo', '富国银行'] },
  citi: { names: ['Citi', 'Citibank', '花旗银行', '花旗'], domains: ['citibank.com'] },
  'capital-one': { names: ['Capital One', 'CapitalOne', '第一资本'] },
  'american-express': { names: ['American Express', 'Amex', '美国运通'] },
  discover: { exact: ['Discover'] },
  'us-bank': { names: ['U.S. Bank', 'US Bank', '美国合众银行'] },
  pnc: { names: ['PNC', 'PNC Bank'] },
  'hsbc-us': { names: ['HSBC', '汇丰'], domains: ['hsbc.com'] },
  'charles-schwab': { names: ['Charles Schwab', 'Schwab', '嘉信理财'] },
  fidelity: { names: ['Fidelity', '富达'] },
  vanguard: { names: ['Vanguard', '先锋领航'] },
  robinhood: { names: ['Robinhood'] },
  'interactive-brokers': { names: ['Interactive Brokers', 'IBKR', '盈透证券', '盈透'] },
  etrade: { names: ['E*TRADE', 'E*Trade', 'Etrade'] },
  coinbase: { names: ['Coinbase'] },
  kraken: { names: ['Kraken'] },
  'binance-us': { names: ['Binance.US', 'Binance US'], domains: ['binance.us'] },
  irs: { names: ['IRS', '国税局'] },
  'id-me': { names: ['ID.me'] },
  'login-gov': { names: ['Login.gov'] },
  ssa: { names: ['Social Security', 'my Social Security', 'SSA', '社安局'] },
  uscis: { names: ['USCIS', '移民局'] },
  uber: { names: ['Uber', '优步'] },
  lyft: { names: ['Lyft'], domains: ['lyft.com'] },
  airbnb: { names: ['Airbnb', '爱彼迎'] },
  doordash: { names: ['DoorDash'], domains: ['doordash.com'] },
  steam: { exact: ['Steam'], domains: ['steampowered.com', 'steamcommunity.com'] },
  github: { names: ['GitHub'] },
  dropbox: { names: ['Dropbox'] },
  'netease-mail': { names: ['网易邮箱', '网易', '163邮箱', '126邮箱', 'NetEase'], domains: ['163.com', '126.com', 'yeah.net'] },
  qq: { names: ['腾讯QQ'], exact: ['QQ'], domains: ['qq.com'] },
  weibo: { names: ['微博', '新浪微博', 'Weibo'], domains: ['weibo.com', 'weibo.cn'] },
  douyin: { names: ['抖音', 'Douyin'], domains: ['douyin.com'] },
  bilibili: { names: ['哔哩哔哩', 'bilibili', 'B站'], domains: ['bilibili.com'] },
  taobao: { names: ['淘宝', '天猫', 'Taobao', 'Tmall'], domains: ['taobao.com', 'tmall.com'] },
  jd: { names: ['京东', 'JD.com'], domains: ['jd.com'] },
  didi: { names: ['滴滴出行', '滴滴', 'DiDi'], domains: ['didiglobal.com'] },
  'trip-com': { names: ['携程', 'Trip.com', 'Ctrip'], domains: ['trip.com', 'ctrip.com'] },
  'china-railway-12306': { names: ['铁路12306', '中国铁路', '铁路客服'], domains: ['12306.cn'] },
};

/**
 * Sender short codes, only where the service's own page names one. PayPal: https://www.paypal.com/c2/cshelp/article/help267
 * (official, read as the securepayments.paypal.com C2 locale copy, no date; shared research abroad.md): "ask them
 * to turn on short-code text messaging"; the research names 729-725 ("PAYPAL" on a keypad).
 */
export const SHORT_CODES: Record<string, string> = {
  '729725': 'paypal',
};
