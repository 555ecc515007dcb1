import { buildProgram, COMMAND_WORDS, type BuildScope, type TaggedCommanderError } from './cli.js';
import { invocationOf, println, type Context, type Io } from './context.js';
import type { MessageKey } from './content/messages.js';
import { EXIT, ioReason, isIoFailure, isPromptExit, isUserError, UserError } from './errors.js';
import { isLang, langFromEnv, setInvocation, type Lang } from './i18n.js';
import { colorLevel, createPaint } from './io/color.js';
import { isBrokenPipe, isOutputError, openOutput } from './io/output.js';
import { visible } from './io/visible.js';
import { Store, storeDir } from './io/store.js';
import { t } from './text.js';
import { loadHelpLayout } from './lazy.js';

/** What can be known from the command line before commander parses it: language, colour, command. */
interface Prescan {
  lang?: string;
  profile?: string;
  noColor: boolean;
  /** A command word, or --help / --version, is present: otherwise the default command is added. */
  hasCommand: boolean;
  /** The first word that is not an option (nor --lang's or --profile's value): the command, if any. */
  word?: string;
  /** -h or --help anywhere. */
  help: boolean;
}

export function prescan(argv: readonly string[]): Prescan {
  const found: Prescan = { noColor: false, hasCommand: false, help: false };
  for (let index = 0; index < argv.length; index++) {
    const arg = argv[index]!;
    if (arg === '--') break;
    if (arg === '--lang') found.lang = argv[++index] ?? '';
    else if (arg.startsWith('--lang=')) found.lang = arg.slice('--lang='.length);
    else if (arg === '--profile') found.profile = argv[++index] ?? '';
    else if (arg.startsWith('--profile=')) found.profile = arg.slice('--profile='.length);
    else if (arg === '--no-color') found.noColor = true;
    else if (!arg.startsWith('-') || ['-h', '--help', '-V', '--version'].includes(arg)) {
      found.hasCommand = true;
      if (!arg.startsWith('-')) found.word ??= arg;
      if (arg === '-h' || arg === '--help') found.help = true;
    }
  }
  return found;
}

/**
 * How much of the registry this command line needs: the command it names; the root alone when it names none
 * and asks for no help (--version); all of it for help, `help <command>` and words commander must reject
 * (its error suggests the closest command).
 */
export function scopeFor(found: Prescan, word: string | undefined): BuildScope {
  if (word !== undefined) return COMMAND_WORDS.has(word) ? { only: word } : {};
  return found.help ? {} : { only: '' };
}

/** Whether commander may print help: asked for, `help [command]`, or a command group without its subcommand. */
function printsHelp(found: Prescan): boolean {
  return found.help || found.word === 'help' || found.word === 'profile';
}

const COMMANDER_MESSAGES: Array<[RegExp, MessageKey]> = [
  [/unknown command '([^']*)'/, 'unknownCommand'],
  [/unknown option '([^']*)'/, 'unknownOption'],
  [/missing required argument '([^']*)'/, 'missingArgument'],
  [/option '([^']*)' argument missing/, 'missingOptionValue'],
  [/too many arguments/, 'excessArguments'],
];

/** Commander's English error, in the user's language where we know its shape. */
function translateCommanderError(error: TaggedCommanderError, lang: Lang): string[] {
  const lines: string[] = [];
  const match = COMMANDER_MESSAGES.find(([pattern]) => pattern.test(error.message));
  const message = match
    ? t(lang, match[1], { name: visible(match[0].exec(error.message)?.[1] ?? '') })
    : visible(error.message.replace(/^error:\s*/, '').split('\n')[0] ?? '');
  lines.push(t(lang, 'usageErrorLine', { message }));
  const suggestion = /\(Did you mean ([^?]+)\?\)/.exec(error.message)?.[1];
  if (suggestion) lines.push(t(lang, 'didYouMean', { suggestion }));
  lines.push(t(lang, 'usageHint', { command: error.commandPath ?? 'simexit' }));
  return lines;
}

