import type { StepDef } from '../core/types.js';

// The plan, in order. `when` decides which steps apply to a user's answers; with no answers yet every
// step of the "let it go" plan applies (the default plan). Facts are referenced by id from facts.ts.

export const STEPS = defineSteps([
  {
    id: 'take-over-login',
    when: { setup: ['seller', 'unsure'] },
    title: {
      en: 'Take over the account login from whoever activated the line',
      zh: '从帮你开通线路的人手里接管账户登录',
    },
    action: {
      en: "On the carrier's own website or app, use \"Forgot password\" to reset the account's password to an email address you own, then change the account PIN. If you cannot, contact the carrier through its own website or app. Never give the seller, or anyone in a chat group, the account PIN, the transfer PIN or a verification code.",
      zh: '在运营商自己的网站或 App 上用“忘记密码”把账户密码重置到你自己的邮箱，然后修改账户 PIN。如果做不到，请通过运营商自己的网站或 App 联系它。不要把账户 PIN、转出 PIN 或验证码告诉卖家或聊天群里的任何人。',
    },
    why: {
      en: 'Whoever holds the login can stop, move or take the number, and every step below needs the account.',
      zh: '谁掌握登录，谁就能停用、转走或拿走这个号码；后面的每一步也都需要这个账户。',
    },
    facts: ['reseller-activated-line'],
    carrierFields: ['support'],
  },
  {
    id: 'restore-line',
    when: { line: ['suspended'] },
    title: {
      en: 'Pay to bring the line back while you still can',
      zh: '趁还来得及，付费恢复线路',
    },
    action: {
      en: 'Sign in to the carrier account (or call its support) and pay the plan to restore the line, before the "pay by" date below; then check that a text arrives. Move your accounts, or start the move, while the line works.',
      zh: '登录运营商账户（或联系客服）支付套餐费用恢复线路，要在下面的“付款截止”日期之前；然后确认能收到短信。趁线路可用时改绑账户或发起转号。',
    },
    why: {
      en: 'A suspended line receives no codes and cannot be moved to another service; paying within the grace period brings it back with the same number.',
      zh: '被暂停的线路收不到验证码，也无法转到其他服务；在宽限期内付费可以恢复，号码不变。',
    },
    facts: ['suspended-line-no-texts', 'suspended-line-cannot-port'],
    carrierFields: ['suspension', 'numberLoss', 'support'],
  },
  {
    id: 'codes-abroad',
    when: { location: 'abroad' },
    title: {
      en: 'Make sure codes reach you where you are now',
      zh: '确认你现在所在的地方能收到验证码',
    },
    action: {
      en: 'Check that a verification text reaches you now: turn on roaming for this line if the plan allows it, or Wi-Fi calling (Wi-Fi texting) on the phone with this SIM; some carriers need a US address on file for Wi-Fi calling. Texts from short codes (the 5- or 6-digit senders banks use) may not arrive abroad: where an account offers an authenticator app or email, switch to that first.',
      zh: '先确认现在能收到验证短信：如果套餐允许，为这条线路开启漫游，或在装着这张 SIM 卡的手机上开启 Wi-Fi 通话（Wi-Fi 短信）；有些运营商要求账户里登记美国地址才能用 Wi-Fi 通话。来自短号码（银行常用的 5 位或 6 位号码）的短信在国外可能收不到：账户支持身份验证器 App 或邮箱的，先改用这些方式。',
    },
    why: {
      en: 'Every account you move needs a code sent to this number first; if codes do not reach you abroad, nothing else can be done.',
      zh: '改绑每个账户之前都要先往这个号码发验证码；如果在国外收不到，后面的事都做不了。',
    },
    facts: ['short-codes-abroad', 'wifi-calling-abroad'],
    carrierFields: ['abroad', 'support'],
  },
  {
    id: 'identify',
    title: {
      en: 'Identify the carrier, the plan type and where the account is managed',
      zh: '确认运营商、套餐类型和账户管理方式',
    },
    action: {
      en: 'Write down which company holds the number (e.g. Ultra Mobile, T-Mobile Prepaid, Google Voice), the kind of plan (prepaid, pay-as-you-go, Google Voice) and how the account is managed: website, app or phone only. Find the login for it.',
      zh: '记下号码在哪家公司（如 Ultra Mobile、T-Mobile 预付费、Google Voice）、套餐类型（预付费、按量付费、Google Voice），以及账户通过什么方式管理：网站、App 还是只能打电话。找到账户的登录方式。',
    },
    why: {
      en: 'Every carrier cancels, moves and recycles numbers differently; the rest of the plan depends on it.',
      zh: '每家运营商注销、转出和回收号码的规则都不同，后面的步骤都取决于这一点。',
    },
    tailored: {
      title: {
        en: 'Sign in to the account and find the renewal (or expiry) date',
        zh: '登录账户，查到续费（或到期）日期',
      },
      action: {
        en: 'Sign in to the carrier account (website or app) and find the date the plan next renews or expires; if you do not know the carrier, look at the SIM card, the activation email or the card statement. Then give the date: simexit set renewal YYYY-MM-DD.',
        zh: '登录运营商账户（网站或 App），查到套餐下一次续费或到期的日期；如果不知道是哪家运营商，可以看 SIM 卡、开通邮件或信用卡账单。然后告诉 simexit：simexit set renewal YYYY-MM-DD。',
      },
      why: {
        en: 'Texts may stop on that date if the plan is not paid; every deadline in the plan counts from it.',
        zh: '如果到期不付费，那天起可能就收不到短信了；计划里的每个期限都从这一天算起。',
      },
    },
    carrierFields: ['support'],
  },
  {
    id: 'gather',
    when: { moving: true },
    title: {
      en: 'Gather what the carrier will ask for',
      zh: '准备好运营商会要求提供的信息',
    },
    action: {
      en: "Find the account holder's name, the account number, the account PIN, and the number itself. Keep them in a safe place of your own, such as a password manager: simexit never stores them, and they do not belong in a note.",
      zh: '找出账户持有人姓名、账户号码、账户 PIN，以及号码本身。把它们保存在你自己的安全位置（例如密码管理器）：simexit 从不保存这些信息，也不要写进备注。',
    },
    why: {
      en: 'Support checks these to verify you before it cancels or changes anything on the line.',
      zh: '客服注销线路或修改账户前，会用这些信息核实你的身份。',
    },
    // Only someone keeping the number moves it: the transfer PIN and porting are theirs alone.
    keep: {
      action: {
        en: "Find the account holder's name, the account number, the account PIN or transfer (port-out) PIN, and the number itself. Keep them in a safe place of your own, such as a password manager: simexit never stores them, and they do not belong in a note.",
        zh: '找出账户持有人姓名、账户号码、账户 PIN 或转出 PIN，以及号码本身。把它们保存在你自己的安全位置（例如密码管理器）：simexit 从不保存这些信息，也不要写进备注。',
      },
      why: {
        en: 'Support checks these to verify you, and a move cannot start without them.',
        zh: '客服会用这些信息核实你的身份，没有它们也无法转出号码。',
      },
    },
    facts: ['port-needs-account-and-pin'],
    carrierFields: ['portOut'],
  },
  {
    id: 'decide',
    when: { untailored: true },
    title: {
      en: 'Decide: keep the number (move it elsewhere) or let it go',
      zh: '决定：保留号码（转到别处）还是放弃它',
    },
    action: {
      en: 'If you still need the number, move (port) it to a cheaper service, such as a number-parking service, instead of cancelling, while the line is still active. If you do not need it, let it go, but only after the steps below. Run simexit guide to answer: the plan follows your answer.',
      zh: '如果还需要这个号码，请趁线路仍然有效时把它转到更便宜的服务（例如号码停放服务），而不是注销。如果不再需要，就放弃它，但要先完成下面的步骤。运行 simexit guide 回答这个问题，计划会随之调整。',
    },
    why: {
      en: 'A released number goes back to the carrier and can later be given to a stranger.',
      zh: '释放的号码会回到运营商手里，之后可能分配给陌生人。',
    },
    facts: ['fcc-aging-45-days', 'fcc-do-not-cancel-first'],
    carrierFields: ['numberLoss'],
  },
  {
    id: 'move-accounts',
    title: {
      en: 'Move every account that sends codes to this number',
      zh: '把所有给这个号码发验证码的账户改绑',
    },
    action: {
      en: 'For each account, add a new phone number or, better, an authenticator app, passkey or security key; remove this number (including backup numbers); then sign out and in again to check the new method works. Check banks and cards, brokers, payment apps, Apple/Google/Microsoft accounts, email recovery, WeChat/Alipay/WhatsApp/Telegram/Signal and government sites.',
      zh: '逐个账户添加新手机号，或者更好的身份验证器 App、通行密钥或安全密钥；删除这个号码（包括备用号码）；然后退出再登录一次，确认新方式有效。要检查银行和信用卡、券商、支付 App、Apple/Google/Microsoft 账户、邮箱找回方式、微信/支付宝/WhatsApp/Telegram/Signal 以及政府网站。',
    },
    why: {
      en: 'Once the number is recycled, whoever gets it receives your codes and can take over accounts.',
      zh: '号码被回收后，拿到它的人就会收到你的验证码，可能接管你的账户。',
    },
    keep: {
      title: {
        en: 'After the move, check that every account still gets its codes',
        zh: '转号完成后，确认每个账户仍能收到验证码',
      },
      action: {
        en: 'Once the move is confirmed, sign in to each account that sends codes to this number and check that a code arrives. Texts from short codes and banks are the most likely to stop. If the new home is an internet number such as Google Voice, some banks refuse to send codes to it: add another method (authenticator app, passkey) first.',
        zh: '确认转号完成后，逐个登录给这个号码发验证码的账户，确认能收到验证码。短号码和银行发来的短信最容易收不到。如果新去处是 Google Voice 这类网络号码，有些银行不给它发验证码：请先添加其他方式（身份验证器 App、通行密钥）。',
      },
      why: {
        en: 'A move is exactly when short-code and bank texts stop arriving; finding out now is better than at your next sign-in.',
        zh: '转号恰恰是短号码和银行短信最容易中断的时候；现在发现总比下次登录时才发现好。',
      },
    },
    gone: {
      title: {
        en: 'Get back into every account that sent codes to the number',
        zh: '找回所有曾给这个号码发验证码的账户',
      },
      action: {
        en: "For each account, use its own recovery path (email, backup codes, an authenticator app, an identity check) to sign in, then put a new number or another method on it. Start with your email accounts and banks.",
        zh: '逐个账户通过它自己的找回方式（邮箱、备用验证码、身份验证器 App、身份核验）登录，然后换上新号码或其他验证方式。先从邮箱和银行开始。',
      },
      why: {
        en: 'The number is gone: whoever gets it next receives your codes. Every account you recover is one they cannot take over.',
        zh: '号码已经没了：下一个拿到它的人会收到你的验证码。你找回的每个账户，都是别人无法接管的账户。',
      },
    },
    facts: ['princeton-recycling', 'old-number-needed-to-change', 'add-second-method-first'],
  },
  {
    id: 'backup',
    when: { moving: true },
    title: {
      en: 'Back up what lives only on this line',
      zh: '备份只存在于这条线路上的内容',
    },
    action: {
      en: 'Save the texts and voicemail you want to keep, and copy contacts stored on the SIM to your phone or cloud account.',
      zh: '保存想留下的短信和语音留言，并把存在 SIM 卡上的联系人复制到手机或云端账户。',
    },
    why: {
      en: 'Once the line is closed, its messages and voicemail are out of reach.',
      zh: '线路关闭后，这些短信和语音留言就取不到了。',
    },
    voip: {
      action: {
        en: 'Save the texts and voicemail you want to keep, for example with a Google Takeout export of Google Voice, before the number is removed.',
        zh: '在删除号码之前保存想留下的短信和语音留言，例如用 Google Takeout 导出 Google Voice 的数据。',
      },
    },
  },
  {
    id: 'balance',
    when: { unlessNo: 'balance', moving: true },
    title: {
      en: 'Use the prepaid balance, or ask for a refund or transfer',
      zh: '用掉预付费余额，或申请退款/转移',
    },
    action: {
      en: 'Use the balance up, or ask the carrier whether it can be refunded or transferred. Several carriers say remaining prepaid balances are not refundable; check with yours.',
      zh: '把余额用掉，或询问运营商能否退款或转移。好几家运营商都表示剩余的预付费余额不退，请向你的运营商确认。',
    },
    why: {
      en: 'A balance left on the line can be lost when it is cancelled or expires.',
      zh: '线路注销或到期时，剩余的余额可能会作废。',
    },
    keep: {
      action: {
        en: 'Use the balance, or ask the carrier about a refund, before you start the move.',
        zh: '在发起转出之前，把余额用掉，或询问运营商能否退款。',
      },
      why: {
        en: 'Some carriers forfeit the balance as soon as a move starts.',
        zh: '有些运营商在转出一开始就作废余额。',
      },
    },
    facts: ['balance-forfeited-at-port'],
    carrierFields: ['balance'],
  },
  {
    id: 'move-number',
    when: { goal: 'keep', moving: true },
    title: {
      en: 'Start the move at the new service; do not cancel the old line',
      zh: '在新服务那边发起转入；不要注销旧线路',
    },
    action: {
      en: 'First turn off any port-out protection or number lock at the old carrier. Then sign up at the new service (for example a number-parking service) and start the move with the account number and transfer PIN. Keep the old line paid and active until the move completes: a suspended line cannot be moved.',
      zh: '先在旧运营商那边关闭转出保护或号码锁。然后在新服务（例如号码停放服务）注册，用账户号码和转出 PIN 发起转入。转移完成前，旧线路要保持有效并按时付费：被暂停的线路无法转出。',
    },
    why: {
      en: 'The number must be active to move, and a completed move closes the old line by itself.',
      zh: '号码必须处于有效状态才能转出，转移完成后旧线路会自动关闭。',
    },
    voip: {
      title: {
        en: 'Start moving the number out of Google Voice at the new service',
        zh: '在新服务那边发起把号码从 Google Voice 转出',
      },
      action: {
        en: "Sign up at the new service and start the move there; it asks for the details it needs. simexit's research did not find Google's own steps for moving a number out of Google Voice, so follow the new service's instructions, and keep the Google Voice number until the move completes.",
        zh: '在新服务那边注册并发起转入，它会告诉你需要哪些信息。simexit 的资料里没有找到 Google 关于把号码从 Google Voice 转出的官方步骤，所以请按新服务的说明操作，转移完成前保留 Google Voice 号码。',
      },
      why: {
        en: 'A completed move takes the number out of Google Voice by itself; deleting it first loses it.',
        zh: '转移完成后号码会自动离开 Google Voice；先删除就会失去它。',
      },
    },
    facts: ['fcc-do-not-cancel-first', 'port-protection-blocks-moves', 'google-voice-port-in', 'fcc-port-despite-balance'],
    carrierFields: ['portOut', 'numberLoss'],
  },
  {
    id: 'confirm-move',
    when: { goal: 'keep', moving: true },
    title: {
      en: 'Confirm the move completed',
      zh: '确认转移已完成',
    },
    action: {
      en: 'Check that the new service shows the number as active, that calls and texts arrive there, and that the old account shows closed. Then sign in to an important account to check its codes still arrive.',
      zh: '确认新服务显示号码已生效、电话和短信都能在那边收到，旧账户显示已关闭。再登录一个重要账户，确认验证码仍能收到。',
    },
    why: {
      en: 'A move can stall; if it takes much longer than expected, contact the new service.',
      zh: '转移可能卡住；如果比预期慢很多，请联系新服务。',
    },
    facts: ['fcc-simple-port-one-day'],
    prerequisites: [{ step: 'move-number', warning: 'move-not-started' }],
  },
  {
    id: 'keep-alive',
    when: { goal: 'keep', keepAlive: true },
    recurring: true,
    title: {
      en: 'Use the number now and then so it stays yours',
      zh: '定期使用这个号码，让它一直属于你',
    },
    action: {
      en: 'Make a call or send a text with the number regularly; simexit reminds you on the date shown below. Mark this step done each time you use it, and the next reminder counts from that day.',
      zh: '定期用这个号码打一个电话或发一条短信；simexit 会在下面显示的日期提醒你。每次用过之后把这一步标记为完成，下一次提醒就从那天算起。',
    },
    why: {
      en: 'Services that keep numbers for free or cheaply can take back one that is not used.',
      zh: '免费或低价保留号码的服务，可能会收回长期不用的号码。',
    },
  },
  {
    id: 'autopay',
    when: { unlessNo: 'autopay', cycle: true },
    title: {
      en: 'Turn off auto-refill or autopay and remove saved cards',
      zh: '关闭自动充值/自动付款，并删除保存的银行卡',
    },
    action: {
      en: "In the carrier's website or app, switch off auto-refill or autopay and delete the saved card or PayPal account.",
      zh: '在运营商网站或 App 里关闭自动充值或自动付款，并删除保存的银行卡或 PayPal。',
    },
    why: {
      en: 'Otherwise the card can keep being charged after you stop using the number.',
      zh: '否则在你停用号码之后，卡还可能继续被扣款。',
    },
    keep: {
      action: {
        en: 'Once the move is confirmed, switch off auto-refill or autopay at the old carrier and delete the saved card or PayPal account.',
        zh: '确认转移完成后，在旧运营商那边关闭自动充值或自动付款，并删除保存的银行卡或 PayPal。',
      },
    },
    // A number that is gone can still cost money: the account and its saved card outlive the line.
    gone: {
      action: {
        en: "The number is gone, but the account may still charge your card: sign in on the carrier's website or app (or ask its support) to switch off auto-refill or autopay and delete the saved card, then check your card statement.",
        zh: '号码虽然已经没了，账户仍可能从你的卡里扣款：登录运营商网站或 App（或联系官方客服）关闭自动充值或自动付款，删除保存的银行卡，然后核对信用卡账单。',
      },
    },
    facts: ['cancel-keeps-autopay'],
    carrierFields: ['autopay'],
  },
  {
    id: 'cancel',
    when: { goal: 'leave' },
    title: {
      en: "Cancel through the carrier's official channels and note the confirmation",
      zh: '通过运营商官方渠道注销，并记下确认号',
    },
    action: {
      en: 'Contact the carrier only through its own website, app, or the support number on its own site, and cancel (or, where that is the carrier\'s method, let the plan lapse by not renewing). Write down the confirmation number and date: `simexit note cancel "<confirmation number, date>"`.',
      zh: '只通过运营商自己的网站、App 或其官网上公布的客服电话联系，办理注销（如果该运营商的方式就是不续费，就让套餐到期）。记下确认号和日期：`simexit note cancel "<确认号、日期>"`。',
    },
    why: {
      en: 'The confirmation is your proof if charges continue; nobody else can cancel safely on your behalf.',
      zh: '如果之后还被扣款，确认号就是凭证；别人无法安全地替你注销。',
    },
    voip: {
      title: {
        en: 'Remove the number from Google Voice',
        zh: '从 Google Voice 删除这个号码',
      },
      action: {
        en: "In Google Voice's settings, delete the number. simexit's research did not find Google's current steps, so follow Google's own help pages. Note the date: `simexit note cancel \"<date>\"`.",
        zh: '在 Google Voice 的设置里删除这个号码。simexit 的资料里没有找到 Google 现行的操作步骤，请按 Google 自己的帮助页面操作。记下日期：`simexit note cancel "<日期>"`。',
      },
    },
    prerequisites: [
      { step: 'move-2fa:*', warning: 'services-after-cancel' },
      { step: 'move-accounts', warning: 'codes-after-cancel' },
      { step: 'backup', warning: 'backup-after-cancel' },
      { step: 'balance', warning: 'balance-after-cancel' },
    ],
    carrierFields: ['cancel', 'support', 'numberLoss'],
  },
  {
    id: 'confirm-closed',
    when: { goal: 'leave' },
    title: {
      en: 'Confirm the line is closed',
      zh: '确认线路已关闭',
    },
    action: {
      en: 'A few days later, check that the account shows closed (or the plan expired) and that a call to the number no longer reaches your line.',
      zh: '几天后，确认账户显示已关闭（或套餐已到期），并且拨打这个号码已经打不到你的线路。',
    },
    why: {
      en: 'A request can fail silently; finding out early avoids surprise charges.',
      zh: '申请可能悄悄失败；及早发现可以避免意外扣费。',
    },
    prerequisites: [{ step: 'cancel', warning: 'cancel-not-done' }],
    carrierFields: ['numberLoss'],
  },
  {
    id: 'afterwards',
    when: { cycle: true, moving: true },
    title: {
      en: 'Afterwards: remove the eSIM or cut up the SIM, and check your card statement',
      zh: '收尾：删除 eSIM 或剪掉 SIM 卡，并检查信用卡账单',
    },
    action: {
      en: 'Delete the eSIM profile from your phone, or cut up the physical SIM. After the next billing date, check the card statement for any further charge.',
      zh: '从手机里删除 eSIM 配置，或把实体 SIM 卡剪掉。下一个扣款日之后，检查信用卡账单是否还有扣费。',
    },
    why: {
      en: 'It is the only way to be sure nothing is charged any more.',
      zh: '只有这样才能确认不会再被扣费。',
    },
  },
]);

/** Checks each step against StepDef and keeps its id as a literal, so that StepId lists every id. */
function defineSteps<const Id extends string>(steps: ReadonlyArray<StepDef<NoInfer<Id>> & { id: Id }>): ReadonlyArray<StepDef<Id>> {
  return steps;
}

/** The id of a step of the plan (account steps are `move-2fa:<service>`, SERVICE_STEP_PREFIX). */
export type StepId = (typeof STEPS)[number]['id'];
