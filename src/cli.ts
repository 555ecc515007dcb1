import { Command, Help, Option } from 'commander';
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
import type { SkipOptions } from './commands/skip.js';
import { CODE_CATEGORIES } from './core/types.js';
import type { HelpLayout } from './io/help-layout.js';
import { loadScan } from './lazy.js';
import { t } from './text.js';

/** What each command does: the command modules by default, fakes in tests. */
export interface Handlers {
  guide(ctx: Context, options: GuideOptions): Promise<void>;
  list(ctx: Context, options: ListOptions): void | Promise<void>;
  done(ctx: Context, refs: string[], options: DoneOptions): Promise<void>;
  skip(ctx: Context, refs: string[], options: SkipOptions): Promise<void>;
  undo(ctx: Context, ref: string): Promise<void>;
  note(ctx: Context, ref: string, words: string[], options: NoteOptions): Promise<void>;
  reset(ctx: Context, options: ResetOptions): Promise<void>;
  set(ctx: Context, key: string, value: string): Promise<void>;
  where(ctx: Context, options: { json?: boolean }): void | Promise<void>;
  exportReport(ctx: Context, options: ExportOptions): void | Promise<void>;
  carriers(ctx: Context, id: string | undefined, options: CarriersOptions): void | Promise<void>;
  services(ctx: Context, options: ServicesOptions): void | Promise<void>;
  scan(ctx: Context, paths: string[], options: ScanOptions): Promise<void>;
  about(ctx: Context, version: string): void | Promise<void>;
  completion(ctx: Context, program: Command, shell: string): Promise<void>;
  complete(ctx: Context, program: Command, words: string[]): Promise<void>;
  profileAdd(ctx: Context, name: string): Promise<void>;
  profileUse(ctx: Context, name: string): Promise<void>;
  profileList(ctx: Context, options: { json?: boolean }): void | Promise<void>;
  profileRemove(ctx: Context, name: string, options: { yes?: boolean }): Promise<void>;
}

const app = () => import('./app.js');

/** The command modules, loaded (one module, app.ts) only once commander has chosen a command. */
export const commandHandlers: Handlers = {
  guide: async (ctx, options) => (await app()).guide(ctx, options),
  list: async (ctx, options) => (await app()).list(ctx, options),
  done: async (ctx, refs, options) => (await app()).done(ctx, refs, options),
  skip: async (ctx, refs, options) => (await app()).skip(ctx, refs, options),
  undo: async (ctx, ref) => (await app()).undo(ctx, ref),
  note: async (ctx, ref, words, options) => (await app()).note(ctx, ref, words, options),
  reset: async (ctx, options) => (await app()).reset(ctx, options),
  set: async (ctx, key, value) => (await app()).set(ctx, key, value),
  where: async (ctx, options) => (await app()).where(ctx, options),
  exportReport: async (ctx, options) => (await app()).exportReport(ctx, options),
  carriers: async (ctx, id, options) => (await app()).carriers(ctx, id, options),
  services: async (ctx, options) => (await app()).services(ctx, options),
  // Its own bundle (dist/scan-app.js, with 2fa.directory): no other command loads it.
  scan: async (ctx, paths, options) => (await loadScan()).scan(ctx, paths, options),
  about: async (ctx, version) => (await app()).about(ctx, version),
  completion: async (ctx, program, shell) => (await app()).completionScript(ctx, program, shell),
  complete: async (ctx, program, words) => (await app()).completeWords(ctx, program, words),
  profileAdd: async (ctx, name) => (await app()).profileAdd(ctx, name),
  profileUse: async (ctx, name) => (await app()).profileUse(ctx, name),
  profileList: async (ctx, options) => (await app()).profileList(ctx, options),
  profileRemove: async (ctx, name, options) => (await app()).profileRemove(ctx, name, options),
};

const TITLES: Record<string, MessageKey> = {
  'Usage:': 'helpUsage',
  'Options:': 'helpOptions',
  'Global Options:': 'helpGlobalOptions',
  'Commands:': 'helpCommands',
  'Arguments:': 'helpArguments',
};

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

/** The error that commander raised, tagged with the command it belongs to (for the "--help" hint). */
export interface TaggedCommanderError extends Error {
  code: string;
  commandPath?: string;
}

/** Every word that names a command (with aliases), so the entry can ask for just the one being run. */
export const COMMAND_WORDS: ReadonlySet<string> = new Set(['guide', 'list', 'status', 'done', 'skip', 'undo', 'note', 'set', 'reset', 'where', 'export', 'carriers', 'services', 'scan', 'about', 'profile', 'completion', 'complete']);

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
 * The command registry: one block per command that reads like its --help. Settings are made on the root
 * before any `.command()`, because commander copies them only when a subcommand is created.
 */