function isCommanderError(error: unknown): error is TaggedCommanderError {
  const code: unknown = error instanceof Error ? (error as { code?: unknown }).code : undefined;
  return typeof code === 'string' && code.startsWith('commander.');
}

/** The one place errors become messages and exit codes. */
function reportError(error: unknown, ctx: Context): number {
  const err = ctx.stderr;
  if (isCommanderError(error)) {
    if (['commander.helpDisplayed', 'commander.version'].includes(error.code)) return EXIT.ok;
    // `simexit help` prints help and succeeds; a command group run without its subcommand prints help as an error.
    if (error.code === 'commander.help') return (error as { exitCode?: number }).exitCode === 0 ? EXIT.ok : EXIT.usage;
    translateCommanderError(error, ctx.lang).forEach((line, index) => println(err, index === 0 ? ctx.paintErr.red(line) : line));
    return EXIT.usage;
  }
  if (isUserError(error)) {
    error.lines.forEach(([key, params], index) => {
      // Parameters may echo what the user typed (a step, a profile name): shown as text, never as control sequences.
      const show = (value: string | number) => (typeof value === 'string' ? visible(value) : value);
      const shown = params && Object.fromEntries(Object.entries(params).map(([name, value]) => [name, typeof value === 'object' ? show(value[ctx.lang]) : show(value)]));
      const text = t(ctx.lang, key, shown);
      println(err, index === 0 ? ctx.paintErr.red(t(ctx.lang, error.exitCode === EXIT.usage ? 'usageErrorLine' : 'errorLine', { message: text })) : text);
    });
    return error.exitCode;
  }
  if (isOutputError(error)) {
    // What the command did is done (and saved); only its output was lost.
    println(err, ctx.paintErr.red(t(ctx.lang, 'errorLine', { message: t(ctx.lang, error.fd === 2 ? 'stderrFailed' : 'stdoutFailed', { code: error.code }) })));
    println(err, t(ctx.lang, ...ioReason(error, '.')));
    return EXIT.refused;
  }
  if (isPromptExit(error)) {
    println(err);
    println(err, t(ctx.lang, 'interrupted'));
    return EXIT.interrupted;
  }
  println(err, ctx.paintErr.red(t(ctx.lang, 'bug')));
  println(err, error instanceof Error ? (error.stack ?? error.message) : String(error));
  return EXIT.refused;
}

/** Runs one command line against the given world and returns the exit code. Never calls process.exit. */
export async function runCli(argv: readonly string[], io: Io, onReady?: (ctx: Context) => void): Promise<number> {
  const found = prescan(argv);
  setInvocation(invocationOf(io.env, found.profile), COMMAND_WORDS);
  let dir: string;
  try {
    dir = storeDir(io.env);
  } catch (error) {
    if (!isUserError(error)) throw error;
    println(io.stderr, t(langFromEnv(io.env), 'errorLine', { message: t(langFromEnv(io.env), 'noHomeDir') }));
    return EXIT.refused;
  }
  const store = new Store(dir);
  const paint = await createPaint(colorLevel(io.env, io.stdout, found.noColor));
  const paintErr = await createPaint(colorLevel(io.env, io.stderr, found.noColor));
  const ctx: Context = { ...io, lang: 'en', langGiven: found.lang !== undefined, store, paint, paintErr };
  if (found.profile !== undefined) ctx.profileFlag = found.profile;
  if (found.lang !== undefined && !isLang(found.lang)) {
    ctx.lang = store.readLangPreference() ?? langFromEnv(io.env);
    return reportError(new UserError(['invalidLang', { value: found.lang }], EXIT.usage), ctx);
  }
  ctx.lang = (found.lang as Lang | undefined) ?? store.readLangPreference() ?? langFromEnv(io.env);
  onReady?.(ctx);
  const defaultCommand = found.hasCommand ? undefined : io.stdinIsTTY() && io.stdout.isTTY ? 'guide' : 'list';
  const args = defaultCommand ? [...argv, defaultCommand] : [...argv];
  try {
    const scope = scopeFor(found, found.word ?? defaultCommand);
    // Help in Chinese is measured in display columns; English help is ASCII, which commander measures right.
    if (ctx.lang === 'zh' && printsHelp(found)) scope.helpLayout = await loadHelpLayout();
    await buildProgram(ctx, scope).parseAsync(args, { from: 'user' });
    // --lang is remembered once a command has succeeded (a failed command leaves the store as it was), and
    // only as a courtesy: a store that cannot be written (read-only, full, locked elsewhere) never fails a
    // command that succeeded; the language is simply not remembered.
    if (ctx.langGiven && store.readLangPreference() !== ctx.lang) {
      await store.setLang(ctx.lang).catch((error: unknown) => {
        if (!isUserError(error) && !isIoFailure(error)) throw error; // a bug is still reported as one
      });
    }
    return EXIT.ok;
  } catch (error) {
    try {
      return reportError(error, ctx);
    } catch (failure) {
      if (isOutputError(failure)) return EXIT.refused; // standard error is lost too: the exit code is all that is left
      throw failure;
    }
  }
}

