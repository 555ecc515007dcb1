import { chmodSync, constants, copyFileSync, existsSync, mkdirSync, readFileSync, readdirSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import os from 'node:os';
import {
  checkJson,
  emptyStore,
  langPreference,
  parseJson,
  parseStoreText,
  type JsonResult,
  type ParseResult,
  SCHEMA_VERSION,
  profileEvents,
  withEvents,
  type StoreData,
} from '../core/store-format.js';
import type { Answers, HistoryEvent } from '../core/types.js';
import { UserError } from '../errors.js';
import type { Lang } from '../i18n.js';
import { loadConf } from '../lazy.js';
import { LockTimeoutError, tryLock, withLock } from './lock.js';

type ConfClass = typeof import('conf').default<Record<string, unknown>>;

export const STORE_FILE = 'config.json';

/**
 * `SIMEXIT_HOME` if set (tests, portable installs), else the OS config directory as conf would choose it
 * (env-paths' rules) but without conf's `-nodejs` suffix. Computed from the given environment, not
 * process.env, so it can be tested.
 */
export function storeDir(env: NodeJS.ProcessEnv, platform: NodeJS.Platform = process.platform, home = os.homedir()): string {
  if (env.SIMEXIT_HOME) return path.resolve(env.SIMEXIT_HOME);
  if (platform === 'darwin') return path.join(home, 'Library', 'Preferences', 'simexit');
  if (platform === 'win32') return path.join(env.APPDATA || path.join(home, 'AppData', 'Roaming'), 'simexit', 'Config');
  return path.join(env.XDG_CONFIG_HOME || path.join(home, '.config'), 'simexit');
}

/** Only for repairing a file in place (the BOM): a temp file, then a rename, mode 0600. */
function writeFileAtomically(file: string, text: string): void {
  const temp = `${file}.repair-${process.pid}`;
  writeFileSync(temp, text, { mode: 0o600 });
  renameSync(temp, file);
}

function describe(error: unknown): string {
  return error instanceof Error && 'code' in error ? String(error.code) : String(error);
}

/**
 * The only owner of the progress file. Reads go straight to the file (no conf, no ajv: `list` stays fast);
 * writes go through conf, which writes atomically (temp file + rename) with mode 0600.
 */
export class Store {
  readonly dir: string;
  readonly path: string;

  /** The last text read, with the file's stamp then; and the last text parsed, its JSON and (once a read
   *  needed it) the full check. A command reads the file twice (its language, then its data): a large history
   *  is read and parsed once, and checked only by the read that uses it. */
  private lastRead: { stamp: string; text: string } | undefined;
  private lastParse: { text: string; json: JsonResult; checked?: ParseResult } | undefined;

  constructor(dir: string) {
    this.dir = dir;
    this.path = path.join(dir, STORE_FILE);
  }

  private cached(text: string): { json: JsonResult; checked?: ParseResult } {
    if (this.lastParse?.text !== text) this.lastParse = { text, json: parseJson(text) };
    return this.lastParse;
  }

  private parse(text: string): ParseResult {
    const entry = this.cached(text);
    return (entry.checked ??= checkJson(entry.json));
  }

  exists(): boolean {
    return existsSync(this.path);
  }

  /**
   * The file's text, or null when there is none; a directory or an unreadable file is reported, untouched.
   * An unchanged file (same inode, size and times) is not read again in this process, unless `fresh` asks
   * for it: under the lock, where a write must build on exactly what is on disk.
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
   * The saved data, or an empty store when there is no file yet. A file that cannot be used is never
   * silently discarded: a newer format is left untouched; a damaged one is moved aside (kept, with a
   * timestamp) so the next command can start afresh, and the user is told where it went.
   */
  read(fresh = false): StoreData {
    const text = this.readText(fresh);
    if (text === null) return emptyStore();
    const parsed = this.parse(text);
    if (parsed.ok) return parsed.data;
    if (parsed.reason === 'newer') {
      throw new UserError(['storeNewer', { path: this.path, found: parsed.found, supported: SCHEMA_VERSION }]);
    }
    // The file may be fine and this build wrong: keep it exactly where it is.
    if (parsed.reason === 'upgrade-failed') throw new UserError(['storeUpgradeFailed', { path: this.path }]);
    this.setAsideDamaged(text);
  }

  /** Under the lock, and only if the file still holds the same damaged text (another process may have fixed it). */
  private setAsideDamaged(text: string): never {
    const withoutBom = text.startsWith('\uFEFF') ? text.slice(1) : null;
    const bomOnly = withoutBom !== null && parseStoreText(withoutBom).ok;
    const backup = this.sidePath(bomOnly ? 'bom' : 'damaged', new Date());
    withLock(this.lockPath, () => {
      if (this.readText(true) !== text) return;
      renameSync(this.path, backup);
      if (bomOnly) writeFileAtomically(this.path, withoutBom);
    });
    if (bomOnly) throw new UserError(['storeBomRemoved', { path: this.path, backup }]);
    const key = text.trim() === '' ? 'storeDamagedEmpty' : this.cached(text).json.ok ? 'storeDamagedShape' : 'storeDamagedJson';
    throw new UserError([key, { path: this.path, backup }]);
  }

  /** The data if the file is there and readable, else null: no messages, no repairs (shell completion). */
  peek(): StoreData | null {
    try {
      const text = this.readText();
      const parsed = text === null ? null : this.parse(text.replace(/^\uFEFF/, ''));
      return parsed?.ok ? parsed.data : null;
    } catch {
      return null;
    }
  }

  /** The remembered language, if the file can be read. Without side effects: a damaged file is the command's to report. */
  readLangPreference(): Lang | undefined {
    try {
      const text = this.readText();
      if (text === null) return undefined;
      const { json } = this.cached(text.replace(/^\uFEFF/, ''));
      return json.ok ? langPreference(json.value) : undefined;
    } catch {
      return undefined;
    }
  }

  get lockPath(): string {
    return `${this.path}.lock`;
  }

  /**
   * Claims the guided session of a profile for this process; null while another live session has it. The
   * claim is a lock file with this process's pid, so a session that was killed does not block the next one.
   */
  claimGuideSession(profile: string): (() => void) | null {
    mkdirSync(this.dir, { recursive: true, mode: 0o700 });
    const release = tryLock(path.join(this.dir, `guide-${encodeURIComponent(profile)}.lock`));
    if (!release) return null;
    // Also on process.exit (a signal): the claim is not left behind even for a moment.
    process.once('exit', release);
    return () => {
      process.off('exit', release);
      release();
    };
  }

  /**
   * Read, change and write the file under the lock, so concurrent processes never lose each other's changes;
   * returns what was written. `change` sees the latest file, including other processes' changes.
   */
  async update(change: (data: StoreData) => StoreData): Promise<StoreData> {
    // conf loads only when something is written: reading stays fast.
    const Conf = (await loadConf()) as ConfClass;
    mkdirSync(this.dir, { recursive: true, mode: 0o700 });
    try {
      return withLock(this.lockPath, () => {
        const next = change(this.read(true));
        this.removeLeftoverTempFiles();
        this.write(Conf, next);
        return next;
      });
    } catch (error) {
      if (error instanceof LockTimeoutError) throw new UserError(['storeBusy', { path: this.path }]);
      throw error;
    }
  }

  /** Appends to one profile's history and returns that history as now saved (other writers included). */
  async appendEvents(profile: string, events: readonly HistoryEvent[]): Promise<HistoryEvent[]> {
    if (events.length === 0) return profileEvents(this.read(), profile);
    return profileEvents(await this.update((data) => withEvents(data, profile, events)), profile);
  }

  /** A path next to the store for a kept copy, e.g. config.reset-2026-11-24T12-00-00-000Z.json; never an existing file. */
  private sidePath(label: string, now: Date): string {
    const stamp = now.toISOString().replace(/[:.]/g, '-');
    const base = path.join(this.dir, `${path.basename(this.path, '.json')}.${label}-${stamp}`);
    for (let index = 0; ; index++) {
      const candidate = `${base}${index ? `-${index}` : ''}.json`;
      if (!existsSync(candidate)) return candidate;
    }
  }

  /** Copies the file next to itself and returns the copy's path: a backup before anything is deleted. */
  backup(label: string, now: Date): string {
    const copy = this.sidePath(label, now);
    copyFileSync(this.path, copy, constants.COPYFILE_EXCL);
    chmodSync(copy, 0o600);
    return copy;
  }

  /** Keeps the answers given so far in an interrupted guided session (null clears them). */
  async saveDraft(profile: string, draft: Partial<Answers> | null): Promise<void> {
    await this.update((data) => {
      const { draft: _old, ...rest } = data.profiles[profile] ?? { events: [] };
      return { ...data, profiles: { ...data.profiles, [profile]: draft ? { ...rest, draft } : rest } };
    });
  }

  /** Saves completed answers and drops the draft in one write; returns the profile's history. */
  async saveAnswers(profile: string, answers: Answers, at: string): Promise<HistoryEvent[]> {
    const data = await this.update((current) => {
      const next = withEvents(current, profile, [{ type: 'answers', at, answers }]);
      const { draft: _draft, ...rest } = next.profiles[profile]!;
      return { ...next, profiles: { ...next.profiles, [profile]: rest } };
    });
    return profileEvents(data, profile);
  }

  async setLang(lang: Lang): Promise<void> {
    if (this.readLangPreference() === lang && this.exists()) return;
    await this.update((data) => ({ ...data, lang }));
  }

  /**
   * A write killed half-way (SIGKILL, power loss) leaves its temp file next to the store; the store itself is
   * whole, because the temp file is renamed over it only once complete. Under the lock no write is in
   * progress, so any such file is a leftover.
   */
  private removeLeftoverTempFiles(): void {
    const prefix = `${path.basename(this.path)}.tmp-`;
    for (const name of readdirSync(this.dir)) if (name.startsWith(prefix)) rmSync(path.join(this.dir, name), { force: true });
  }

  private write(Conf: ConfClass, data: StoreData): void {
    try {
      const conf = new Conf({
        cwd: this.dir,
        configName: path.basename(STORE_FILE, '.json'),
        configFileMode: 0o600,
        clearInvalidConfig: false,
      });
      conf.store = data as unknown as Record<string, unknown>;
    } catch (error) {
      throw new UserError(['storeWriteFailed', { path: this.path, detail: error instanceof Error ? error.message : String(error) }]);
    }
  }
}
