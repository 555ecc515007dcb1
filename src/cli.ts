import { Command, Help, Option } from 'commander';
import pkg from '../package.json' with { type: 'json' };
import type { Context } from './context.js';
import type { MessageKey } from './content/messages.js';
import type { CarriersOptions } from './commands/carriers.js';
import type { DoneOptions } from './commands/done.js';
import type { ExportOptions } from './commands/export.js';
import type { GuideOptions } from './commands/guide.js';
import type { ListOptions } from './commands/list.js';
import type { NoteOptions } from './commands/note.js';
import type { ResetOptions } from './commands/reset.js';
import type { ScanOptions } from './commands/scan.js';
import type { ServicesOptions } from './commands/services.js';
import type { ShowOptions } from './commands/show.js';
import type { SkipOptions } from './commands/skip.js';
import { CODE_CATEGORIES } from './core/types.js';
import type { HelpLayout } from './io/help-layout.js';
import { loadScan, loadShow } from './lazy.js';
import { t } from './text.js';

/**
 * One command, as its --help shows it, and the module that runs it. A command's module is imported only once
 * commander has chosen the command: in the bundles, each src/commands module is its own bundle,
 * dist/command-<name>.js (the build points these imports there), so --version and --help compile none of them.
 */
export interface CommandSpec {
  name: string;
  alias?: string;
  /** Every command has one, but the hidden `complete`. */
  description?: MessageKey;
  arguments?: ReadonlyArray<readonly [spec: string, description?: MessageKey]>;
  /** Flags, description (a message, or one that needs parameters), default value. */
  options?: ReadonlyArray<readonly [flags: string, description: MessageKey | ((ctx: Context) => string), defaultValue?: string]>;
  /** Help shown after the options, when that help is asked for: more text, then the examples. */
  more?: MessageKey;
  examples?: MessageKey;
  /** A value may start with '-' (`set services -chase`): a word commander does not know is an argument, not an error. */
  dashValues?: true;
  /** The completer's own commands: left out of the registry copy that completion reads. */
  completion?: true;
  /** Not listed in help (the shell scripts' `complete`); takes any option and has no --help of its own. */
  hidden?: true;
  subcommands?: readonly CommandSpec[];
  /** Runs the command with commander's arguments (then the options). A method, so each block types its own. */
  run?(ctx: Context, ...args: unknown[]): void | Promise<void>;
}

const VERSION = pkg.version;

/**
 * The command registry: one block per command, in the order --help lists them. Adding a command is adding a
 * block here and its module in src/commands/ (with its messages in src/content/messages.ts and its section in the
 * README); test/commands/registry.test.ts checks every block against commander.
 */
