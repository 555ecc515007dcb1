import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import stringWidth from 'string-width';
import { progressLine } from '../../src/io/scan-prompts.js';
import { formatColumns } from '../../src/io/table.js';
import { answers, run, tempHome, writeStore } from '../helpers/world.js';

// Alignment by display width (issue 14): Chinese and full-width characters take two columns, an emoji sequence or a
// flag two, a combining mark none. Columns are measured with string-width here, independently of src/io/width.ts.

/** The display column at which `needle` starts in `line`. */
const columnOf = (line: string, needle: string) => stringWidth(line.slice(0, line.indexOf(needle)));
const lines = (text: string) => text.split('\n');

/** Help's item lines: each description starts at the section's column, its continuation lines too. */
function assertHelpAligned(help: string, width: number): void {
  for (const line of lines(help)) assert.ok(stringWidth(line) <= width, `${stringWidth(line)} > ${width}: ${line}`);
  const sections = help.split(/\n\n/).filter((block) => /^(?:选项|全局选项|命令|参数|键和值.*|Options|Global Options|Commands|Arguments)[:：]\n/.test(block));
  assert.ok(sections.length >= 2, help);
  for (const section of sections) {
    const items = lines(section).slice(1);
    const starts = items.map((line) => (/^ {2}\S/.test(line) ? stringWidth(/^ {2}\S.*? {2,}/.exec(line)?.[0] ?? '') : stringWidth(/^ */.exec(line)![0])));
    assert.equal(new Set(starts.filter((start) => start > 2)).size, 1, `descriptions start at one column:\n${section}`);
  }
}

describe('help in Chinese is measured in display columns', () => {
  for (const width of [80, 60]) {
    for (const argv of [['--help'], ['set', '--help'], ['help', 'scan'], ['done', '--help']]) {
      it(`simexit ${argv.join(' ')} --lang zh fits ${width} columns with its columns in line`, async () => {
        const result = await run(tempHome(), [...argv, '--lang', 'zh'], { columns: width });
        assert.equal(result.code, 0, result.stderr);
        assertHelpAligned(result.stdout, width);
        assert.match(result.stdout, /^用法：simexit/);
      });
    }
  }
  it('a command group without its subcommand shows the same help (simexit profile)', async () => {
    const result = await run(tempHome(), ['profile', '--lang', 'zh'], { columns: 60 });
    assertHelpAligned(result.stdout + result.stderr, 80); // help as an error goes to stderr, whose width is not known
  });
  it('English help keeps commander\'s own layout', async () => {
    const result = await run(tempHome(), ['--help'], { columns: 80 });
    assert.match(result.stdout, /^Usage: simexit/);
    for (const line of lines(result.stdout)) assert.ok(line.length <= 80, line);
  });
});

describe('tables line up by display width', () => {
  const names = ['default', '美国号码', 'tello🇺🇸', 'cafe\u0301', 'fam👨‍👩‍👧'];
  for (const lang of ['en', 'zh'] as const) {
    it(`profile list with Chinese, flag, combining and ZWJ names (${lang})`, async () => {
      const home = tempHome();
      writeStore(home, {
        activeProfile: '美国号码',
        profiles: Object.fromEntries(
          names.map((name, index) => [name, { events: index % 2 ? [{ type: 'answers', at: '2026-11-01T00:00:00Z', answers: answers({ label: index === 1 ? '尾号二一' : `n${index}`, carrier: index === 1 ? 'ultra' : 'tello' }) }] : [] }]),
        ),
      });
      const result = await run(home, ['profile', 'list', '--lang', lang], { columns: 100 });
      assert.equal(result.code, 0, result.stderr);
      const rows = lines(result.stdout.trimEnd());
      assert.equal(rows.length, names.length);
      const progress = lang === 'zh' ? '已完成' : /\d+\/\d+ done/.exec(rows[0]!)![0].replace(/\d+\/\d+/, '');
      const progressColumns = rows.map((row) => (lang === 'zh' ? columnOf(row, progress) : stringWidth(row.slice(0, row.search(/\d+\/\d+ done/)))));
      assert.equal(new Set(progressColumns).size, 1, result.stdout);
      const second = rows.map((row) => stringWidth(/^. {2}\S+ +/u.exec(row)![0]));
      assert.equal(new Set(second).size, 1, result.stdout);
    });
  }

  for (const width of [80, 120]) {
    it(`carriers and services in Chinese at ${width} columns: three columns`, async () => {
      for (const command of ['carriers', 'services']) {
        const result = await run(tempHome(), [command, '--lang', 'zh'], { columns: width });
        const rows = lines(result.stdout).filter((line) => /^ {2}[a-z0-9-]+ {2,}\S/.test(line));
        assert.ok(rows.length > 15, command);
        const third = rows.map((row) => stringWidth(/^ {2}\S+ +\S.*? {2,}/u.exec(row)?.[0] ?? ''));
        if (command === 'carriers' || width === 120) assert.equal(new Set(third).size, 1, result.stdout);
        for (const line of lines(result.stdout)) assert.ok(stringWidth(line) <= width, line);
      }
    });
  }

  it('formatColumns pads by display width and wraps the last column within itself', () => {
    const table = formatColumns([['微信', 'a', '短信 · 有更换页面'], ['👨‍👩‍👧x', 'bb', 'SMS'], ['e\u0301', '', 'x']], 24)!;
    assert.deepEqual(table.map((row) => lines(row).map((line) => stringWidth(line))), [[23, 14], [13], [11]]);
    assert.equal(columnOf(table[1]!, 'bb'), columnOf(table[0]!, 'a'));
    assert.equal(columnOf(table[1]!, 'SMS'), columnOf(table[0]!, '短信'));
    assert.equal(formatColumns([['a-long-identifier', 'a-long-name', 'text']], 30), null);
  });

  it('the scan progress line fits its width in Chinese', () => {
    for (const width of [80, 100]) {
      const line = progressLine('zh', { bytesDone: 5e8, bytesTotal: 1e9, messages: 230000 }, 12000, width);
      assert.ok(stringWidth(line) <= width, `${stringWidth(line)} > ${width}: ${line}`);
    }
  });
});
