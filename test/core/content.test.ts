import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { allCarrierFacts, CARRIER_FIELDS } from '../../src/content/carrier-facts.js';
import { CARRIERS, OTHER_CARRIER } from '../../src/content/carriers.js';
import { CATEGORY_NAMES } from '../../src/content/categories.js';
import { allFacts } from '../../src/content/facts.js';
import { MESSAGES } from '../../src/content/messages.js';
import { STEPS } from '../../src/content/steps.js';
import { WARNINGS } from '../../src/content/warnings.js';
import { allServices } from '../../src/content/services.js';
import { CODE_CATEGORIES, SERVICE_STEP_PREFIX } from '../../src/core/types.js';
import type { Localized } from '../../src/i18n.js';

const CARRIER_FACTS = allCarrierFacts();
const FACTS = allFacts();
const SERVICES = allServices();

// The schema test over all shipped content: it is what keeps the two languages, the ids and the sources
// honest as content grows.

/** Every {zh, en} pair anywhere under `value`, with a path for the failure message. */
function localizedPairs(value: unknown, path: string, out: Array<[string, Localized]> = []): Array<[string, Localized]> {
  if (Array.isArray(value)) value.forEach((item, index) => localizedPairs(item, `${path}[${index}]`, out));
  else if (value && typeof value === 'object') {
    const record = value as Record<string, unknown>;
    if ('zh' in record || 'en' in record) out.push([path, record as unknown as Localized]);
    else for (const [key, child] of Object.entries(record)) localizedPairs(child, `${path}.${key}`, out);
  }
  return out;
}

const CONTENT = { MESSAGES, STEPS, WARNINGS, FACTS, CARRIERS, CATEGORY_NAMES, CARRIER_FACTS, SERVICES };
const PAIRS = Object.entries(CONTENT).flatMap(([name, value]) => localizedPairs(value, name));
const CJK = /[\u4e00-\u9fff]/;
const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((match) => match[1]).sort();
/** Prose: three lowercase English words in a row (brand lists such as "Schwab, Fidelity" stay as they are), outside command lines such as "simexit done 1 2 3". */
const hasEnglishProse = (text: string) =>
  text.split('\n').filter((line) => !line.trim().startsWith('simexit')).some((line) => /\b[a-z]{3,}[ ,]+[a-z]{3,}[ ,]+[a-z]{3,}/.test(line));

describe('content: both languages', () => {
  it('finds the content to check', () => assert.ok(PAIRS.length > 200, `only ${PAIRS.length} strings found`));

  for (const [path, pair] of PAIRS) {
    it(`${path} exists in Chinese and English`, () => {
      assert.equal(typeof pair.en, 'string', `${path}.en is missing`);
      assert.equal(typeof pair.zh, 'string', `${path}.zh is missing`);
      assert.ok(pair.en.trim(), `${path}.en is empty`);
      assert.ok(pair.zh.trim(), `${path}.zh is empty`);
      if (hasEnglishProse(pair.en)) assert.match(pair.zh, CJK, `${path}.zh looks untranslated: ${pair.zh}`);
      assert.deepEqual(placeholders(pair.zh), placeholders(pair.en), `${path}: placeholders differ between languages`);
    });
  }
});

describe('content: ids and references', () => {
  const unique = (name: string, ids: string[]) => it(`${name} ids are unique`, () => assert.equal(new Set(ids).size, ids.length));
  unique('step', STEPS.map((step) => step.id));
  unique('warning', WARNINGS.map((warning) => warning.id));
  unique('fact', FACTS.map((fact) => fact.id));
  unique('carrier', CARRIERS.map((carrier) => carrier.id));

  const stepIds = new Set<string>(STEPS.map((step) => step.id));
  const warningIds = new Set<string>(WARNINGS.map((warning) => warning.id));
  const factIds = new Set(FACTS.map((fact) => fact.id));

  it('every fact a step or warning cites exists', () => {
    for (const owner of [...STEPS, ...WARNINGS]) for (const fact of owner.facts ?? []) assert.ok(factIds.has(fact), `${owner.id} cites unknown fact ${fact}`);
  });
  it('every prerequisite names a step and a warning that exist', () => {
    for (const step of STEPS) {
      for (const prerequisite of step.prerequisites ?? []) {
        const known = prerequisite.step.endsWith('*') ? prerequisite.step === `${SERVICE_STEP_PREFIX}*` : stepIds.has(prerequisite.step);
        assert.ok(known, `${step.id} depends on unknown step ${prerequisite.step}`);
        assert.ok(warningIds.has(prerequisite.warning), `${step.id} names unknown warning ${prerequisite.warning}`);
      }
    }
  });
  it('every warning is shown on steps that exist', () => {
    for (const warning of WARNINGS) for (const step of warning.showOn ?? []) assert.ok(stepIds.has(step), `${warning.id} shows on unknown step ${step}`);
  });
  it('every account category has a name and examples', () => {
    assert.deepEqual(Object.keys(CATEGORY_NAMES).sort(), [...CODE_CATEGORIES].sort());
  });
  it('step ids are safe to type on a command line', () => {
    for (const id of stepIds) assert.match(id, /^[a-z][a-z0-9-]*$/);
  });
});

