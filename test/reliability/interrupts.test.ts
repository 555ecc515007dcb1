import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import { describe, it } from 'node:test';
import { binEnv, runBin } from '../helpers/bin.js';
import { KEY, PtySession } from '../helpers/pty.js';
import { readStore, storeFile, tempHome } from '../helpers/world.js';
import { stress } from '../helpers/stress.js';

/** Every prompt of a first guided session in Chinese, with the keys that answer it. */
const PROMPTS: Array<[wait: string | RegExp, keys: string[]]> = [
  ['选择语言 / Choose a language', [KEY.enter]],
  ['这个号码在哪家运营商或服务？', [KEY.enter]],
  ['给这个号码起个简短的标签', ['4821', KEY.enter]],
  ['这个号码现在还能收到短信吗？', [KEY.enter]],
  ['保留号码（转到其他服务）还是放弃它？', [KEY.enter]],
  ['你现在在哪里？', [KEY.enter]],
  ['这条线路是谁开通（激活）的？', [KEY.enter]],
  ['账户里还有预付费余额吗？', [KEY.enter]],
  ['自动充值或自动付款开着吗？', [KEY.enter]],
  ['套餐下次续费或到期是哪一天？', ['2026-12-15', KEY.enter]],
  ['这个号码还在接收以下哪些账户的验证码？', [KEY.space, KEY.enter]],
  ['银行和信用卡：下面哪些账户仍在往这个号码发验证码？', [KEY.space, KEY.enter]],
  [/还有其他账户吗？[^❯]*❯ 完成/, [KEY.enter]],
  ['要让 simexit 查看你自己的文件', [KEY.enter]], // scan's offer: no, the default
  ['接下来？', [KEY.down.repeat(3), KEY.enter]],
  ['备注（例如确认号和日期）', ['C-88123', KEY.enter]],
  ['接下来？', [KEY.down, KEY.enter]],
  ['原因（可选）', ['n/a', KEY.enter]],
];

/** What must be in the store once the first `answered` prompts were answered. */
function assertSaved(home: string, answered: number): void {
  const store = answered >= 1 ? readStore(home) : null;
  if (!store) return assert.ok(!fs.existsSync(storeFile(home)) || answered === 0);
  assert.equal(store.lang, 'zh');
  const profile = store.profiles.default ?? {};
  const answers = profile.draft ?? profile.events?.find((event: { type: string }) => event.type === 'answers')?.answers ?? {};
  const expected: Array<[number, string, unknown]> = [
    [2, 'carrier', 'ultra'],
    [3, 'label', '4821'],
    [4, 'line', 'active'],
    [5, 'goal', 'leave'],
    [6, 'location', 'us'],
    [7, 'setup', 'self'],
    [8, 'balance', 'yes'],
    [9, 'autopay', 'yes'],
    [10, 'renewalDate', '2026-12-15'],
    [11, 'codeCategories', ['banks']],
    [13, 'services', ['chase']],
  ];
  for (const [after, field, value] of expected) if (answered >= after) assert.deepEqual(answers[field], value, `${field} after ${answered} answers`);
  const steps = JSON.parse(runBin(home, ['list', '--json']).stdout).steps;
  if (answered >= 16) assert.equal(steps[0].note, 'C-88123');
}

const env = (home: string) => ({ ...binEnv(home, { LANG: 'zh_CN.UTF-8', TERM: 'xterm-256color' }), NO_COLOR: undefined });

async function answerUpTo(session: PtySession, count: number): Promise<void> {
  for (const [wait, keys] of PROMPTS.slice(0, count)) {
    await session.waitFor(wait);
    for (const key of keys) session.send(key);
  }
}

function assertCleanExit(session: PtySession): void {
  assert.match(session.output, /已中断。你已回答的内容都已保存；运行 `simexit guide` 继续。/);
  assert.doesNotMatch(session.output, /ExitPromptError|\n\s+at .+:\d+:\d+/);
  const raw = session.rawOutput;
  assert.ok(raw.lastIndexOf('\u001b[?25h') > raw.lastIndexOf('\u001b[?25l'), 'the cursor is shown again');
}

