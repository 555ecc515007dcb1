import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Io } from '../../src/context.js';
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

/** The store's bytes, or null when there is no file: for "the store is exactly as it was" checks. */
export function snapshot(home: string): string | null {
  const file = storeFile(home);
  return fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : null;
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

/** Writes a store with the given history for the default profile. */
export function seed(home: string, events: HistoryEvent[], extra: Record<string, unknown> = {}): void {
  const data = { schemaVersion: 1, activeProfile: 'default', profiles: { default: { events } }, ...extra };
  fs.writeFileSync(storeFile(home), JSON.stringify(data), { mode: 0o600 });
}

export function readStore(home: string) {
  return JSON.parse(fs.readFileSync(storeFile(home), 'utf8'));
}

export const at = (iso: string) => new Date(iso).toISOString();

export const ANSI = /\u001b\[/;
