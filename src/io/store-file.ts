import { existsSync, readFileSync, statSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { parseJson, SCHEMA_VERSION, type JsonResult, type Unusable } from '../core/store-format.js';
import { ioReason, isIoFailure, isUserError, UserError } from '../errors.js';
import { keepCopy, renameDurably, syncDirectory, writeFileAtomic } from './durable.js';
import { withLock } from './lock.js';


function describe(error: unknown): string {
  return error instanceof Error && 'code' in error ? String(error.code) : String(error);
}

const withoutBom = (text: string) => text.replace(/^\uFEFF/, '');

/**
 * One JSON file of the store (config.json, or a profile's file): read, checked, and reported when it cannot be
 * used. Reads are cached: a command reads config.json more than once (its language, then its data), and an
 * unchanged file (same inode, size and times) is neither read nor parsed again, nor checked again once a read
 * needed the check.
 */
export class StoreFile<Usable extends { ok: true }> {
  private lastRead: { stamp: string; text: string } | undefined;
  private lastParse: { text: string; json: JsonResult; checked?: Usable | Unusable } | undefined;

  /** `lockPath`: the store's lock, taken to move a damaged file aside. */
  constructor(
    readonly path: string,
    private readonly check: (json: JsonResult) => Usable | Unusable,
    private readonly lockPath: string,
  ) {}

  private cached(text: string): { json: JsonResult; checked?: Usable | Unusable } {
    if (this.lastParse?.text !== text) this.lastParse = { text, json: parseJson(text) };
    return this.lastParse;
  }

  private checked(text: string): Usable | Unusable {
    const entry = this.cached(text);
    return (entry.checked ??= this.check(entry.json));
  }

  /**
   * The file's text, or null when there is none; a directory or an unreadable file is reported, untouched.
   * `fresh` reads it even if unchanged: under the lock, where a write must build on exactly what is on disk.
   */
  private readText(fresh = false): string | null {
    try {
      const stat = statSync(this.path, { bigint: true, throwIfNoEntry: false });
      if (stat === undefined) return null;
      const stamp = `${stat.ino}:${stat.size}:${stat.mtimeNs}:${stat.ctimeNs}`;
      if (!fresh && this.lastRead?.stamp === stamp) return this.lastRead.text;
      // Read as bytes, then decoded: for a large history, readFileSync(path, 'utf8') takes 1–2 ms longer (Node 20–24).
      const text = readFileSync(this.path).toString('utf8');
      this.lastRead = { stamp, text };
      return text;
    } catch (error) {
      const code = describe(error);
      if (code === 'ENOENT') return null;
      if (code === 'EISDIR') throw new UserError(['storeIsDirectory', { path: this.path }]);
      throw new UserError(['storeUnreadable', { path: this.path, detail: code }]);
    }
  }

  /**
   * The file's checked contents, or null when there is none. A file that cannot be used is never silently
   * discarded: a newer format is left untouched; a damaged one is moved aside (kept, with a timestamp) so the
   * next command can start afresh, and the user is told where it went. `locked`: the caller holds the lock.
   */
  read(fresh = false, locked = false): Usable | null {
    const text = this.readText(fresh);
    if (text === null) return null;
    const checked = this.checked(text);
    if (checked.ok) return checked;
    if (checked.reason === 'newer') throw new UserError(['storeNewer', { path: this.path, found: checked.found, supported: SCHEMA_VERSION }]);
    return this.setAsideDamaged(text, locked);
  }

  /** The contents if the file is there and usable (a byte-order mark ignored), else null: no messages, no repairs. */
  peek(): Usable | null {
    try {
      const text = this.readText();
      const checked = text === null ? null : this.checked(withoutBom(text));
      return checked?.ok ? checked : null;
    } catch {
      return null;
    }
  }

  /** The file's JSON without any check (a byte-order mark ignored), or null when it cannot be read. */
  peekJson(): JsonResult | null {
    try {
      const text = this.readText();
      return text === null ? null : this.cached(withoutBom(text)).json;
    } catch {
      return null;
    }
  }

  /** A path next to the file for a kept copy, e.g. config.reset-2026-11-24T12-00-00-000Z.json; never an existing file. */
  sidePath(label: string, now: Date): string {
    const stamp = now.toISOString().replace(/[:.]/g, '-');
    const base = join(dirname(this.path), `${basename(this.path, '.json')}.${label}-${stamp}`);
    for (let index = 0; ; index++) {
      const candidate = `${base}${index ? `-${index}` : ''}.json`;
      if (!existsSync(candidate)) return candidate;
    }
  }

  /** Under the lock, and only if the file still holds the same damaged text (another process may have fixed it). */
  private setAsideDamaged(text: string, locked: boolean): never {
    const repaired = text.startsWith('\uFEFF') ? withoutBom(text) : null;
    const bomOnly = repaired !== null && this.check(parseJson(repaired)).ok;
    const backup = this.sidePath(bomOnly ? 'bom' : 'damaged', new Date());
    const work = () => {
      if (this.readText(true) !== text) return;
      if (bomOnly) {
        // The original kept under the backup's name first, then replaced: a failure between leaves it in place.
        keepCopy(this.path, backup);
        writeFileAtomic(this.path, repaired, { mode: 0o600 });
      } else {
        renameDurably(this.path, backup);
        syncDirectory(dirname(this.path));
      }
    };
    try {
      if (locked) work();
      else withLock(this.lockPath, work);
    } catch (error) {
      if (isUserError(error) || !isIoFailure(error)) throw error;
      throw new UserError([['storeDamagedStuck', { path: this.path }], ioReason(error, dirname(this.path))]);
    }
    if (bomOnly) throw new UserError(['storeBomRemoved', { path: this.path, backup }]);
    const key = text.trim() === '' ? 'storeDamagedEmpty' : this.cached(text).json.ok ? 'storeDamagedShape' : 'storeDamagedJson';
    throw new UserError([key, { path: this.path, backup }]);
  }
}
