import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { render } from '@inquirer/testing';
import type { Context } from '@inquirer/type';
import * as inquirer from '../../src/lazy/inquirer.js';
import { createScanPrompts, type FoundChoice, type ScanPrompts } from '../../src/io/scan-prompts.js';

// The scan's questions on Inquirer's virtual screen, through the real adapter.
const through = <T>(ask: (prompts: ScanPrompts) => Promise<T>) => render((_config: unknown, context?: Context) => ask(createScanPrompts(inquirer, context)), {});

const FOUND: FoundChoice[] = [
  { id: 'chase', label: 'Chase — 2 code(s), 2021-03-04 – 2026-10-01', checked: true, group: 'codes' },
  { id: 'alipay', label: '支付宝 — 1 条验证码，2024-02-10', checked: true, group: 'codes' },
  { id: 'github', label: 'GitHub — 1 login(s) in your vault', checked: false, group: 'vault-texts' },
  { id: '2fa-wikipedia.org', label: 'Wikipedia — 1 login(s) in your vault', checked: false, group: 'vault' },
];

describe("the scan's questions", () => {
  it('the offer: "no" by default, with the privacy notice, in Chinese', async () => {
    const { answer, events, getScreen } = await through((prompts) => prompts.askScanOffer('zh'));
    assert.match(getScreen(), /要让 simexit 查看你自己的文件/);
    assert.match(getScreen(), /❯ 不用，继续/);
    events.keypress('up');
    assert.match(getScreen(), /所有内容都只在这台电脑上处理/);
    events.keypress('enter');
    assert.equal(await answer, true);
  });

  it('the list of what was found: grouped by evidence, codes pre-ticked; space and enter pick', async () => {
    const { answer, events, getScreen } = await through((prompts) => prompts.askFoundServices('en', FOUND));
    const screen = getScreen();
    assert.match(screen, /Codes received on this number \(2\)[\s\S]*◉ Chase[\s\S]*◉ 支付宝[\s\S]*In your vault, and able to text or call codes \(1\)[\s\S]*◯ GitHub[\s\S]*In your vault only \(1\)[\s\S]*◯ Wikipedia/);
    events.keypress('down');
    events.keypress('down'); // GitHub: the heading is skipped
    events.keypress('space');
    events.keypress('enter');
    assert.deepEqual(await answer, ['chase', 'alipay', 'github']);
  });

  it('paths typed or dropped', async () => {
    const { answer, events } = await through((prompts) => prompts.askScanPaths('en'));
    events.type("'/tmp/My Backup/sms.xml' pw.csv");
    events.keypress('enter');
    assert.deepEqual(await answer, ['/tmp/My Backup/sms.xml', 'pw.csv']);
  });
});
