import { stripVTControlCharacters } from 'node:util';
import pty from '@lydell/node-pty';
import xterm from '@xterm/headless';
import { BIN } from './bin.js';

/**
 * The built binary in a real pseudo-terminal, with a headless xterm drawing what a person would see.
 * Waits are for text the program printed after the previous wait, so the same prompt text asked
 * twice is told apart. Keys are sent only once the prompt is on screen (Inquirer drops earlier keys).
 */
export class PtySession {
  readonly term: xterm.Terminal;
  private readonly proc: pty.IPty;
  private raw = '';
  private cursor = 0;
  readonly exited: Promise<{ exitCode: number; signal?: number }>;

  constructor(args: string[], env: NodeJS.ProcessEnv, cols = 100, rows = 40, file = process.execPath, fileArgs = [BIN, ...args]) {
    this.term = new xterm.Terminal({ cols, rows, scrollback: 5000, allowProposedApi: true });
    // node-pty sets TERM to `name`: the environment's TERM (e.g. dumb) is kept.
    this.proc = pty.spawn(file, fileArgs, { name: env.TERM ?? 'xterm-256color', cols, rows, env: env as Record<string, string> });
    this.proc.onData((data) => {
      this.raw += data;
      this.term.write(data);
    });
    this.exited = new Promise((resolve) => this.proc.onExit(resolve));
  }

  /** A shell command line in the terminal, e.g. the binary with its output piped. */
  static shell(command: string, env: NodeJS.ProcessEnv): PtySession {
    return new PtySession([], env, 100, 40, 'bash', ['-c', command]);
  }

  get output(): string {
    return stripVTControlCharacters(this.raw);
  }

  get rawOutput(): string {
    return this.raw;
  }

  /** Waits until `text` appears after the previous match; fails with what was on screen. */
  async waitFor(text: string | RegExp, timeoutMs = 15_000): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const rest = this.output.slice(this.cursor);
      const match = typeof text === 'string' ? { index: rest.indexOf(text), length: text.length } : (() => {
        const found = text.exec(rest);
        return { index: found ? found.index : -1, length: found ? found[0].length : 0 };
      })();
      if (match.index >= 0) {
        this.cursor += match.index + match.length;
        await new Promise((resolve) => setTimeout(resolve, 60));
        return;
      }
      if (Date.now() > deadline) {
        this.proc.kill('SIGKILL'); // never leave a process behind to hold the test runner open
        throw new Error(`Timed out waiting for ${String(text)}. Screen:\n${this.screen()}`);
      }
      await new Promise((resolve) => setTimeout(resolve, 25));
    }
  }

  /** Kills the program outright, as a crash or a closed laptop would. */
  kill(signal = 'SIGKILL'): void {
    this.proc.kill(signal);
  }

  send(keys: string): void {
    this.proc.write(keys);
  }

  /** The whole rendered buffer (scrollback included), as a person would read it. */
  screen(): string {
    const buffer = this.term.buffer.active;
    const lines: string[] = [];
    for (let index = 0; index < buffer.length; index++) lines.push(buffer.getLine(index)?.translateToString(true) ?? '');
    return lines.join('\n').trimEnd();
  }

  /** What is in view now: the terminal's rows, without the lines that have scrolled away. */
  viewport(): string {
    const buffer = this.term.buffer.active;
    const lines: string[] = [];
    for (let index = buffer.viewportY; index < buffer.viewportY + this.term.rows; index++) lines.push(buffer.getLine(index)?.translateToString(true) ?? '');
    return lines.join('\n');
  }

  /** Waits for the exit, killing the process if it hangs. */
  async exit(timeoutMs = 10_000): Promise<{ exitCode: number; signal?: number }> {
    const timer = setTimeout(() => this.proc.kill('SIGKILL'), timeoutMs);
    const result = await this.exited;
    clearTimeout(timer);
    // node-pty can report the exit before the last output (microsoft/node-pty#72): let the data drain.
    await new Promise((resolve) => setTimeout(resolve, 100));
    return result;
  }
}

export const KEY = { enter: '\r', down: '\u001b[B', up: '\u001b[A', space: ' ', ctrlC: '\u0003' } as const;
