import assert from 'node:assert/strict';
import type { Prompts } from '../../src/io/prompts.js';

/** The guide's questions; the scan's (Prompts.scan) are scripted on their own in test/scan. */
type Method = Exclude<keyof Prompts, 'scan'>;
/** One expected question and the answer to give (an Error is thrown instead, e.g. a Ctrl+C). */
export type Step = { [M in Method]: [M, Awaited<ReturnType<Prompts[M]>> | Error] }[Method];

/** A scripted prompt adapter: it fails the test on any question asked out of order or not scripted. */
export function scriptedPrompts(script: Step[]): Prompts & { remaining(): number; asked: string[] } {
  const queue = [...script];
  const asked: string[] = [];
  const answer = (method: Method) => async (...args: unknown[]) => {
    const next = queue.shift();
    asked.push(method);
    assert.ok(next, `unexpected question ${method}(${JSON.stringify(args.slice(1))}) after the script ended`);
    assert.equal(next[0], method, `expected ${next[0]} but the guide asked ${method}`);
    if (next[1] instanceof Error) throw next[1];
    return next[1];
  };
  const methods: Method[] = ['askLanguage', 'askCarrier', 'askLabel', 'askGoal', 'askYesNoUnsure', 'askOption', 'askCodeCategories', 'askServices', 'askDate', 'askNextAction', 'askText', 'askYesNo'];
  const prompts = Object.fromEntries(methods.map((method) => [method, answer(method)])) as unknown as Prompts;
  return Object.assign(prompts, { remaining: () => queue.length, asked });
}

/** What Inquirer throws on Ctrl+C. */
export function ctrlC(): Error {
  const error = new Error('User force closed the prompt with SIGINT');
  error.name = 'ExitPromptError';
  return error;
}
