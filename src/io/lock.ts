import { linkSync, lstatSync, readdirSync, readFileSync, renameSync, rmSync, unlinkSync } from 'node:fs';
import os from 'node:os';
import { join } from 'node:path';
import { isUserError, UserError } from '../errors.js';
import { errorCode, writeNewFile } from './durable.js';

// conf writes atomically but is single-writer: two processes doing read-modify-write at once lose an update.
// Every change to the store therefore happens under this lock, and a guided session holds one per profile for
// as long as it is open.
//
// - Taking it is atomic: the holder's record is written whole to a file of its own, then hard-linked to the
//   lock's name, which fails if the name exists. The lock file is never empty or half-written, even on a
//   full disk (the record's write fails first, and nothing is linked).
// - A holder is judged by who it is, never by age: a lock is left over only when its process, on this host,
//   is gone (its pid is dead, or now belongs to a process started at another time). A live holder keeps it
//   however long it holds it, and no clock is compared with another (a file system's times do not matter).
// - Taking over a left-over lock is atomic too: one process at a time (it holds `<lock>.takeover`, taken the
//   same way) re-reads the lock and removes it only if it still holds the dead holder's record.
// - Releasing removes the lock only while it holds this process's own record.
// - A lock file that is not simexit's (a symlink, dangling or not; not a regular file; not a record) or that
//   is held from another host is reported, never obeyed forever nor silently removed.

/** How long a process waits for a live holder before giving up. */
export const LOCK_TIMEOUT_MS = 10_000;

export class LockTimeoutError extends Error {
  /** `pid`: the process that held the lock all along, for the message (where /proc is missing, a reused pid looks alive). */
  constructor(
    readonly file: string,
    readonly pid?: number,
  ) {
    super(`Timed out waiting for ${file}`);
    this.name = 'LockTimeoutError';
  }
}

interface Holder {
  pid: number;
  host: string;
  /** When the process started, as the system counts it (Linux); tells a reused pid from the holder. */
  start?: string;
}

function sleep(ms: number): void {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}

export function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return errorCode(error) === 'EPERM';
  }
}

/** A process's start time in clock ticks since boot (/proc/<pid>/stat, field 22), where the system has /proc. */
export function processStart(pid: number): string | undefined {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'latin1');
    return stat.slice(stat.lastIndexOf(')') + 2).split(' ')[19];
  } catch {
    return undefined;
  }
}

let self: Holder | undefined;
const selfHolder = (): Holder => (self ??= { pid: process.pid, host: os.hostname(), ...(processStart(process.pid) ? { start: processStart(process.pid)! } : {}) });

/** Whether a holder's process still runs: 'unknown' for another host, where its pid means nothing here. */
export function holderState(holder: Holder): 'alive' | 'dead' | 'unknown' {
  if (holder.host !== os.hostname()) return 'unknown';
  if (!isAlive(holder.pid)) return 'dead';
  if (holder.start !== undefined) {
    const start = processStart(holder.pid);
    if (start !== undefined && start !== holder.start) return 'dead'; // the pid now belongs to another process
  }
  return 'alive';
}

type Seen = { kind: 'gone' } | { kind: 'held'; text: string; holder: Holder } | { kind: 'foreign'; why: 'link' | 'other' | 'content' };

/** What is at the lock's name now. Old simexit locks ({ pid, host, at }) are read as holders too. */
function inspect(file: string): Seen {
  try {
    const stat = lstatSync(file);
    if (stat.isSymbolicLink()) return { kind: 'foreign', why: 'link' };
    if (!stat.isFile()) return { kind: 'foreign', why: 'other' };
    const text = readFileSync(file, 'utf8');
    const holder = parseHolder(text);
    return holder ? { kind: 'held', text, holder } : { kind: 'foreign', why: 'content' };
  } catch (error) {
    if (errorCode(error) === 'ENOENT') return { kind: 'gone' };
    throw error;
  }
}

function parseHolder(text: string): Holder | null {
  try {
    const value = JSON.parse(text) as Partial<Holder>;
    return Number.isSafeInteger(value.pid) && (value.pid as number) > 0 && typeof value.host === 'string' ? (value as Holder) : null;
  } catch {
    return null;
  }
}

function foreignLock(file: string, why: 'link' | 'other' | 'content'): UserError {
  const key = why === 'link' ? 'lockForeignLink' : why === 'other' ? 'lockForeignOther' : 'lockForeignContent';
  return new UserError([[key, { path: file }], ['lockRemoveHint', { path: file }]]);
}

function otherHost(file: string, holder: Holder): UserError {
  return new UserError([['lockOtherHost', { path: file, host: holder.host, pid: holder.pid }], ['lockRemoveHint', { path: file }]]);
}