export const COMMANDS: readonly CommandSpec[] = [
  {
    name: 'guide',
    description: 'cmdGuide',
    options: [['--restart', 'optRestart']],
    examples: 'exGuide',
    run: async (ctx, options: GuideOptions) => (await import('./commands/guide.js')).guide(ctx, options),
  },
  {
    name: 'list',
    alias: 'status',
    description: 'cmdList',
    options: [['-a, --all', 'optAll'], ['--json', 'optJson']],
    examples: 'exList',
    run: async (ctx, options: ListOptions) => (await import('./commands/list.js')).list(ctx, options),
  },
  {
    name: 'done',
    description: 'cmdDone',
    arguments: [['<step...>', 'argSteps']],
    options: [['--date <YYYY-MM-DD>', 'optDate']],
    examples: 'exDone',
    run: async (ctx, refs: string[], options: DoneOptions) => (await import('./commands/done.js')).done(ctx, refs, options),
  },
  {
    name: 'skip',
    description: 'cmdSkip',
    arguments: [['<step...>', 'argSteps']],
    options: [['-r, --reason <text>', 'optReason'], ['-f, --force', 'optSkipForce']],
    examples: 'exSkip',
    run: async (ctx, refs: string[], options: SkipOptions) => (await import('./commands/skip.js')).skip(ctx, refs, options),
  },
  {
    name: 'undo',
    description: 'cmdUndo',
    arguments: [['<step>', 'argStep']],
    examples: 'exUndo',
    run: async (ctx, ref: string) => (await import('./commands/undo.js')).undo(ctx, ref),
  },
  {
    name: 'note',
    description: 'cmdNote',
    arguments: [['<step>', 'argStep'], ['<text...>', 'argText']],
    options: [['-f, --force', 'optForce']],
    examples: 'exNote',
    run: async (ctx, ref: string, words: string[], options: NoteOptions) => (await import('./commands/note.js')).note(ctx, ref, words, options),
  },
  {
    name: 'show',
    description: 'cmdShow',
    arguments: [['<step>', 'argStep']],
    options: [['--json', 'optJson']],
    examples: 'exShow',
    // Its own bundle (dist/show-app.js), which the guide's "Show sources and details" also loads.
    run: async (ctx, ref: string, options: ShowOptions) => (await loadShow()).show(ctx, ref, options),
  },
  {
    name: 'set',
    description: 'cmdSet',
    arguments: [['<key>', 'argSetKey'], ['<value>', 'argSetValue']],
    more: 'setHelpKeys',
    examples: 'exSet',
    dashValues: true,
    run: async (ctx, key: string, value: string) => (await import('./commands/set.js')).set(ctx, key, value),
  },
  {
    name: 'reset',
    description: 'cmdReset',
    options: [['-y, --yes', 'optYes']],
    examples: 'exReset',
    run: async (ctx, options: ResetOptions) => (await import('./commands/reset.js')).reset(ctx, options),
  },
  {
    name: 'where',
    description: 'cmdWhere',
    options: [['--json', 'optJson']],
    examples: 'exWhere',
    run: async (ctx, options: { json?: boolean }) => (await import('./commands/where.js')).where(ctx, options),
  },
  {
    name: 'export',
    description: 'cmdExport',
    options: [['--format <format>', 'optFormat', 'md'], ['-o, --output <file>', 'optOutput'], ['--show-label', 'optShowLabel']],
    examples: 'exExport',
    run: async (ctx, options: ExportOptions) => (await import('./commands/export.js')).exportReport(ctx, options),
  },
  {
    name: 'carriers',
    description: 'cmdCarriers',
    arguments: [['[carrier]', 'argCarrier']],
    options: [['--json', 'optJson']],
    examples: 'exCarriers',
    run: async (ctx, id: string | undefined, options: CarriersOptions) => (await import('./commands/carriers.js')).carriers(ctx, id, options),
  },
  {
    name: 'services',
    description: 'cmdServices',
    options: [['-c, --category <category>', (ctx) => t(ctx.lang, 'optCategory', { categories: CODE_CATEGORIES.join(', ') })], ['--json', 'optJson']],
    examples: 'exServices',
    run: async (ctx, options: ServicesOptions) => (await import('./commands/services.js')).services(ctx, options),
  },
  {
    name: 'scan',
    description: 'cmdScan',
    arguments: [['[path...]', 'argScanPaths']],
    options: [['--add [services]', 'optScanAdd'], ['--json', 'optJson']],
    examples: 'exScan',
    // Its own bundle (dist/scan-app.js, with 2fa.directory), which the guide's offer also loads.
    run: async (ctx, paths: string[], options: ScanOptions) => (await loadScan()).scan(ctx, paths, options),
  },
  {
    name: 'about',
    description: 'cmdAbout',
    run: async (ctx) => (await import('./commands/about.js')).about(ctx, VERSION),
  },
  {
    name: 'profile',
    description: 'cmdProfile',
    examples: 'exProfile',
    subcommands: [
      {
        name: 'add',
        description: 'cmdProfileAdd',
        arguments: [['<name>', 'argProfileName']],
        run: async (ctx, name: string) => (await import('./commands/profile.js')).profileAdd(ctx, name),
      },
      {
        name: 'use',
        description: 'cmdProfileUse',
        arguments: [['<name>', 'argProfileName']],
        run: async (ctx, name: string) => (await import('./commands/profile.js')).profileUse(ctx, name),
      },
      {
        name: 'list',
        description: 'cmdProfileList',
        options: [['--json', 'optJson']],
        run: async (ctx, options: { json?: boolean }) => (await import('./commands/profile.js')).profileList(ctx, options),
      },
      {
        name: 'remove',
        description: 'cmdProfileRemove',
        arguments: [['<name>', 'argProfileName']],
        options: [['-y, --yes', 'optYes']],
        run: async (ctx, name: string, options: { yes?: boolean }) => (await import('./commands/profile.js')).profileRemove(ctx, name, options),
      },
    ],
  },
  {
    name: 'completion',
    description: 'cmdCompletion',
    arguments: [['<shell>', 'argShell']],
    examples: 'exCompletion',
    completion: true,
    run: async (ctx, shell: string) => (await import('./commands/completion.js')).completionScript(ctx, completionRegistry(ctx), shell),
  },
  {
    name: 'complete',
    arguments: [['[words...]']],
    completion: true,
    hidden: true,
    run: async (ctx, words: string[]) => (await import('./commands/completion.js')).completeWords(ctx, completionRegistry(ctx), words),
  },
];

/** The registry the completer reads: every command but the completion commands themselves. */
const completionRegistry = (ctx: Context) => buildProgram(ctx, { withCompletion: false });

/** A line of a two-column table ("  key   value"): where its second column starts, for the lines it wraps to. */
const TABLE_ROW = /^(\s*\S+(?: \S+)*\s{2,})\S/;

/**
 * Help text simexit adds (examples, the keys of `set`) wrapped to the terminal, each line's indentation kept: with
 * commander's own wrapping for ASCII, and the display-width layout for Chinese.
 */
export function wrapHelpText(text: string, width: number, layout?: HelpLayout): string {
  const measure = layout?.measure ?? ((line: string) => line.length);
  const wrapLine = layout?.wrap ?? ((line: string, room: number) => new Help().boxWrap(line, room).split('\n'));
  return text
    .split('\n')
    .map((line) => {
      if (measure(line) <= width) return line;
      const indent = (TABLE_ROW.exec(line)?.[1] ?? /^\s*/.exec(line)![0]).length;
      return wrapLine(line.slice(indent), Math.max(20, width - indent))
        .map((part, index) => (index === 0 ? line.slice(0, indent) : ' '.repeat(indent)) + part)
        .join('\n');
    })
    .join('\n');
}

