import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import { answers, profilePath, readStore, run, seed, snapshot, storeFile, tempHome } from '../helpers/world.js';
import { scriptedPrompts } from '../helpers/fake-prompts.js';

describe('reset', () => {
  it('without a terminal and without --yes refuses (exit 1) and changes nothing', async () => {
    const home = tempHome();
    seed(home, [{ type: 'done', at: '2026-11-20T00:00:00Z', step: 'backup' }]);
    const before = snapshot(home);
    const result = await run(home, ['reset']);
    assert.equal(result.code, 1);
    assert.match(result.stderr, /--yes/);
    assert.equal(snapshot(home), before);
  });

  it('with --yes starts over, keeps a backup and the language', async () => {
    const home = tempHome();
    seed(home, [{ type: 'done', at: '2026-11-20T00:00:00Z', step: 'backup' }], { lang: 'zh' });
    const before = fs.readFileSync(profilePath(home, 'default'), 'utf8');
    const result = await run(home, ['reset', '--yes']);
    assert.equal(result.code, 0);
    const backup = /旧进度已备份到 (.+)。/.exec(result.stdout)?.[1];
    assert.ok(backup && fs.readFileSync(backup, 'utf8') === before, "the profile's old file is kept as it was");
    assert.equal(fs.statSync(backup).mode & 0o777, 0o600);
    assert.equal(readStore(home).lang, 'zh');
    assert.match((await run(home, ['list'])).stdout, /已完成 0\/10/);
  });

  it('asks first on a terminal, and "no" changes nothing', async () => {
    const home = tempHome();
    seed(home, [{ type: 'done', at: '2026-11-20T00:00:00Z', step: 'backup' }]);
    const before = snapshot(home);
    const prompts = scriptedPrompts([['askYesNo', false]]);
    const result = await run(home, ['reset'], { tty: true, prompts });
    assert.equal(result.code, 0);
    assert.match(result.stdout, /Nothing was changed/);
    assert.equal(snapshot(home), before);
  });

  it('says so when there is nothing to reset', async () => {
    assert.match((await run(tempHome(), ['reset', '--yes'])).stdout, /no saved progress/);
  });
});

describe('where', () => {
  it('prints the store path alone on stdout, honouring SIMEXIT_HOME', async () => {
    const home = tempHome();
    const result = await run(home, ['where']);
    assert.equal(result.stdout.trim(), storeFile(home));
    assert.match(result.stderr, /not created yet/);
  });

  it('creates nothing, even with --lang (which other commands remember), and says so truthfully in Chinese', async () => {
    const home = tempHome();
    const result = await run(home, ['where', '--lang', 'zh']);
    assert.equal(result.code, 0);
    assert.match(result.stderr, /尚未创建/);
    assert.equal(snapshot(home), null);
    assert.equal((await run(home, ['where', '--json', '--lang', 'zh'])).code, 0);
    assert.equal(snapshot(home), null);
  });

  it('defaults to the platform config directory without a -nodejs suffix', async () => {
    const { storeDir } = await import('../../src/io/store.js');
    assert.equal(storeDir({}, 'darwin', '/Users/li'), '/Users/li/Library/Preferences/simexit');
    assert.equal(storeDir({}, 'linux', '/home/li'), '/home/li/.config/simexit');
    assert.equal(storeDir({ APPDATA: 'C:\\AppData' }, 'win32', 'C:\\Users\\li'), path.join('C:\\AppData', 'simexit', 'Config'));
  });

  it('follows XDG_CONFIG_HOME on Linux', async () => {
    const xdg = tempHome();
    const result = await run('', ['where'], { env: { SIMEXIT_HOME: '', XDG_CONFIG_HOME: xdg } });
    assert.equal(result.stdout.trim(), path.join(xdg, 'simexit', 'config.json'));
  });
});

