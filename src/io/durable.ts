import { closeSync, constants, fchmodSync, fsyncSync, linkSync, openSync, readFileSync, renameSync, rmSync, writeSync } from 'node:fs';
import { dirname } from 'node:path';

// Every file simexit writes (the store's index and profile files, backups, exports) goes through here: a new
// file created exclusively next to its target, every byte written and checked, flushed to the disk, renamed
// over the target, and the directory flushed so the rename itself survives a power cut. Until the rename the
// old file is untouched, so a full disk, a quota, an I/O error or a kill leaves it exactly as it was.
// (conf's own writer, the `atomically` package, writes once without checking how much was written; see
// src/lazy/conf.ts for how conf is made to call this instead.)

/** The file-system calls a write makes, replaceable in tests to inject a full disk or an I/O error at any step. */
export interface WriteOps {
  openSync: typeof openSync;
  writeSync: (fd: number, buffer: Uint8Array, offset: number, length: number) => number;
  fsyncSync: typeof fsyncSync;
  closeSync: typeof closeSync;
  renameSync: typeof renameSync;
}

const REAL: WriteOps = {
  openSync: openSync,
  writeSync: (fd, buffer, offset, length) => writeSync(fd, buffer, offset, length),
  fsyncSync: fsyncSync,
  closeSync: closeSync,
  renameSync: renameSync,
};

let ops: WriteOps = REAL;

/** For tests: replace some of the calls (null restores the real ones). */
export function setWriteOpsForTest(replacement: Partial<WriteOps> | null): void {
  ops = replacement ? { ...REAL, ...replacement } : REAL;
}

/**
 * How a rename is retried: Windows refuses to replace or move a file that another program (an antivirus, the
 * search indexer, a backup or sync client) has open for a moment, with EPERM, EACCES or EBUSY; the same rename
 * a little later succeeds. On other systems these errors are permanent (permissions), so there is nothing to wait for.
 */
export interface RenameRetry {
  codes: ReadonlySet<string>;
  /** The waits between attempts, in ms: short and bounded (here about 0.7 s in all), then the error is reported. */
  delaysMs: readonly number[];
}

const WINDOWS_RENAME_RETRY: RenameRetry = { codes: new Set(['EPERM', 'EACCES', 'EBUSY']), delaysMs: [10, 20, 40, 80, 160, 200, 200] };
const NO_RENAME_RETRY: RenameRetry = { codes: new Set(), delaysMs: [] };
let renameRetry = process.platform === 'win32' ? WINDOWS_RENAME_RETRY : NO_RENAME_RETRY;

/** For tests: retry renames as on Windows (`'win32'`), or as on this system (null). */
export function setRenameRetryForTest(platform: 'win32' | null): void {
  renameRetry = platform === 'win32' || process.platform === 'win32' ? WINDOWS_RENAME_RETRY : NO_RENAME_RETRY;
}

/** Waits synchronously (the writes here are synchronous, and a wait this short is not worth an event loop turn). */
const pause = (ms: number) => Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);

/** Renames `from` to `to`, retrying the transient refusals of `renameRetry`; the last error is rethrown. */
export function renameDurably(from: string, to: string): void {
  for (let attempt = 0; ; attempt++) {
    try {
      ops.renameSync(from, to);
      return;
    } catch (error) {
      const delay = renameRetry.delaysMs[attempt];
      if (delay === undefined || !renameRetry.codes.has(errorCode(error) ?? '')) throw error;
      pause(delay);
    }
  }
}

/** Error codes that mean "the disk would not take it", not a bug: reported to the user, the old file kept. */
export const STORAGE_ERRORS = new Set(['ENOSPC', 'EDQUOT', 'EIO', 'EROFS', 'EFBIG', 'EACCES', 'EPERM', 'ENAMETOOLONG', 'ENOTDIR', 'ELOOP', 'EEXIST', 'EISDIR', 'EMFILE', 'ENFILE', 'EBUSY', 'ETXTBSY', 'EXDEV', 'ENOENT']);

export function errorCode(error: unknown): string | undefined {
  const code = error instanceof Error ? (error as NodeJS.ErrnoException).code : undefined;
  return typeof code === 'string' ? code : undefined;
}

const { O_WRONLY, O_CREAT, O_EXCL } = constants;
/** Never follow a symlink planted at the temp name (0 where the platform has no such flag). */
const O_NOFOLLOW = constants.O_NOFOLLOW ?? 0;

