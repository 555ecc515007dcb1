import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { allCarrierFacts } from '../../src/content/carrier-facts.js';
import { CARRIERS } from '../../src/content/carriers.js';
import { LINE_RULES, lineRuleOf, UNKNOWN_LINE } from '../../src/content/lines.js';

const CARRIER_FACTS = allCarrierFacts();

describe('the line rules (content/lines.ts)', () => {
  for (const [id, rule] of Object.entries(LINE_RULES)) {
    it(`${id}: every stated rule has a source with https and a quote`, () => {
      for (const source of rule.sources) {
        assert.match(source.url, /^https:\/\//);
        assert.ok(source.quote.length > 10, source.url);
        assert.match(source.date, /^\d{4}-\d{2}(-\d{2})?$/);
      }
      const stated = rule.textsStop.known || rule.restoreDays !== undefined || rule.releaseDays !== undefined || rule.cancelNotice !== undefined || rule.portNeedsActive === 'stated' || rule.activity?.stated;
      if (stated) assert.ok(rule.sources.length > 0, 'a stated rule needs a source');
    });
  }

  it('agrees with the release rules of the carrier facts where both give one', () => {
    for (const [id, facts] of Object.entries(CARRIER_FACTS)) {
      const lapse = facts.numberLoss.lapse;
      if (!lapse || lapse.after === 'last-payment') continue;
      assert.equal(lineRuleOf(id).releaseDays, lapse.days, id);
    }
  });

  it('agrees with the cancellation notice of the carrier facts', () => {
    for (const [id, facts] of Object.entries(CARRIER_FACTS)) {
      assert.equal(lineRuleOf(id).cancelNotice?.hours, facts.cancel.noticeHours, id);
    }
  });

  it('Hello Mobile: free texts "for 30 days after your service ends" is not a promise that codes arrive, so texts may stop at the renewal', () => {
    assert.deepEqual(lineRuleOf('hello-mobile').textsStop, { days: 0, known: false });
    const suspension = CARRIER_FACTS['hello-mobile']!.suspension;
    assert.ok(suspension.status !== 'not-found');
    assert.match(suspension.text.en, /\bmay\b/);
    assert.doesNotMatch(suspension.text.en, /codes can still arrive/);
    assert.doesNotMatch(suspension.text.zh, /仍能收到验证码/);
  });

  it('treats a carrier with no rule, and any id that is not a carrier, conservatively', () => {
    for (const carrier of CARRIERS) if (!(carrier.id in LINE_RULES)) assert.equal(lineRuleOf(carrier.id), UNKNOWN_LINE);
    assert.equal(lineRuleOf('toString'), UNKNOWN_LINE);
    assert.equal(UNKNOWN_LINE.textsStop.known, false);
    assert.equal(UNKNOWN_LINE.portNeedsActive, 'assumed');
  });
});

describe('the line rules agree with the carriers\' sourced timing rules (content/data)', () => {
  for (const [id, facts] of Object.entries(CARRIER_FACTS)) {
    const rules = (facts as { rules?: Record<string, { value?: unknown }> }).rules;
    if (!rules) continue;
    it(id, () => {
      const line = lineRuleOf(id);
      const value = (key: string) => rules[key]?.value;
      if (value('textsStopAt') === 'renewal' || value('textsStopAt') === 'expiry') assert.deepEqual(line.textsStop, { days: 0, known: true });
      if (value('textsStopAt') === 'grace-end') assert.deepEqual(line.textsStop, { days: value('graceDays'), known: true });
      if (value('textsWhileSuspendedDays') !== undefined) assert.deepEqual(line.textsStop, { days: value('textsWhileSuspendedDays'), known: true });
      if (value('portNeedsActiveLine') === true) assert.equal(line.portNeedsActive, 'stated');
      const hours = value('renewalHoursET') as { from: number } | undefined;
      // The notice counts from no later than the earliest hour the carrier renews at.
      if (hours && line.cancelNotice?.countsFrom) assert.ok(line.cancelNotice.countsFrom.hour <= hours.from);
    });
  }

  it('a line rule that says texts stop for sure rests on an official timing rule of that carrier', () => {
    for (const [id, rule] of Object.entries(LINE_RULES)) {
      if (!rule.textsStop.known) continue;
      const rules = (CARRIER_FACTS[id] as { rules?: Record<string, unknown> } | undefined)?.rules ?? {};
      assert.ok(['textsStopAt', 'textsWhileSuspendedDays'].some((key) => key in rules), id);
    }
  });
});
