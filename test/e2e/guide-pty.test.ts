import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { binEnv, runBin } from '../helpers/bin.js';
import { KEY, PtySession } from '../helpers/pty.js';
import { answers, seed, tempHome } from '../helpers/world.js';

describe('the guided session in a real terminal', () => {
  it('answers the questions in Chinese, marks a step done, adds a note, and Ctrl+C keeps everything', async () => {
    const home = tempHome();
    const env = { ...binEnv(home, { LANG: 'zh_CN.UTF-8', TERM: 'xterm-256color' }), NO_COLOR: undefined };
    const session = new PtySession([], env);

    await session.waitFor('选择语言 / Choose a language');
    session.send(KEY.enter); // 简体中文, the default from LANG
    await session.waitFor('这个号码在哪家运营商或服务？');
    session.send(KEY.enter); // Ultra Mobile
    await session.waitFor('给这个号码起个简短的标签');
    session.send('4821');
    session.send(KEY.enter);
    await session.waitFor('这个号码现在还能收到短信吗？');
    session.send(KEY.enter); // yes, it works
    await session.waitFor('保留号码（转到其他服务）还是放弃它？');
    session.send(KEY.enter); // let it go
    await session.waitFor('你现在在哪里？');
    session.send(KEY.down); // abroad
    session.send(KEY.enter);
    await session.waitFor('这条线路是谁开通（激活）的？');
    session.send(KEY.down); // a seller
    session.send(KEY.enter);
    await session.waitFor('账户里还有预付费余额吗？');
    session.send(KEY.down); // no
    session.send(KEY.enter);
    await session.waitFor('自动充值或自动付款开着吗？');
    session.send(KEY.enter); // yes
    await session.waitFor('套餐下次续费或到期是哪一天？');
    session.send('2026/13/01');
    session.send(KEY.enter);
    await session.waitFor('请输入类似 2026-12-01 的日期，或留空。');
    session.send('\u007f'.repeat(10));
    session.send('2026/12/15');
    session.send(KEY.enter);
    await session.waitFor('这个号码还在接收以下哪些账户的验证码？');
    session.send(KEY.space); // banks
    session.send(KEY.enter);
    await session.waitFor('银行和信用卡：下面哪些账户仍在往这个号码发验证码？');
    session.send(KEY.space); // Chase
    session.send(KEY.enter);
    await session.waitFor('还有其他账户吗？');
    session.send('微信');
    await session.waitFor('❯ 微信');
    session.send(KEY.enter);
    await session.waitFor(/还有其他账户吗？[^❯]*❯ 完成/);
    session.send(KEY.enter); // done
    await session.waitFor('要让 simexit 查看你自己的文件'); // the scan's offer (test/scan/e2e.test.ts takes it)
    session.send(KEY.enter); // no, the default

    await session.waitFor('第 1/11 步 · take-over-login');
    await session.waitFor('接下来？');
    session.send(KEY.enter); // done
    await session.waitFor('已完成：1. 从帮你开通线路的人手里接管账户登录');
    await session.waitFor('第 2/11 步 · codes-abroad');
    await session.waitFor('接下来？');
    session.send(KEY.down.repeat(3)); // add a note
    session.send(KEY.enter);
    await session.waitFor('备注（例如确认号和日期）');
    session.send('确认号 C-88123');
    session.send(KEY.enter);
    await session.waitFor('已添加备注：2. 确认你现在所在的地方能收到验证码');
    await session.waitFor('接下来？');
    session.send(KEY.ctrlC);

    const { exitCode } = await session.exit();
    assert.equal(exitCode, 130);
    assert.match(session.output, /已中断。你已回答的内容都已保存；运行 `simexit guide` 继续。/);
    assert.doesNotMatch(session.output, /ExitPromptError|\n\s+at .+:\d+:\d+/);
    assert.ok(session.rawOutput.lastIndexOf('\u001b[?25h') > session.rawOutput.lastIndexOf('\u001b[?25l'), 'the cursor is shown again');

    const json = JSON.parse(runBin(home, ['list', '--json']).stdout);
    assert.equal(json.lang, 'zh');
    assert.deepEqual(json.number, { label: '4821', carrier: { id: 'ultra', name: 'Ultra Mobile（含 PayGo）' }, goal: 'leave' });
    assert.equal(json.steps[0].status, 'done');
    assert.equal(json.steps[1].status, 'pending');
    assert.equal(json.steps[1].note, '确认号 C-88123');
    assert.equal(json.progress.total, 11);
    assert.deepEqual([json.answers.line, json.answers.location, json.answers.setup, json.answers.renewal], ['active', 'abroad', 'seller', '2026-12-15']);
    assert.ok(json.followUps.some((item: { id: string; date: string }) => item.id === 'texts-stop' && item.date === '2026-12-15'), 'Ultra: texts stop at the renewal');
    assert.ok(json.followUps.some((item: { id: string; date: string }) => item.id === 'number-lost' && item.date === '2027-01-14'), 'Ultra: the number is lost 30 days after the renewal date');
    assert.deepEqual(json.steps.slice(3, 6).map((step: { id: string }) => step.id), ['move-accounts', 'move-2fa:chase', 'move-2fa:wechat']);
  });

  it('Google Voice kept where it is: no renewal or auto-refill questions, a plan to keep it alive', async () => {
    const home = tempHome();
    const session = new PtySession(['guide', '--lang', 'en'], { ...binEnv(home), TERM: 'xterm-256color' });
    await session.waitFor('Which carrier or service holds the number?');
    session.send(KEY.down.repeat(2)); // Google Voice
    session.send(KEY.enter);
    await session.waitFor('short label');
    session.send('GV');
    session.send(KEY.enter);
    await session.waitFor('Can the number still receive texts?');
    session.send(KEY.enter); // yes
    await session.waitFor('Keep the number');
    session.send(KEY.down); // keep
    session.send(KEY.enter);
    await session.waitFor('Where are you now?');
    session.send(KEY.enter); // in the US
    await session.waitFor('Where will the number go?');
    await session.waitFor('Keep it on Google Voice');
    session.send(KEY.enter); // stay
    await session.waitFor('Who set up (activated) the line?');
    session.send(KEY.enter); // I did
    await session.waitFor('prepaid balance');
    session.send(KEY.down); // no
    session.send(KEY.enter);
    await session.waitFor('Does the number still receive codes for any of these?');
    session.send(KEY.enter); // none
    await session.waitFor('Let simexit look through your own files'); // the scan's offer
    session.send(KEY.enter); // no, the default
    await session.waitFor('Step 1 of 1 · keep-alive');
    await session.waitFor('What now?');
    assert.doesNotMatch(session.output, /auto-refill or autopay turned on|renew or expire/);
    session.send(KEY.up);
    session.send(KEY.enter);
    await session.waitFor('Progress saved.');
    assert.equal((await session.exit()).exitCode, 0);
    const json = JSON.parse(runBin(home, ['list', '--json']).stdout);
    assert.deepEqual(json.followUps.map((item: { id: string; everyDays?: number }) => [item.id, item.everyDays]), [['keep-alive', 30]]);
  });

  it('a renewal date in the past asks again whether the line works; suspended adds a pay-by date', async () => {
    const home = tempHome();
    const session = new PtySession(['guide', '--lang', 'en'], { ...binEnv(home), TERM: 'xterm-256color' });
    await session.waitFor('Which carrier or service holds the number?');
    session.send(KEY.enter); // Ultra
    await session.waitFor('short label');
    session.send('0134');
    session.send(KEY.enter);
    await session.waitFor('Can the number still receive texts?');
    session.send(KEY.enter); // yes (it thinks)
    await session.waitFor('Keep the number');
    session.send(KEY.enter); // let it go
    await session.waitFor('Where are you now?');
    session.send(KEY.enter);
    await session.waitFor('Who set up (activated) the line?');
    session.send(KEY.enter);
    await session.waitFor('prepaid balance');
    session.send(KEY.down);
    session.send(KEY.enter);
    await session.waitFor('auto-refill or autopay turned on');
    session.send(KEY.down);
    session.send(KEY.enter);
    await session.waitFor('When does the plan next renew or expire?');
    const past = new Date(Date.now() - 5 * 86_400_000).toISOString().slice(0, 10);
    session.send(past);
    session.send(KEY.enter);
    await session.waitFor('Can the number still receive texts?');
    session.send(KEY.enter); // the default now: suspended
    await session.waitFor('Does the number still receive codes for any of these?');
    session.send(KEY.enter);
    await session.waitFor('Let simexit look through your own files'); // the scan's offer
    session.send(KEY.enter); // no, the default
    await session.waitFor('restore-line');
    await session.waitFor('What now?');
    session.send(KEY.ctrlC);
    assert.equal((await session.exit()).exitCode, 130);
    const json = JSON.parse(runBin(home, ['list', '--json']).stdout);
    assert.equal(json.answers.line, 'suspended');
    assert.ok(json.followUps.some((item: { id: string }) => item.id === 'restore-by'));
  });

  it('resumes where it stopped and quits cleanly', async () => {
    const home = tempHome();
    seed(home, [
      { type: 'answers', at: '2026-11-01T00:00:00Z', answers: answers() },
      { type: 'done', at: '2026-11-02T00:00:00Z', step: 'identify' },
      { type: 'done', at: '2026-11-02T00:00:00Z', step: 'gather' },
    ]);
    const session = new PtySession(['guide', '--lang', 'en'], { ...binEnv(home), TERM: 'xterm-256color' }, 60, 30);
    await session.waitFor('Welcome back.');
    await session.waitFor('Step 3 of 9 · move-accounts');
    await session.waitFor('What now?');
    session.send(KEY.up); // Quit is the last choice
    session.send(KEY.enter);
    await session.waitFor('Progress saved.');
    assert.equal((await session.exit()).exitCode, 0);
    assert.match(session.screen(), /\[█+░+\] 2\/9 done/);
  });

  it('reads well in a 40-column terminal in Chinese: no line wider than the screen', async () => {
    const home = tempHome();
    seed(home, [{ type: 'answers', at: '2026-11-01T00:00:00Z', answers: answers() }], { lang: 'zh' });
    const session = new PtySession(['guide'], { ...binEnv(home), TERM: 'xterm-256color' }, 40, 60);
    await session.waitFor('第 1/9 步');
    await session.waitFor('接下来？');
    const { default: stringWidth } = await import('string-width');
    const tooWide = session.output.split(/\r?\n/).filter((line) => stringWidth(line) > 40 && !/https?:\/\//.test(line));
    assert.deepEqual(tooWide, [], 'only a URL may run past the edge');
    session.send(KEY.ctrlC);
    assert.equal((await session.exit()).exitCode, 130);
  });
});
