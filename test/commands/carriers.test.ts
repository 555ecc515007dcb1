import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Answers } from '../../src/core/types.js';
import { answers, run, seed, tempHome } from '../helpers/world.js';
import { isShowable } from '../../src/content/sources.js';
import { CARRIERS } from '../../src/content/carriers.js';
import { allServices } from '../../src/content/services.js';

const SERVICES = allServices();

const flat = (text: string) => text.replace(/\s+/g, ' ');

describe('carriers', () => {
  it('lists the 20 carriers with how much is known about each', async () => {
    const result = await run(tempHome(), ['carriers']);
    assert.equal(result.code, 0);
    assert.equal(result.stdout.split('\n').filter((line) => /^ {2}\S+ +.+\d\/8 found/.test(line)).length, 20);
    assert.match(result.stdout, /numberbarn +NumberBarn \(number parking\) +\d\/8 found · number parking/);
  });

  it('shows each fact\'s date, and says when it is over two years old (time is the clock the command is given)', async () => {
    const att = flat((await run(tempHome(), ['carriers', 'att-prepaid'])).stdout);
    assert.match(att, /From 2019-12-10, more than two years ago: this may be out of date\. Confirm with AT&T Prepaid/);
    assert.match(att, /As of 2026-11\./);
    const zh = (await run(tempHome(), ['carriers', 'att-prepaid', '--lang', 'zh'])).stdout.replace(/\s+/g, '');
    assert.match(zh, /资料来自2019-12-10，已超过两年，可能已经过时。行动前请向AT&T预付费确认。/);
    const json = JSON.parse((await run(tempHome(), ['carriers', 'att-prepaid', '--json'])).stdout);
    assert.equal(json.carrier.facts.numberLoss.asOf, '2019-12-10');
    assert.equal(json.carrier.facts.numberLoss.mayBeOutdated, true);
    assert.equal(json.carrier.facts.autopay.mayBeOutdated, false);
  });

  it('never shows a proxy, mirror, archive, seller or content-farm address, and labels copies and third parties', async () => {
    const all = (await Promise.all(['ultra', 'tmobile-prepaid', 'google-voice', 'tracfone-family', 'mint'].map(async (id) => (await run(tempHome(), ['carriers', id])).stdout))).join('\n');
    for (const bad of ['webproxy', 'netlify', 'pages.dev', 'ssnhd', 'gv-cn', 'topnews', 'instarztech', 'revbid', 'chatodyssey', 'http://']) assert.ok(!all.includes(bad), bad);
    const gv = flat((await run(tempHome(), ['carriers', 'google-voice'])).stdout);
    assert.match(gv, /https:\/\/support\.google\.com\/voice\/answer\/1065667 \[official: Google, read from a copy of the page; read 2026\]/);
    assert.match(gv, /sites that sell Google Voice numbers \(not linked\)/);
    const ultra = flat((await run(tempHome(), ['carriers', 'ultra'])).stdout);
    assert.match(ultra, /\[third party: a user's blog \(coiggahou2002\); confirm with the carrier; page dated 2026-10-08\]/);
  });

  it('carriers --json shows no source that may not be shown, line rules included', async () => {
    const all = JSON.parse((await run(tempHome(), ['carriers', '--json'])).stdout);
    const urls: string[] = [];
    const walk = (value: unknown): void => {
      if (Array.isArray(value)) value.forEach(walk);
      else if (value && typeof value === 'object') for (const [key, child] of Object.entries(value)) key === 'url' && typeof child === 'string' ? urls.push(child) : walk(child);
    };
    walk(all);
    assert.ok(urls.length > 100, `${urls.length}`);
    for (const url of urls) assert.ok(isShowable(url), url);
  });

  it('every export, for every carrier and every service, abroad or not, shows only sources that may be shown', async () => {
    const services = SERVICES.map((service) => service.id);
    let checked = 0;
    for (const [index, carrier] of CARRIERS.map((each) => each.id).entries()) {
      const home = tempHome();
      const extra = index % 2 ? { location: 'abroad', line: 'suspended' } : { setup: 'seller' };
      seed(home, [{ type: 'answers', at: '2026-11-01T00:00:00Z', answers: answers({ carrier, services, goal: index % 3 ? 'leave' : 'keep', ...extra } as Partial<Answers>) }]);
      const md = (await run(home, ['export'])).stdout + (await run(home, ['export', '--lang', 'zh'])).stdout;
      const json = (await run(home, ['export', '--format', 'json'])).stdout;
      for (const url of `${md}\n${json}`.match(/https?:\/\/[^\s\]）［"<>]+/g) ?? []) {
        checked++;
        assert.ok(isShowable(url.replace(/[.,;:，。：]+$/, '')), url);
      }
      for (const line of md.split('\n').filter((each) => /^\s*- (source|来源)[:：]/.test(each))) {
        const url = line.match(/<(https?:\/\/[^>]+)>/)?.[1];
        assert.ok(url && isShowable(url), line);
      }
    }
    assert.ok(checked > 1000, `${checked}`);
  });

  it('tells what suspension does and how codes reach you abroad', async () => {
    const ultra = flat((await run(tempHome(), ['carriers', 'ultra'])).stdout);
    assert.match(ultra, /If Ultra Mobile \(incl\. PayGo\) suspends the line From the renewal date an unpaid account is suspended: no calls, no texts/);
    assert.match(ultra, /From abroad: codes and support at Ultra Mobile \(incl\. PayGo\) Ultra's roaming page/);
    const lyca = flat((await run(tempHome(), ['carriers', 'lycamobile-us', '--lang', 'zh'])).stdout);
    assert.match(lyca, /Lycamobile 美国暂停线路后 我们的资料里没有找到。请问 Lycamobile 美国：漏缴后线路还能收短信吗/);
  });

  it('shows one carrier with every fact and its sources, or what to ask where nothing was found', async () => {
    const stdout = flat((await run(tempHome(), ['carriers', 'tello'])).stdout);
    assert.match(stdout, /How Tello cancels Only you can cancel, from your online account/);
    assert.match(stdout, /at least 24 hours before the renewal date/);
    assert.match(stdout, /source: https:\/\/tello\.com\/help_center\/how-can-i-cancel-my-service\?_language=en \[official: Tello; read 2026\]/);
    assert.match(stdout, /between 5 AM and 11 AM US Eastern time/);
    assert.match(stdout, /How to reach Tello Not found in our sources/);
  });

  it('marks disagreeing sources and third-party-only facts', async () => {
    const usMobile = flat((await run(tempHome(), ['carriers', 'us-mobile'])).stdout);
    assert.match(usMobile, /45 days unpaid; another says 30 days after expiry/);
    assert.match(usMobile, /Sources disagree: confirm with US Mobile/);
    assert.match(flat((await run(tempHome(), ['carriers', 'google-voice'])).stdout), /Only third-party sources: confirm with Google Voice/);
    assert.match(flat((await run(tempHome(), ['carriers', 'tmobile-prepaid'])).stdout), /within 90 days .* some unofficial pages say 120 days\. .*Sources disagree: confirm with T-Mobile/);
  });

  it('prints JSON with every field, its status, text and sources', async () => {
    const json = JSON.parse((await run(tempHome(), ['carriers', 'cricket', '--json'])).stdout);
    assert.equal(json.schemaVersion, 2);
    assert.equal(json.carrier.id, 'cricket');
    assert.deepEqual(Object.keys(json.carrier.facts), ['support', 'cancel', 'autopay', 'numberLoss', 'portOut', 'balance', 'suspension', 'abroad']);
    assert.deepEqual(json.carrier.facts.numberLoss.lapse, { days: 60, after: 'last-payment' });
    assert.match(json.carrier.facts.cancel.text, /just stop paying/);
    assert.equal(json.carrier.facts.support.status, 'not-found');
    const all = JSON.parse((await run(tempHome(), ['carriers', '--json'])).stdout);
    assert.equal(all.carriers.length, 20);
    assert.ok(['helium-mobile', 'google-fi', 'numberbarn', 'textnow'].every((id) => all.carriers.some((carrier: { id: string }) => carrier.id === id)));
  });

  it('speaks Chinese', async () => {
    assert.match((await run(tempHome(), ['carriers', 'ultra', '--lang', 'zh'])).stdout.replace(/\s+/g, ''), /30天过后号码会被彻底删除/);
  });

  it('refuses an unknown carrier with the closest ids', async () => {
    const result = await run(tempHome(), ['carriers', 'telo']);
    assert.equal(result.code, 1);
    assert.match(result.stderr, /no carrier 'telo'/);
    assert.match(result.stderr, /tello/);
  });
});

/** The plan a person gets, as the printable export shows it (every pending step with its carrier facts). */
async function planFor(overrides: Partial<Answers>, lang: 'en' | 'zh') {
  const home = tempHome();
  seed(home, [{ type: 'answers', at: '2026-11-01T00:00:00Z', answers: answers(overrides) }]);
  const exported = await run(home, ['export', '--lang', lang]);
  const json = JSON.parse((await run(home, ['list', '--json', '--lang', lang])).stdout);
  return { md: exported.stdout, ids: json.steps.map((step: { id: string }) => step.id), warnings: json.warnings.map((w: { id: string }) => w.id) };
}

describe('plans that are right for their carrier', () => {
  it('Tello, letting the number go: cancel yourself online, at least 24 hours before renewal; balances are forfeited', async () => {
    const en = await planFor({ carrier: 'tello' }, 'en');
    assert.ok(en.ids.includes('cancel'));
    assert.match(en.md, /\*\*How Tello cancels:\*\* Only you can cancel, from your online account/);
    assert.match(en.md, /Tello support cannot cancel for you/);
    assert.match(en.md, /\*\*Auto-refill at Tello:\*\* With Pay As You Go, turn off Auto-Recharge/);
    assert.match(en.md, /\*\*Tello and your balance:\*\* Plan, Pay As You Go and Tello Dollars balances are forfeited/);
    const zh = await planFor({ carrier: 'tello' }, 'zh');
    assert.match(zh.md, /\*\*Tello 的注销方式\*\*：只能由你自己在网上账户里注销/);
    assert.match(zh.md, /续费日至少 24 小时之前/);
  });

  it('Ultra PayGo, keeping the number: a move plan, no cancellation, Ultra\'s 30-day rule and what to ask for the PIN', async () => {
    const en = await planFor({ carrier: 'ultra', goal: 'keep' }, 'en');
    assert.ok(!en.ids.includes('cancel'));
    assert.deepEqual(en.ids.slice(-5), ['move-number', 'confirm-move', 'move-accounts', 'autopay', 'afterwards']);
    assert.ok(en.warnings.includes('do-not-cancel-before-move'));
    assert.match(en.md, /When Ultra Mobile \(incl\. PayGo\) lets the number go:\*\* .*hard-deleted/);
    assert.match(en.md, /Account number and transfer PIN at Ultra Mobile \(incl\. PayGo\):\*\* Not found in our sources\. Ask Ultra/);
    assert.match(en.md, /Google Voice accepts only active US mobile numbers/);
    assert.match(en.md, /must make and update port requests while in the US/);
    const zh = await planFor({ carrier: 'ultra', goal: 'keep' }, 'zh');
    assert.match(zh.md, /号码会被彻底删除/);
    assert.match(zh.md, /请向 Ultra Mobile（含 PayGo）索取账户号码和转出 PIN/);
  });

  it('Google Voice: a balance refund within 6 months; no cancellation procedure found, so it says what to ask', async () => {
    const en = await planFor({ carrier: 'google-voice' }, 'en');
    assert.match(en.md, /Google Voice and your balance:\*\* You can ask for a refund .* within 6 months of the original purchase/);
    assert.match(en.md, /How Google Voice cancels:\*\* Not found in our sources\. Ask Google Voice: how do I cancel/);
    assert.match(en.md, /reclaims a number after 3 months.*\*Only third-party sources: confirm with Google Voice\.\*/);
    const zh = await planFor({ carrier: 'google-voice' }, 'zh');
    assert.match(zh.md, /6 个月内申请退还/);
  });

  it('AT&T Prepaid: the export dates each fact and says the 2019 terms may be out of date, in both languages', async () => {
    const en = await planFor({ carrier: 'att-prepaid' }, 'en');
    assert.match(en.md, /From 2019-12-10, more than two years ago: this may be out of date\. Confirm with AT&T Prepaid before you act\./);
    assert.match(en.md, /As of 2026-11\./);
    assert.match(en.md, /\\\[official: AT\\?&T; read 2026-11\\\]/);
    const zh = await planFor({ carrier: 'att-prepaid' }, 'zh');
    assert.match(zh.md, /资料来自 2019-12-10，已超过两年，可能已经过时。行动前请向 AT&T 预付费确认。/);
    const home = tempHome();
    seed(home, [{ type: 'answers', at: '2026-11-01T00:00:00Z', answers: answers({ carrier: 'att-prepaid' }) }]);
    const json = JSON.parse((await run(home, ['export', '--format', 'json'])).stdout);
    const loss = json.steps.flatMap((step: { carrierFacts: Array<{ field: string; asOf?: string; mayBeOutdated?: boolean }> }) => step.carrierFacts).find((fact: { field: string }) => fact.field === 'numberLoss');
    assert.deepEqual([loss.asOf, loss.mayBeOutdated], ['2019-12-10', true]);
  });

  it('"Other / not sure" keeps the generic plan and adds no carrier facts', async () => {
    const en = await planFor({ carrier: 'other' }, 'en');
    assert.doesNotMatch(en.md, /How .+ cancels/);
    assert.match(en.md, /not sure of the carrier/);
  });
});
