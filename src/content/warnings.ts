import type { WarningDef } from '../core/types.js';

// The words of every warning. When each one applies is decided in core/warnings.ts (state + date),
// and which ones a step shows when marked done out of order is in steps.ts (`prerequisites`).

export const WARNINGS = defineWarnings([
  {
    id: 'codes-before-cancel',
    severity: 'high',
    message: {
      en: 'Accounts may still send codes to this number. Move them before you cancel: once the number is recycled, a stranger receives those codes. In a 2021 Princeton study, 171 of 259 numbers offered to new subscribers (215 of them recycled) were still tied to accounts at popular websites.',
      zh: '可能还有账户在往这个号码发验证码。请在注销前改绑：号码一旦被回收，陌生人就会收到这些验证码。2021 年普林斯顿大学的研究查看了 259 个提供给新用户的号码（其中 215 个是回收号码），其中 171 个仍绑定着热门网站的账户。',
    },
    facts: ['princeton-recycling'],
    showOn: ['move-accounts', 'cancel'],
  },
  {
    id: 'services-before-cancel',
    severity: 'high',
    message: {
      en: 'These accounts still send codes to this number: {services}. Move each one before you cancel.',
      zh: '这些账户仍在往这个号码发验证码：{services}。请在注销前逐一改绑。',
    },
    facts: ['princeton-recycling'],
    showOn: ['move-accounts', 'cancel'],
  },
  {
    id: 'services-after-cancel',
    severity: 'high',
    message: {
      en: 'The line is cancelled but these accounts still send codes to it: {services}. Move them now.',
      zh: '线路已注销，但这些账户仍在往这个号码发验证码：{services}。请马上改绑。',
    },
    facts: ['princeton-recycling'],
  },
  {
    id: 'codes-after-cancel',
    severity: 'high',
    message: {
      en: 'The line is cancelled but accounts may still send codes to this number. Move them now; once the number is given to someone else, that person receives your codes.',
      zh: '线路已注销，但可能还有账户在往这个号码发验证码。请马上改绑；号码一旦分给别人，对方就会收到你的验证码。',
    },
    facts: ['princeton-recycling', 'fcc-aging-45-days'],
  },
  {
    id: 'balance-may-be-lost',
    severity: 'medium',
    message: {
      en: 'You have a prepaid balance (or are not sure). It may be lost when the line is cancelled, moved or expires: use it or ask about a refund first.',
      zh: '你有预付费余额（或不确定）。线路注销、转出或到期时余额可能作废：请先用掉或询问能否退款。',
    },
    facts: ['balance-forfeited-at-port'],
    showOn: ['balance', 'cancel', 'move-number'],
  },
  {
    id: 'balance-unsure',
    severity: 'medium',
    message: {
      en: 'You are not sure whether a prepaid balance is left. To find out, sign in to the carrier account or app and look at the balance (or ask support); a balance can be lost when the line is cancelled, moved or expires.',
      zh: '你不确定是否还有预付费余额。可以登录运营商账户或 App 查看余额（或询问客服）；线路注销、转出或到期时余额可能作废。',
    },
    showOn: ['balance', 'cancel', 'move-number'],
  },
  {
    id: 'balance-after-cancel',
    severity: 'medium',
    message: {
      en: 'The balance step is still open: a balance left on a cancelled line is usually lost. Ask the carrier now whether anything can be refunded.',
      zh: '余额这一步还没处理：注销后的线路上的余额通常会作废。请现在就问运营商能否退款。',
    },
    showOn: ['balance', 'confirm-closed'],
  },
  {
    id: 'autopay-still-on',
    severity: 'medium',
    message: {
      en: 'Auto-refill or autopay may still be on, so the card can keep being charged. Turn it off and remove the saved card.',
      zh: '自动充值或自动付款可能还开着，卡可能继续被扣款。请关闭它并删除保存的卡。',
    },
    facts: ['cancel-keeps-autopay'],
    showOn: ['autopay', 'cancel'],
  },
  {
    id: 'autopay-unsure',
    severity: 'medium',
    message: {
      en: 'You are not sure whether auto-refill or autopay is on. To find out, sign in to the carrier account and look at the payment settings, search your email for the last top-up receipt, or look for the carrier on your card statement. Until you know, treat it as on.',
      zh: '你不确定自动充值或自动付款是否开着。可以登录运营商账户查看付款设置，在邮箱里搜最近一次充值的收据，或在信用卡账单里找这家运营商的扣款。在弄清楚之前，按“开着”处理。',
    },
    facts: ['cancel-keeps-autopay'],
    showOn: ['autopay', 'cancel'],
  },
  {
    id: 'autopay-after-cancel',
    severity: 'high',
    message: {
      en: 'The line is cancelled but you have not confirmed that autopay is off. Cancelling does not always stop it: check now.',
      zh: '线路已注销，但你还没确认自动付款已关闭。注销不一定会停止自动付款：请现在检查。',
    },
    facts: ['cancel-keeps-autopay'],
  },
  {
    id: 'services-to-recover',
    severity: 'high',
    message: {
      en: 'These accounts sent codes to the lost number: {services}. Recover each one before whoever gets the number next can use it.',
      zh: '这些账户曾往已失去的号码发验证码：{services}。请在号码被别人拿到之前逐一找回。',
    },
    facts: ['recovery-without-number'],
    showOn: ['move-accounts'],
  },
  {
    id: 'renewal-passed',
    severity: 'high',
    message: {
      en: 'The renewal date you gave, {renewal}, has passed. If the line still works, it renewed: give the next date with `simexit set renewal YYYY-MM-DD`. If it was not paid, texts may have stopped: say so with `simexit set line suspended`.',
      zh: '你填写的续费日期{renewal}已经过了。如果线路还能用，说明已经续费：请用 `simexit set renewal YYYY-MM-DD` 填写下一次的日期。如果没有付费，可能已经收不到短信：请用 `simexit set line suspended` 说明。',
    },
  },
  {
    id: 'autopay-date-passed',
    severity: 'high',
    message: {
      en: 'The date to turn off auto-refill safely, {date}, has passed and {carrier} renews on {renewal}: turn it off now. If a charge still comes, ask {carrier} for a refund.',
      zh: '安全关闭自动充值的日期（{date}）已经过了，{carrier}会在{renewal}续费：请现在就关闭。如果还是被扣了款，请向{carrier}申请退款。',
    },
    showOn: ['autopay', 'cancel'],
  },
  {
    id: 'move-date-passed',
    severity: 'high',
    message: {
      en: 'The move should have been done by {date}, and {carrier} renews on {renewal}: until the move completes, keep the line paid (renew once more if needed). A suspended line cannot be moved.',
      zh: '转号本应在{date}之前完成，而{carrier}会在{renewal}续费：在转号完成之前，请保持线路有效（必要时再续费一次）。被暂停的线路无法转出。',
    },
    showOn: ['move-number', 'confirm-move', 'autopay'],
  },
  {
    id: 'number-probably-released',
    severity: 'high',
    message: {
      en: "By {carrier}'s own rule the number was released on {date}, {releaseDays} days after the unpaid {renewal}: paying probably cannot bring it back now. Ask {carrier} to be sure; if it is gone, `simexit set line gone` gives the plan for getting back into each account without it.",
      zh: '按{carrier}自己的规定，这个号码在{date}已被释放（未付费的{renewal}之后{releaseDays}天）：现在付费多半也找不回来了。请向{carrier}确认；如果确实没了，运行 `simexit set line gone`，按没有这个号码时找回各个账户的计划来做。',
    },
    showOn: ['restore-line'],
  },
  {
    id: 'line-unsure',
    severity: 'medium',
    message: {
      en: 'You are not sure the number still receives texts. Send it a text from another phone, or sign in to the carrier account and look at the line status; then tell simexit with `simexit set line active` (or suspended, or gone).',
      zh: '你不确定这个号码还能不能收短信。可以用另一部手机给它发一条短信，或登录运营商账户查看线路状态；然后用 `simexit set line active`（或 suspended、gone）告诉 simexit。',
    },
  },
  {
    id: 'voip-codes',
    severity: 'medium',
    message: {
      en: 'After the move the number is an internet (VoIP) number, and some banks and apps do not send codes to those. Before you move it, give each important account another way to sign in (an authenticator app, a passkey, email).',
      zh: '转号之后它就成了网络（VoIP）号码，有些银行和 App 不给这类号码发验证码。转号之前，请给每个重要账户加上其他登录方式（身份验证器 App、通行密钥、邮箱）。',
    },
    facts: ['voip-numbers-refused'],
    showOn: ['move-number', 'move-accounts'],
  },
  {
    id: 'google-voice-from-abroad',
    severity: 'high',
    message: {
      en: 'Google says users in the US must make and update port requests to Google Voice from the US. From abroad, choose another home for the number (for example a number-parking service) or move it while you are in the US.',
      zh: 'Google 表示，在美国的用户必须在美国境内提交和更新转入 Google Voice 的申请。身在国外时，请给号码选别的去处（例如号码停放服务），或者等你在美国时再转。',
    },
    facts: ['google-voice-port-from-us'],
    showOn: ['move-number'],
  },
  {
    id: 'backup-after-cancel',
    severity: 'medium',
    message: {
      en: 'Texts, voicemail and SIM contacts are not backed up yet; after the line closes they are out of reach.',
      zh: '短信、语音留言和 SIM 卡联系人还没备份；线路关闭后就取不到了。',
    },
    showOn: ['backup', 'confirm-closed'],
  },
  {
    id: 'scam',
    severity: 'medium',
    message: {
      en: "Never give your PIN, transfer PIN or a verification code to anyone outside the carrier's own website, app or support line. People in chat groups who offer to cancel or move the number for a fee are a scam risk.",
      zh: '不要把 PIN、转出 PIN 或验证码告诉运营商官网、官方 App 和官方客服以外的任何人。聊天群里收费“代办”注销或转号的人有诈骗风险。',
    },
    facts: ['fcc-port-out-notice'],
    showOn: ['gather', 'cancel', 'move-number'],
  },
  {
    id: 'do-not-cancel-before-move',
    severity: 'high',
    message: {
      en: 'Do not cancel the old line before the move completes: cancelling first releases the number and you may lose it.',
      zh: '在转移完成之前不要注销旧线路：先注销会释放号码，你可能就此失去它。',
    },
    facts: ['fcc-do-not-cancel-first', 'google-voice-port-in'],
    showOn: ['move-number', 'confirm-move', 'autopay'],
  },
  {
    id: 'move-not-started',
    severity: 'medium',
    message: {
      en: 'The move has not been marked as started; check that the new service really has the number.',
      zh: '转入还没标记为已发起；请确认新服务真的已经接手了这个号码。',
    },
  },
  {
    id: 'cancel-not-done',
    severity: 'medium',
    message: {
      en: 'The cancellation has not been marked done; check that you really asked the carrier to cancel.',
      zh: '注销还没标记为完成；请确认你确实已经向运营商申请注销。',
    },
  },
  {
    id: 'confirm-cancel-due',
    severity: 'medium',
    message: {
      en: 'You cancelled {days} days ago: check that the line is really closed and that no new charge appeared.',
      zh: '你在{days}天前申请了注销：请确认线路确实已关闭，也没有新的扣费。',
    },
    showOn: ['confirm-closed'],
  },
  {
    id: 'confirm-move-due',
    severity: 'medium',
    message: {
      en: 'You started the move {days} days ago: check that it completed.',
      zh: '你在{days}天前发起了转入：请确认转移已经完成。',
    },
    facts: ['fcc-simple-port-one-day'],
    showOn: ['confirm-move'],
  },
]);

/** Checks each warning against WarningDef and keeps its id as a literal, so that WarningId lists every id. */
function defineWarnings<const Id extends string>(warnings: ReadonlyArray<WarningDef & { id: Id }>): ReadonlyArray<WarningDef & { id: Id }> {
  return warnings;
}

/** The id of a warning; core/warnings.ts raises them by these ids. */
export type WarningId = (typeof WARNINGS)[number]['id'];
