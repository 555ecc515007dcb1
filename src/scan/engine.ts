import path from 'node:path';
import { loadTldts } from '../lazy.js';
import { buildDirectory, type Directory } from './directory.js';
import { detect, type Detected } from './detect.js';
import { attribute, classify, isPersonalConversation } from './recognise.js';
import { Tally, type ScannedSource } from './result.js';
import { readAndroidSms } from './read-android.js';
import { readGoogleVoice } from './read-google-voice.js';
import { readIphoneBackup } from './read-iphone.js';
import { readVault } from './read-vault.js';

// Reads each file or folder in place, in the format its content shows, and tallies what it finds. Message text,
// passwords, usernames and notes pass through one message or row at a time and are dropped at once: only the
// Tally (service ids, counts, dates) outlives a message.

/** A message someone sent to this number, as a reader hands it over (never kept). */
export interface IncomingMessage {
  text: string;
  sender: string;
  /** Epoch milliseconds. */
  at?: number;
  /** The contact name the backup shows for the sender, where it has one. */
  contactName?: string;
  /** Part of a group conversation. */
  group?: boolean;
}

export interface ScanProgress {
  bytesDone: number;
  bytesTotal: number;
  messages: number;
}

/** What a reader is given: where to hand messages and logins, and where to report bytes read. */
export interface ReadContext {
  directory: Directory;
  received(message: IncomingMessage): void;
  login(url: string): void;
  /** `bytes` more of the input were read. */
  advance(bytes: number): void;
}

export interface ScanOutcome {
  sources: ScannedSource[];
  tally: Tally;
}

let directoryPromise: Promise<Directory> | undefined;
export function loadDirectory(): Promise<Directory> {
  directoryPromise ??= loadTldts().then((getDomain) => buildDirectory((host) => getDomain(host, { allowPrivateDomains: true })));
  return directoryPromise;
}

/** Scans every path in turn; the first bad input stops the scan with a UserError naming the file. */
export async function scanPaths(paths: readonly string[], onProgress: (progress: ScanProgress) => void = () => {}): Promise<ScanOutcome> {
  const directory = await loadDirectory();
  const tally = new Tally();
  // Every input is recognised before any is read: a mistake in the last one is reported at once.
  const detected: Detected[] = [];
  for (const given of paths) detected.push(await detect(path.resolve(given), given));
  const progress: ScanProgress = { bytesDone: 0, bytesTotal: detected.reduce((sum, each) => sum + each.bytes, 0), messages: 0 };
  const sources: ScannedSource[] = [];
  for (const input of detected) {
    let items = 0;
    const context: ReadContext = {
      directory,
      received(message) {
        items++;
        progress.messages++;
        if (message.group || isPersonalConversation(message.sender, message.contactName)) return;
        const kind = classify(message.text);
        if (!kind) return;
        const entry = attribute(message, directory);
        if (entry) tally.code(entry, message.at);
        else if (kind === 'code') tally.unattributed++;
      },
      login(url) {
        items++;
        const entry = directory.byUrl(url);
        if (entry) tally.login(entry);
      },
      advance(bytes) {
        progress.bytesDone += bytes;
        onProgress(progress);
      },
    };
    if (input.format === 'android-sms') await readAndroidSms(input, context);
    else if (input.format === 'google-voice') await readGoogleVoice(input, context);
    else if (input.format === 'iphone-backup') await readIphoneBackup(input, context);
    else await readVault(input, context);
    sources.push({ path: input.given, format: input.format, items });
  }
  return { sources, tally };
}
