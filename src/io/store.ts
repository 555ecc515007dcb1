import fs from 'node:fs';
import path from 'node:path';
import os from 'node:os';
import {
  emptyStore,
  parseStoreText,
  SCHEMA_VERSION,
  profileEvents,
  withEvents,
  type StoreData,
} from '../core/store-format.js';
import type { HistoryEvent } from '../core/types.js';
import { UserError } from '../errors.js';
import type { Lang } from '../i18n.js';

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

  constructor(dir: string) {
    this.dir = dir;
    this.path = path.join(dir, STORE_FILE);
  }

  exists(): boolean {
    return fs.existsSync(this.path);
  }

  /** The saved data, or an empty store when there is no file yet. Never modifies the file. */
  read(): StoreData {
    let text: string;
    try {
      text = fs.readFileSync(this.path, 'utf8');
    } catch (error) {
      if (describe(error) === 'ENOENT') return emptyStore();
      throw new UserError(['storeUnreadable', { path: this.path, detail: describe(error) }]);
    }
    const parsed = parseStoreText(text);
    if (parsed.ok) return parsed.data;
    if (parsed.reason === 'newer') {
      throw new UserError(['storeNewer', { path: this.path, found: parsed.found, supported: SCHEMA_VERSION }]);
    }
    throw new UserError([parsed.reason === 'not-json' ? 'storeNotJson' : 'storeWrongShape', { path: this.path }]);
  }

  /** The remembered language, if the file can be read; a broken file is reported by the command, not here. */
  readLangPreference(): Lang | undefined {
    try {
      return this.read().lang;
    } catch {
      return undefined;
    }
  }

  /** Read, change and write the file; returns what was written. */
  async update(change: (data: StoreData) => StoreData): Promise<StoreData> {
    const next = change(this.read());
    await this.write(next);
    return next;
  }

  /** Appends to one profile's history and returns that history as now saved (other writers included). */
  async appendEvents(profile: string, events: readonly HistoryEvent[]): Promise<HistoryEvent[]> {
    if (events.length === 0) return profileEvents(this.read(), profile);
    return profileEvents(await this.update((data) => withEvents(data, profile, events)), profile);
  }

  /** Copies the file next to itself and returns the copy's path: a backup before anything is deleted. */
  backup(label: string, now: Date): string {
    const stamp = now.toISOString().replace(/[:.]/g, '-');
    const copy = path.join(this.dir, `${path.basename(this.path, '.json')}.${label}-${stamp}.json`);
    fs.copyFileSync(this.path, copy, fs.constants.COPYFILE_EXCL);
    fs.chmodSync(copy, 0o600);
    return copy;
  }

  async setLang(lang: Lang): Promise<void> {
    if (this.readLangPreference() === lang && this.exists()) return;
    await this.update((data) => ({ ...data, lang }));
  }

  private async write(data: StoreData): Promise<void> {
    try {
      // conf creates missing directories with the default mode; create ours first, private to the user.
      fs.mkdirSync(this.dir, { recursive: true, mode: 0o700 });
      const { default: Conf } = await import('conf');
      const conf = new Conf<Record<string, unknown>>({
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
