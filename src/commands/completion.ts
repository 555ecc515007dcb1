import type { Command, Option } from 'commander';
import { println, type Context } from '../context.js';
import { CARRIERS } from '../content/carriers.js';
import { CATEGORY_NAMES } from '../content/categories.js';
import { buildPlan } from '../core/plan.js';
import { deriveState } from '../core/progress.js';
import { SETTING_KEYS } from '../core/settings.js';
import { CODE_CATEGORIES } from '../core/types.js';
import { EXIT, UserError } from '../errors.js';
import { LANGS, localize } from '../i18n.js';
import { loadTab } from '../lazy.js';
import { listOf, t } from '../text.js';
import { EXPORT_FORMATS } from './export.js';

export const SHELLS = ['bash', 'zsh', 'fish', 'powershell'] as const;

// The protocol between the shell scripts and `simexit complete -- <words>` is cobra's (as @bomb.sh/tab speaks
// it): one candidate a line, `value<TAB>description`, then a last line `:<directive>`. Directive 4 means "these
// are all: no file names"; 0 means "complete file names" (after --output, for scan's paths).
const NO_FILES = 4;
const FILES = 0;

type Candidate = [value: string, description: string];

/** The steps of the plan of `profile` (the active one when undefined). Reads without repairing or moving anything. */
function planSteps(ctx: Context, profile: string | undefined): Candidate[] {
  const events = ctx.store.peekEvents(profile);
  if (!events) return [];
  return buildPlan(deriveState(events).answers).map((step) => [step.id, localize(step.title, ctx.lang)]);
}

const profiles = (ctx: Context): Candidate[] => ctx.store.peekProfileNames().map((name) => [name, '']);
const carriers = (ctx: Context): Candidate[] => CARRIERS.map((carrier) => [carrier.id, localize(carrier.name, ctx.lang)]);

/** Values of the options that take one; undefined: a file name; an option not named here gets no candidates. */
const OPTION_VALUES: Record<string, ((ctx: Context) => Candidate[]) | undefined> = {
  format: () => EXPORT_FORMATS.map((format) => [format, '']),
  lang: () => LANGS.map((lang) => [lang, lang === 'zh' ? '简体中文' : 'English']),
  category: (ctx) => CODE_CATEGORIES.map((category) => [category, localize(CATEGORY_NAMES[category].name, ctx.lang)]),
  profile: profiles,
  output: undefined,
};

/** The longest option name (`--output` → `output`) commander knows it by. */
const optionName = (option: Option) => (option.long ?? option.short ?? '').replace(/^-+/, '');
const takesValue = (option: Option) => option.required || option.optional;

/** The options in effect for `command`: its own, then its parents' (commander reads global options anywhere). */
function optionsOf(command: Command): Option[] {
  const found: Option[] = [];
  for (let at: Command | null = command; at; at = at.parent) found.push(...at.options.filter((option) => !option.hidden));
  return found;
}

const findOption = (command: Command, flag: string) => optionsOf(command).find((option) => option.long === flag || option.short === flag);
const visibleCommands = (command: Command) => command.createHelp().visibleCommands(command);
const findCommand = (command: Command, word: string) =>
  command.commands.find((sub) => sub.name() === word || sub.aliases().includes(word)) ?? (word === 'help' && command.parent === null ? HELP : undefined);
// commander's help command is not in `commands`; it is completed like a command taking a command's name.
const HELP = Symbol('help');

/**
 * The registry the completer reads, with `completion` in it: the copy cli.ts passes may leave the completion
 * commands out (they are the ones running); `completion <shell>` is completed all the same.
 */
function withCompletionCommand(ctx: Context, program: Command): Command {
  if (program.commands.some((sub) => sub.name() === 'completion')) return program;
  program.command('completion').description(t(ctx.lang, 'cmdCompletion')).argument('<shell>');
  return program;
}

interface Found {
  candidates: Candidate[];
  directive: number;
}

/**
 * The candidates for the last of `words` (the word being typed, possibly empty), given the words before it:
 * commands, options, option values, and argument values, each with a short description in the user's language.
 * Every candidate is a whole word (`move-2fa:chase`, `--format=json`); the shell scripts trim what the shell
 * treats as a word of its own.
 */
