import { chmodSync, existsSync, mkdirSync, readdirSync, rmSync, statSync } from 'node:fs';
import { basename, dirname, isAbsolute, join, posix, resolve, win32 } from 'node:path';
import os from 'node:os';
import {
  checkIndexJson,
  checkProfileJson,
  emptyIndex,
  langPreference,
  PROFILE_FILE_ID,
  profileNames,
  splitStore,
  versioned,
  withoutProfile,
  type IndexResult,
  type Profile,
  type ProfileFile,
  type ProfileResult,
  type StoreIndex,
} from '../core/store-format.js';
import type { Answers, HistoryEvent } from '../core/types.js';
import { isIoFailure, isUserError, storeWriteError, UserError, type MessageLine } from '../errors.js';
import type { Lang } from '../i18n.js';
import { loadConf } from '../lazy.js';
import { LockTimeoutError, sweepStaged, tryLock, withLock } from './lock.js';
import { keepCopy, syncDirectory, writeFileAtomic } from './durable.js';
import { StoreFile } from './store-file.js';

type ConfClass = ReturnType<Awaited<ReturnType<typeof loadConf>>>;

/** How conf writes each file of the store: completely, flushed, renamed into place, mode 0600 (src/io/durable.ts). */
const writeStoreFile = (file: string, text: string) => writeFileAtomic(file, text, { mode: 0o600 });

export const STORE_FILE = 'config.json';
const PROFILES_DIR = 'profiles';

/**
 * `SIMEXIT_HOME` if set (tests, portable installs), else the OS config directory as conf would choose it
 * (env-paths' rules) but without conf's `-nodejs` suffix. Computed from the given environment, not
 * process.env, so it can be tested.
 */
export function storeDir(env: NodeJS.ProcessEnv, platform: NodeJS.Platform = process.platform, home = os.homedir()): string {
  if (env.SIMEXIT_HOME) return resolve(env.SIMEXIT_HOME);
  // A relative or empty directory would give every working directory a store of its own: an empty HOME falls
  // back to the account's home directory, and a relative XDG_CONFIG_HOME or APPDATA is ignored (as the XDG
  // specification says).
  const absolute = (dir: string | undefined) => (dir && (platform === 'win32' ? win32 : posix).isAbsolute(dir) ? dir : undefined);
  const base = absolute(home) ?? accountHome();
  if (platform === 'darwin') return join(base, 'Library', 'Preferences', 'simexit');
  if (platform === 'win32') return join(absolute(env.APPDATA) ?? join(base, 'AppData', 'Roaming'), 'simexit', 'Config');
  return join(absolute(env.XDG_CONFIG_HOME) ?? join(base, '.config'), 'simexit');
}

/** The account's home directory from the system's user database, when HOME is empty or relative. */
function accountHome(): string {
  let home = '';
  try {
    home = os.userInfo().homedir;
  } catch {
    // no entry for this user
  }
  if (!isAbsolute(home)) throw new UserError(['noHomeDir']);
  return home;
}

/** A short, stable name for a profile name in a file name (FNV-1a, 32 bits): any name gives a valid file name. */
export function nameHash(name: string): string {
  let hash = 0x811c9dc5;
  for (const byte of Buffer.from(name, 'utf8')) hash = Math.imul(hash ^ byte, 0x01000193) >>> 0;
  return hash.toString(16).padStart(8, '0');
}

const own = <T>(record: Record<string, T>, key: string): T | undefined => (Object.hasOwn(record, key) ? record[key] : undefined);

/** config.json as read: a format-2 index, or a whole format-1 store (split by the next write). */
type Layout = Extract<IndexResult, { ok: true }>;
type ProfileRead = Extract<ProfileResult, { ok: true }>;

