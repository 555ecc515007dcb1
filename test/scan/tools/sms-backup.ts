// Writes files in the structure of an "SMS Backup & Restore" backup (SyncTech's documented fields), with
// synthetic content: used by make-fixtures.ts for the committed fixture and by the bench for 10 MB–1 GB files.
import fs from 'node:fs';
import { random } from '../../helpers/seed.js';

export interface SmsRecord {
  address: string;
  /** Epoch milliseconds. */
  date: number;
  /** 1 received, 2 sent. */
  type: 1 | 2;
  body: string;
  contactName?: string;
}

export interface MmsRecord {
  /** The sender (type 137), then the recipients (type 151). */
  from: string;
  to: string[];
  date: number;
  /** 1 received, 2 sent. */
  box: 1 | 2;
  text: string;
  contactName?: string;
}

/** Escapes an attribute as the app writes it: XML entities, and characters outside the BMP as two references to their surrogate halves (invalid XML the app is known to write). */
export function attribute(value: string): string {
  let out = '';
  for (const char of value) {
    const code = char.codePointAt(0)!;
    if (char === '&') out += '&amp;';
    else if (char === '<') out += '&lt;';
    else if (char === '>') out += '&gt;';
    else if (char === '"') out += '&quot;';
    else if (char === '\n') out += '&#10;';
    else if (code > 0xffff) out += `&#${char.charCodeAt(0)};&#${char.charCodeAt(1)};`;
    else out += char;
  }
  return out;
}

export function smsElement(sms: SmsRecord): string {
  const readable = new Date(sms.date).toUTCString();
  return `  <sms protocol="0" address="${attribute(sms.address)}" date="${sms.date}" type="${sms.type}" subject="null" body="${attribute(sms.body)}" toa="null" sc_toa="null" service_center="null" read="1" status="-1" locked="0" date_sent="${sms.date}" sub_id="1" readable_date="${readable}" contact_name="${attribute(sms.contactName ?? '(Unknown)')}" />\n`;
}

export function mmsElement(mms: MmsRecord): string {
  const addrs = [`      <addr address="${attribute(mms.from)}" type="137" charset="106" />`, ...mms.to.map((to) => `      <addr address="${attribute(to)}" type="151" charset="106" />`)];
  return [
    `  <mms date="${mms.date}" rr="null" sub="null" ct_t="application/vnd.wap.multipart.related" read_status="null" seen="1" msg_box="${mms.box}" address="${attribute([mms.from, ...mms.to].join('~'))}" sub_cs="null" resp_st="null" retr_st="null" d_tm="null" text_only="1" exp="null" locked="0" m_id="null" st="null" retr_txt_cs="null" retr_txt="null" creator="null" date_sent="0" read="1" m_size="null" rpt_a="null" ct_cls="null" pri="null" sub_id="1" tr_id="null" resp_txt="null" ct_l="null" m_cls="personal" d_rpt="null" v="18" _id="1" m_type="132" readable_date="${new Date(mms.date).toUTCString()}" contact_name="${attribute(mms.contactName ?? '(Unknown)')}">`,
    '    <parts>',
    '      <part seq="-1" ct="application/smil" name="null" chset="null" cd="null" fn="null" cid="&lt;smil&gt;" cl="smil.xml" ctt_s="null" ctt_t="null" text="&lt;smil&gt;&lt;body&gt;&lt;par dur=&quot;5000ms&quot;&gt;&lt;text src=&quot;text000001.txt&quot;/&gt;&lt;/par&gt;&lt;/body&gt;&lt;/smil&gt;" />',
    `      <part seq="0" ct="text/plain" name="null" chset="106" cd="null" fn="null" cid="&lt;text000001&gt;" cl="text000001.txt" ctt_s="null" ctt_t="null" text="${attribute(mms.text)}" />`,
    '    </parts>',
    '    <addrs>',
    ...addrs,
    '    </addrs>',
    '  </mms>',
    '',
  ].join('\n');
}

export function header(count: number): string {
  return `<?xml version='1.0' encoding='UTF-8' standalone='yes' ?>\n<!--File Created By SMS Backup & Restore v10.20.002 on 01/11/2026 10:00:00-->\n<smses count="${count}" backup_set="8f2e0c8a-3a51-4b8c-9d7f-2f1e5c3b6a10" backup_date="1761991200000" type="full">\n`;
}

export const FOOTER = '</smses>\n';

const CHAT = [
  'Running late, see you at 7',
  '好的，明天见 😀',
  'Can you pick up milk on the way home?',
  '晚饭吃什么？',
  'Happy birthday!! 🎂🎉',
  'Did you see the game last night',
  '我到了，在门口等你',
];
const SERVICES = [
  (code: string) => `Chase: Your one-time code is ${code}. Don't share it. We'll never call to ask for it.`,
  (code: string) => `G-${code} is your Google verification code.`,
  (code: string) => `【支付宝】验证码${code}，您正在登录，请勿泄露给他人。`,
  (code: string) => `${code} is your Amazon OTP. Do not share it with anyone.`,
  (code: string) => `[Twitch] Your verification code is ${code}`,
  (code: string) => `【微信】验证码：${code}，用于登录，5分钟内有效。`,
  (code: string) => `Your Uber code: ${code}. Never share this code.`,
];
const ADS = ['Chase: Get a $300 bonus when you open a new checking account. Reply STOP to opt out.', '【某银行】双十一特惠，信用卡分期低至0.3%，回T退订'];

/**
 * Streams a backup of about `bytes` bytes to `file`: three in four messages chat (half of them sent), the rest
 * verification texts from services, marketing, and codes from unknown senders. Returns the number of messages.
 */
export async function writeLargeBackup(file: string, bytes: number, seed = 1): Promise<number> {
  const next = random(seed);
  const out = fs.createWriteStream(file);
  const write = (text: string) => (out.write(text) ? Promise.resolve() : new Promise<void>((resolve) => out.once('drain', resolve)));
  await write(header(0));
  let written = 0;
  let count = 0;
  let date = Date.UTC(2018, 0, 1);
  const pick = <T>(list: readonly T[]) => list[Math.floor(next() * list.length)]!;
  let batch = '';
  while (written < bytes) {
    date += Math.floor(next() * 3_600_000);
    const roll = next();
    const code = String(Math.floor(100000 + next() * 900000));
    let element: string;
    if (roll < 0.75) element = smsElement({ address: `+1555${String(Math.floor(next() * 1e7)).padStart(7, '0')}`, date, type: next() < 0.5 ? 1 : 2, body: pick(CHAT), contactName: 'Alex' });
    else if (roll < 0.9) element = smsElement({ address: String(20000 + Math.floor(next() * 70000)), date, type: 1, body: pick(SERVICES)(code) });
    else if (roll < 0.97) element = smsElement({ address: '33733', date, type: 1, body: pick(ADS) });
    else element = mmsElement({ from: '+15550001111', to: ['+15550002222'], date, box: 1, text: `Your verification code is ${code}` });
    batch += element;
    written += Buffer.byteLength(element);
    count++;
    if (batch.length > 1 << 16) {
      await write(batch);
      batch = '';
    }
  }
  await write(batch + FOOTER);
  await new Promise<void>((resolve, reject) => out.end((error?: Error | null) => (error ? reject(error) : resolve())));
  return count;
}
