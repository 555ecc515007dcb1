import { dateIn, type CalendarDate } from './core/dates.js';
import type { Lang } from './i18n.js';
import type { MessageKey } from './content/messages.js';
import type { Paint } from './io/color.js';
import { supportsHyperlinks } from './io/hyperlink.js';
import type { Prompts } from './io/prompts.js';
import type { Look } from './io/render.js';
import type { Store } from './io/store.js';

/** A place to write text: process.stdout/stderr, or a buffer in tests. */
export interface OutStream {
  write(chunk: string): unknown;
  isTTY?: boolean;
  columns?: number;
  /** A terminal's height, where known: the guide fits a step's screen in it. */
  rows?: number;
}

/** Everything a command touches in the outside world, passed in so commands run in-process in tests. */
export interface Io {
  stdout: OutStream;
  stderr: OutStream;
  /** Asked only when needed: creating process.stdin loads stream modules a command that reads nothing does not need. */
  stdinIsTTY: () => boolean;
  env: NodeJS.ProcessEnv;
  now: () => Date;
  /** Loads the prompt adapter on demand, so commands that never ask do not pay for Inquirer. */
  loadPrompts: () => Promise<Prompts>;
}

export interface Context extends Io {
  lang: Lang;
  /** True when --lang was given on this command line. */
  langGiven: boolean;
  /** The profile named with --profile, if any; otherwise commands use the active one. */
  profileFlag?: string;
  store: Store;
  paint: Paint;
  paintErr: Paint;
  /** What Ctrl+C (or a signal) says was kept, where the running command knows better than the default. */
  interruptMessage?: MessageKey;
}

/** The user's time zone: TZ if set, else the system's (undefined). */
export function timeZoneOf(ctx: Context): string | undefined {
  // POSIX allows ':Area/City'; a rule such as 'CST-8', which Intl does not know, falls back to the system's zone
  // where it is used (core/dates.ts, zoneFormatter).
  return ctx.env.TZ?.replace(/^:/, '') || undefined;
}

/** Today's calendar date in the user's time zone. */
export function todayOf(ctx: Context): CalendarDate {
  return dateIn(ctx.now(), timeZoneOf(ctx));
}

export function lookOf(ctx: Context): Look {
  const columns = ctx.stdout.columns || Number(ctx.env.COLUMNS) || 80;
  return { lang: ctx.lang, paint: ctx.paint, width: Math.max(30, Math.min(columns, 120)), timeZone: timeZoneOf(ctx), links: supportsHyperlinks(ctx.env, ctx.stdout) };
}

export function lookOfStderr(ctx: Context): Look {
  return { ...lookOf(ctx), paint: ctx.paintErr };
}

export function println(stream: OutStream, text = ''): void {
  stream.write(`${text}\n`);
}

/** A word as a shell reads it: quoted unless it is plain. */
function shellWord(word: string): string {
  return /^[\p{L}\p{N}_.@%+=:,/-]+$/u.test(word) ? word : `'${word.replace(/'/g, `'\\''`)}'`;
}

/**
 * How to run simexit again the way it was started: `npm start --` when npm's start script ran it (the README's main
 * command, before `simexit` is on the PATH), with `--profile NAME` when one was named.
 */
export function invocationOf(env: NodeJS.ProcessEnv, profile: string | undefined): string {
  const base = env.npm_lifecycle_event === 'start' && env.npm_package_name === 'simexit' ? 'npm start --' : 'simexit';
  return profile === undefined ? base : `${base} --profile ${shellWord(profile)}`;
}