export function candidates(ctx: Context, registry: Command, words: readonly string[]): Found {
  const program = withCompletionCommand(ctx, registry);
  const typed = words.slice(0, -1);
  const current = words.at(-1) ?? '';
  let command: Command | typeof HELP = program;
  let profile: string | undefined;
  let pending: Option | undefined; // an option whose value is the word being typed
  let optionsEnded = false;
  const positional: string[] = [];
  for (let index = 0; index < typed.length; index++) {
    const word = typed[index]!;
    if (command !== HELP && !optionsEnded && word === '--') {
      optionsEnded = true;
      continue;
    }
    if (command !== HELP && !optionsEnded && word.startsWith('-') && word.length > 1) {
      const [flag, inline] = word.includes('=') ? [word.slice(0, word.indexOf('=')), word.slice(word.indexOf('=') + 1)] : [word, undefined];
      const option = findOption(command, flag!);
      if (!option || !takesValue(option) || inline !== undefined) {
        if (option?.long === '--profile') profile = inline;
        continue;
      }
      if (index + 1 === typed.length) pending = option;
      else if (option.required || !typed[index + 1]!.startsWith('-')) {
        if (option.long === '--profile') profile = typed[index + 1];
        index++;
      }
      continue;
    }
    const sub: Command | typeof HELP | undefined = command !== HELP && positional.length === 0 ? findCommand(command, word) : undefined;
    if (sub) command = sub;
    else positional.push(word);
  }

  const found = (list: Candidate[], prefix = ''): Found => ({
    candidates: list.filter(([value]) => value.startsWith(current.slice(prefix.length))).map(([value, about]) => [prefix + value, about]),
    directive: NO_FILES,
  });
  const files: Found = { candidates: [], directive: FILES };
  const valuesOf = (option: Option, prefix = '') => {
    const name = optionName(option);
    if (!Object.hasOwn(OPTION_VALUES, name)) return found([], prefix);
    const values = OPTION_VALUES[name];
    return values ? found(values(ctx), prefix) : files;
  };

  if (command === HELP) return positional.length ? found([]) : found(visibleCommands(program).filter((sub) => sub.name() !== 'help').map((sub) => [sub.name(), sub.description()]));
  if (pending) return valuesOf(pending);
  if (!optionsEnded && current.startsWith('-')) {
    const equals = current.indexOf('=');
    if (equals > 0) {
      const option = findOption(command, current.slice(0, equals));
      return option && takesValue(option) ? valuesOf(option, current.slice(0, equals + 1)) : found([]);
    }
    // --version works before a command only; --help everywhere (commander's help option is not in `options`).
    const flags = optionsOf(command)
      .filter((option) => command === program || option.long !== '--version')
      .flatMap((option): Candidate[] => (option.long ? [[option.long, option.description]] : []));
    return found([...flags, ['--help', t(ctx.lang, 'optHelp')]]);
  }
  if (positional.length === 0 && command.commands.length > 0) {
    const subs = visibleCommands(command).map((sub): Candidate => [sub.name(), sub.description()]);
    return found(command === program ? subs : subs.filter(([name]) => name !== 'help'));
  }
  const path = commandPath(command);
  return path === 'scan' ? files : found(argumentValues(ctx, path, positional, profile));
}

/** Values of the argument after `positional` of the command at `path`. */
function argumentValues(ctx: Context, path: string, positional: readonly string[], profile: string | undefined): Candidate[] {
  const position = positional.length;
  switch (path) {
    case 'done':
    case 'skip':
      return planSteps(ctx, profile);
    case 'undo':
    case 'note':
    case 'show':
      return position === 0 ? planSteps(ctx, profile) : [];
    case 'carriers':
      return position === 0 ? carriers(ctx) : [];
    case 'set':
      return position === 0 ? SETTING_KEYS.map((key) => [key, '']) : position === 1 && positional[0] === 'carrier' ? carriers(ctx) : [];
    case 'profile use':
    case 'profile remove':
      return position === 0 ? profiles(ctx) : [];
    case 'completion':
      return position === 0 ? SHELLS.map((shell) => [shell, '']) : [];
    default:
      return [];
  }
}

const commandPath = (command: Command): string => (command.parent && command.parent.parent ? `${commandPath(command.parent)} ${command.name()}` : command.name());

/** `simexit complete -- <words>`: what the shell scripts call to get candidates for the words typed so far. */
export async function completeWords(ctx: Context, program: Command, words: string[]): Promise<void> {
  const { candidates: list, directive } = candidates(ctx, program, words.length ? words : ['']);
  println(ctx.stdout, [...list.map(([value, about]) => `${value}\t${oneLine(about)}`), `:${directive}`].join('\n'));
}

/** A description on one line, without tabs: the protocol is line- and tab-separated. */
const oneLine = (text: string) => text.replace(/\s+/g, ' ').trim();

