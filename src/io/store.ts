import { chmodSync, constants, copyFileSync, existsSync, mkdirSync, readFileSync, readdirSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import os from 'node:os';
import {
  checkIndexJson,
  checkProfileJson,
  emptyIndex,
  langPreference,
  parseIndexText,
  parseJson,
  parseProfileText,
  PROFILE_FILE_ID,
  profileNames,
  SCHEMA_VERSION,
  splitStore,
  versioned,
  withoutProfile,
  type IndexResult,
  type JsonResult,
  type Profile,
  type ProfileFile,
  type ProfileResult,
  type StoreIndex,
} from '../core/store-format.js';
import type { Answers, HistoryEvent } from '../core/types.js';
import { UserError } from '../errors.js';
import type { Lang } from '../i18n.js';
import { loadConf } from '../lazy.js';
import { LockTimeoutError, tryLock, withLock } from './lock.js';

type ConfClass = typeof import('conf').default<Record<string, unknown>>;

export const STORE_FILE = 'config.json';
export const PROFILES_DIR = 'profiles';

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

const own = <T>(record: Record<string, T>, key: string): T | undefined => (Object.hasOwn(record, key) ? record[key] : undefined);

/** A path next to `file` for a kept copy, e.g. config.reset-2026-11-24T12-00-00-000Z.json; never an existing file. */
function sidePath(file: string, label: string, now: Date): string {
  const stamp = now.toISOString().replace(/[:.]/g, '-');
  const base = path.join(path.dirname(file), `${path.basename(file, '.json')}.${label}-${stamp}`);
  for (let index = 0; ; index++) {
    const candidate = `${base}${index ? `-${index}` : ''}.json`;
    if (!existsSync(candidate)) return candidate;
  }
}

/**
 * One JSON file of the store, read and checked with caches: a command reads config.json more than once (its
 * language, then its data), and an unchanged file (same inode, size and times) is neither read nor parsed again,
 * nor checked again once a read needed the check.
 */
class StoreFile<Checked> {
  private lastRead: { stamp: string; text: string } | undefined;
  private lastParse: { text: string; json: JsonResult; checked?: Checked } | undefined;

  constructor(
    readonly path: string,
    private readonly check: (json: JsonResult) => Checked,
  ) {}

  private cached(text: string): { json: JsonResult; checked?: Checked } {
    if (this.lastParse?.text !== text) this.lastParse = { text, json: parseJson(text) };
    return this.lastParse;
  }

  json(text: string): JsonResult {
    return this.cached(text).json;
  }

  checked(text: string): Checked {
    const entry = this.cached(text);
    return (entry.checked ??= this.check(entry.json));
  }

  /**
   * The file's text, or null when there is none; a directory or an unreadable file is reported, untouched.
   * `fresh` reads it even if unchanged: under the lock, where a write must build on exactly what is on disk.
   */
  readText(fresh = false): string | null {
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
}

/** config.json as read: a format-2 index, or a whole format-1 store (split by the next write). */
type Layout = Extract<IndexResult, { ok: true }>;

/** What commands need from config.json: the profiles and which one is active, without any history. */
export interface StoreOverview {
  lang?: Lang;
  activeProfile: string;
  names: string[];
}

/**
 * The only owner of the progress files: config.json (the index) and profiles/<file>.json (one profile's
 * history each). Reads go straight to the files (no conf, no ajv: `list` stays fast) and read only the profile
 * a command works on; writes go through conf, which writes each file atomically (temp file + rename) with mode
 * 0600, all of them under one lock.
 */
export class Store {
  readonly dir: string;
  /** config.json: what `simexit where` prints. */
  readonly path: string;
  readonly profilesDir: string;
  private readonly index: StoreFile<IndexResult>;
  private readonly profileFiles = new Map<string, StoreFile<ProfileResult>>();

  constructor(dir: string) {
    this.dir = dir;
    this.path = path.join(dir, STORE_FILE);
    this.profilesDir = path.join(dir, PROFILES_DIR);
    this.index = new StoreFile(this.path, checkIndexJson);
  }

  private profileFile(id: string): StoreFile<ProfileResult> {
    let file = this.profileFiles.get(id);
    if (!file) this.profileFiles.set(id, (file = new StoreFile(path.join(this.profilesDir, `${id}.json`), checkProfileJson)));
    return file;
  }

  exists(): boolean {
    return existsSync(this.path);
  }

  get lockPath(): string {
    return `${this.path}.lock`;
  }

  /**
   * config.json, checked; an empty index when there is none. A file that cannot be used is never silently
   * discarded: a newer format is left untouched; a damaged one is moved aside (kept, with a timestamp) so the
   * next command can start afresh, and the user is told where it went. `locked`: the caller holds the lock.
   */
  private readLayout(fresh = false, locked = false): Layout {
    const text = this.index.readText(fresh);
    if (text === null) return { ok: true, layout: 'split', index: emptyIndex() };
    const checked = this.index.checked(text);
    if (checked.ok) return checked;
    if (checked.reason === 'newer') throw new UserError(['storeNewer', { path: this.path, found: checked.found, supported: SCHEMA_VERSION }]);
    return this.setAsideDamaged(this.index, text, (repaired) => parseIndexText(repaired).ok, locked);
  }

  /** One profile file, checked; null when there is none. Damaged or newer files are handled as config.json is. */
  private readProfileFile(id: string, fresh = false, locked = false): ProfileFile | null {
    const file = this.profileFile(id);
    const text = file.readText(fresh);
    if (text === null) return null;
    const checked = file.checked(text);
    if (checked.ok) return checked.profile;
    if (checked.reason === 'newer') throw new UserError(['storeNewer', { path: file.path, found: checked.found, supported: SCHEMA_VERSION }]);
    return this.setAsideDamaged(file, text, (repaired) => parseProfileText(repaired).ok, locked);
  }

  /** Under the lock, and only if the file still holds the same damaged text (another process may have fixed it). */
  private setAsideDamaged(file: StoreFile<unknown>, text: string, usable: (text: string) => boolean, locked: boolean): never {
    const withoutBom = text.startsWith('\uFEFF') ? text.slice(1) : null;
    const bomOnly = withoutBom !== null && usable(withoutBom);
    const backup = sidePath(file.path, bomOnly ? 'bom' : 'damaged', new Date());
    const work = () => {
      if (file.readText(true) !== text) return;
      renameSync(file.path, backup);
      if (bomOnly) writeFileAtomically(file.path, withoutBom);
    };
    if (locked) work();
    else withLock(this.lockPath, work);
    if (bomOnly) throw new UserError(['storeBomRemoved', { path: file.path, backup }]);
    const key = text.trim() === '' ? 'storeDamagedEmpty' : file.json(text).ok ? 'storeDamagedShape' : 'storeDamagedJson';
    throw new UserError([key, { path: file.path, backup }]);
  }

  /** The profiles, the active one and the language, from config.json alone. */
  readOverview(): StoreOverview {
    const layout = this.readLayout();
    const head = layout.layout === 'split' ? layout.index : layout.data;
    return { activeProfile: head.activeProfile, names: profileNames(head), ...(head.lang ? { lang: head.lang } : {}) };
  }

  /** One profile's history and draft: only its own file is read. A profile without a file has no history yet. */
  readProfile(name: string): Profile {
    const layout = this.readLayout();
    if (layout.layout === 'single') return own(layout.data.profiles, name) ?? { events: [] };
    const entry = own(layout.index.profiles, name);
    return (entry && this.readProfileFile(entry.file)) ?? { events: [] };
  }

  /** A profile's history if the files are there and readable, else null: no messages, no repairs (shell completion). */
  peekEvents(profile: string | undefined): HistoryEvent[] | null {
    try {
      const text = this.index.readText();
      if (text === null) return null;
      const layout = this.index.checked(text.replace(/^\uFEFF/, ''));
      if (!layout.ok) return null;
      const head = layout.layout === 'split' ? layout.index : layout.data;
      const name = profile ?? head.activeProfile;
      if (layout.layout === 'single') return own(layout.data.profiles, name)?.events ?? [];
      const entry = own(layout.index.profiles, name);
      const profileText = entry ? this.profileFile(entry.file).readText() : null;
      if (profileText === null) return [];
      const checked = this.profileFile(entry!.file).checked(profileText.replace(/^\uFEFF/, ''));
      return checked.ok ? checked.profile.events : null;
    } catch {
      return null;
    }
  }

  /** The remembered language, if config.json can be read. Without side effects: a damaged file is the command's to report. */
  readLangPreference(): Lang | undefined {
    try {
      const text = this.index.readText();
      if (text === null) return undefined;
      const json = this.index.json(text.replace(/^\uFEFF/, ''));
      return json.ok ? langPreference(json.value) : undefined;
    } catch {
      return undefined;
    }
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
   * Runs `work` under the lock, so concurrent processes never lose each other's changes. `work` gets conf
   * (loaded only when something is written: reading stays fast) and the index as on disk now, in format 2.
   */
  private async write<T>(work: (Conf: ConfClass, index: StoreIndex) => T): Promise<T> {
    const Conf = (await loadConf()) as ConfClass;
    mkdirSync(this.dir, { recursive: true, mode: 0o700 });
    try {
      return withLock(this.lockPath, () => {
        this.removeLeftoverTempFiles();
        return work(Conf, this.currentIndex(Conf));
      });
    } catch (error) {
      if (error instanceof LockTimeoutError) throw new UserError(['storeBusy', { path: this.path }]);
      throw error;
    }
  }

  /**
   * Under the lock: config.json as a format-2 index. A format-1 store is split first: every profile's file is
   * written, then the index replaces the old file. Until that last rename config.json is the whole old store,
   * so a crash part-way loses nothing (it leaves files no index names, which nothing reads).
   */
  private currentIndex(Conf: ConfClass): StoreIndex {
    const layout = this.readLayout(true, true);
    if (layout.layout === 'split') return layout.index;
    const taken = new Set<string>();
    const { index, files } = splitStore(layout.data, () => this.newFileId(taken));
    for (const { file, profile } of files) this.writeJson(Conf, this.profileFile(file).path, profile);
    this.writeJson(Conf, this.path, index);
    return index;
  }

  /** A name for a new profile file: not in `taken` (the index's), and no such file on disk. */
  private newFileId(taken: Set<string>): string {
    for (;;) {
      const id = Math.random().toString(36).slice(2, 10);
      if (PROFILE_FILE_ID.test(id) && !taken.has(id) && !existsSync(this.profileFile(id).path)) {
        taken.add(id);
        return id;
      }
    }
  }

  private takenIds(index: StoreIndex): Set<string> {
    return new Set(Object.values(index.profiles).map((entry) => entry.file));
  }

  /**
   * Reads, changes and writes one profile's file under the lock; returns what was written. `change` sees the
   * latest file, including other processes' changes. A profile not yet in the index gets its file first, then
   * its entry: a crash between leaves a file nothing names, never an entry naming nothing.
   */
  private async updateProfile(name: string, change: (profile: Profile) => Profile): Promise<Profile> {
    return this.write((Conf, index) => {
      const entry = own(index.profiles, name);
      const next = change((entry && this.readProfileFile(entry.file, true, true)) ?? { events: [] });
      const file = entry?.file ?? this.newFileId(this.takenIds(index));
      this.writeJson(Conf, this.profileFile(file).path, versioned(next));
      if (!entry) this.writeJson(Conf, this.path, { ...index, profiles: { ...index.profiles, [name]: { file } } });
      return next;
    });
  }

  private async updateIndex(change: (index: StoreIndex) => StoreIndex): Promise<void> {
    await this.write((Conf, index) => this.writeJson(Conf, this.path, change(index)));
  }

  /** Appends to one profile's history and returns that history as now saved (other writers included). */
  async appendEvents(profile: string, events: readonly HistoryEvent[]): Promise<HistoryEvent[]> {
    if (events.length === 0) return this.readProfile(profile).events;
    return (await this.updateProfile(profile, (current) => ({ ...current, events: [...current.events, ...events] }))).events;
  }

  /** Keeps the answers given so far in an interrupted guided session (null clears them). */
  async saveDraft(profile: string, draft: Partial<Answers> | null): Promise<void> {
    await this.updateProfile(profile, ({ draft: _old, ...rest }) => (draft ? { ...rest, draft } : rest));
  }

  /** Saves completed answers and drops the draft in one write; returns the profile's history. */
  async saveAnswers(profile: string, answers: Answers, at: string): Promise<HistoryEvent[]> {
    const saved = await this.updateProfile(profile, ({ draft: _draft, ...rest }) => ({ ...rest, events: [...rest.events, { type: 'answers', at, answers }] }));
    return saved.events;
  }

  async setLang(lang: Lang): Promise<void> {
    if (this.readLangPreference() === lang && this.exists()) return;
    await this.updateIndex((index) => ({ ...index, lang }));
  }

  /** Adds an empty profile and makes it the active one; refused if the name is taken (checked under the lock). */
  async addProfile(name: string): Promise<void> {
    await this.updateIndex((index) => {
      if (profileNames(index).includes(name)) throw new UserError(['profileExists', { name }]);
      return { ...index, activeProfile: name, profiles: { ...index.profiles, [name]: { file: this.newFileId(this.takenIds(index)) } } };
    });
  }

  async useProfile(name: string): Promise<void> {
    await this.updateIndex((index) => ({ ...index, activeProfile: name }));
  }

  /**
   * Empties one profile's history, keeping a copy of its file next to it; returns the copy's path, or null when
   * the profile had no file.
   */
  async resetProfile(name: string, now: Date): Promise<string | null> {
    return this.write((Conf, index) => {
      const entry = own(index.profiles, name);
      const current = entry && this.readProfileFile(entry.file, true, true);
      if (!entry || !current) return null;
      const file = this.profileFile(entry.file).path;
      const backup = sidePath(file, 'reset', now);
      copyFileSync(file, backup, constants.COPYFILE_EXCL);
      chmodSync(backup, 0o600);
      this.writeJson(Conf, file, { ...current, events: [] });
      return backup;
    });
  }

  /**
   * Removes a profile from the index, then moves its file aside as the backup (a crash between leaves the file
   * where it was); returns the backup's path, or null when the profile had no file.
   */
  async removeProfile(name: string, now: Date): Promise<string | null> {
    return this.write((Conf, index) => {
      this.writeJson(Conf, this.path, withoutProfile(index, name));
      const entry = own(index.profiles, name);
      const file = entry && this.profileFile(entry.file).path;
      if (!file || !existsSync(file)) return null;
      const backup = sidePath(file, 'remove', now);
      renameSync(file, backup);
      return backup;
    });
  }

  /**
   * A write killed half-way (SIGKILL, power loss) leaves its temp file next to its target; the target itself
   * is whole, because the temp file is renamed over it only once complete. Under the lock no write is in
   * progress, so any such file is a leftover.
   */
  private removeLeftoverTempFiles(): void {
    const prefix = `${STORE_FILE}.tmp-`;
    for (const name of readdirSync(this.dir)) if (name.startsWith(prefix)) rmSync(path.join(this.dir, name), { force: true });
    if (!existsSync(this.profilesDir)) return;
    for (const name of readdirSync(this.profilesDir)) if (name.includes('.json.tmp-')) rmSync(path.join(this.profilesDir, name), { force: true });
  }

  /** Writes one file through conf: atomically, mode 0600; its directory is created 0700. */
  private writeJson(Conf: ConfClass, file: string, data: object): void {
    try {
      mkdirSync(path.dirname(file), { recursive: true, mode: 0o700 });
      const conf = new Conf({
        cwd: path.dirname(file),
        configName: path.basename(file, '.json'),
        configFileMode: 0o600,
        clearInvalidConfig: false,
      });
      conf.store = data as Record<string, unknown>;
    } catch (error) {
      throw new UserError(['storeWriteFailed', { path: file, detail: error instanceof Error ? error.message : String(error) }]);
    }
  }
}
