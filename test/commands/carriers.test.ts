import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Answers } from '../../src/core/types.js';
import { answers, run, seed, tempHome } from '../helpers/world.js';

const flat = (text: string) => text.replace(/\s+/g, ' ');

describe('carriers', () => {
  it('lists the 16 carriers with how much is known about each', async () => {
    const result = await run(tempHome(), ['carriers']);
    assert.equal(result.code, 0);
    assert.equal(result.stdout.split('\n').filter((line) => /^ {2}\S+ +.+\d\/6 found/.test(line)).length, 16);
  });

  it('shows one carrier with every fact and its sources, or what to ask where nothing was found', async () => {
    const stdout = flat((await run(tempHome(), ['carriers', 'tello'])).stdout);
    assert.match(stdout, /How Tello cancels Only you can cancel, from your online account/);
    assert.match(stdout, /at least 24 hours before the renewal date/);
    assert.match(stdout, /source: https:\/\/tello\.com\/help_center\/how-can-i-cancel-my-service\?_language=en \[official\]/);
    assert.match(stdout, /How to reach Tello Not found in our sources/);
  });

  it('marks disagreeing sources and third-party-only facts', async () => {
    const usMobile = flat((await run(tempHome(), ['carriers', 'us-mobile'])).stdout);
    assert.match(usMobile, /45 days unpaid; another says 30 days after expiry/);
    assert.match(usMobile, /Sources disagree: confirm with US Mobile/);
    assert.match(flat((await run(tempHome(), ['carriers', 'google-voice'])).stdout), /Only third-party sources: confirm with Google Voice/);
  });

  it('prints JSON with every field, its status, text and sources', async () => {
    const json = JSON.parse((await run(tempHome(), ['carriers', 'cricket', '--json'])).stdout);
    assert.equal(json.schemaVersion, 2);
    assert.equal(json.carrier.id, 'cricket');
    assert.deepEqual(Object.keys(json.carrier.facts), ['support', 'cancel', 'autopay', 'numberLoss', 'portOut', 'balance']);
    assert.deepEqual(json.carrier.facts.numberLoss.lapse, { days: 60, after: 'last-payment' });
    assert.match(json.carrier.facts.cancel.text, /just stop paying/);
    assert.equal(json.carrier.facts.support.status, 'not-found');
    const all = JSON.parse((await run(tempHome(), ['carriers', '--json'])).stdout);
    assert.equal(all.carriers.length, 16);
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
    assert.match(zh.md, /\*\*Tello 的注销方式：\*\*只能由你自己在网上账户里注销/);
    assert.match(zh.md, /续费日至少 24 小时之前/);
  });

  it('Ultra PayGo, keeping the number: a move plan, no cancellation, Ultra\'s 30-day rule and what to ask for the PIN', async () => {
    const en = await planFor({ carrier: 'ultra', goal: 'keep' }, 'en');
    assert.ok(!en.ids.includes('cancel'));
    assert.deepEqual(en.ids.slice(-5), ['move-number', 'confirm-move', 'move-accounts', 'autopay', 'afterwards']);
    assert.ok(en.warnings.includes('do-not-cancel-before-move'));
    assert.match(en.md, /When Ultra Mobile \(incl\. PayGo\) lets the number go:\*\* .*hard-deleted/);
    assert.match(en.md, /Account number and transfer PIN at Ultra Mobile \(incl\. PayGo\):\*\* Not found in our sources\. Ask Ultra/);
    assert.match(en.md, /Google Voice accepts only mobile numbers/);
    const zh = await planFor({ carrier: 'ultra', goal: 'keep' }, 'zh');
    assert.match(zh.md, /号码会被彻底删除/);
    assert.match(zh.md, /请向 Ultra Mobile（含 PayGo） 索取账户号码和转出 PIN/);
  });

  it('Google Voice: a balance refund within 6 months; no cancellation procedure found, so it says what to ask', async () => {
    const en = await planFor({ carrier: 'google-voice' }, 'en');
    assert.match(en.md, /Google Voice and your balance:\*\* You can ask for a refund .* within 6 months of the original purchase/);
    assert.match(en.md, /How Google Voice cancels:\*\* Not found in our sources\. Ask Google Voice: how do I cancel/);
    assert.match(en.md, /reclaims a number after 3 months.*\*Only third-party sources: confirm with Google Voice\.\*/);
    const zh = await planFor({ carrier: 'google-voice' }, 'zh');
    assert.match(zh.md, /6 个月内申请退还/);
  });

  it('"Other / not sure" keeps the generic plan and adds no carrier facts', async () => {
    const en = await planFor({ carrier: 'other' }, 'en');
    assert.doesNotMatch(en.md, /How .+ cancels/);
    assert.match(en.md, /not sure of the carrier/);
  });
});