/** What both formats keep in config.json itself: the language, the active profile and the profiles' names. */
const headOf = (layout: Layout) => (layout.layout === 'split' ? layout.index : layout.data);

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
  private readonly profilesDir: string;
  private readonly index: StoreFile<Layout>;
  private readonly profileFiles = new Map<string, StoreFile<ProfileRead>>();

  constructor(dir: string) {
    this.dir = dir;
    this.path = join(dir, STORE_FILE);
    this.profilesDir = join(dir, PROFILES_DIR);
    this.index = new StoreFile(this.path, checkIndexJson, this.lockPath);
  }

  private profileFile(id: string): StoreFile<ProfileRead> {
    let file = this.profileFiles.get(id);
    if (!file) this.profileFiles.set(id, (file = new StoreFile(join(this.profilesDir, `${id}.json`), checkProfileJson, this.lockPath)));
    return file;
  }

  exists(): boolean {
    return existsSync(this.path);
  }

  get lockPath(): string {
    return `${this.path}.lock`;
  }

  /** config.json, checked (see StoreFile.read); an empty index when there is none. `locked`: the caller holds the lock. */
  private readLayout(fresh = false, locked = false): Layout {
    return this.index.read(fresh, locked) ?? { ok: true, layout: 'split', index: emptyIndex() };
  }

  /** One profile file, checked as config.json is; null when there is none. */
  private readProfileFile(id: string, fresh = false, locked = false): ProfileFile | null {
    return this.profileFile(id).read(fresh, locked)?.profile ?? null;
  }

  /** The profiles, the active one and the language, from config.json alone. */
  readOverview(): StoreOverview {
    const head = headOf(this.readLayout());
    return { activeProfile: head.activeProfile, names: profileNames(head), ...(head.lang ? { lang: head.lang } : {}) };
  }

  /** One profile's history and draft: only its own file is read. A profile without a file has no history yet. */
  readProfile(name: string): Profile {
    const layout = this.readLayout();
    if (layout.layout === 'single') return own(layout.data.profiles, name) ?? { events: [] };
    const entry = own(layout.index.profiles, name);
    return (entry && this.readProfileFile(entry.file)) ?? { events: [] };
  }

  /**
   * The random name of a profile's own file: it stays with the profile for its life (reset keeps it) and no
   * other store has it, so the calendar builds its UIDs from it. Null before a format-1 store's first write.
   */
  profileFileId(name: string): string | null {
    const layout = this.readLayout();
    return layout.layout === 'split' ? (own(layout.index.profiles, name)?.file ?? null) : null;
  }

  /**
   * A profile's history for shell completion, without messages or repairs: null when config.json is missing or
   * unusable; a profile whose own file is missing or unusable completes as the general plan.
   */
  peekEvents(profile: string | undefined): HistoryEvent[] | null {
    const layout = this.index.peek();
    if (!layout) return null;
    const name = profile ?? headOf(layout).activeProfile;
    if (layout.layout === 'single') return own(layout.data.profiles, name)?.events ?? [];
    const entry = own(layout.index.profiles, name);
    return (entry && this.profileFile(entry.file).peek()?.profile.events) ?? [];
  }

  /** The profiles' names, for completion: like peekEvents, without side effects; ['default'] when nothing can be read. */
  peekProfileNames(): string[] {
    const layout = this.index.peek();
    return profileNames(layout ? headOf(layout) : emptyIndex());
  }

  /** The remembered language, if config.json can be read. Without side effects: a damaged file is the command's to report. */
  readLangPreference(): Lang | undefined {
    const json = this.index.peekJson();
    return json?.ok ? langPreference(json.value) : undefined;
  }

  /**
   * Claims the guided session of a profile for this process; null while another live session has it. The
   * claim is a lock file with this process's pid, so a session that was killed does not block the next one.
   */
  claimGuideSession(profile: string): (() => void) | null {
    // A store that cannot be written (read-only, full) is said so here, before the first question.
    const release = this.guard(this.path, () => {
      this.makeDir();
      return tryLock(this.guideClaimPath(profile));
    });
    if (!release) return null;
    // Also on process.exit (a signal): the claim is not left behind even for a moment.
    process.once('exit', release);
    return () => {
      process.off('exit', release);
      release();
    };
  }

  private guideClaimPath(profile: string): string {
    return join(this.dir, `guide-${nameHash(profile)}.lock`);
  }

  /**
   * Runs `work` under the lock, so concurrent processes never lose each other's changes. `work` gets conf
   * (loaded only when something is written: reading stays fast) and the index as on disk now, in format 2.
   */
  private async write<T>(work: (Conf: ConfClass, index: StoreIndex) => T): Promise<T> {
    const Conf = (await loadConf())(writeStoreFile);
    try {
      this.makeDir();
      return withLock(this.lockPath, () => {
        this.removeLeftoverTempFiles();
        return work(Conf, this.currentIndex(Conf));
      });
    } catch (error) {
      if (error instanceof LockTimeoutError) {
        throw new UserError([['storeBusy', { path: this.path }], ...(error.pid ? [['lockHeldBy', { pid: error.pid, path: error.file }] as MessageLine] : [])]);
      }
      if (!isUserError(error) && isIoFailure(error)) throw storeWriteError(this.path, error);
      throw error;
    }
  }

  /**
   * Creates the store's directory with mode 0700. One that already exists open to others (0777, made by hand
   * or by an old tool) is closed to 0700 when this user owns it: the files in it are private.
   */
  private makeDir(): void {
    mkdirSync(this.dir, { recursive: true, mode: 0o700 });
    const stat = statSync(this.dir);
    if ((stat.mode & 0o077) !== 0 && stat.uid === process.getuid?.()) chmodSync(this.dir, 0o700);
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
      // Checked again under the lock: a profile removed meanwhile stays removed (it is not brought back).
      if (!profileNames(index).includes(name)) throw new UserError(['profileGone', { name }]);
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
    await this.updateIndex((index) => {
      if (!profileNames(index).includes(name)) throw new UserError(['profileGone', { name }]);
      return { ...index, activeProfile: name };
    });
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
      const file = this.profileFile(entry.file);
      const backup = file.sidePath('reset', now);
      this.guard(backup, () => keepCopy(file.path, backup));
      try {
        this.writeJson(Conf, file.path, { ...current, events: [] });
      } catch (error) {
        rmSync(backup, { force: true }); // the reset did not happen: its backup, a second name of the same file, goes
        throw error;
      }
      return backup;
    });
  }

  /**
   * Removes a profile: refused while a guided session has it open. Its file is first kept under the backup's
   * name (a hard link), then the index is written without it, then the file's own name goes; a crash at any
   * point leaves either the profile whole or the backup the README names. Returns the backup's path, or null
   * when the profile had no file.
   */
  async removeProfile(name: string, now: Date): Promise<string | null> {
    return this.write((Conf, index) => {
      const names = profileNames(index);
      if (!names.includes(name)) throw new UserError(['unknownProfile', { name, names: names.join(', ') }]);
      const releaseClaim = tryLock(this.guideClaimPath(name));
      if (!releaseClaim) throw new UserError(['guideRunning', { profile: name }]);
      try {
        const entry = own(index.profiles, name);
        const file = entry && this.profileFile(entry.file);
        const backup = file && existsSync(file.path) ? file.sidePath('remove', now) : null;
        if (file && backup) this.guard(backup, () => keepCopy(file.path, backup));
        try {
          this.writeJson(Conf, this.path, withoutProfile(index, name));
        } catch (error) {
          if (backup) rmSync(backup, { force: true }); // not removed: the backup, a second name of the same file, goes
          throw error;
        }
        if (file && backup) {
          this.guard(file.path, () => {
            rmSync(file.path, { force: true });
            syncDirectory(this.profilesDir);
          });
        }
        return backup;
      } finally {
        releaseClaim();
      }
    });
  }

  /**
   * A write killed half-way (SIGKILL, power loss) leaves its temp file next to its target; the target itself
   * is whole, because the temp file is renamed over it only once complete. Under the lock no write is in
   * progress, so any such file is a leftover.
   */
  private removeLeftoverTempFiles(): void {
    sweepStaged(this.dir);
    const prefix = `${STORE_FILE}.tmp-`;
    for (const name of readdirSync(this.dir)) if (name.startsWith(prefix)) rmSync(join(this.dir, name), { force: true });
    if (!existsSync(this.profilesDir)) return;
    for (const name of readdirSync(this.profilesDir)) if (name.includes('.json.tmp-')) rmSync(join(this.profilesDir, name), { force: true });
  }

  /** Runs a file operation of the store; a failure of the disk becomes a message naming `file`, not a bug. */
  private guard<T>(file: string, work: () => T): T {
    try {
      return work();
    } catch (error) {
      if (isIoFailure(error)) throw storeWriteError(file, error);
      throw error;
    }
  }

  /** Writes one file through conf: completely and atomically, mode 0600; its directory is created 0700. */
  private writeJson(Conf: ConfClass, file: string, data: object): void {
    this.guard(file, () => {
      mkdirSync(dirname(file), { recursive: true, mode: 0o700 });
      const conf = new Conf({
        cwd: dirname(file),
        configName: basename(file, '.json'),
        configFileMode: 0o600,
        clearInvalidConfig: false,
      });
      conf.store = data as Record<string, unknown>;
    });
  }
}