describe('Ctrl+C at every prompt of the guided session', () => {
  for (const [index, [wait]] of PROMPTS.entries()) {
    // The quick loop keeps the first and the last prompt; `npm test` goes through all of them.
    const kept = index === 0 || index === PROMPTS.length - 1 ? {} : stress;
    it(`at prompt ${index + 1} (${String(wait).slice(0, 24)}): exit 130, cursor back, everything answered before is saved`, kept, async () => {
      const home = tempHome();
      const session = new PtySession([], env(home));
      await answerUpTo(session, index);
      await session.waitFor(wait);
      session.send(KEY.ctrlC);
      assert.equal((await session.exit()).exitCode, 130);
      assertCleanExit(session);
      assertSaved(home, index);
      assert.equal(runBin(home, ['list', '--json']).status, 0, 'the next list reads a consistent store');
    });
  }

  it('the next session offers the saved answers as defaults', async () => {
    const home = tempHome();
    const first = new PtySession([], env(home));
    await answerUpTo(first, 3);
    await first.waitFor(PROMPTS[3]![0]);
    first.send(KEY.ctrlC);
    await first.exit();
    const second = new PtySession([], env(home));
    await second.waitFor('这个号码在哪家运营商或服务？');
    second.send(KEY.enter);
    await second.waitFor(/给这个号码起个简短的标签[^\n]*\(4821\)/);
    second.send(KEY.ctrlC);
    assert.equal((await second.exit()).exitCode, 130);
  });
});

describe('signals during the guided session', () => {
  for (const [signal, code] of [['SIGTERM', 143], ['SIGHUP', 129]] as const) {
    it(`${signal} (${signal === 'SIGHUP' ? 'the terminal closing' : 'kill'}): exit ${code}, cursor back, answers saved`, async () => {
      const home = tempHome();
      const session = new PtySession([], env(home));
      await answerUpTo(session, 16);
      await session.waitFor('接下来？');
      session.kill(signal);
      assert.equal((await session.exit()).exitCode, code);
      if (signal === 'SIGTERM') assertCleanExit(session);
      assertSaved(home, 16);
      const guideLocks = fs.readdirSync(home).filter((name) => name.startsWith('guide-'));
      assert.deepEqual(guideLocks, [], 'the session claim is released');
    });
  }
});

describe('no terminal', () => {
  it('guide with its output piped stops within a second with a hint, even though stdin is a terminal', async () => {
    const home = tempHome();
    const started = Date.now();
    const session = PtySession.shell(`set -o pipefail; "${process.execPath}" "${process.cwd()}/bin/simexit.cjs" guide | cat`, binEnv(home));
    await session.waitFor('interactive terminal', 5000);
    assert.equal((await session.exit()).exitCode, 1);
    assert.ok(Date.now() - started < 3000, `took ${Date.now() - started} ms`);
  });

  it('list --json piped into head -1 on a large store ends quietly (no EPIPE)', () => {
    const home = tempHome();
    const notes = Array.from({ length: 3000 }, (_, index) => ({ type: 'note', at: '2026-11-20T00:00:00.000Z', step: 'backup', text: `note ${index} `.padEnd(120, 'x') }));
    fs.writeFileSync(storeFile(home), JSON.stringify({ schemaVersion: 1, activeProfile: 'default', profiles: { default: { events: notes } } }));
    const result = spawnSync('bash', ['-c', `set -o pipefail; "${process.execPath}" bin/simexit.cjs list --json | head -1`], { env: binEnv(home), encoding: 'utf8' });
    assert.equal(result.stdout, '{\n');
    assert.equal(result.status, 0, result.stderr);
    assert.doesNotMatch(result.stderr, /EPIPE|Error/);
  });
});
