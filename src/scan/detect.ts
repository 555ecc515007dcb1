import fs from 'node:fs';
import path from 'node:path';
import { UserError } from '../errors.js';
import { loadCsv } from '../lazy.js';
import type { SourceFormat } from './result.js';
import { openZip, readText } from './zip.js';

// The format of a file or folder, recognised from its content, never its name.

export interface Detected {
  format: SourceFormat;
  /** The path as the user wrote it (for messages) and resolved. */
  given: string;
  file: string;
  /** Bytes the reader will go through (for the progress bar). */
  bytes: number;
  /** Google Voice: the page files of the export, inside the folder or the zip. */
  pages?: string[];
  zipped?: boolean;
  /** iPhone backup: the messages database's file. */
  messagesDb?: string;
  /** CSV: the columns that hold a login's address. */
  urlColumns?: string[];
}

const HEAD_BYTES = 64 * 1024;
/** A Google Voice page in a Takeout export: Takeout/Voice/Calls/<name> - Text - <time>.html */
export const VOICE_PAGE = /(?:^|\/)Voice\/Calls\/[^/]+\.html?$/i;
/** What a Google Voice page holds: a conversation (hChatLog) or a call (haudio), in Google's microformat classes. */
const VOICE_CONTENT = /class="(?:hChatLog|haudio)\b/;
/** The messages database's file in an iPhone backup: the SHA-1 of "HomeDomain-Library/SMS/sms.db". */
export const IPHONE_SMS_DB = '3d0d7e5fb2ce288813306e4d4636395e047a3d28';
const SQLITE = Buffer.from('SQLite format 3\0');

/** The CSV exports simexit knows, by their header (lower case), and the columns holding the address. */
const CSV_FORMATS: Array<{ format: SourceFormat; has: string[]; url: string[] }> = [
  { format: 'bitwarden-csv', has: ['login_uri', 'login_username'], url: ['login_uri'] },
  { format: 'firefox-csv', has: ['url', 'username', 'password', 'httprealm'], url: ['url'] },
  { format: 'keepassxc-csv', has: ['group', 'title', 'username', 'password', 'url'], url: ['url'] },
  { format: 'keepass-csv', has: ['account', 'login name', 'password', 'web site'], url: ['web site'] },
  { format: '1password-csv', has: ['title', 'url', 'username', 'password', 'otpauth', 'favorite'], url: ['url'] },
  { format: '1password-csv', has: ['title', 'website', 'username', 'password'], url: ['website'] },
  { format: 'apple-csv', has: ['title', 'url', 'username', 'password'], url: ['url'] },
  { format: 'chromium-csv', has: ['name', 'url', 'username', 'password'], url: ['url'] },
];

function readHead(file: string, given: string): Buffer {
  let fd: number | undefined;
  try {
    fd = fs.openSync(file, 'r');
    const buffer = Buffer.alloc(HEAD_BYTES);
    const read = fs.readSync(fd, buffer, 0, HEAD_BYTES, 0);
    return buffer.subarray(0, read);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new UserError(code === 'EISDIR' ? ['scanFolderUnknown', { file: given }] : ['scanUnreadable', { file: given }]);
  } finally {
    if (fd !== undefined) fs.closeSync(fd);
  }
}

