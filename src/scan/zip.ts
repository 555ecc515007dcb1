import type { Readable } from 'node:stream';
import type { Entry, ZipFile } from 'yauzl';
import { UserError } from '../errors.js';
import { loadYauzl } from '../lazy.js';

// A zip read in place with yauzl: the central directory first (names and declared sizes), then only the entries
// wanted, each inflated as a stream that yauzl checks against its declared size, so an archive cannot expand past
// the bounds below by lying about its sizes.

/** No Takeout of Google Voice or 1Password export comes near these; a zip bomb does. */
export const ZIP_LIMITS = { entries: 1_000_000, wantedBytes: 4 * 1024 ** 3, entryBytes: 256 * 1024 ** 2 };

export interface OpenZip {
  entries: Entry[];
  read(entry: Entry): Promise<Readable>;
  close(): void;
}

export async function openZip(file: string, given: string): Promise<OpenZip> {
  const yauzl = await loadYauzl();
  const zip = await new Promise<ZipFile>((resolve, reject) =>
    yauzl.open(file, { lazyEntries: true, autoClose: false, strictFileNames: false, validateEntrySizes: true }, (error, opened) => (error ? reject(error) : resolve(opened))),
  ).catch(() => {
    throw new UserError(['scanBadZip', { file: given }]);
  });
  const entries: Entry[] = [];
  await new Promise<void>((resolve, reject) => {
    zip.on('entry', (entry: Entry) => {
      entries.push(entry);
      if (entries.length > ZIP_LIMITS.entries) {
        zip.close();
        reject(new UserError(['scanZipTooLarge', { file: given }]));
        return;
      }
      zip.readEntry();
    });
    zip.on('end', () => resolve());
    zip.on('error', () => reject(new UserError(['scanBadZip', { file: given }])));
    zip.readEntry();
  });
  return {
    entries,
    read: (entry) =>
      new Promise((resolve, reject) => zip.openReadStream(entry, (error, stream) => (error ? reject(new UserError(['scanBadZip', { file: given }])) : resolve(stream)))),
    close: () => zip.close(),
  };
}

/** The entries a reader will inflate, refused as a whole when they would expand past the bounds. */
export function checkBounds(wanted: readonly Entry[], given: string): void {
  const total = wanted.reduce((sum, entry) => sum + entry.uncompressedSize, 0);
  if (total > ZIP_LIMITS.wantedBytes || wanted.some((entry) => entry.uncompressedSize > ZIP_LIMITS.entryBytes)) {
    throw new UserError(['scanZipTooLarge', { file: given }]);
  }
}

/** A whole (small) entry as text, its declared size checked first. */
export async function readText(zip: OpenZip, entry: Entry, given: string): Promise<string> {
  checkBounds([entry], given);
  const stream = await zip.read(entry);
  const chunks: Buffer[] = [];
  try {
    for await (const chunk of stream) chunks.push(chunk as Buffer);
  } catch {
    throw new UserError(['scanBadZip', { file: given }]);
  }
  return Buffer.concat(chunks).toString('utf8');
}