describe('content: facts carry their sources', () => {
  for (const fact of FACTS) {
    it(`${fact.id} has at least one https source with a trust label`, () => {
      assert.ok(fact.sources.length > 0);
      for (const source of fact.sources) {
        assert.match(source.url, /^https:\/\//);
        assert.ok(['official', '3rd-party', 'dataset'].includes(source.trust));
        if (source.date) assert.match(source.date, /^\d{4}(-\d{2}){0,2}$/);
        assert.match(source.read ?? '', /^\d{4}(-\d{2}){0,2}$/);
      }
    });
  }

  it('no user-facing string outside the sourced facts contains a URL or a phone number (nothing invented can slip in)', () => {
    const factText = JSON.stringify(FACTS) + JSON.stringify(CARRIER_FACTS);
    const phone = /(?:\+?1[\s.-]?)?\(?\b\d{3}\)?[\s.-]\d{3}[\s.-]\d{4}\b/g;
    const url = /https?:\/\/[^\s)"'，。]+/g;
    for (const [path, pair] of PAIRS) {
      if (path.startsWith('FACTS') || path.startsWith('CARRIER_FACTS') || path.startsWith('SERVICES')) continue;
      for (const text of [pair.en, pair.zh]) {
        for (const found of [...(text.match(phone) ?? []), ...(text.match(url) ?? [])]) {
          assert.ok(factText.includes(found), `${path} contains "${found}", which is not a sourced fact`);
        }
      }
    }
  });
});

describe('content: fees and deadlines', () => {
  it('no user-facing string outside the sourced facts states a fee, a dollar amount or a day count of its own', () => {
    const factText = JSON.stringify(FACTS) + JSON.stringify(CARRIER_FACTS) + JSON.stringify(SERVICES);
    const amounts = /\$\s?\d+(?:\.\d+)?|\d+(?:\.\d+)?\s?(?:美元|dollars?)|\b\d+\s?(?:days?|hours?|months?|business days?)\b|\d+\s?(?:天|小时|个月|个工作日)/g;
    const found: string[] = [];
    for (const [path, pair] of PAIRS) {
      if (path.startsWith('FACTS') || path.startsWith('CARRIER_FACTS') || path.startsWith('SERVICES')) continue;
      for (const text of [pair.en, pair.zh]) {
        for (const amount of text.match(amounts) ?? []) {
          const digits = amount.match(/\d+(?:\.\d+)?/)![0];
          if (!factText.includes(digits)) found.push(`${path}: "${amount}"`);
        }
      }
    }
    assert.deepEqual(found, []);
  });
});

describe('content: carrier facts', () => {
  it('covers every carrier in the list except "other / not sure"', () => {
    assert.deepEqual(Object.keys(CARRIER_FACTS).sort(), CARRIERS.map((carrier) => carrier.id).filter((id) => id !== OTHER_CARRIER).sort());
    for (const id of ['ultra', 'tmobile-prepaid', 'google-voice', 'tello', 'us-mobile', 'mint', 'lycamobile-us', 'hello-mobile', 'red-pocket', 'att-prepaid', 'verizon-prepaid', 'cricket', 'h2o', 'visible', 'boost', 'tracfone-family', 'helium-mobile', 'google-fi', 'numberbarn', 'textnow']) {
      assert.ok(CARRIER_FACTS[id], id);
    }
  });

  for (const [carrier, facts] of Object.entries(CARRIER_FACTS)) {
    it(`${carrier}: every field is there, and every fact it states has an https source with a trust label`, () => {
      assert.deepEqual(Object.keys(facts).filter((key) => key !== 'rules').sort(), [...CARRIER_FIELDS].sort());
      for (const field of CARRIER_FIELDS) {
        const fact = facts[field];
        if (fact.status === 'not-found') {
          assert.deepEqual(Object.keys(fact).filter((key) => key !== 'lapse'), ['status'], `${carrier}.${field}: a missing fact says nothing`);
          continue;
        }
        const notLinked = fact.text.en.includes('not linked') && fact.text.zh.includes('不附链接');
        assert.ok(fact.sources.length > 0 || notLinked, `${carrier}.${field} has no source`);
        for (const source of fact.sources) {
          assert.match(source.url, /^https:\/\//, `${carrier}.${field}: ${source.url}`);
          assert.ok(['official', '3rd-party', 'dataset'].includes(source.trust));
        }
        if (fact.status === 'conflict') assert.ok(fact.sources.length >= 1, `${carrier}.${field}: a conflict shows the sources that disagree`);
      }
    });
  }

  it('a lapse rule is only given where an official source states it', () => {
    for (const [carrier, facts] of Object.entries(CARRIER_FACTS)) {
      const loss = facts.numberLoss;
      if (!loss.lapse) continue;
      assert.notEqual(loss.status, 'not-found', carrier);
      if (loss.status !== 'not-found') assert.ok(loss.sources.some((source) => source.trust === 'official'), `${carrier}: lapse rule without an official source`);
    }
  });

  it('phone numbers in carrier facts appear in the research as given (spot checks)', () => {
    const text = JSON.stringify(CARRIER_FACTS);
    for (const number of ['888-777-0446', '1-800-937-8997', '800-683-7392', '1-800-901-9878', '1-800-643-4926', '1-877-430-2355', '888-294-6804']) {
      assert.ok(text.includes(number), number);
    }
    assert.ok(!text.includes('888-391-4405'), 'the dealer number for Ultra must never ship');
    assert.ok(!text.includes('1-800-867-7183'), 'the Tracfone number was only on a spam-looking copy: not shipped');
    assert.ok(!text.includes('505-998-3793'), 'an unverified lead for T-Mobile: not shipped');
    assert.ok(!text.includes('502-6678') && !text.includes('99370'), 'Boost\'s and Visible\'s contacts were only on third-party pages: not shipped');
    assert.ok(!text.includes('1-877-778-2106'), 'only seen on an http page: not shipped');
  });
});

describe('content: the accounts directory', () => {
  it('holds the services of the research in its 7 categories, with unique ids', () => {
    assert.ok(SERVICES.length >= 66, `${SERVICES.length}`);
    assert.equal(new Set(SERVICES.map((service) => service.id)).size, SERVICES.length);
    for (const id of ['qq', 'weibo', 'netease-mail', 'douyin', 'taobao', 'jd', 'bilibili', 'didi', 'trip-com', 'china-railway-12306']) assert.ok(SERVICES.some((service) => service.id === id), id);
    for (const service of SERVICES) assert.ok((CODE_CATEGORIES as readonly string[]).includes(service.category), service.id);
    for (const category of CODE_CATEGORIES) assert.ok(SERVICES.some((service) => service.category === category), category);
  });

  for (const service of SERVICES) {
    it(`${service.id}: its link and sources are https, and every URL its caveat mentions is one of them`, () => {
      if (service.changeNumberUrl) assert.match(service.changeNumberUrl, /^https:\/\//);
      assert.equal(service.changeNumberUrl === null, service.urlKind === null);
      const notLinked = service.caveat.en.includes('not linked') && service.caveat.zh.includes('不附链接');
      assert.ok(service.sources.length > 0 || service.nothingFound || notLinked);
      if (service.nothingFound) assert.ok(service.sms === null && service.changeNumberUrl === null, 'nothing found means nothing claimed');
      for (const source of service.sources) assert.match(source.url, /^https:\/\//, source.url);
      const known = [service.changeNumberUrl ?? '', ...service.sources.map((source) => source.url)];
      for (const url of `${service.caveat.en} ${service.caveat.zh}`.match(/https?:\/\/[^\s)'"，。）]+/g) ?? []) {
        assert.ok(known.some((candidate) => candidate.startsWith(url.replace(/[.]$/, ''))), `${service.id}: ${url} has no source`);
      }
    });
  }

  it('ships no contact phone number from the directory (the research says to surface none)', () => {
    const phone = /(?:\+?1[\s.-]?)?\(?\b\d{3}\)?[\s.-]\d{3}[\s.-]\d{4}\b/;
    for (const service of SERVICES) assert.doesNotMatch(`${service.caveat.en} ${service.caveat.zh}`, phone, service.id);
  });
});
