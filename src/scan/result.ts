import type { Directory, DirectoryEntry } from './directory.js';

// What a scan found, as data: per service, the codes received (count, first and last date) and the vault
// logins; then ranked by evidence. Only service ids, counts and dates are here: never text, names or numbers.

export type Evidence = 'codes' | 'vault-texts' | 'vault';

export interface FoundService {
  entry: DirectoryEntry;
  evidence: Evidence;
  /** Verification and security messages received from it. */
  codes: number;
  /** Epoch milliseconds of the first and last of them (absent when the messages carried no date). */
  first?: number;
  last?: number;
  /** Logins for it in the vault exports. */
  logins: number;
}

/** One file or folder read, by format, with how much was in it. */
export interface ScannedSource {
  path: string;
  format: SourceFormat;
  /** Received messages read (messages formats) or logins read (vault formats). */
  items: number;
}

export type SourceFormat =
  | 'android-sms'
  | 'google-voice'
  | 'iphone-backup'
  | 'bitwarden-json'
  | 'bitwarden-csv'
  | '1password-csv'
  | '1password-1pux'
  | 'chromium-csv'
  | 'firefox-csv'
  | 'apple-csv'
  | 'keepass-csv'
  | 'keepassxc-csv'
  | 'keepass-xml';

export const MESSAGE_FORMATS: ReadonlySet<SourceFormat> = new Set(['android-sms', 'google-voice', 'iphone-backup']);

/** Collects evidence while readers stream; knows nothing about files. */
export class Tally {
  private readonly byId = new Map<string, FoundService>();
  /** Verification messages whose sender simexit could not name. */
  unattributed = 0;

  private of(entry: DirectoryEntry): FoundService {
    let found = this.byId.get(entry.id);
    if (!found) {
      found = { entry, evidence: 'vault', codes: 0, logins: 0 };
      this.byId.set(entry.id, found);
    }
    return found;
  }

  code(entry: DirectoryEntry, at: number | undefined): void {
    const found = this.of(entry);
    found.codes++;
    if (at !== undefined && Number.isFinite(at) && at > 0) {
      if (found.first === undefined || at < found.first) found.first = at;
      if (found.last === undefined || at > found.last) found.last = at;
    }
  }

  login(entry: DirectoryEntry): void {
    this.of(entry).logins++;
  }

  /** Codes received first, then vault logins of services that text or call, then the rest; most evidence first. */
  ranked(): FoundService[] {
    const rank: Record<Evidence, number> = { codes: 0, 'vault-texts': 1, vault: 2 };
    return [...this.byId.values()]
      .map((found) => ({ ...found, evidence: (found.codes > 0 ? 'codes' : found.entry.textsOrCalls ? 'vault-texts' : 'vault') as Evidence }))
      .sort((a, b) => rank[a.evidence] - rank[b.evidence] || b.codes - a.codes || (b.last ?? 0) - (a.last ?? 0) || b.logins - a.logins || a.entry.name.en.localeCompare(b.entry.name.en));
  }
}

/** The found services the user named (ids as `--json` prints them), or the names that match nothing found. */
export function pickNamed(found: readonly FoundService[], names: readonly string[], directory: Directory): { picked: FoundService[]; unknown: string[] } {
  const picked: FoundService[] = [];
  const unknown: string[] = [];
  for (const name of names) {
    const wanted = name.trim().toLowerCase();
    const hit = found.find((each) => each.entry.id === wanted) ?? found.find((each) => each.entry === directory.byName(name));
    if (hit) {
      if (!picked.includes(hit)) picked.push(hit);
    } else unknown.push(name);
  }
  return { picked, unknown };
}
