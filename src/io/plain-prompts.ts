import { createInterface } from 'node:readline';
import type { OutStream } from '../context.js';
import type { Lang } from '../i18n.js';
import { t } from '../text.js';
import { createPrompts, type Inquirer, type Prompts } from './prompts.js';

// The guided session for a terminal that cannot move the cursor (TERM=dumb: Emacs shell buffers, some serial
// consoles and screen readers' plain modes): every question printed once, its choices numbered, the answer a
// line of text read as the terminal echoes it. The same four functions Inquirer gives the adapter (select,
// checkbox, input, search), taking the same question objects, so every question and its checks stay one code.
// No escape sequence is ever written; Ctrl+C is the terminal's signal (main.ts), Ctrl+D ends the session as
// Ctrl+C would.

interface Choice<V> {
  name?: string;
  value: V;
  checked?: boolean;
  disabled?: boolean | string;
}

/** An error named as Inquirer's, so the guide and main.ts treat the end of input as Ctrl+C (exit 130, answers kept). */
function endOfInput(): Error {
  return Object.assign(new Error('input ended'), { name: 'ExitPromptError' });
}

/** The plain prompts over `input` (the terminal, as lines) and `output`, in the user's language. */
export function plainInquirer(input: NodeJS.ReadableStream, output: OutStream, lang: () => Lang): Inquirer {
  // One reader for the whole session, so that lines typed ahead are not lost between questions; it lets the
  // process end once nothing is asked (unref) and stops reading when the session ends.
  const reader = createInterface({ input, terminal: false });
  const lines: string[] = [];
  const waiting: Array<{ resolve: (line: string) => void; reject: (error: Error) => void }> = [];
  let ended = false;
  reader.on('line', (line) => (waiting.length ? waiting.shift()!.resolve(line) : lines.push(line)));
  reader.on('close', () => {
    ended = true;
    waiting.splice(0).forEach(({ reject }) => reject(endOfInput()));
  });
  const pause = () => (input as { unref?: () => void }).unref?.();
  const resume = () => (input as { ref?: () => void }).ref?.();
  pause();

  const readLine = async (prompt: string): Promise<string> => {
    output.write(prompt);
    if (lines.length) return lines.shift()!.trim();
    if (ended) throw endOfInput();
    resume();
    try {
      return (await new Promise<string>((resolve, reject) => waiting.push({ resolve, reject }))).trim();
    } finally {
      pause();
    }
  };

  const numbered = <V>(choices: ReadonlyArray<Choice<V>>, mark: (choice: Choice<V>) => string) =>
    choices.map((choice, index) => `  ${String(index + 1).padStart(2)}) ${mark(choice)}${choice.name ?? String(choice.value)}${choice.disabled ? ` (${typeof choice.disabled === 'string' ? choice.disabled : t(lang(), 'choiceDisabled')})` : ''}\n`).join('');

  /** Reads numbers until they all name choices that can be chosen; `several` allows a list of them. */
  const pick = async <V>(choices: ReadonlyArray<Choice<V>>, prompt: string, several: boolean): Promise<number[] | null> => {
    for (;;) {
      // Digits as a Chinese input method types them (１２) count as digits.
      const answer = (await readLine(prompt)).normalize('NFKC');
      if (!answer) return null;
      if (several && answer === '0') return [];
      const numbers = answer.split(/[\s,，、]+/).filter(Boolean).map(Number);
      const valid = numbers.every((number) => Number.isInteger(number) && number >= 1 && number <= choices.length && !choices[number - 1]!.disabled);
      if (valid && (several || numbers.length === 1)) return numbers.map((number) => number - 1);
      output.write(`${t(lang(), 'plainPickNumber', { max: choices.length })}\n`);
    }
  };

  const select = async <V>(config: { message: string; choices: ReadonlyArray<Choice<V>>; default?: unknown }): Promise<V> => {
    const choices = config.choices;
    const fallback = Math.max(0, choices.findIndex((choice) => choice.value === config.default && !choice.disabled));
    output.write(`\n${config.message}\n${numbered(choices, () => '')}`);
    const picked = await pick(choices, `${t(lang(), 'plainSelect', { default: fallback + 1 })} `, false);
    return choices[picked ? picked[0]! : fallback]!.value;
  };

  const checkbox = async <V>(config: { message: string; choices: ReadonlyArray<Choice<V>> }): Promise<V[]> => {
    const choices = config.choices;
    output.write(`\n${config.message}\n${numbered(choices, (choice) => (choice.checked ? '[x] ' : '[ ] '))}`);
    const picked = await pick(choices, `${t(lang(), 'plainCheckbox')} `, true);
    if (picked === null) return choices.filter((choice) => choice.checked).map((choice) => choice.value);
    return choices.filter((_, index) => picked.includes(index)).map((choice) => choice.value);
  };

  const inputQuestion = async (config: { message: string; default?: string; validate?: (value: string) => boolean | string | Promise<boolean | string> }): Promise<string> => {
    for (;;) {
      const shown = config.default ? ` (${config.default})` : '';
      const answer = (await readLine(`\n${config.message}${shown} `)) || config.default || '';
      const verdict = config.validate ? await config.validate(answer) : true;
      if (verdict === true) return answer;
      output.write(`${typeof verdict === 'string' ? verdict : t(lang(), 'choiceDisabled')}\n`);
    }
  };

  /** A search: a term first (Enter alone takes the first choice offered with no term, "Done"), then a number. */
  const search = async <V>(config: { message: string; source: (term: string | undefined) => ReadonlyArray<Choice<V>> | Promise<ReadonlyArray<Choice<V>>> }): Promise<V> => {
    for (;;) {
      const term = await readLine(`\n${config.message}\n${t(lang(), 'plainSearch')} `);
      const choices = await config.source(term || undefined);
      if (!term) return choices[0]!.value;
      output.write(numbered(choices, () => ''));
      const picked = await pick(choices, `${t(lang(), 'plainSelect', { default: 1 })} `, false);
      const choice = choices[picked ? picked[0]! : 0]!;
      if (!choice.disabled) return choice.value;
    }
  };

  return { select, checkbox, input: inputQuestion, search } as unknown as Inquirer;
}

/** The guide's prompts for a terminal without cursor movement. */
export function plainPrompts(input: NodeJS.ReadableStream, output: OutStream, lang: () => Lang): Prompts {
  return createPrompts(plainInquirer(input, output, lang));
}
