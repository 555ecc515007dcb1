import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { markdownText } from '../../src/io/markdown.js';
import { visible } from '../../src/io/visible.js';
import { answers, run, tempHome, writeStore } from '../helpers/world.js';

// Issue 13, finding 10: notes, reasons and names were printed raw: escape sequences could retitle the window,
// clear the screen, show a disguised link or forge a "Done:" line; a note with newlines forged a checked item
// in the Markdown export; the calendar's name and UID were not escaped.

const ATTACKS = {
  title: '\u001b]0;pwned\u0007',
  clear: '\u001b[2J\u001b[H',
  link: '\u001b]8;;https://evil.example\u0007click\u001b]8;;\u0007',
  forgedLine: '\rDone: 8. Cancel the line',
  newline: 'ok\n- [x] 8. Cancel the line `cancel`',
  bidi: 'safe \u202edetalpmoc\u202c',
  c1: 'x\u009b2Jy',
};
const RAW = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/; // anything but \t and \n

/** A store whose every kind of stored text holds one attack: notes, a skip reason, the label, a custom service, a profile name. */
function hostile(attack: string): string {
  const home = tempHome();
  writeStore(home, {
    activeProfile: `p${attack}`,
    profiles: {
      [`p${attack}`]: {
        events: [
          { type: 'answers', at: '2026-11-01T00:00:00Z', answers: answers({ label: `L${attack}`, renewalDate: '2026-12-10', customServices: [{ id: 'custom-1', name: `S${attack}` }] }) },
          { type: 'note', at: '2026-11-02T00:00:00Z', step: 'identify', text: `N${attack}` },
          { type: 'skip', at: '2026-11-02T00:00:00Z', step: 'gather', reason: `R${attack}` },
          { type: 'note', at: '2026-11-03T00:00:00Z', step: 'backup', text: `U${attack}` },
        ],
      },
      other: { events: [] },
    },
  });
  return home;
}

describe('text from users is shown as text', () => {
  for (const [name, attack] of Object.entries(ATTACKS)) {
    it(`${name}: list, list --all, profile list, undo, errors, Markdown and iCalendar show it inert`, async () => {
      const home = hostile(attack);
      const outputs: Record<string, string> = {};
      for (const argv of [['list'], ['list', '--all'], ['list', '--all', '--lang', 'zh'], ['profile', 'list'], ['export'], ['export', '--format', 'ics', '--show-label'], ['undo', 'backup'], ['done', `x${attack}`], ['list', '--profile', `q${attack}`]]) {
        const result = await run(home, argv, { tty: true, columns: 200 });
        // The calendar is stdout alone (its summary line goes to stderr); everything else is read together.
        outputs[argv.join(' ')] = argv.includes('ics') ? result.stdout : result.stdout + result.stderr;
      }
      for (const [command, output] of Object.entries(outputs)) {
        // Our own colours, and iCalendar's line ends, are the only control characters allowed.
        const withoutOurColours = output.replace(/\u001b\[[0-9;]*m/g, '').replace(command.includes('ics') ? /\r\n/g : /$^/, '\n');
        assert.doesNotMatch(withoutOurColours, RAW, `${command} printed a raw control character: ${JSON.stringify(withoutOurColours.slice(Math.max(0, withoutOurColours.search(RAW) - 60), withoutOurColours.search(RAW) + 20))}`);
        if (!command.startsWith('export --format ics')) assert.doesNotMatch(withoutOurColours, /\r/, command);
      }
      // One line per note and reason: nothing the user typed starts a line of its own.
      const all = outputs['list --all']!;
      assert.ok(!all.split('\n').some((line) => /^(Done:|- \[x\] 8\.)/.test(line.trim())), all);
      assert.ok(!outputs.export!.split('\n').some((line) => line.startsWith('- [x] 8. Cancel')), 'no forged checkbox in the Markdown');
      assert.equal(outputs.export!.split('\n').filter((line) => line.startsWith('- [x]')).length, 0, 'no step is done: no checked box, no forged one');
      assert.equal(outputs.export!.split('\n').filter((line) => line.startsWith('- [ ]') && /(?: \(skipped\)|（已跳过）)$/.test(line)).length, 1, 'the one skipped step, not checked');
      // Every iCalendar line is a property or a folded continuation: the name and UIDs forge none.
      const ics = outputs['export --format ics --show-label']!.split('\r\n').filter(Boolean);
      for (const line of ics) assert.match(line, /^(?:[A-Z-]+[;:]| )/, JSON.stringify(line));
      assert.equal(ics.filter((line) => line.startsWith('BEGIN:VEVENT')).length, ics.filter((line) => line.startsWith('UID:')).length);
    });
  }

  it('visible(): control characters become pictures, bidi and invisible characters their code points', () => {
    assert.equal(visible('a\u001b[2Jb\nc\u007f'), 'a␛[2Jb␊c␡');
    assert.equal(visible('x\u202ey\u200bz\u009b'), 'x<U+202E>y<U+200B>z<U+009B>');
    assert.equal(visible('确认号 C-88123 ✓'), '确认号 C-88123 ✓');
  });

  it('markdownText(): one line, structure escaped', () => {
    assert.equal(markdownText('a\n- [x] b'), 'a - \\[x\\] b');
    assert.equal(markdownText('**bold** [link](http://x) <img> `code` | ~~s~~ &amp;'), '\\*\\*bold\\*\\* \\[link\\](http://x) \\<img\\> \\`code\\` \\| \\~\\~s\\~\\~ \\&amp;');
  });
});