export async function detect(file: string, given: string): Promise<Detected> {
  let stats: fs.Stats;
  try {
    stats = fs.statSync(file);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new UserError(code === 'ENOENT' || code === 'ENOTDIR' ? ['scanNotFound', { file: given }] : ['scanUnreadable', { file: given }]);
  }
  if (stats.isDirectory()) return detectFolder(file, given);
  const head = readHead(file, given);
  const base = { given, file, bytes: stats.size };
  if (head.subarray(0, 4).equals(Buffer.from([0x50, 0x4b, 0x03, 0x04])) || head.subarray(0, 4).equals(Buffer.from([0x50, 0x4b, 0x05, 0x06]))) return detectZip(base);
  if (head.subarray(0, SQLITE.length).equals(SQLITE)) throw new UserError([['scanUnknownFormat', { file: given }], ['scanGiveBackupFolder']]);
  const text = head.toString('utf8').replace(/^\uFEFF/, '');
  const start = text.trimStart();
  if (start.startsWith('<')) {
    const root = /<(?![?!])([A-Za-z_][\w.:-]*)/.exec(start.replace(/<!--[\s\S]*?-->/g, ''))?.[1];
    if (root === 'smses') return { ...base, format: 'android-sms' };
    if (root === 'KeePassFile') return { ...base, format: 'keepass-xml' };
    // SMS Backup & Restore writes calls to a file of their own: the messages are in the sms-….xml beside it.
    if (root === 'calls') throw new UserError(['scanCallLog', { file: given }]);
    throw new UserError(['scanUnknownFormat', { file: given }]);
  }
  if (start.startsWith('{')) {
    if (/"items"\s*:|"encrypted"\s*:/.test(start)) return { ...base, format: 'bitwarden-json' };
    throw new UserError(['scanUnknownFormat', { file: given }]);
  }
  return detectCsv(base, text);
}

async function detectCsv(base: { given: string; file: string; bytes: number }, text: string): Promise<Detected> {
  const firstLine = text.split(/\r?\n/, 1)[0] ?? '';
  if (!firstLine.includes(',') || text.includes('\0')) throw new UserError(['scanUnknownFormat', { file: base.given }]);
  const parseCsv = await loadCsv();
  let header: string[];
  try {
    header = ((parseCsv(firstLine, { relax_quotes: true }) as string[][])[0] ?? []).map((column) => column.trim().toLowerCase());
  } catch {
    throw new UserError(['scanUnknownFormat', { file: base.given }]);
  }
  const known = CSV_FORMATS.find(({ has }) => has.every((column) => header.includes(column)));
  if (known) return { ...base, format: known.format, urlColumns: known.url };
  // A password export with columns simexit does not know: say which it expected.
  if (header.some((column) => column.includes('password') || column.includes('passwort') || column.includes('密码'))) {
    throw new UserError([['scanVaultColumns', { file: base.given, columns: header.join(', ') }], ['scanVaultExpected']]);
  }
  throw new UserError(['scanUnknownFormat', { file: base.given }]);
}

async function detectZip(base: { given: string; file: string; bytes: number }): Promise<Detected> {
  const zip = await openZip(base.file, base.given);
  try {
    const names = zip.entries.map((entry) => entry.fileName);
    if (names.includes('export.data')) return { ...base, format: '1password-1pux' };
    const pages = names.filter((name) => VOICE_PAGE.test(name));
    if (pages.length) return { ...base, format: 'google-voice', pages, zipped: true };
    // Takeout may name its folders in the account's language: then a folder of Google Voice pages, by content.
    for (const entry of zip.entries.filter((each) => /\/[^/]+\.html?$/i.test(each.fileName)).slice(0, 20)) {
      if (!VOICE_CONTENT.test(await readText(zip, entry, base.given))) continue;
      const folder = entry.fileName.slice(0, entry.fileName.lastIndexOf('/') + 1);
      const inFolder = names.filter((name) => name.startsWith(folder) && /\.html?$/i.test(name) && !name.slice(folder.length).includes('/'));
      return { ...base, format: 'google-voice', pages: inFolder, zipped: true };
    }
    throw new UserError(['scanZipUnknown', { file: base.given }]);
  } finally {
    zip.close();
  }
}

function isSqlite(file: string): boolean {
  try {
    const fd = fs.openSync(file, 'r');
    const buffer = Buffer.alloc(SQLITE.length);
    fs.readSync(fd, buffer, 0, buffer.length, 0);
    fs.closeSync(fd);
    return buffer.equals(SQLITE);
  } catch {
    return false;
  }
}

function listFolder(folder: string, given: string): string[] {
  try {
    return fs.readdirSync(folder);
  } catch {
    throw new UserError(['scanUnreadable', { file: given }]);
  }
}