/** `simexit completion <shell>`: prints the script that makes the shell ask simexit for completions. */
export async function completionScript(ctx: Context, _program: Command, shell: string): Promise<void> {
  if (!(SHELLS as readonly string[]).includes(shell)) throw new UserError(['invalidShell', { value: shell, shells: listOf(SHELLS) }], EXIT.usage);
  if (shell === 'powershell') {
    // PowerShell's script is @bomb.sh/tab's (cobra's, which speaks the same protocol); it prints with console.log,
    // which main.ts routes through the checked output.
    (await loadTab())(shell, 'simexit', 'simexit');
    return;
  }
  ctx.stdout.write(SCRIPTS[shell as 'bash' | 'zsh' | 'fish']);
}

// The scripts ask `simexit complete -- <words>` and show what it prints. Each may be sourced any number of times
// (it only defines a function and registers it). Words are passed as the shell split them; nothing is eval'd.
const SCRIPTS = {
  // bash, with or without the bash-completion package: the words are read from COMP_LINE (bash splits
  // `move-2fa:chase` and `--format=json` at the colon and the equals sign, COMP_WORDBREAKS), and what bash
  // treats as the word being completed (after the last : or =) is what the candidates are trimmed to.
  bash: `# bash completion for simexit: source it, or put it in ~/.local/share/bash-completion/completions/simexit
_simexit_complete() {
    local IFS=$' \\t\\n' line=\${COMP_LINE:0:COMP_POINT} out directive candidate cur
    local -a words
    read -r -a words <<< "$line"
    [[ $line == *[[:space:]] || \${#words[@]} -eq 0 ]] && words+=('')
    cur=\${words[\${#words[@]}-1]}
    out=$(simexit complete -- "\${words[@]:1}" 2>/dev/null) || return 0
    directive=\${out##*:}
    out=\${out%:*}
    COMPREPLY=()
    # What bash replaces: the part of the word after its last break character (: or =, when they break words).
    local word=\${COMP_WORDS[COMP_CWORD]}
    [[ $word == [:=] ]] && word=''
    local keep=\${cur%"$word"}
    if (( (directive & 4) == 0 )); then
        # File names (compgen, not compopt -o default, so bash 3.2 on macOS completes them too).
        compopt -o filenames 2>/dev/null
        while IFS= read -r candidate; do COMPREPLY+=("$candidate"); done < <(compgen -f -- "$word")
        return 0
    fi
    while IFS= read -r candidate; do
        candidate=\${candidate%%$'\\t'*}
        [[ -n $candidate ]] && COMPREPLY+=("\${candidate#"$keep"}")
    done <<< "$out"
}
complete -o nosort -F _simexit_complete simexit 2>/dev/null || complete -F _simexit_complete simexit
`,
  // zsh: _describe takes "value:description", so a colon in a value (move-2fa:chase) is escaped as \\:.
  zsh: `#compdef simexit
# zsh completion for simexit: save as _simexit in a directory of $fpath, or source it after compinit.
_simexit() {
    local out line directive
    local -a lines described
    out=$(simexit complete -- "\${(@)words[2,CURRENT]}" 2>/dev/null) || return 1
    lines=("\${(@f)out}")
    directive=\${lines[-1]#:}
    lines=("\${(@)lines[1,-2]}")
    if (( (directive & 4) == 0 )); then
        [[ $PREFIX == --*=* ]] && compset -P '*='
        _files
        return
    fi
    for line in "\${lines[@]}"; do
        [[ -z $line ]] && continue
        described+=("\${\${line%%$'\\t'*}//:/\\\\:}:\${line#*$'\\t'}")
    done
    (( \${#described} )) && _describe -t values simexit described
}
if [[ \${funcstack[1]} == _simexit ]]; then
    _simexit "$@"
else
    compdef _simexit simexit
fi
`,
  // fish reads "value<TAB>description" as it is; an empty word being typed is passed as ''.
  fish: `# fish completion for simexit: save as ~/.config/fish/completions/simexit.fish, or source it.
function __simexit_complete
    set -l words (commandline -opc)
    set -l current (commandline -ct)
    set -l out (simexit complete -- $words[2..-1] "$current" 2>/dev/null)
    or return
    set -l directive (string replace ':' '' -- $out[-1])
    if test (math "bitand($directive, 4)") -eq 0
        # File names, after --output= too.
        set -l prefix (string match -r -- '^--[^=]*=' $current)
        for path in (__fish_complete_path (string replace -r -- '^--[^=]*=' '' $current))
            echo "$prefix$path"
        end
        return
    end
    set -e out[-1]
    printf '%s\n' $out
end
complete -c simexit -e
complete -c simexit -f -k -a '(__simexit_complete)'
`,
} as const;