/** A write that returns 0 bytes made no progress: the disk is full even if the system did not say so. */
function noProgress(file: string): NodeJS.ErrnoException {
  return Object.assign(new Error(`ENOSPC: no space left on device, write '${file}'`), { code: 'ENOSPC', syscall: 'write', path: file });
}

/** Writes all of `data` to `fd`, checking each write's count. */
export function writeAll(fd: number, data: Uint8Array, file: string): void {
  let offset = 0;
  while (offset < data.length) {
    const written = ops.writeSync(fd, data, offset, data.length - offset);
    if (!(written > 0)) throw noProgress(file);
    offset += written;
  }
}

/** Flushes a directory, so a rename in it is on the disk; file systems that cannot (some network ones) are not an error. */
export function syncDirectory(dir: string): void {
  let fd: number | undefined;
  try {
    fd = openSync(dir, 'r');
    ops.fsyncSync(fd);
  } catch (error) {
    if (!['EINVAL', 'ENOTSUP', 'EPERM', 'EISDIR', 'EBADF', 'EACCES'].includes(errorCode(error) ?? '')) throw error;
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

/** A fresh temp name: unpredictable where it matters (`random`), else unique enough, since it is created exclusively. */
export type TempName = (file: string, attempt: number) => string;

/** The store's temp names, `<file>.tmp-<random>`: the store sweeps these up after a killed write (under its lock). */
export const storeTempName: TempName = (file) => `${file}.tmp-${process.pid.toString(36)}${Math.random().toString(36).slice(2, 10)}`;

/**
 * Creates a new file exclusively (never an existing file, never through a symlink) with `mode`, writes all of
 * `data`, flushes it to the disk (unless `sync` is false: a lock's record need not survive a power cut) and
 * closes it. On any failure the new file is removed and the error rethrown.
 */
export function writeNewFile(file: string, data: Uint8Array, mode: number, { sync = true } = {}): void {
  const fd = ops.openSync(file, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW, mode);
  try {
    fchmodSync(fd, mode); // the umask may have taken bits away (or a 0777 umask none): exactly `mode`
    writeAll(fd, data, file);
    if (sync) ops.fsyncSync(fd);
  } catch (error) {
    closeQuietly(fd);
    rmSync(file, { force: true });
    throw error;
  }
  try {
    ops.closeSync(fd);
  } catch (error) {
    rmSync(file, { force: true });
    throw error;
  }
}

function closeQuietly(fd: number): void {
  try {
    closeSync(fd);
  } catch {
    // already failing: the first error is the one to report
  }
}

/**
 * Replaces `file` with `data` atomically and durably: a reader sees the old file or the new one, whole; after
 * a crash the disk holds one of them. The file gets exactly `mode`. Errors are rethrown with their code
 * (ENOSPC, EDQUOT, EIO, EROFS…) and leave the old file as it was and no temp file behind.
 */
export function writeFileAtomic(file: string, data: string | Uint8Array, options: { mode?: number; tempName?: TempName } = {}): void {
  const bytes = typeof data === 'string' ? Buffer.from(data, 'utf8') : data;
  const mode = options.mode ?? 0o600;
  const tempName = options.tempName ?? storeTempName;
  let temp = '';
  for (let attempt = 0; ; attempt++) {
    temp = tempName(file, attempt);
    try {
      writeNewFile(temp, bytes, mode);
      break;
    } catch (error) {
      if (errorCode(error) !== 'EEXIST' || attempt >= 20) throw error;
    }
  }
  try {
    renameDurably(temp, file);
  } catch (error) {
    rmSync(temp, { force: true });
    throw error;
  }
  syncDirectory(dirname(file));
}

/**
 * Keeps the current contents of `from` under the new name `to` (never replacing a file there): a hard link,
 * which is atomic and copies nothing (a later atomic replace of `from` leaves `to` holding the old contents);
 * where the file system has no hard links, a complete copy written to a temp file first. Either way `to`
 * appears whole or not at all.
 */
export function keepCopy(from: string, to: string): void {
  try {
    linkSync(from, to);
  } catch (error) {
    if (!['EPERM', 'ENOTSUP', 'EOPNOTSUPP', 'EMLINK', 'ENOSYS'].includes(errorCode(error) ?? '')) throw error;
    const temp = storeTempName(from, 0);
    writeNewFile(temp, readFileSync(from), 0o600);
    try {
      linkSync(temp, to);
    } catch {
      renameDurably(temp, to); // no hard links at all: the name was checked free just before
    } finally {
      rmSync(temp, { force: true });
    }
  }
  try {
    syncDirectory(dirname(to));
  } catch (error) {
    rmSync(to, { force: true }); // not known to be on the disk: not kept
    throw error;
  }
}