const TITLES: Record<string, MessageKey> = {
  'Usage:': 'helpUsage',
  'Options:': 'helpOptions',
  'Global Options:': 'helpGlobalOptions',
  'Commands:': 'helpCommands',
  'Arguments:': 'helpArguments',
};

/** The error that commander raised, tagged with the command it belongs to (for the "--help" hint). */
export interface TaggedCommanderError extends Error {
  code: string;
  commandPath?: string;
}

/** Every word that names a command (with aliases), so the entry can ask for just the one being run. */
export const COMMAND_WORDS: ReadonlySet<string> = new Set(COMMANDS.flatMap((spec) => (spec.alias ? [spec.name, spec.alias] : [spec.name])));

export interface BuildScope {
  /**
   * Register only this command ('' for none: the root alone, enough for --version). Building the whole
   * registry is a few milliseconds of every start-up; help and errors (which suggest commands) need it all.
   */
  only?: string;
  /** The completion commands themselves; left out of the copy the completer reads. */
  withCompletion?: boolean;
  /** How help is measured and wrapped when it is not plain ASCII (Chinese): loaded only for such help. */
  helpLayout?: HelpLayout;
}

/**
 * The registry as commander's program. Settings are made on the root before any `.command()`, because commander
 * copies them only when a subcommand is created.
 */
export function buildProgram(ctx: Context, scope: BuildScope = {}): Command {
  const { only, withCompletion = true } = scope;
  const say = (key: MessageKey) => t(ctx.lang, key);
  const helpText = (text: string) => wrapHelpText(text, ctx.stdout.columns ?? 80, scope.helpLayout);
  const program = new Command('simexit');
  program
    .description(say('programDescription'))
    .version(VERSION, '-V, --version', say('optVersion'))
    .helpOption('-h, --help', say('optHelp'))
    .helpCommand('help [command]', say('cmdHelp'))
    .addOption(new Option('--lang <lang>', say('optLang')))
    .option('--profile <name>', say('optProfile'))
    .option('--no-color', say('optNoColor'))
    .configureHelp({ ...scope.helpLayout?.configuration, showGlobalOptions: true, styleTitle: (title) => (TITLES[title] ? say(TITLES[title]) : title) })
    .configureOutput({
      writeOut: (text) => ctx.stdout.write(text),
      writeErr: (text) => ctx.stderr.write(text),
      outputError: () => {}, // main.ts prints errors, translated
      // Ours, not commander's defaults, which would create process.stdout and process.stderr to ask.
      getOutHelpWidth: () => ctx.stdout.columns ?? 80,
      getErrHelpWidth: () => ctx.stderr.columns ?? 80,
      getOutHasColors: () => ctx.paint.level > 0,
      getErrHasColors: () => ctx.paintErr.level > 0,
    })
    .exitOverride()
    .addHelpText('after', () => `\n${helpText(say('helpMore'))}`);

  const add = (parent: Command, spec: CommandSpec) => {
    const command = parent.command(spec.name, spec.hidden ? { hidden: true } : {});
    if (spec.description) command.description(say(spec.description));
    if (spec.alias) command.alias(spec.alias);
    for (const [argument, description] of spec.arguments ?? []) command.argument(argument, description ? say(description) : '');
    for (const [flags, description, defaultValue] of spec.options ?? []) {
      command.option(flags, typeof description === 'function' ? description(ctx) : say(description), defaultValue);
    }
    // Help text is written only when that help is shown.
    if (spec.more) command.addHelpText('after', () => `\n${helpText(say(spec.more!))}`);
    if (spec.examples) command.addHelpText('after', () => `\n${say('helpExamples')}\n${helpText(say(spec.examples!).replace(/^/gm, '  '))}`);
    if (spec.hidden) command.allowUnknownOption().helpOption(false);
    if (spec.dashValues) command.allowUnknownOption();
    for (const sub of spec.subcommands ?? []) add(command, sub);
    const run = spec.run;
    if (run) command.action((...args: unknown[]) => run(ctx, ...args.slice(0, -1))); // commander adds the Command itself last
  };
  // Only the command being run is registered (see BuildScope): a few milliseconds of every start-up.
  for (const spec of COMMANDS) {
    if (spec.completion && !withCompletion) continue;
    if (only === undefined || only === spec.name || only === spec.alias) add(program, spec);
  }
  tagCommandPaths(program.commands, 'simexit');
  return program;
}

/** Tags commander's errors with the command they came from, so the hint names the right --help. */
function tagCommandPaths(commands: readonly Command[], parent: string): void {
  for (const command of commands) {
    const path = `${parent} ${command.name()}`;
    command.exitOverride((error) => {
      throw Object.assign(error, { commandPath: path });
    });
    tagCommandPaths(command.commands, path);
  }
}
