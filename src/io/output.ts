import { fstatSync, writeSync } from 'node:fs';
import type { OutStream } from '../context.js';

// Where the process's text goes. A terminal gets Node's own stream (process.stdout or process.stderr): it
// knows the width and the prompts draw on it. A file or a pipe, where most runs of a checklist tool print
// (scripts, `| less`, `--json | jq`), is written straight to its descriptor, synchronously, which is what
// Node's stream does there on Linux anyway. The difference is the start-up: creating process.stdout for a pipe
// loads Node's stream and socket modules, about 3 ms of a 60 ms run, for a few hundred bytes of text.

/** An open output: `isTTY` is known without creating a Node stream for a file or a pipe. */
export async function openOutput(fd: 1 | 2, stream: () => NodeJS.WriteStream): Promise<OutStream> {
  return (await isTerminal(fd)) ? (stream() as OutStream) : descriptorOutput(fd, stream);
}

/** A terminal is a character device, so anything else (a file, a pipe) is known without loading node:tty. */
async function isTerminal(fd: number): Promise<boolean> {
  try {
    if (!fstatSync(fd).isCharacterDevice()) return false;
  } catch {
    return false; // closed (`simexit list >&-`): writing will fail, and that is handled there
  }
  return (await import('node:tty')).isatty(fd); // /dev/null is a character device too
}

/** The reader of a pipe went away (`| head -1`): not an error worth reporting. */
export function isBrokenPipe(error: unknown): boolean {
  return error instanceof Error && (error as NodeJS.ErrnoException).code === 'EPIPE';
}

/**
 * Standard output or error could not be written (a full disk behind `> file`, /dev/full, an I/O error): not a
 * bug. It keeps the system's code; checked by name, since each bundle has its own copy of this class.
 */
export class OutputError extends Error {
  constructor(readonly code: string, readonly fd: number) {
    super(`${code}: cannot write to descriptor ${fd}`);
    this.name = 'OutputError';
  }
}

export function isOutputError(error: unknown): error is OutputError {
  return error instanceof Error && error.name === 'OutputError';
}

type Writer = (fd: number, buffer: Buffer, offset: number) => number;

/**
 * Writes whole chunks to `fd`. When the reader has gone away (EPIPE, `| head -1`), the rest is dropped and the
 * command finishes as it would have. A descriptor left non-blocking by whoever shares it (EAGAIN) is handed to
 * Node's stream from then on, which waits for it; the order of the text is kept.
 */
export function descriptorOutput(fd: number, stream: () => NodeJS.WritableStream, write: Writer = writeSync): OutStream {
  let readerGone = false;
  let failed = false;
  let fallback: NodeJS.WritableStream | undefined;
  return {
    isTTY: false,
    write(chunk: string) {
      if (readerGone || failed) return true;
      if (fallback) return fallback.write(chunk);
      const buffer = Buffer.from(chunk);
      let offset = 0;
      try {
        while (offset < buffer.length) {
          const written = write(fd, buffer, offset);
          if (!(written > 0)) throw Object.assign(new Error('no progress'), { code: 'ENOSPC' });
          offset += written;
        }
      } catch (error) {
        const code = (error as NodeJS.ErrnoException).code;
        if (isBrokenPipe(error)) readerGone = true;
        else if (code === 'EAGAIN') {
          fallback = stream();
          return fallback.write(buffer.subarray(offset));
        } else {
          // The output is lost from here on: said once (as an error the command ends with), not again.
          failed = true;
          throw new OutputError(typeof code === 'string' ? code : String(error), fd);
        }
      }
      return true;
    },
  };
}
