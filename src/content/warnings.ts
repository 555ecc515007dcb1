import type { WarningDef } from '../core/types.js';

// The words of every warning. When each one applies is decided in core/warnings.ts (state + date),
// and which ones a step shows when marked done out of order is in steps.ts (`prerequisites`).

export const WARNINGS: readonly WarningDef[] = [
  {
    id: 'codes-before-cancel',
    severity: 'high',
    message: {
      en: 'Accounts may still send codes to this number. Move them before you cancel: once the number is recycled, a stranger receives those codes. In a 2021 Princeton study, 171 of 259 recycled numbers sampled were still tied to accounts at popular websites.',
      zh: '可能还有账户在往这个号码发验证码。请在注销前改绑：号码一旦被回收，陌生人就会收到这些验证码。2021 年普林斯顿大学的研究抽样了 259 个回收号码，其中 171 个仍绑定着热门网站的账户。',
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
    id: 'autopay-after-cancel',
    severity: 'high',
    message: {
      en: 'The line is cancelled but you have not confirmed that autopay is off. Cancelling does not always stop it: check now.',
      zh: '线路已注销，但你还没确认自动付款已关闭。注销不一定会停止自动付款：请现在检查。',
    },
    facts: ['cancel-keeps-autopay'],
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
      zh: '你在 {days} 天前申请了注销：请确认线路确实已关闭，也没有新的扣费。',
    },
    showOn: ['confirm-closed'],
  },
  {
    id: 'confirm-move-due',
    severity: 'medium',
    message: {
      en: 'You started the move {days} days ago: check that it completed.',
      zh: '你在 {days} 天前发起了转入：请确认转移已经完成。',
    },
    facts: ['fcc-simple-port-one-day'],
    showOn: ['confirm-move'],
  },
];
