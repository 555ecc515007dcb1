import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { answers, run, seed, tempHome } from '../helpers/world.js';

const seeded = () => {
  const home = tempHome();
  seed(home, [{ type: 'answers', at: '2026-11-01T00:00:00Z', answers: answers({ services: ['chase', 'wechat'] }) }]);
  return home;
};

describe('service steps on the command line', () => {
  it('can be listed, marked done, skipped, noted and undone like any step', async () => {
    const home = seeded();
    assert.match((await run(home, ['list'])).stdout, / 4 +· move-2fa:chase +Move Chase off this number/);
    assert.equal((await run(home, ['done', 'move-2fa:chase'])).code, 0);
    assert.equal((await run(home, ['skip', 'move-2fa:wechat', '--reason', 'closed that account'])).code, 0);
    assert.equal((await run(home, ['note', 'move-2fa:chase', 'now on the authenticator app'])).code, 0);
    const steps = JSON.parse((await run(home, ['list', '--json'])).stdout).steps;
    assert.deepEqual(steps.slice(3, 5).map((step: { id: string; status: string }) => [step.id, step.status]), [['move-2fa:chase', 'done'], ['move-2fa:wechat', 'skipped']]);
    assert.equal((await run(home, ['undo', 'move-2fa:wechat'])).code, 0);
  });

  it('takes the service name alone for its step', async () => {
    const home = seeded();
    const result = await run(home, ['done', 'chase']);
    assert.equal(result.code, 0, result.stderr);
    assert.match(result.stdout, /Done: \d+\. .*Chase/);
  });

  it('the cancellation shows, when marked done early, which accounts are still pending', async () => {
    const result = await run(seeded(), ['done', 'cancel', '--lang', 'zh']);
    assert.equal(result.code, 0);
    assert.match(result.stderr, /线路已注销，但这些账户仍在往这个号码发验证码：Chase（大通银行）、微信/);
  });
});

describe('services', () => {
  it('lists the directory by category', async () => {
    const { stdout, code } = await run(tempHome(), ['services']);
    assert.equal(code, 0);
    assert.match(stdout, /^Banks and cards\n {2}\S+/m);
    assert.equal((stdout.match(/^ {2}[a-z0-9-]+ +/gm) ?? []).length, 66);
    assert.match(stdout, /^ {2}douyin +Douyin +nothing found$/m);
  });

  it('prints recovery paths and VoIP refusals with their sources, and QQ, Weibo and NetEase Mail', async () => {
    const json = JSON.parse((await run(tempHome(), ['services', '--json'])).stdout);
    const byId = (id: string) => json.services.find((service: { id: string }) => service.id === id);
    for (const id of ['qq', 'weibo', 'netease-mail']) assert.ok(byId(id), id);
    assert.match(byId('capital-one').refusesVoip.text, /VoIP- or Wi-Fi-based services are not eligible/);
    assert.match(byId('wechat').recovery.text, /Request Password Retrieval/);
    assert.equal(byId('wechat').recovery.sources[0].trust, 'official');
    assert.equal(byId('steam').sms, false);
    assert.ok(byId('whatsapp').alternatives.includes('email'));
    for (const service of json.services) for (const source of service.sources) assert.doesNotMatch(source.url, /^http:|proxy|archive|ilovexclub/);
  });

  it('filters by category and prints JSON', async () => {
    const json = JSON.parse((await run(tempHome(), ['services', '--category', 'government', '--json'])).stdout);
    assert.deepEqual(json.services.map((service: { id: string }) => service.id), ['irs', 'id-me', 'login-gov', 'ssa', 'uscis']);
    assert.equal(json.services[0].stepId, 'move-2fa:irs');
  });

  it('refuses an unknown category as a usage error', async () => {
    const result = await run(tempHome(), ['services', '--category', 'crypto']);
    assert.equal(result.code, 2);
    assert.match(result.stderr, /use one of banks, brokers-crypto/);
  });
});

describe('about', () => {
  it('credits 2fa.directory and carries its MIT notice', async () => {
    const { stdout } = await run(tempHome(), ['about', '--lang', 'zh']);
    assert.match(stdout, /部分来自 2fa\.directory/);
    assert.match(stdout, /Copyright © 2021 2factorauth and Contributors/);
    assert.match(stdout, /Copyright \(c\) 2014-2020 Josh Davis/);
    assert.match(stdout, /THE SOFTWARE IS PROVIDED "AS IS"/);
  });
});
