import fs from 'node:fs';
import { UserError } from '../errors.js';
import { loadSqlJs } from '../lazy.js';
import type { Detected } from './detect.js';
import type { ReadContext } from './engine.js';

// An unencrypted iPhone backup made by Finder or iTunes: its messages database (Library/SMS/sms.db, stored under
// the SHA-1 of "HomeDomain-Library/SMS/sms.db") read with sql.js. Received messages only (is_from_me = 0), and
// none from chats with more than one other person. iOS 16 and later may leave `text` empty and keep the words in
// `attributedBody`, an NSAttributedString archive; its string is read from there.

/** Apple's epoch (2001-01-01) in Unix milliseconds; `date` counts seconds, or nanoseconds since iOS 11. */
const APPLE_EPOCH_MS = 978_307_200_000;

export function appleDate(value: number): number | undefined {
  if (!value) return undefined;
  return APPLE_EPOCH_MS + (value > 1e11 ? value / 1e6 : value * 1000);
}

/** The string of an archived NSAttributedString: after "NSString", a length (1 byte, or 0x81 + 2 bytes) and UTF-8. */
export function attributedText(blob: Uint8Array | null): string {
  if (!blob) return '';
  const buffer = Buffer.from(blob.buffer, blob.byteOffset, blob.byteLength);
  const at = buffer.indexOf('NSString');
  if (at < 0) return '';
  let index = at + 'NSString'.length + 5; // the class's version and the start-of-string marker
  let length = buffer[index] ?? 0;
  index++;
  if (length === 0x81) {
    length = buffer.readUInt16LE(index);
    index += 2;
  } else if (length === 0x82) {
    length = buffer.readUInt32LE(index);
    index += 4;
  }
  return buffer.subarray(index, index + length).toString('utf8');
}

const QUERY = `
  SELECT m.text AS text, m.attributedBody AS body, m.date AS date, h.id AS sender
  FROM message m
  LEFT JOIN handle h ON h.ROWID = m.handle_id
  WHERE m.is_from_me = 0
    AND m.ROWID NOT IN (
      SELECT cmj.message_id FROM chat_message_join cmj
      WHERE cmj.chat_id IN (SELECT chat_id FROM chat_handle_join GROUP BY chat_id HAVING COUNT(*) > 1)
    )`;

export async function readIphoneBackup(input: Detected, context: ReadContext): Promise<void> {
  const initSqlJs = await loadSqlJs();
  const SQL = await initSqlJs();
  let bytes: Buffer;
  try {
    bytes = fs.readFileSync(input.messagesDb!);
  } catch {
    throw new UserError(['scanUnreadable', { file: input.given }]);
  }
  let db: InstanceType<typeof SQL.Database> | undefined;
  try {
    db = new SQL.Database(bytes);
    const statement = db.prepare(QUERY);
    let rows = 0;
    while (statement.step()) {
      const row = statement.getAsObject() as { text: string | null; body: Uint8Array | null; date: number | null; sender: string | null };
      const at = appleDate(Number(row.date ?? 0));
      context.received({ text: row.text || attributedText(row.body), sender: row.sender ?? '', ...(at !== undefined ? { at } : {}) });
      // Let Ctrl+C and the progress bar in every few thousand rows.
      if (++rows % 5000 === 0) await new Promise((resolve) => setImmediate(resolve));
    }
    statement.free();
  } catch (error) {
    if (error instanceof UserError) throw error;
    throw new UserError(['scanBadDatabase', { file: input.given }]);
  } finally {
    db?.close();
  }
  context.advance(input.bytes);
}