/** The staged record's name: `<lock>.new-<pid>-<random>`, swept by sweepStaged when its process is gone. */
const stagedName = (file: string) => `${file}.new-${process.pid}-${Math.random().toString(36).slice(2, 10)}`;

/** Removes staged records that killed processes left in `dir` (the lock's own name is never touched). */
export function sweepStaged(dir: string): void {
  for (const name of readdirSync(dir)) {
    const pid = /\.lock(?:\.takeover)?\.new-(\d+)-/.exec(name)?.[1];
    if (pid && Number(pid) !== process.pid && !isAlive(Number(pid))) rmSync(join(dir, name), { force: true });
  }
}

/** Creates `name` as a hard link to the staged record: true if taken, false if the name exists. */
function link(staged: string, name: string): boolean {
  try {
    linkSync(staged, name);
    return true;
  } catch (error) {
    if (errorCode(error) === 'EEXIST') return false;
    if (!['EPERM', 'ENOTSUP', 'EOPNOTSUPP', 'ENOSYS'].includes(errorCode(error) ?? '')) throw error;
  }
  // A file system without hard links (some USB sticks and network shares): created exclusively instead.
  try {
    writeNewFile(name, readFileSync(staged), 0o600, { sync: false });
    return true;
  } catch (error) {
    if (errorCode(error) === 'EEXIST') return false;
    throw error;
  }
}

/** Removes `file` if it still holds exactly `text`. Safe when only one process at a time can do it. */
function removeIfHolds(file: string, text: string): void {
  let current: string;
  try {
    current = readFileSync(file, 'utf8');
  } catch {
    return;
  }
  if (current === text) unlinkSync(file);
}

/**
 * Removes a lock whose holder is dead, if it still holds `deadText`. One taker at a time: it holds
 * `<lock>.takeover`, so no other taker can remove the lock and let a new holder in between its check and its
 * removal, and holders never remove a lock that is not theirs. A takeover guard left by a killed taker is
 * cleared the same way, after renaming it aside to be sure it is the one judged dead.
 */
function takeOver(file: string, staged: string, stagedText: string, deadText: string): boolean {
  const guard = `${file}.takeover`;
  if (!link(staged, guard)) {
    const seen = inspect(guard);
    if (seen.kind === 'foreign') throw foreignLock(guard, seen.why);
    if (seen.kind === 'held' && holderState(seen.holder) === 'dead') {
      const aside = `${guard}.new-${process.pid}-dead`;
      try {
        renameSync(guard, aside);
      } catch {
        return false;
      }
      // Renamed away something other than the dead guard: put it back (it is another live taker's).
      if (readFileSync(aside, 'utf8') !== seen.text) link(aside, guard);
      rmSync(aside, { force: true });
    }
    return false; // another taker is at work: look again
  }
  try {
    removeIfHolds(file, deadText);
  } finally {
    removeIfHolds(guard, stagedText);
  }
  return true;
}

/** Takes the lock file, or throws LockTimeoutError; returns the function that releases it. */
export function acquireLock(file: string, timeoutMs = LOCK_TIMEOUT_MS): () => void {
  const deadline = Date.now() + timeoutMs;
  const text = JSON.stringify({ ...selfHolder(), token: Math.random().toString(36).slice(2) });
  const staged = stagedName(file);
  writeNewFile(staged, Buffer.from(text), 0o600, { sync: false }); // a lock need not outlive a power cut
  try {
    for (;;) {
      if (link(staged, file)) return () => removeIfHolds(file, text);
      const seen = inspect(file);
      if (seen.kind === 'gone') continue;
      if (seen.kind === 'foreign') throw foreignLock(file, seen.why);
      const state = holderState(seen.holder);
      if (state === 'dead') {
        if (!takeOver(file, staged, text, seen.text)) sleep(1);
        continue;
      }
      if (Date.now() >= deadline) {
        if (state === 'unknown') throw otherHost(file, seen.holder);
        throw new LockTimeoutError(file, seen.holder.pid);
      }
      sleep(5 + Math.random() * 20);
    }
  } finally {
    rmSync(staged, { force: true });
  }
}

/** Takes the lock if it is free or left over, without waiting; null while a live process (or another host) holds it. */
export function tryLock(file: string): (() => void) | null {
  try {
    return acquireLock(file, 0);
  } catch (error) {
    if (error instanceof LockTimeoutError || (isUserError(error) && error.lines[0]?.[0] === 'lockOtherHost')) return null;
    throw error;
  }
}

/** Runs `work` holding the lock. */
export function withLock<T>(file: string, work: () => T): T {
  const release = acquireLock(file);
  try {
    return work();
  } finally {
    release();
  }
}
