import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { progressBar, progressLine, splitPaths } from '../../src/io/scan-prompts.js';

describe('the progress bar', () => {
  it('shows bytes, messages and the time left, in both languages', () => {
    const state = { bytesDone: 256 * 1024 ** 2, bytesTotal: 1024 ** 3, messages: 770_000 };
    assert.equal(progressLine('en', state, 10_000, 100), '[########----------------------] 25%  256.0 MB / 1.0 GB · 770,000 messages · 30s left');
    assert.match(progressLine('zh', { ...state, bytesDone: 768 * 1024 ** 2 }, 10_000, 100), /75%  768\.0 MB \/ 1\.0 GB · 770,000 条消息 · 还需 3 秒$/);
    assert.match(progressLine('en', { bytesDone: 0, bytesTotal: 10, messages: 0 }, 0, 80), /0%  0 KB \/ 0 KB · 0 messages · … left$/);
  });

  it('draws nothing on a pipe or a file', () => {
    let written = '';
    const bar = progressBar({ write: (text: string) => (written += text), isTTY: false }, 'en');
    bar.update({ bytesDone: 1, bytesTotal: 2, messages: 1 });
    bar.finish();
    assert.equal(written, '');
  });

  it('redraws one line on a terminal, at most ten times a second, and clears it at the end', () => {
    let written = '';
    let now = 0;
    const bar = progressBar({ write: (text: string) => (written += text), isTTY: true, columns: 80 }, 'en', () => now);
    for (now = 100; now < 1100; now += 10) bar.update({ bytesDone: now, bytesTotal: 2000, messages: now });
    const draws = written.split('\r\u001b[2K').filter(Boolean);
    assert.ok(draws.length >= 9 && draws.length <= 11, `${draws.length} draws`);
    assert.ok(!written.includes('\n'));
    bar.finish();
    assert.ok(written.endsWith('\r\u001b[2K'));
  });
});

describe('paths as a terminal pastes them', () => {
  const cases: Array<[string, string[]]> = [
    ['a.xml b.csv', ['a.xml', 'b.csv']],
    ['/Users/me/My\\ Backup/sms.xml', ['/Users/me/My Backup/sms.xml']],
    ["'/Users/me/My Backup' \"C:\\Users\\me\\pw.csv\"", ['/Users/me/My Backup', 'C:\\Users\\me\\pw.csv']],
    ['   ', []],
  ];
  for (const [line, paths] of cases) it(JSON.stringify(line), () => assert.deepEqual(splitPaths(line, 'linux'), paths));
  it('on Windows, backslashes are separators', () => assert.deepEqual(splitPaths('C:\\Users\\me\\pw.csv "D:\\My Backup"', 'win32'), ['C:\\Users\\me\\pw.csv', 'D:\\My Backup']));
});
