import { Command, Option } from 'commander';
import type { Context } from './context.js';
import type { MessageKey } from './content/messages.js';
import type { CarriersOptions } from './commands/carriers.js';
import type { ExportOptions } from './commands/export.js';
import type { GuideOptions } from './commands/guide.js';
import type { ListOptions } from './commands/list.js';
import type { NoteOptions } from './commands/note.js';
import type { ResetOptions } from './commands/reset.js';
import type { SkipOptions } from './commands/skip.js';
import { t } from './text.js';

/** What each command does. The defaults import the command module only when that command runs. */
export interface Handlers {
  guide(ctx: Context, options: GuideOptions): Promise<void>;
  list(ctx: Context, options: ListOptions): void | Promise<void>;
  done(ctx: Context, refs: string[]): Promise<void>;
  skip(ctx: Context, ref: string, options: SkipOptions): Promise<void>;
  undo(ctx: Context, ref: string): Promise<void>;
  note(ctx: Context, ref: string, words: string[], options: NoteOptions): Promise<void>;
  reset(ctx: Context, options: ResetOptions): Promise<void>;
  where(ctx: Context): void | Promise<void>;
  exportReport(ctx: Context, options: ExportOptions): void | Promise<void>;
  carriers(ctx: Context, id: string | undefined, options: CarriersOptions): void | Promise<void>;
}

export const lazyHandlers: Handlers = {
  guide: async (ctx, options) => (await import('./commands/guide.js')).guide(ctx, options),
  list: async (ctx, options) => (await import('./commands/list.js')).list(ctx, options),
  done: async (ctx, refs) => (await import('./commands/done.js')).done(ctx, refs),
  skip: async (ctx, ref, options) => (await import('./commands/skip.js')).skip(ctx, ref, options),
  undo: async (ctx, ref) => (await import('./commands/undo.js')).undo(ctx, ref),
  note: async (ctx, ref, words, options) => (await import('./commands/note.js')).note(ctx, ref, words, options),
  reset: async (ctx, options) => (await import('./commands/reset.js')).reset(ctx, options),
  where: async (ctx) => (await import('./commands/where.js')).where(ctx),
  exportReport: async (ctx, options) => (await import('./commands/export.js')).exportReport(ctx, options),
  carriers: async (ctx, id, options) => (await import('./commands/carriers.js')).carriers(ctx, id, options),
};

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

/**
 * The command registry: one block per command that reads like its --help. Settings are made on the root
 * before any `.command()`, because commander copies them only when a subcommand is created.
 */
export function buildProgram(ctx: Context, version: string, handlers: Handlers = lazyHandlers): Command {
  const say = (key: MessageKey) => t(ctx.lang, key);
  const program = new Command('simexit');
  program
    .description(say('programDescription'))
    .version(version, '-V, --version', say('optVersion'))
    .helpOption('-h, --help', say('optHelp'))
    .helpCommand('help [command]', say('cmdHelp'))
    .addOption(new Option('--lang <lang>', say('optLang')))
    .option('--no-color', say('optNoColor'))
    .configureHelp({ showGlobalOptions: true, styleTitle: (title) => (TITLES[title] ? say(TITLES[title]) : title) })
    .configureOutput({
      writeOut: (text) => ctx.stdout.write(text),
      writeErr: (text) => ctx.stderr.write(text),
      outputError: () => {}, // main.ts prints errors, translated
      getOutHasColors: () => ctx.paint.level > 0,
      getErrHasColors: () => ctx.paintErr.level > 0,
    })
    .exitOverride()
    .addHelpText('after', `\n${say('helpMore')}`);

  const examples = (command: Command, key: MessageKey) =>
    command.addHelpText('after', `\n${say('helpExamples')}\n${say(key).replace(/^/gm, '  ')}`);

  examples(
    program
      .command('guide')
      .description(say('cmdGuide'))
      .option('--restart', say('optRestart'))
      .action((options: GuideOptions) => handlers.guide(ctx, options)),
    'exGuide',
  );
  examples(
    program
      .command('list')
      .alias('status')
      .description(say('cmdList'))
      .option('-a, --all', say('optAll'))
      .option('--json', say('optJson'))
      .action((options: ListOptions) => handlers.list(ctx, options)),
    'exList',
  );
  examples(
    program
      .command('done')
      .description(say('cmdDone'))
      .argument('<step...>', say('argSteps'))
      .action((refs: string[]) => handlers.done(ctx, refs)),
    'exDone',
  );
  examples(
    program
      .command('skip')
      .description(say('cmdSkip'))
      .argument('<step>', say('argStep'))
      .option('-r, --reason <text>', say('optReason'))
      .option('-f, --force', say('optForce'))
      .action((ref: string, options: SkipOptions) => handlers.skip(ctx, ref, options)),
    'exSkip',
  );
  examples(
    program
      .command('undo')
      .description(say('cmdUndo'))
      .argument('<step>', say('argStep'))
      .action((ref: string) => handlers.undo(ctx, ref)),
    'exUndo',
  );
  examples(
    program
      .command('note')
      .description(say('cmdNote'))
      .argument('<step>', say('argStep'))
      .argument('<text...>', say('argText'))
      .option('-f, --force', say('optForce'))
      .action((ref: string, words: string[], options: NoteOptions) => handlers.note(ctx, ref, words, options)),
    'exNote',
  );
  examples(
    program
      .command('reset')
      .description(say('cmdReset'))
      .option('-y, --yes', say('optYes'))
      .action((options: ResetOptions) => handlers.reset(ctx, options)),
    'exReset',
  );
  examples(program.command('where').description(say('cmdWhere')).action(() => handlers.where(ctx)), 'exWhere');
  examples(
    program
      .command('export')
      .description(say('cmdExport'))
      .option('--format <format>', say('optFormat'), 'md')
      .option('-o, --output <file>', say('optOutput'))
      .option('--show-label', say('optShowLabel'))
      .action((options: ExportOptions) => handlers.exportReport(ctx, options)),
    'exExport',
  );
  examples(
    program
      .command('carriers')
      .description(say('cmdCarriers'))
      .argument('[carrier]', say('argCarrier'))
      .option('--json', say('optJson'))
      .action((id: string | undefined, options: CarriersOptions) => handlers.carriers(ctx, id, options)),
    'exCarriers',
  );

  for (const command of program.commands) {
    command.exitOverride((error) => {
      throw Object.assign(error, { commandPath: `simexit ${command.name()}` });
    });
  }
  return program;
}