export function buildProgram(ctx: Context, version: string, handlers: Handlers = commandHandlers, scope: BuildScope = {}): Command {
  const { only, withCompletion = true } = scope;
  const wanted = (name: string, alias?: string) => only === undefined || only === name || only === alias;
  const say = (key: MessageKey) => t(ctx.lang, key);
  const helpText = (text: string) => wrapHelpText(text, ctx.stdout.columns ?? 80, scope.helpLayout);
  const program = new Command('simexit');
  program
    .description(say('programDescription'))
    .version(version, '-V, --version', say('optVersion'))
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

  // Written only when that help is shown.
  const examples = (command: Command, key: MessageKey) =>
    command.addHelpText('after', () => `\n${say('helpExamples')}\n${helpText(say(key).replace(/^/gm, '  '))}`);

  if (wanted('guide')) examples(
    program
      .command('guide')
      .description(say('cmdGuide'))
      .option('--restart', say('optRestart'))
      .action((options: GuideOptions) => handlers.guide(ctx, options)),
    'exGuide',
  );
  if (wanted('list', 'status')) examples(
    program
      .command('list')
      .alias('status')
      .description(say('cmdList'))
      .option('-a, --all', say('optAll'))
      .option('--json', say('optJson'))
      .action((options: ListOptions) => handlers.list(ctx, options)),
    'exList',
  );
  if (wanted('done')) examples(
    program
      .command('done')
      .description(say('cmdDone'))
      .argument('<step...>', say('argSteps'))
      .option('--date <YYYY-MM-DD>', say('optDate'))
      .action((refs: string[], options: DoneOptions) => handlers.done(ctx, refs, options)),
    'exDone',
  );
  if (wanted('skip')) examples(
    program
      .command('skip')
      .description(say('cmdSkip'))
      .argument('<step...>', say('argSteps'))
      .option('-r, --reason <text>', say('optReason'))
      .option('-f, --force', say('optSkipForce'))
      .action((refs: string[], options: SkipOptions) => handlers.skip(ctx, refs, options)),
    'exSkip',
  );
  if (wanted('undo')) examples(
    program
      .command('undo')
      .description(say('cmdUndo'))
      .argument('<step>', say('argStep'))
      .action((ref: string) => handlers.undo(ctx, ref)),
    'exUndo',
  );
  if (wanted('note')) examples(
    program
      .command('note')
      .description(say('cmdNote'))
      .argument('<step>', say('argStep'))
      .argument('<text...>', say('argText'))
      .option('-f, --force', say('optForce'))
      .action((ref: string, words: string[], options: NoteOptions) => handlers.note(ctx, ref, words, options)),
    'exNote',
  );
  if (wanted('set')) examples(
    program
      .command('set')
      .description(say('cmdSet'))
      .argument('<key>', say('argSetKey'))
      .argument('<value>', say('argSetValue'))
      .addHelpText('after', () => `\n${helpText(say('setHelpKeys'))}`)
      .action((key: string, value: string) => handlers.set(ctx, key, value)),
    'exSet',
  );
  if (wanted('reset')) examples(
    program
      .command('reset')
      .description(say('cmdReset'))
      .option('-y, --yes', say('optYes'))
      .action((options: ResetOptions) => handlers.reset(ctx, options)),
    'exReset',
  );
  if (wanted('where')) examples(
    program
      .command('where')
      .description(say('cmdWhere'))
      .option('--json', say('optJson'))
      .action((options: { json?: boolean }) => handlers.where(ctx, options)),
    'exWhere',
  );
  if (wanted('export')) examples(
    program
      .command('export')
      .description(say('cmdExport'))
      .option('--format <format>', say('optFormat'), 'md')
      .option('-o, --output <file>', say('optOutput'))
      .option('--show-label', say('optShowLabel'))
      .action((options: ExportOptions) => handlers.exportReport(ctx, options)),
    'exExport',
  );
  if (wanted('carriers')) examples(
    program
      .command('carriers')
      .description(say('cmdCarriers'))
      .argument('[carrier]', say('argCarrier'))
      .option('--json', say('optJson'))
      .action((id: string | undefined, options: CarriersOptions) => handlers.carriers(ctx, id, options)),
    'exCarriers',
  );
  if (wanted('services')) examples(
    program
      .command('services')
      .description(say('cmdServices'))
      .option('-c, --category <category>', t(ctx.lang, 'optCategory', { categories: CODE_CATEGORIES.join(', ') }))
      .option('--json', say('optJson'))
      .action((options: ServicesOptions) => handlers.services(ctx, options)),
    'exServices',
  );
  if (wanted('scan')) examples(
    program
      .command('scan')
      .description(say('cmdScan'))
      .argument('[path...]', say('argScanPaths'))
      .option('--add [services]', say('optScanAdd'))
      .option('--json', say('optJson'))
      .action((paths: string[], options: ScanOptions) => handlers.scan(ctx, paths, options)),
    'exScan',
  );
  if (wanted('about')) program
    .command('about')
    .description(say('cmdAbout'))
    .action(() => handlers.about(ctx, version));

  if (wanted('profile')) {
    const profile = program.command('profile').description(say('cmdProfile'));
    profile
      .command('add')
      .description(say('cmdProfileAdd'))
      .argument('<name>', say('argProfileName'))
      .action((name: string) => handlers.profileAdd(ctx, name));
    profile
      .command('use')
      .description(say('cmdProfileUse'))
      .argument('<name>', say('argProfileName'))
      .action((name: string) => handlers.profileUse(ctx, name));
    profile
      .command('list')
      .description(say('cmdProfileList'))
      .option('--json', say('optJson'))
      .action((options: { json?: boolean }) => handlers.profileList(ctx, options));
    profile
      .command('remove')
      .description(say('cmdProfileRemove'))
      .argument('<name>', say('argProfileName'))
      .option('-y, --yes', say('optYes'))
      .action((name: string, options: { yes?: boolean }) => handlers.profileRemove(ctx, name, options));
    examples(profile, 'exProfile');
  }

  if (withCompletion) {
    // The completer learns the commands from a copy of this registry without these two commands.
    const registry = () => buildProgram(ctx, version, handlers, { withCompletion: false, ...(scope.helpLayout ? { helpLayout: scope.helpLayout } : {}) });
    if (wanted('completion')) examples(
      program
        .command('completion')
        .description(say('cmdCompletion'))
        .argument('<shell>', say('argShell'))
        .action((shell: string) => handlers.completion(ctx, registry(), shell)),
      'exCompletion',
    );
    if (wanted('complete')) program
      .command('complete', { hidden: true })
      .argument('[words...]')
      .allowUnknownOption()
      .helpOption(false)
      .action((words: string[]) => handlers.complete(ctx, registry(), words));
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
