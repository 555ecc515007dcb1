import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Io } from '../../src/context.js';
import { parseIndexText, parseProfileText } from '../../src/core/store-format.js';
import type { Answers, HistoryEvent } from '../../src/core/types.js';
import type { Prompts } from '../../src/io/prompts.js';
import { runCli } from '../../src/main.js';

/** One temp dir per test process, removed when the process exits: tests leave nothing behind in /tmp. */
let root: string | undefined;
export function tempRoot(): string {
  if (root === undefined) {
    const made = fs.mkdtempSync(path.join(os.tmpdir(), 'simexit-test-'));
    fs.chmodSync(made, 0o711); // other users may pass through (the unreadable-file test runs one), not list it
    process.on('exit', () => fs.rmSync(made, { recursive: true, force: true }));
    root = made;
  }
  return root;
}

/** A fresh, private SIMEXIT_HOME under this process's temp root. */
export function tempHome(): string {
  return fs.mkdtempSync(path.join(tempRoot(), 'home-'));
}

export function storeFile(home: string): string {
  return path.join(home, 'config.json');
}

/** Every file in the store's directory with its bytes, or null when there is none: for "the store is exactly as it was" checks. */
export function snapshot(home: string): string | null {
  if (!fs.existsSync(home)) return null;
  const entries = fs.readdirSync(home, { recursive: true, encoding: 'utf8' }).sort();
  const shown = entries.flatMap((name) => {
    const stat = fs.lstatSync(path.join(home, name));
    if (stat.isSymbolicLink()) return [`== ${name} -> ${fs.readlinkSync(path.join(home, name))}`];
    return stat.isFile() ? [`== ${name}\n${fs.readFileSync(path.join(home, name), 'utf8')}`] : [];
  });
  return shown.length ? shown.join('\n') : null;
}

export interface RunOptions {
  env?: NodeJS.ProcessEnv;
  tty?: boolean;
  columns?: number;
  now?: Date;
  prompts?: Prompts;
}

export interface RunResult {
  code: number;
  stdout: string;
  stderr: string;
}

export const FIXED_NOW = new Date('2026-11-24T12:00:00Z');

/** Runs one command line in-process against a temporary store, capturing both streams. */
export async function run(home: string, argv: string[], options: RunOptions = {}): Promise<RunResult> {
  let stdout = '';
  let stderr = '';
  const tty = options.tty ?? false;
  const io: Io = {
    stdout: { write: (chunk: string) => (stdout += chunk), isTTY: tty, columns: options.columns ?? 100 },
    stderr: { write: (chunk: string) => (stderr += chunk), isTTY: tty },
    stdinIsTTY: () => tty,
    env: { SIMEXIT_HOME: home, LANG: 'en_US.UTF-8', TZ: 'UTC', ...options.env },
    now: () => options.now ?? FIXED_NOW,
    loadPrompts: async () => {
      if (!options.prompts) throw new Error('this test did not expect a prompt');
      return options.prompts;
    },
  };
  const code = await runCli(argv, io);
  return { code, stdout, stderr };
}

export function answers(overrides: Partial<Answers> = {}): Answers {
  return {
    carrier: 'ultra',
    label: '1234',
    goal: 'leave',
    balance: 'yes',
    autopay: 'yes',
    codeCategories: ['banks', 'messaging-social'],
    codesUnsure: false,
    ...overrides,
  };
}

interface WholeStore {
  activeProfile?: string;
  lang?: string;
  profiles: Record<string, { events: HistoryEvent[]; draft?: Partial<Answers> }>;
}

/**
 * Writes a store in the current format (2), written here on its own rather than by simexit's code: config.json
 * names each profile's file, profiles/p1.json and so on.
 */
export function writeStore(home: string, { profiles, ...rest }: WholeStore): void {
  fs.mkdirSync(path.join(home, 'profiles'), { recursive: true, mode: 0o700 });
  const entries = Object.fromEntries(Object.keys(profiles).map((name, index) => [name, { file: `p${index + 1}` }]));
  for (const [name, profile] of Object.entries(profiles)) {
    fs.writeFileSync(path.join(home, 'profiles', `${entries[name]!.file}.json`), JSON.stringify({ schemaVersion: 2, ...profile }), { mode: 0o600 });
  }
  fs.writeFileSync(storeFile(home), JSON.stringify({ schemaVersion: 2, activeProfile: 'default', ...rest, profiles: entries }), { mode: 0o600 });
}

/** Writes a store in format 1, the first released one: everything in config.json. */
export function writeV1Store(home: string, store: WholeStore): void {
  fs.writeFileSync(storeFile(home), JSON.stringify({ schemaVersion: 1, activeProfile: 'default', ...store }), { mode: 0o600 });
}

/** Writes a store with the given history for the default profile. */
export function seed(home: string, events: HistoryEvent[], extra: Omit<WholeStore, 'profiles'> = {}): void {
  writeStore(home, { ...extra, profiles: { default: { events } } });
}

/** The path of one profile's file, as config.json (format 2) names it. */
export function profilePath(home: string, profile: string): string {
  const index = JSON.parse(fs.readFileSync(storeFile(home), 'utf8'));
  return path.join(home, 'profiles', `${index.profiles[profile].file}.json`);
}

/** Whether config.json and every profile file it names are valid (a missing profile file is an empty history). */
export function storeIsValid(home: string): boolean {
  const index = parseIndexText(fs.readFileSync(storeFile(home), 'utf8'));
  if (!index.ok) return false;
  if (index.layout === 'single') return true;
  return Object.values(index.index.profiles).every(({ file }) => {
    const profile = path.join(home, 'profiles', `${file}.json`);
    return !fs.existsSync(profile) || parseProfileText(fs.readFileSync(profile, 'utf8')).ok;
  });
}

/** The whole store as one value (format 1's shape), read from either format. */
export function readStore(home: string) {
  const index = JSON.parse(fs.readFileSync(storeFile(home), 'utf8'));
  if (index.schemaVersion === 1) return index;
  const profiles = Object.fromEntries(
    Object.entries(index.profiles as Record<string, { file: string }>).map(([name, entry]) => {
      const file = path.join(home, 'profiles', `${entry.file}.json`);
      return [name, fs.existsSync(file) ? JSON.parse(fs.readFileSync(file, 'utf8')) : { events: [] }];
    }),
  );
  return { ...index, profiles };
}

export const at = (iso: string) => new Date(iso).toISOString();

export const ANSI = /\u001b\[/;
