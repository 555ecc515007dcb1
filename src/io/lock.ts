import { closeSync, openSync, readFileSync, renameSync, rmSync, statSync, writeSync } from 'node:fs';
import os from 'node:os';

// conf writes atomically but is single-writer: two processes doing read-modify-write at once lose an update.
// Every change to the store therefore happens under this lock. A lock left behind by a process that died
// (SIGKILL, power loss) is recognised by its dead pid, or by an age no real write could reach, and taken over.

/** A write takes milliseconds: a lock older than this is stale even if its pid was reused by another process. */
export const STALE_LOCK_MS = 10_000;
/** How long a process waits for a live holder before giving up. */
export const LOCK_TIMEOUT_MS = 10_000;

export class LockTimeoutError extends Error {
  constructor(readonly file: string) {
    super(`Timed out waiting for ${file}`);
    this.name = 'LockTimeoutError';
  }
}

interface Holder {
  pid: number;
  host: string;
  at: number;
}

function sleep(ms: number): void {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}

export function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function readHolder(file: string): Holder | null {
  try {
    const holder = JSON.parse(readFileSync(file, 'utf8')) as Holder;
    return typeof holder.pid === 'number' && typeof holder.at === 'number' ? holder : null;
  } catch {
    return null; // being written, or garbage: judged by the file's age below
  }
}

/** Whether the lock file is left over: its holder is gone, or it is older than any write could take. */
export function isStale(file: string, now = Date.now(), staleMs = STALE_LOCK_MS): boolean {
  let age: number;
  try {
    age = now - statSync(file).mtimeMs;
  } catch {
    return false; // already gone
  }
  const holder = readHolder(file);
  if (!holder) return age > 1_000; // a lock file nobody finished writing
  if (holder.host === os.hostname() && !isAlive(holder.pid)) return true;
  return age > staleMs;
}

/** Takes the lock file, or throws LockTimeoutError; returns the function that releases it. */
export function acquireLock(file: string, timeoutMs = LOCK_TIMEOUT_MS): () => void {
  const deadline = Date.now() + timeoutMs;
  const holder: Holder = { pid: process.pid, host: os.hostname(), at: Date.now() };
  for (;;) {
    try {
      const fd = openSync(file, 'wx', 0o600);
      writeSync(fd, JSON.stringify(holder));
      closeSync(fd);
      return () => rmSync(file, { force: true });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
    if (isStale(file)) {
      // Two waiters may both see the lock as stale; renaming it away first means only one of them removes it.
      const aside = `${file}.stale-${process.pid}`;
      try {
        renameSync(file, aside);
        rmSync(aside, { force: true });
      } catch {
        // someone else took it over first: try again
      }
      continue;
    }
    if (Date.now() > deadline) throw new LockTimeoutError(file);
    sleep(5 + Math.random() * 20);
  }
}

/** Takes the lock if it is free or stale, without waiting; null while a live process holds it. */
export function tryLock(file: string): (() => void) | null {
  try {
    return acquireLock(file, 0);
  } catch (error) {
    if (error instanceof LockTimeoutError) return null;
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