function detectFolder(folder: string, given: string): Detected {
  const names = listFolder(folder, given);
  if (names.includes('Manifest.db') || names.includes('Manifest.plist')) {
    const manifest = path.join(folder, 'Manifest.plist');
    const plist = fs.existsSync(manifest) ? fs.readFileSync(manifest).toString('latin1') : '';
    const encrypted = /<key>IsEncrypted<\/key>\s*<true\s*\/>/.test(plist) || (names.includes('Manifest.db') && !isSqlite(path.join(folder, 'Manifest.db')));
    if (encrypted) throw new UserError([['scanIphoneEncrypted', { file: given }], ['scanIphoneHowUnencrypted']]);
    // iOS 10 and later keep files in folders named by the hash's first two characters; older backups, flat.
    const messagesDb = [path.join(folder, IPHONE_SMS_DB.slice(0, 2), IPHONE_SMS_DB), path.join(folder, IPHONE_SMS_DB)].find((candidate) => fs.existsSync(candidate));
    if (!messagesDb) throw new UserError(['scanIphoneNoMessages', { file: given }]);
    if (!isSqlite(messagesDb)) throw new UserError([['scanIphoneEncrypted', { file: given }], ['scanIphoneHowUnencrypted']]);
    return { format: 'iphone-backup', given, file: folder, bytes: fs.statSync(messagesDb).size, messagesDb };
  }
  // A Takeout folder: Takeout/Voice/Calls, Voice/Calls, or the Calls folder itself.
  const calls = [path.join(folder, 'Takeout', 'Voice', 'Calls'), path.join(folder, 'Voice', 'Calls'), folder].find((candidate) => {
    try {
      return fs.statSync(candidate).isDirectory() && (candidate !== folder || path.basename(folder) === 'Calls');
    } catch {
      return false;
    }
  });
  const voiceFolder = calls ?? findVoiceFolder(folder, 4);
  if (voiceFolder) {
    const pages = listFolder(voiceFolder, given)
      .filter((name) => /\.html?$/i.test(name))
      .map((name) => path.join(voiceFolder, name));
    if (pages.length) return { format: 'google-voice', given, file: folder, bytes: pages.reduce((sum, page) => sum + fs.statSync(page).size, 0), pages };
  }
  // The folder that holds the backups (MobileSync/Backup): name them, most recent first.
  const backups = names
    .filter((name) => fs.existsSync(path.join(folder, name, 'Manifest.db')) || fs.existsSync(path.join(folder, name, 'Manifest.plist')))
    .sort((a, b) => fs.statSync(path.join(folder, b)).mtimeMs - fs.statSync(path.join(folder, a)).mtimeMs);
  if (backups.length) throw new UserError(['scanIphoneBackups', { file: given, count: backups.length, folders: backups.slice(0, 5).join(', ') }]);
  throw new UserError(['scanFolderUnknown', { file: given }]);
}

/** A folder of Google Voice pages within `depth` levels, told by the pages' content (Takeout may translate folder names). */
function findVoiceFolder(folder: string, depth: number): string | undefined {
  let entries: fs.Dirent[];
  try {
    entries = fs.readdirSync(folder, { withFileTypes: true });
  } catch {
    return undefined;
  }
  const pages = entries.filter((entry) => entry.isFile() && /\.html?$/i.test(entry.name)).slice(0, 5);
  for (const page of pages) {
    try {
      const fd = fs.openSync(path.join(folder, page.name), 'r');
      const head = Buffer.alloc(8192);
      const read = fs.readSync(fd, head, 0, head.length, 0);
      fs.closeSync(fd);
      if (VOICE_CONTENT.test(head.subarray(0, read).toString('utf8'))) return folder;
    } catch {
      // an unreadable page: look at the others
    }
  }
  if (depth === 0) return undefined;
  for (const entry of entries) {
    if (!entry.isDirectory()) continue;
    const found = findVoiceFolder(path.join(folder, entry.name), depth - 1);
    if (found) return found;
  }
  return undefined;
}
