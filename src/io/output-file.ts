// The default import, not a named one: the build's node:crypto stand-in (loaded on first use) is reached through
// its default export; a named import would read its keys at load (test/e2e/ics.test.ts writes a file with the build).
import crypto from 'node:crypto';
import { closeSync, constants, lstatSync, openSync, readdirSync, readlinkSync, realpathSync, rmSync, statSync } from 'node:fs';
import { basename, dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import { ioCode, ioReason, isIoFailure, UserError } from '../errors.js';
import type { OutStream } from '../context.js';
import { errorCode, writeAll, writeFileAtomic, type TempName } from './durable.js';

// Where `export --output PATH` writes. The path is the user's: a FIFO, a device or a terminal is written
// through (as a shell's `>` would), never replaced; `-` and /dev/stdout are standard output; a regular file is
// replaced atomically. A symlink the user named is followed to what it names; nothing else is followed: the
// temp file is created exclusively (O_EXCL, O_NOFOLLOW) under an unpredictable name, mode 0600, in the target's
// own directory. The store's own files are refused.

/** `.<name>.simexit-<pid>-<random>.tmp`: unpredictable, and a killed export's leftover is recognised by its dead pid. */
const exportTempName: TempName = (file) => join(dirname(file), `.${basename(file)}.simexit-${process.pid}-${crypto.randomBytes(9).toString('hex')}.tmp`);

/** Removes temp files that killed exports of `file` left next to it. */
function sweepExportTemps(file: string): void {
  const prefix = `.${basename(file)}.simexit-`;
  let names: string[];
  try {
    names = readdirSync(dirname(file));
  } catch {
    return;
  }
  for (const name of names) {
    const pid = name.startsWith(prefix) && name.endsWith('.tmp') ? Number(name.slice(prefix.length).split('-')[0]) : NaN;
    if (!Number.isInteger(pid) || pid === process.pid) continue;
    try {
      process.kill(pid, 0);
    } catch (error) {
      if (errorCode(error) === 'ESRCH') rmSync(join(dirname(file), name), { force: true });
    }
  }
}

const STANDARD_OUTPUT = new Set(['-', '/dev/stdout', '/dev/fd/1', '/proc/self/fd/1']);

/** Whether `file` is one of the store's own files: config.json and its lock and temp files, a guided session's claim, anything under profiles/. */
function isStoreFile(file: string, dir: string): boolean {
  const inside = relative(dir, file);
  if (inside === '' || inside.startsWith('..') || isAbsolute(inside)) return inside === '';
  return inside.split(sep)[0] === 'profiles' || /^config\.|^guide-.*\.lock/.test(inside);
}

/** The real path of `file`, or of its directory joined with its name when it does not exist yet. */
function realTarget(file: string): string {
  try {
    return realpathSync(file);
  } catch {
    try {
      return join(realpathSync(dirname(file)), basename(file));
    } catch {
      return file;
    }
  }
}

/**
 * Writes `text` where `output` names; returns the path written, or null for standard output. Failures are
 * messages in the user's language, and leave what was at the path as it was.
 */
export function writeOutput(output: string, text: string, stdout: OutStream, storeDir: string): string | null {
  if (STANDARD_OUTPUT.has(output)) {
    stdout.write(text);
    return null;
  }
  const file = resolve(output);
  const real = realTarget(file);
  if (isStoreFile(real, realTarget(storeDir))) throw new UserError(['outputIsStore', { path: file }]);
  try {
    const link = lstatSync(file, { throwIfNoEntry: false });
    const target = link?.isSymbolicLink() ? statSync(file, { throwIfNoEntry: false }) : link;
    if (link?.isSymbolicLink() && !target) throw new UserError(['outputDangling', { path: file, target: readlinkSync(file) }]);
    if (target?.isDirectory()) throw new UserError(['outputIsDirectory', { path: file }]);
    if (target && !target.isFile()) {
      writeThrough(file, text); // a FIFO, a device, a terminal, a socket: written to, never replaced
      return file;
    }
    // A regular file (or none yet): replaced atomically. A symlink the user named is replaced at its target.
    sweepExportTemps(real);
    writeFileAtomic(real, text, { mode: 0o600, tempName: exportTempName });
    return file;
  } catch (error) {
    if (error instanceof UserError || !isIoFailure(error)) throw error;
    throw new UserError([['outputSaveFailed', { path: file, code: ioCode(error) }], ioReason(error, dirname(real)), ['outputNothingChanged', { path: file }]]);
  }
}

/** Opens what is already there for writing (no creating, no truncating a file behind it) and writes all of `text`. */
function writeThrough(file: string, text: string): void {
  const fd = openSync(file, constants.O_WRONLY | (constants.O_NOCTTY ?? 0));
  try {
    writeAll(fd, Buffer.from(text, 'utf8'), file);
  } finally {
    closeSync(fd);
  }
}
