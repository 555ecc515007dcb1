import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { describe, it } from 'node:test';
import { BIN } from '../helpers/bin.js';
import { PtySession } from '../helpers/pty.js';
import { answers, tempHome, writeStore } from '../helpers/world.js';

// Completion as people get it: each shell in a real terminal, the script from `simexit completion <shell>`
// sourced (twice: that must be harmless), Tab pressed, and the line or the list on screen checked. A shell that is
// not installed is skipped with a message (`apt-get install bash-completion zsh fish` to run them all).

const has = (program: string) => spawnSync('sh', ['-c', `command -v ${program}`]).status === 0;
const BASH_COMPLETION = ['/usr/share/bash-completion/bash_completion', '/opt/homebrew/etc/profile.d/bash_completion.sh'].find((file) => fs.existsSync(file));

/** A store with two profiles: the active one has Chase and WeChat steps, `tello` has PayPal. */
function world(): { home: string; bin: string } {
  const home = tempHome();
  const at = '2026-11-01T00:00:00Z';
  writeStore(home, {
    profiles: {
      default: { events: [{ type: 'answers', at, answers: answers({ services: ['chase', 'wechat'] }) }] },
      tello: { events: [{ type: 'answers', at, answers: answers({ services: ['paypal'] }) }] },
    },
  });
  const bin = path.join(home, 'bin');
  fs.mkdirSync(bin);
  fs.writeFileSync(path.join(bin, 'simexit'), `#!/bin/sh\nexec '${process.execPath}' '${BIN}' "$@"\n`, { mode: 0o755 });
  fs.writeFileSync(path.join(home, 'report.md'), '');
  return { home, bin };
}

interface Shell {
  name: string;
  program: string;
  args: string[];
  /** Lines typed first: load the completion (twice) and set a prompt. */
  setup: string[];
  skip: string | false;
}

const shells: Shell[] = [
  {
    name: 'bash without bash-completion',
    program: 'bash',
    args: ['--norc', '--noprofile', '-i'],
    setup: ["PS1='READY> '", 'source <(simexit completion bash)', 'source <(simexit completion bash)', 'bind "set show-all-if-ambiguous on"'],
    skip: false,
  },
  {
    name: 'bash with bash-completion',
    program: 'bash',
    args: ['--norc', '--noprofile', '-i'],
    setup: [`source ${BASH_COMPLETION}`, "PS1='READY> '", 'source <(simexit completion bash)', 'source <(simexit completion bash)', 'bind "set show-all-if-ambiguous on"'],
    skip: BASH_COMPLETION ? false : 'bash-completion is not installed (apt-get install bash-completion)',
  },
  {
    name: 'zsh',
    program: 'zsh',
    args: ['-f', '-i'],
    setup: ['autoload -Uz compinit && compinit -u', "PS1='READY> '", 'source <(simexit completion zsh)', 'source <(simexit completion zsh)', 'setopt auto_list no_list_ambiguous'],
    skip: has('zsh') ? false : 'zsh is not installed (apt-get install zsh)',
  },
  {
    name: 'fish',
    program: 'fish',
    args: ['--no-config', '-i'],
    setup: ["function fish_prompt; echo -n 'READY> '; end", 'set -g fish_autosuggestion_enabled 0', 'simexit completion fish | source', 'simexit completion fish | source'],
    skip: has('fish') ? false : 'fish is not installed (apt-get install fish)',
  },
];

/**
 * One shell session. `complete(typed, expected)` types a line and presses Tab: a string is the whole line the
 * completion must leave, with the cursor after the space the shell adds (so neither a fish autosuggestion nor a
 * half-done line passes); a pattern must match what was shown below the prompt (a list of candidates). Then the
 * line is emptied.
 */
async function inShell(shell: Shell, check: (complete: (typed: string, expected: string | RegExp) => Promise<void>) => Promise<void>): Promise<void> {
  const { home, bin } = world();
  const env = { PATH: `${bin}:${process.env.PATH}`, HOME: home, SIMEXIT_HOME: home, LANG: 'en_US.UTF-8', TZ: 'UTC', NO_COLOR: '1', TERM: 'xterm-256color', INPUTRC: '/dev/null' };
  const session = new PtySession([], env, 120, 40, shell.program, shell.args);
  try {
    for (const line of ['cd "$HOME"', ...shell.setup]) session.send(`${line}\r`);
    session.send('echo SET""UP\r');
    await session.waitFor('SETUP');
    await session.waitFor('READY> ');
    // Sourcing the script twice is harmless: no complaint (a readonly variable, a redefinition) from the shell.
    assert.doesNotMatch(session.screen(), /readonly|error|not found|warning/i);
    await check(async (typed, expected) => {
      session.send(`${typed}\t`);
      if (typeof expected === 'string') {
        const line = `READY> ${expected} `;
        await session.waitForScreen(() => {
          const { text, column } = session.cursorLine();
          return text.trimEnd() === line.trimEnd() && column === line.length;
        }, `the line "${line}" with the cursor at its end`);
      } else {
        await session.waitForScreen((screen) => {
          const lines = screen.split('\n');
          // The typed line stays (bash prints the list and the line again) or is updated in place (zsh, fish).
          return lines.some((line, at) => line.startsWith(`READY> ${typed}`) && expected.test(lines.slice(at + 1).join('\n')));
        }, String(expected));
      }
      session.send('\u0001\u000b'); // Ctrl+A, Ctrl+K: the line emptied, in all three shells
      await session.waitForScreen(() => {
        const { text, column } = session.cursorLine();
        return text.trimEnd() === 'READY>' && column === 7;
      }, 'an empty prompt');
    });
  } finally {
    session.kill();
  }
}

for (const shell of shells) {
  describe(`completion in ${shell.name}`, { skip: shell.skip }, () => {
    it('completes step ids with a colon, once, and the steps of the profile named with --profile', () =>
      inShell(shell, async (complete) => {
        await complete('simexit done move-2fa:ch', 'simexit done move-2fa:chase');
        await complete('simexit skip move-2fa:w', 'simexit skip move-2fa:wechat');
        await complete('simexit --profile tello undo move-2fa:', 'simexit --profile tello undo move-2fa:paypal');
        await complete('simexit done move-2', /chase[\s\S]*wechat/);
      }));

    it('completes commands, option values, carrier ids, profile names, help topics and file names', () =>
      inShell(shell, async (complete) => {
        await complete('simexit exp', 'simexit export');
        await complete('simexit export --format ic', 'simexit export --format ics');
        await complete('simexit list --lang z', 'simexit list --lang zh');
        await complete('simexit services --category brok', 'simexit services --category brokers-crypto');
        await complete('simexit carriers tmob', 'simexit carriers tmobile-prepaid');
        await complete('simexit profile use tel', 'simexit profile use tello');
        await complete('simexit help expo', 'simexit help export');
        await complete('simexit export --output rep', 'simexit export --output report.md');
        await complete('simexit export --output=rep', 'simexit export --output=report.md');
        await complete('simexit export --format=js', 'simexit export --format=json');
      }));
  });
}