describe('export', () => {
  const seeded = () => {
    const home = tempHome();
    seed(home, [
      { type: 'answers', at: '2026-11-01T00:00:00Z', answers: answers({ label: '尾号 4821' }) },
      { type: 'done', at: '2026-11-20T00:00:00Z', step: 'identify' },
      { type: 'note', at: '2026-11-20T00:00:00Z', step: 'identify', text: '在 App 里管理' },
      { type: 'skip', at: '2026-11-21T00:00:00Z', step: 'balance', reason: '余额为零' },
    ]);
    return home;
  };

  it('prints a Markdown checklist with checkboxes, dates and notes in the user language, masking the label', async () => {
    const result = await run(seeded(), ['export', '--lang', 'zh']);
    assert.equal(result.code, 0);
    assert.match(result.stdout, /^# simexit 清单/);
    assert.match(result.stdout, /- \[x\] 1\. 登录账户/);
    assert.match(result.stdout, /2026-11-20 已完成/);
    assert.match(result.stdout, /备注 2026-11-20：在 App 里管理/);
    assert.match(result.stdout, /2026-11-21 已跳过 · 原因：余额为零/);
    assert.match(result.stdout, /- \[ \] 5\. 用掉预付费余额.*（已跳过）$/m);
    assert.match(result.stdout, /- \[ \] 2\. 准备好/);
    assert.match(result.stdout, /号码：•••••21/);
    assert.doesNotMatch(result.stdout, /4821/);
    assert.match(result.stdout, /来源：<https:\/\/\S+>［第三方：[^；］]+；请向运营商确认/);
    assert.match(result.stderr, /--show-label/);
  });

  it('shows the label when asked', async () => {
    assert.match((await run(seeded(), ['export', '--show-label'])).stdout, /Number: 尾号 4821/);
  });

  it('writes JSON with what to do, why and sources to a private file', async () => {
    const home = seeded();
    const file = path.join(home, 'out.json');
    const result = await run(home, ['export', '--format', 'json', '--output', file]);
    assert.equal(result.code, 0);
    assert.equal(result.stdout, '');
    assert.equal(fs.statSync(file).mode & 0o777, 0o600);
    const json = JSON.parse(fs.readFileSync(file, 'utf8'));
    assert.equal(json.schemaVersion, 2);
    assert.equal(json.number.label, '•••••21');
    assert.ok(json.steps.find((step: { id: string }) => step.id === "move-accounts").facts[0].sources[0].url.startsWith('https://'));
    assert.ok(json.steps[0].action.length > 20);
  });

  it('refuses an unknown format as a usage error (exit 2)', async () => {
    const result = await run(tempHome(), ['export', '--format', 'pdf']);
    assert.equal(result.code, 2);
    assert.match(result.stderr, /unknown format 'pdf'/);
  });

  it('reports a file it cannot write, without a stack trace', async () => {
    const result = await run(seeded(), ['export', '--output', '/nonexistent-dir/x.md']);
    assert.equal(result.code, 1);
    assert.match(result.stderr, /Could not write \/nonexistent-dir\/x\.md: ENOENT/);
    assert.doesNotMatch(result.stderr, /at .+\(.+:\d+:\d+\)/);
  });
});

describe('usage, help and version', () => {
  it('prints the version (exit 0)', async () => {
    const result = await run(tempHome(), ['--version']);
    assert.equal(result.code, 0);
    assert.match(result.stdout, /^\d+\.\d+\.\d+\n$/);
  });

  it('shows help with examples for every command, in Chinese too', async () => {
    for (const command of ['guide', 'list', 'done', 'skip', 'undo', 'note', 'reset', 'where', 'export']) {
      const en = await run(tempHome(), [command, '--help']);
      assert.equal(en.code, 0);
      assert.match(en.stdout, /Examples:\n {2}simexit /, `${command} --help has an example`);
      const zh = await run(tempHome(), [command, '--help', '--lang', 'zh']);
      assert.match(zh.stdout, /用法：/);
      assert.match(zh.stdout, /示例：/);
    }
  });

  it('a typo in a command is a usage error (exit 2) with a suggestion, in the user language', async () => {
    const result = await run(tempHome(), ['lsit', '--lang', 'zh']);
    assert.equal(result.code, 2);
    assert.match(result.stderr, /没有“lsit”这个命令/);
    assert.match(result.stderr, /你是不是想输入 list/);
  });

  it('an unknown option is a usage error with the command to get help for', async () => {
    const result = await run(tempHome(), ['list', '--jsn']);
    assert.equal(result.code, 2);
    assert.match(result.stderr, /unknown option '--jsn'/);
    assert.match(result.stderr, /Did you mean --json\?/);
    assert.match(result.stderr, /simexit list --help/);
  });

  it('an unknown language is a usage error and nothing is saved', async () => {
    const home = tempHome();
    const result = await run(home, ['list', '--lang', 'fr']);
    assert.equal(result.code, 2);
    assert.match(result.stderr, /use zh or en/);
    assert.equal(snapshot(home), null);
  });

  it('without a command and without a terminal prints the list', async () => {
    const result = await run(tempHome(), []);
    assert.equal(result.code, 0);
    assert.match(result.stdout, /Remaining steps/);
  });
});

describe('guide without a terminal', () => {
  it('refuses at once with a hint to use list, done and skip, and creates nothing', async () => {
    const home = tempHome();
    const result = await run(home, ['guide']);
    assert.equal(result.code, 1);
    assert.match(result.stderr, /simexit list/);
    assert.match(result.stderr, /simexit done <step>/);
    assert.equal(snapshot(home), null);
  });
});
