import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Command } from 'commander';
import { buildProgram, COMMAND_WORDS } from '../../src/cli.js';
import type { Context } from '../../src/context.js';
import { prescan, scopeFor } from '../../src/main.js';
import { run, tempHome } from '../helpers/world.js';

// The entry builds only the command a command line runs; these tests hold that to the whole registry.
const ctx = { lang: 'en', stdout: { write: () => true }, stderr: { write: () => true }, paint: { level: 0 }, paintErr: { level: 0 } } as unknown as Context;
const namesOf = (command: Command) => [command.name(), ...command.aliases()];
const words = (program: Command) => program.commands.flatMap(namesOf);

describe('the registry, built for one command', () => {
  it('knows every command word the whole registry defines, and no other', () => {
    assert.deepEqual(new Set(words(buildProgram(ctx))), COMMAND_WORDS);
  });

  it('registers just the command named (with its alias and subcommands), or none for the root alone', () => {
    for (const word of COMMAND_WORDS) {
      const program = buildProgram(ctx, { only: word });
      const whole = buildProgram(ctx).commands.find((command) => namesOf(command).includes(word))!;
      assert.deepEqual(words(program), namesOf(whole), word);
      assert.equal(program.commands[0]!.helpInformation(), whole.helpInformation(), `${word}: the same help`);
    }
    assert.deepEqual(buildProgram(ctx, { only: '' }).commands, []);
  });

  const cases: Array<[string[], string | undefined, string | undefined]> = [
    [['list'], undefined, 'list'],
    [['status', '--json'], undefined, 'status'],
    [['--lang', 'zh', 'done', '3'], undefined, 'done'],
    [['--profile', 'list', 'done', '3'], undefined, 'done'],
    [['profile', 'use', 'work'], undefined, 'profile'],
    [['list', '--help'], undefined, 'list'],
    [[], 'guide', 'guide'],
    [['--no-color'], 'list', 'list'],
    [['--version'], undefined, ''],
    [['-V'], undefined, ''],
    [['--help'], undefined, undefined],
    [['help', 'list'], undefined, undefined],
    [['lsit'], undefined, undefined],
  ];
  for (const [argv, defaultCommand, only] of cases) {
    it(`${JSON.stringify(argv)}${defaultCommand ? ` (default ${defaultCommand})` : ''} builds ${only === undefined ? 'the whole registry' : only === '' ? 'the root alone' : only}`, () => {
      const found = prescan(argv);
      assert.deepEqual(scopeFor(found, found.word ?? defaultCommand), only === undefined ? {} : { only });
    });
  }

  it('a typo still gets the closest command suggested, from the whole registry', async () => {
    const result = await run(tempHome(), ['undoo']);
    assert.equal(result.code, 2);
    assert.match(result.stderr, /Did you mean undo\?/);
  });

  it('`help <command>` and the root --help still show every command', async () => {
    for (const argv of [['--help'], ['help']]) {
      const result = await run(tempHome(), argv);
      assert.equal(result.code, 0, result.stderr);
      for (const word of ['guide', 'list|status', 'done', 'export', 'profile', 'completion']) assert.match(result.stdout, new RegExp(`\\n  ${word.replace('|', '\\|')} `), `${argv.join(' ')}: ${word}`);
    }
    const help = await run(tempHome(), ['help', 'export']);
    assert.match(help.stdout, /Usage: simexit export \[options\]/);
  });
});