/** A Node stream, once created: the reader going away is not an error worth a stack trace. */
function guarded(stream: NodeJS.WriteStream): NodeJS.WriteStream {
  stream.on('error', (error) => {
    if (isBrokenPipe(error)) process.exit(EXIT.ok);
    // A terminal that fails (an I/O error): nothing more can be shown, and that is not a bug either.
    process.exit(EXIT.refused);
  });
  return stream;
}

/** Exit codes for signals: 128 + the signal's number, as shells report them (Ctrl+C is 130). */
const SIGNAL_EXIT_CODES = { SIGINT: 130, SIGTERM: 143, SIGHUP: 129 } as const;

/**
 * Ctrl+C outside a prompt, `kill`, or the terminal closing. Every answer is saved the moment it is given (each
 * write is synchronous and atomic, so a signal never lands inside one): show the cursor again, say how to
 * resume, and exit with the signal's code. Inquirer's own handler would re-raise the signal before cleaning up.
 */
function exitOnSignals(getContext: () => Context | undefined): void {
  for (const [signal, code] of Object.entries(SIGNAL_EXIT_CODES)) {
    process.on(signal, () => {
      try {
        if (process.stdout.isTTY && process.env.TERM !== 'dumb') process.stdout.write('\u001b[?25h');
        const ctx = getContext();
        // What was kept depends on what was running: the guide's answers, or nothing of a scan.
        process.stderr.write(`\n${t(ctx?.lang ?? langFromEnv(process.env), ctx?.interruptMessage ?? 'interrupted')}\n`);
      } catch {
        // the terminal is gone (SIGHUP): nothing left to tell
      }
      process.exit(code);
    });
  }
}

/** The process entry point, called by bin/simexit.cjs. */
export async function main(): Promise<void> {
  let context: Context | undefined;
  exitOnSignals(() => context);
  const stdout = await openOutput(1, () => guarded(process.stdout));
  // A library that prints with console.log (the completion scripts) goes through the same checked output, so
  // a script lost to a full disk is an error, not a silent success.
  console.log = (...args: unknown[]) => void stdout.write(`${args.join(' ')}\n`);
  process.exitCode = await runCli(process.argv.slice(2), {
    stdout,
    stderr: await openOutput(2, () => guarded(process.stderr)),
    stdinIsTTY: () => Boolean(process.stdin.isTTY),
    env: process.env,
    now: () => new Date(),
    // A terminal that cannot move the cursor gets numbered questions (dist/plain-app.js), never Inquirer's drawing.
    loadPrompts: async () => (process.env.TERM === 'dumb' ? (await import('./plain-app.js')).plainPrompts(process.stdin, stdout, () => context?.lang ?? 'en') : (await import('./io/prompts.js')).loadPrompts()),
  }, (ctx) => {
    context = ctx;
  });
}
