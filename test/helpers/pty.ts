import { stripVTControlCharacters } from 'node:util';
import pty from '@lydell/node-pty';
import xterm from '@xterm/headless';
import { BIN } from './bin.js';

/**
 * The built binary in a real pseudo-terminal, with a headless xterm drawing what a person would see.
 * Waits are for text the program printed after the previous wait, so the same prompt text asked
 * twice is told apart. Keys are sent only once the prompt is on screen (Inquirer drops earlier keys): the
 * prompt's text is written after its key handler is in place.
 */
export class PtySession {
  readonly term: xterm.Terminal;
  private readonly proc: pty.IPty;
  private raw = '';
  private cursor = 0;
  private ended = false;
  /** Settles once xterm has drawn everything received so far (its writes are asynchronous). */
  private drawn: Promise<void> = Promise.resolve();
  /** Checks run after each chunk is drawn and at the exit: every wait is for something on screen, never for a time. */
  private readonly watchers = new Set<() => void>();
  readonly exited: Promise<{ exitCode: number; signal?: number }>;

  constructor(args: string[], env: NodeJS.ProcessEnv, cols = 100, rows = 40, file = process.execPath, fileArgs = [BIN, ...args]) {
    this.term = new xterm.Terminal({ cols, rows, scrollback: 5000, allowProposedApi: true });
    // node-pty sets TERM to `name`: the environment's TERM (e.g. dumb) is kept.
    this.proc = pty.spawn(file, fileArgs, { name: env.TERM ?? 'xterm-256color', cols, rows, env: env as Record<string, string> });
    this.proc.onData((data) => {
      this.raw += data;
      this.drawn = new Promise((resolve) => this.term.write(data, resolve));
      void this.drawn.then(() => this.watchers.forEach((check) => check()));
    });
    // node-pty reports the exit once the terminal's output is closed, so nothing arrives after it.
    this.exited = new Promise((resolve) =>
      this.proc.onExit((result) => {
        this.ended = true;
        void this.drawn.then(() => {
          this.watchers.forEach((check) => check());
          resolve(result);
        });
      }),
    );
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

  /**
   * Waits until `text` appears in the output after the previous match (so the same prompt asked twice is told
   * apart) and is drawn; fails at once with the screen if the program ends first, or after `timeoutMs`.
   */
  waitFor(text: string | RegExp, timeoutMs = 15_000): Promise<void> {
    return this.watch(() => {
      const rest = this.output.slice(this.cursor);
      const found = typeof text === 'string' ? { index: rest.indexOf(text), length: text.length } : (() => {
        const match = text.exec(rest);
        return { index: match ? match.index : -1, length: match ? match[0].length : 0 };
      })();
      if (found.index < 0) return false;
      this.cursor += found.index + found.length;
      return true;
    }, String(text), timeoutMs);
  }

  /** Waits until the rendered screen (what a person sees, redraws applied) passes `test` (a pattern or a check). */
  waitForScreen(test: RegExp | ((screen: string) => boolean), what = String(test), timeoutMs = 15_000): Promise<void> {
    const passes = typeof test === 'function' ? test : (screen: string) => test.test(screen);
    return this.watch(() => passes(this.screen()), `the screen to show ${what}`, timeoutMs);
  }

  /** The line the cursor is on, and the cursor's column: where typing goes next. */
  cursorLine(): { text: string; column: number } {
    const buffer = this.term.buffer.active;
    return { text: buffer.getLine(buffer.baseY + buffer.cursorY)?.translateToString(true) ?? '', column: buffer.cursorX };
  }

  private watch(done: () => boolean, what: string, timeoutMs: number): Promise<void> {
    return new Promise((resolve, reject) => {
      const finish = (error?: Error) => {
        this.watchers.delete(check);
        clearTimeout(timer);
        if (error) {
          this.proc.kill('SIGKILL'); // never leave a process behind to hold the test runner open
          reject(error);
        } else resolve();
      };
      const check = () => {
        if (done()) finish();
        else if (this.ended) finish(new Error(`The program ended before ${what} appeared. Screen:\n${this.screen()}`));
      };
      const timer = setTimeout(() => finish(new Error(`Timed out waiting for ${what}. Screen:\n${this.screen()}`)), timeoutMs);
      this.watchers.add(check);
      void this.drawn.then(check);
    });
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

  /** Waits for the exit (and for all output to be drawn), killing the process if it hangs. */
  async exit(timeoutMs = 10_000): Promise<{ exitCode: number; signal?: number }> {
    const timer = setTimeout(() => this.proc.kill('SIGKILL'), timeoutMs);
    const result = await this.exited;
    clearTimeout(timer);
    return result;
  }
}

export const KEY = { enter: '\r', down: '\u001b[B', up: '\u001b[A', space: ' ', ctrlC: '\u0003' } as const;
