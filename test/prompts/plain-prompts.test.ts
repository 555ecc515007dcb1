import assert from 'node:assert/strict';
import { PassThrough } from 'node:stream';
import { describe, it } from 'node:test';
import { plainInquirer } from '../../src/io/plain-prompts.js';

/** The plain prompts over a fake terminal: lines typed in, what was printed out. */
function terminal(lang: 'en' | 'zh' = 'en') {
  const input = new PassThrough();
  let printed = '';
  const prompts = plainInquirer(input, { write: (chunk: string) => (printed += chunk) }, () => lang);
  return { prompts, type: (...lines: string[]) => input.write(lines.map((line) => `${line}\n`).join('')), end: () => input.end(), printed: () => printed };
}
const choices = [{ name: 'Ultra', value: 'ultra' }, { name: 'Tello', value: 'tello' }, { name: 'Gone', value: 'gone', disabled: 'n/a' }];

describe('the numbered questions for TERM=dumb', () => {
  it('select: Enter takes the default, a number its choice, anything else is asked again', async () => {
    const { prompts, type, printed } = terminal();
    type('', '3', 'x', '２');
    assert.equal(await prompts.select({ message: 'Carrier?', choices, default: 'tello' }), 'tello');
    assert.equal(await prompts.select({ message: 'Carrier?', choices }), 'tello'); // 3 is disabled, x is not a number, ２ is 2
    assert.match(printed(), /Carrier\?\n {3}1\) Ultra\n {3}2\) Tello\n {3}3\) Gone \(n\/a\)\nNumber \(Enter for 2\):/);
    assert.equal(printed().match(/Type a number from 1 to 3\./g)?.length, 2);
    assert.doesNotMatch(printed(), /\u001b/);
  });

  it('checkbox: several numbers, Enter keeps the marked ones, 0 for none', async () => {
    const { prompts, type } = terminal();
    const marked = [{ name: 'A', value: 'a', checked: true }, { name: 'B', value: 'b' }, { name: 'C', value: 'c' }];
    type('2, 3', '', '0');
    assert.deepEqual(await prompts.checkbox({ message: 'Which?', choices: marked }), ['b', 'c']);
    assert.deepEqual(await prompts.checkbox({ message: 'Which?', choices: marked }), ['a']);
    assert.deepEqual(await prompts.checkbox({ message: 'Which?', choices: marked }), []);
  });

  it('input: the default on Enter, asked again while the check refuses it, in Chinese', async () => {
    const { prompts, type, printed } = terminal('zh');
    type('', 'bad', 'good');
    assert.equal(await prompts.input({ message: '标签', default: '4821' }), '4821');
    assert.equal(await prompts.input({ message: '标签', validate: (value: string) => value === 'good' || '不行' }), 'good');
    assert.match(printed(), /标签 \(4821\) [\s\S]*不行\n/);
  });

  it('search: a term, then a number among what it found; Enter alone takes the first choice offered with no term', async () => {
    const { prompts, type } = terminal();
    const source = (term: string | undefined) => (term ? choices.filter((choice) => choice.name.toLowerCase().includes(term.toLowerCase())) : [{ name: 'Done', value: 'done' }]);
    type('tel', '1', '');
    assert.equal(await prompts.search({ message: 'Search', source }), 'tello');
    assert.equal(await prompts.search({ message: 'Search', source }), 'done');
  });

  it('the end of input (Ctrl+D) ends the session as Ctrl+C would', async () => {
    const { prompts, end } = terminal();
    end();
    await assert.rejects(prompts.select({ message: 'Carrier?', choices }), { name: 'ExitPromptError' });
  });
});
