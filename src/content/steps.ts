import type { StepDef } from '../core/types.js';

// The plan, in order. `when` decides which steps apply to a user's answers; with no answers yet every
// step of the "let it go" plan applies (the default plan). Facts are referenced by id from facts.ts.

export const STEPS: readonly StepDef[] = [
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
    carrierFields: ['support'],
  },
  {
    id: 'gather',
    title: {
      en: 'Gather what the carrier will ask for',
      zh: '准备好运营商会要求提供的信息',
    },
    action: {
      en: "Find the account holder's name, the account number, the account PIN or transfer (port-out) PIN, and the number itself. Keep them in a safe place of your own, such as a password manager: simexit never stores them, and they do not belong in a note.",
      zh: '找出账户持有人姓名、账户号码、账户 PIN 或转出 PIN，以及号码本身。把它们保存在你自己的安全位置（例如密码管理器）：simexit 从不保存这些信息，也不要写进备注。',
    },
    why: {
      en: 'Support checks these to verify you, and a move cannot start without them.',
      zh: '客服会用这些信息核实你的身份，没有它们也无法转出号码。',
    },
    facts: ['port-needs-account-and-pin'],
    carrierFields: ['portOut'],
  },
  {
    id: 'decide',
    title: {
      en: 'Decide: keep the number (move it elsewhere) or let it go',
      zh: '决定：保留号码（转到别处）还是放弃它',
    },
    action: {
      en: 'If you still need the number, move (port) it to a cheaper service such as Google Voice or a number-parking service instead of cancelling. If you do not need it, let it go, but only after the steps below.',
      zh: '如果还需要这个号码，请把它转到更便宜的服务（例如 Google Voice 或号码停放服务），而不是注销。如果不再需要，就放弃它，但要先完成下面的步骤。',
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
    when: { goal: 'leave' },
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
    facts: ['princeton-recycling', 'old-number-needed-to-change', 'add-second-method-first'],
  },
  {
    id: 'backup',
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
  },
  {
    id: 'balance',
    when: { unlessNo: 'balance' },
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
    when: { goal: 'keep' },
    title: {
      en: 'Start the move at the new service; do not cancel the old line',
      zh: '在新服务那边发起转入；不要注销旧线路',
    },
    action: {
      en: 'First turn off any port-out protection or number lock at the old carrier. Then sign up at the new service (for example Google Voice, or a number-parking service) and start the move with the account number and transfer PIN. Keep the old line paid and active until the move completes.',
      zh: '先在旧运营商那边关闭转出保护或号码锁。然后在新服务（例如 Google Voice 或号码停放服务）注册，用账户号码和转出 PIN 发起转入。转移完成前，旧线路要保持有效并按时付费。',
    },
    why: {
      en: 'The number must be active to move, and a completed move closes the old line by itself.',
      zh: '号码必须处于有效状态才能转出，转移完成后旧线路会自动关闭。',
    },
    facts: ['fcc-do-not-cancel-first', 'port-protection-blocks-moves', 'google-voice-port-in', 'fcc-port-despite-balance'],
    carrierFields: ['portOut'],
  },
  {
    id: 'confirm-move',
    when: { goal: 'keep' },
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
    id: 'autopay',
    when: { unlessNo: 'autopay' },
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
      en: 'Contact the carrier only through its own website, app, or the support number on its own site, and cancel (or, where that is the carrier\'s method, let the plan lapse by not renewing). Write down the confirmation number and date: simexit note cancel "<confirmation number, date>".',
      zh: '只通过运营商自己的网站、App 或其官网上公布的客服电话联系，办理注销（如果该运营商的方式就是不续费，就让套餐到期）。记下确认号和日期：simexit note cancel "<确认号、日期>"。',
    },
    why: {
      en: 'The confirmation is your proof if charges continue; nobody else can cancel safely on your behalf.',
      zh: '如果之后还被扣款，确认号就是凭证；别人无法安全地替你注销。',
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
];
